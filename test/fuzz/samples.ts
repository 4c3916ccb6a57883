// A valid call of every function the package root exports: the fuzz suite breaks one field of
// each at a time, so that the deep validation paths are reached, not only the first type check.
// A new export without a sample here fails the suite.
import { collectEvents, customerRetentionRate, fitBgNbd, fitGammaGamma, fitParetoNbd, healthScore, SEED_004_HEALTH_MODEL, type CustomerEvent } from '../../src/index.js';

const json = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));
const observations = [
  { behaviour: 'productUsage', value: 20 },
  { behaviour: 'consultations', value: 3 },
  { behaviour: 'onTimePayment', value: '0.96' },
];

// Customer rows shaped like customerSummaries' output.
const summaries = [
  { customerId: 'a', firstPurchaseAt: '2025-01-05T10:00:00Z', lastPurchaseAt: '2026-06-01T10:00:00Z', purchaseCount: 5, totalAmount: '1200.50', averageAmount: '240.10' },
  { customerId: '__proto__', firstPurchaseAt: '2026-05-20T00:00:00+08:00', lastPurchaseAt: '2026-05-20T00:00:00+08:00', purchaseCount: 1, totalAmount: 99, averageAmount: 99 },
  { customerId: 'constructor', firstPurchaseAt: '2024-02-29T00:00:00Z', lastPurchaseAt: '2025-07-01T00:00:00Z', purchaseCount: 2, totalAmount: '310', averageAmount: '155' },
];

// A small event log: acquisitions, a purchase, a churn with a reason, a comeback.
const events: CustomerEvent[] = [
  { customerId: 'a', type: 'acquired', at: '2026-01-05T10:00:00Z' },
  { customerId: '__proto__', type: 'acquired', at: '2026-02-28T17:00:00Z' },
  { customerId: 'a', type: 'purchase', at: '2026-02-01T09:30:00+08:00', amount: '120.50' },
  { customerId: 'a', type: 'purchase', at: new Date('2026-03-01T00:00:00Z'), amount: 80 },
  { customerId: '__proto__', type: 'churned', at: '2026-03-10T00:00:00Z', reason: 'price too high' },
  { customerId: '__proto__', type: 'reactivated', at: '2026-03-20T00:00:00Z' },
];
const quarter = { quarter: '2026-Q1', timeZone: 'Asia/Shanghai' };

// CDNOW-like weekly summaries (the first rows of the published calibration summary).
const rfm = [
  { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: '22.35' },
  { frequency: 1, recency: 1.71, T: 38.86, monetaryValue: '11.77' },
  { frequency: 0, recency: 0, T: 38.86, monetaryValue: 0 },
  { frequency: 0, recency: 0, T: 38.86, monetaryValue: 0 },
  { frequency: 0, recency: 0, T: 38.86, monetaryValue: 0 },
  { frequency: 7, recency: 29.43, T: 38.86, monetaryValue: '73.74' },
  { frequency: 1, recency: 5.0, T: 38.86, monetaryValue: '11.77' },
  { frequency: 0, recency: 0, T: 38.71, monetaryValue: 0 },
  { frequency: 2, recency: 35.71, T: 38.71, monetaryValue: '25.55' },
  { frequency: 5, recency: 24.43, T: 38.71, monetaryValue: '45.55' },
];
const bgNbd = json(fitBgNbd(rfm, { timeUnit: 'week' }));
const paretoNbd = json(fitParetoNbd(rfm, { timeUnit: 'week' }));
const gammaGamma = json(fitGammaGamma(rfm));
const someone = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: '22.35' };

