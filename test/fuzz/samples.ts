// A valid call of every function the package root exports: the fuzz suite breaks one field of
// each at a time, so that the deep validation paths are reached, not only the first type check.
// A new export without a sample here fails the suite.
import { healthScore, SEED_004_HEALTH_MODEL } from '../../src/index.js';

const json = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));
const observations = [
  { behaviour: 'productUsage', value: 20 },
  { behaviour: 'consultations', value: 3 },
  { behaviour: 'onTimePayment', value: '0.96' },
];

export const samples: Record<string, readonly unknown[]> = {
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
  healthScore: [observations, json(SEED_004_HEALTH_MODEL), { overrides: [{ behaviour: 'consultations', score: 4, reason: 'outage' }] }],
  healthTier: [19.5],
  healthTrend: [
    json(healthScore([{ behaviour: 'productUsage', value: 9 }, ...observations.slice(1)], SEED_004_HEALTH_MODEL)),
    json(healthScore(observations, SEED_004_HEALTH_MODEL)),
    { tolerance: 0 },
  ],
};
