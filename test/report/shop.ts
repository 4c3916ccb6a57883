import { SEED_004_HEALTH_MODEL, type Dataset } from '../../src/index.js';

// A small shop, small enough to work every figure of its February 2026 report by hand (the
// working is in buildReport.mutants.test.ts). Five customers: a and b since December, c since
// January, d and e new in February; b leaves in February giving a reason, e leaves in February
// without one.
const at = (day: string, time = '00:00') => `${day}T${time}:00Z`;

export const shop: Dataset = {
  name: 'Shop',
  asOf: at('2026-02-28', '12:00'),
  customers: [
    { customerId: 'a', attributes: { region: 'north' } },
    { customerId: 'b', attributes: { region: 'south' } },
    { customerId: 'c', attributes: { region: 'north' } },
    { customerId: 'd' },
    { customerId: 'e', attributes: { region: 'south' } },
  ],
  events: [
    { customerId: 'a', type: 'acquired', at: at('2025-12-05') },
    { customerId: 'b', type: 'acquired', at: at('2025-12-10') },
    { customerId: 'b', type: 'purchase', at: at('2025-12-20'), amount: '40' },
    { customerId: 'c', type: 'acquired', at: at('2026-01-10') },
    { customerId: 'a', type: 'purchase', at: at('2026-01-15'), amount: '100' },
    { customerId: 'd', type: 'acquired', at: at('2026-02-03') },
    { customerId: 'e', type: 'acquired', at: at('2026-02-05') },
    { customerId: 'b', type: 'churned', at: at('2026-02-10'), reason: 'price' },
    { customerId: 'a', type: 'purchase', at: at('2026-02-15'), amount: '50' },
    { customerId: 'a', type: 'purchase', at: at('2026-02-16'), amount: '10' },
    { customerId: 'a', type: 'purchase', at: at('2026-02-17'), amount: '20' },
    { customerId: 'e', type: 'churned', at: at('2026-02-20') },
    { customerId: 'c', type: 'purchase', at: at('2026-02-20'), amount: '50' },
  ],
  surveys: [
    { customerId: 'a', kind: 'nps', score: 8, at: at('2026-01-20') },
    { customerId: 'a', kind: 'nps', score: 10, at: at('2026-02-10'), answers: { topic: 'price' } },
    { customerId: 'c', kind: 'nps', score: 9, at: at('2026-02-11'), answers: { topic: 'support' } },
    { customerId: 'd', kind: 'nps', score: 6, at: at('2026-02-12'), answers: { topic: 'price' } },
    { customerId: 'e', kind: 'nps', score: 7, at: at('2026-02-13') },
    { customerId: 'a', kind: 'csat', score: 5, at: at('2026-02-10') },
    { customerId: 'c', kind: 'csat', score: 4, at: at('2026-02-11') },
    { customerId: 'd', kind: 'csat', score: 2, at: at('2026-02-12') },
    { customerId: 'c', kind: 'ces', score: 6, at: at('2026-02-11') },
    { customerId: 'd', kind: 'ces', score: 3, at: at('2026-02-12') },
  ],
  serviceRequests: [
    { customerId: 'a', openedAt: at('2026-01-05'), firstRespondedAt: at('2026-01-05', '02:00'), resolvedAt: at('2026-01-06') },
    { customerId: 'a', openedAt: at('2026-02-02'), firstRespondedAt: at('2026-02-02', '01:00'), resolvedAt: at('2026-02-03'), complaint: true },
    { customerId: 'c', openedAt: at('2026-02-05'), firstRespondedAt: at('2026-02-05', '03:00') },
    { customerId: 'd', openedAt: at('2026-02-10'), complaint: true },
  ],
  leads: [
    { leadId: 'L0', createdAt: at('2026-01-10'), convertedAt: at('2026-01-12') },
    { leadId: 'L1', createdAt: at('2026-02-02'), convertedAt: at('2026-02-20') },
    { leadId: 'L2', createdAt: at('2026-02-03') },
    { leadId: 'L3', createdAt: at('2026-02-04'), convertedAt: at('2026-03-05') },
  ],
  costs: [
    { at: at('2026-01-05'), line: 'ads', amount: '150' },
    { at: at('2026-02-01'), line: 'ads', amount: '300' },
    { at: at('2026-02-10'), line: 'sales', amount: '200' },
    { at: at('2026-02-15'), line: 'ads', amount: '100' },
  ],
  health: {
    model: SEED_004_HEALTH_MODEL,
    observations: [
      // a: usage 26 → 10, consultations 2 → 10, on-time payment 1 → 10: 30, vip (seed 004 §4's scale)
      { customerId: 'a', at: at('2026-01-20'), behaviour: 'productUsage', value: 26 },
      { customerId: 'a', at: at('2026-01-20'), behaviour: 'consultations', value: 2 },
      { customerId: 'a', at: at('2026-01-20'), behaviour: 'onTimePayment', value: 1 },
      // b: 0 → 1, 15 → 1, 0 → 1: 3, at-risk
      { customerId: 'b', at: at('2026-01-20'), behaviour: 'productUsage', value: 0 },
      { customerId: 'b', at: at('2026-01-20'), behaviour: 'consultations', value: 15 },
      { customerId: 'b', at: at('2026-01-20'), behaviour: 'onTimePayment', value: 0 },
      // c (observed in February only): 11 → 6, 1 → 7, 0.9 → 7: 20, steady
      { customerId: 'c', at: at('2026-02-10'), behaviour: 'productUsage', value: 11 },
      { customerId: 'c', at: at('2026-02-10'), behaviour: 'consultations', value: 1 },
      { customerId: 'c', at: at('2026-02-10'), behaviour: 'onTimePayment', value: 0.9 },
    ],
  },
};