export const samples: Record<string, readonly unknown[]> = {
  buildReport: [
    {
      name: 'sample',
      customers: [{ customerId: 'a', attributes: { region: 'north' } }, { customerId: 'b', attributes: { region: 'south' } }],
      events: [
        { customerId: 'a', type: 'acquired', at: '2025-11-02T00:00:00Z' },
        { customerId: 'a', type: 'purchase', at: '2026-01-03T00:00:00Z', amount: '19.90' },
        { customerId: 'b', type: 'acquired', at: '2025-12-10T00:00:00Z' },
        { customerId: 'b', type: 'churned', at: '2026-01-20T00:00:00Z', reason: 'price' },
      ],
      surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: '2026-02-01T00:00:00Z', answers: { why: 'support' } }],
      serviceRequests: [{ customerId: 'a', openedAt: '2026-02-01T00:00:00Z', firstRespondedAt: '2026-02-01T02:00:00Z', complaint: true }],
      leads: [{ leadId: 'L1', createdAt: '2026-01-05T00:00:00Z', convertedAt: '2026-01-09T00:00:00Z', customerId: 'a' }],
      costs: [{ at: '2026-01-15T00:00:00Z', line: 'marketing', amount: '600.00' }],
      health: { model: json(SEED_004_HEALTH_MODEL), observations: [{ customerId: 'a', at: '2026-01-10T00:00:00Z', behaviour: 'productUsage', value: 12 }] },
    },
    { quarter: '2026-Q1' },
    { previous: 'auto', locale: 'zh-CN', asOf: '2026-03-31T00:00:00Z' },
  ],
  round: ['2.345', { places: 2, mode: 'halfEven' }],
  formatPercent: ['0.9', { places: 1 }],
  customerRetentionRate: [{ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, churnedCustomers: 10 }],
  customerChurnRate: [{ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, churnedCustomers: 10 }],
  customerGrowthRate: [{ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 }],
  churnRate: [{ churnedCustomers: 10, customersAtStart: 100, customersAtEnd: 120, base: 'average' }],
  customerAcquisitionCost: [{ costs: { marketing: '18000.00', sales: 12000, advertising: '6000' }, newCustomers: 12 }],
  salesConversionRate: [{ convertedCustomers: 12, leads: 60 }],
  customerLifetimeValue: [{ averageOrderValue: '250.00', purchaseFrequency: 8, lifespan: 3, timeUnit: 'year', acquisitionCost: '3000' }],
  averageLifetimeValue: [['7500', 8500, '-120.5']],
  valueTier: [summaries, { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } }],
  rfmScores: [summaries, { asOf: '2026-06-30T00:00:00Z' }],
  lifecycleStage: [summaries, { asOf: '2026-06-30T00:00:00Z' }],
  segmentBy: [
    {
      customers: summaries.map((c, i) => ({ ...c, attributes: { region: i % 2 === 0 ? 'north' : 'south' } })),
      by: 'region',
      metric: (group: readonly unknown[]) => customerRetentionRate({ customersAtStart: group.length, customersAtEnd: group.length, newCustomers: 0 }),
    },
  ],
  npsCategory: [9],
  netPromoterScore: [[10, 9, 9, 8, 7, 6, 0, 10], { confidence: 0.9 }],
  compareNetPromoterScores: [[10, 9, 6, 3, 8], [10, 10, 9, 7, 6, 9], { confidence: 0.95 }],
  customerSatisfactionScore: [[5, 4, 3, 1, 2, 5], { scale: { min: 1, max: 5 }, satisfiedAtLeast: 4 }],
  customerEffortScore: [[1, 7, 6, 2, 5], { scale: { min: 1, max: 7 }, lowerIsEasier: true }],
  surveyCrossTab: [
    {
      responses: [
        { customerId: 'a', answer: 'yes' },
        { customerId: '__proto__', answer: 'no' },
        { customerId: 'ghost', answer: 'yes' },
      ],
      customers: [
        { customerId: 'a', attributes: { industry: 'retail' } },
        { customerId: '__proto__', attributes: {} },
      ],
      by: 'industry',
    },
  ],
  churnReasonBreakdown: [[{ customerId: 'a', reason: 'price too high' }, { customerId: 'b' }, { customerId: 'a', type: 'churned', at: '2026-01-01T00:00:00Z', reason: 'price too high' }]],
  referralRate: [{ willingToRecommend: 12, customers: 46 }],
  averageResponseTime: [
    {
      requests: [
        { openedAt: '2026-03-01T09:00:00+08:00', firstRespondedAt: '2026-03-01T01:30:00Z' },
        { openedAt: '2026-03-02T09:00:00Z', firstRespondedAt: null },
        { openedAt: new Date('2026-03-03T09:00:00Z'), firstRespondedAt: new Date('2026-03-03T10:00:00Z') },
      ],
    },
  ],
  complaintRate: [{ complaints: 6, customers: 52 }],
  complainingCustomerRate: [{ complainingCustomers: 5, customers: 52 }],
  resolutionRate: [{ resolved: 44, requests: 50 }],
  resolvePeriod: [quarter],
  previousPeriod: [{ start: '2026-01-01T00:00:00Z', end: '2026-02-01T00:00:00+08:00' }],
  collectEvents: [events],
  collectEventsAsync: [events],
  mergeCollectedEvents: [[collectEvents(events.slice(0, 3)), collectEvents(events.slice(3))]],
  snapshotFromEvents: [events, quarter, { strict: false }],
  startCohortRetentionRate: [events, { month: '2026-03' }],
  repeatPurchaseRate: [events, { year: '2026' }],
  cohortRetention: [events, { granularity: 'month', timeZone: 'UTC', asOf: '2026-06-30T00:00:00Z' }],
  customerSummaries: [events, { asOf: '2026-06-30T00:00:00Z', timeUnit: 'week', timeZone: 'Europe/Berlin' }],
  fitBgNbd: [rfm, { timeUnit: 'week', penalizer: 0.001 }],
  fitParetoNbd: [rfm, { timeUnit: 'week' }],
  fitGammaGamma: [rfm, {}],
  expectedPurchases: [bgNbd, someone, 10],
  probabilityAlive: [paretoNbd, someone],
  expectedAverageSpend: [gammaGamma, someone],
  predictiveLifetimeValue: [{ purchaseModel: bgNbd, spendModel: gammaGamma, customer: someone, months: 12, timeUnit: 'week', monthlyDiscountRate: 0.01 }],
  healthScore: [observations, json(SEED_004_HEALTH_MODEL), { overrides: [{ behaviour: 'consultations', score: 4, reason: 'outage' }] }],
  healthTier: [19.5],
  healthTrend: [
    json(healthScore([{ behaviour: 'productUsage', value: 9 }, ...observations.slice(1)], SEED_004_HEALTH_MODEL)),
    json(healthScore(observations, SEED_004_HEALTH_MODEL)),
    { tolerance: 0 },
  ],
};
