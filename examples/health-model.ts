// Customer health scoring with seed 004's three behaviours (product usage frequency,
// consultation frequency, on-time payment rate). Run it with:
//   npx tsx examples/health-model.ts
// (In your own project, import from 'customer-metrics' instead of '../src/index.js'.)
import { healthScore, healthTrend, SEED_004_HEALTH_MODEL } from '../src/index.js';

// One customer's latest observation of each behaviour, as a CRM would export them.
const observations = [
  { customerId: 'c-001', at: '2026-03-31T00:00:00Z', behaviour: 'productUsage', value: 20 }, // days used in the last 30
  { customerId: 'c-001', at: '2026-03-31T00:00:00Z', behaviour: 'consultations', value: 3 }, // questions in the last 90 days
  { customerId: 'c-001', at: '2026-03-31T00:00:00Z', behaviour: 'onTimePayment', value: '0.96' }, // share of invoices paid on time
];

const march = healthScore(observations, SEED_004_HEALTH_MODEL);
console.log(`March: ${march.calculation} → ${march.tier}`);
for (const c of march.components) {
  console.log(`  ${c.behaviour}: observed ${c.observed} → band from ${c.band?.atLeast} → score ${c.score}`);
}

// A month later usage dropped to 9 days, and consultations were not recorded.
const april = healthScore(
  [
    { behaviour: 'productUsage', value: 9 },
    { behaviour: 'onTimePayment', value: '0.96' },
  ],
  SEED_004_HEALTH_MODEL,
);
console.log(`April: ${april.calculation} → ${april.tier}`);
console.log(`  missing: ${april.missing.join(', ')}; ${april.notes[0]}`);

const trend = healthTrend(april, march);
console.log(`Trend: ${trend.calculation} (${trend.direction})`);

// The account manager knows the three questions were complaints about an outage: not a sign of health.
const reviewed = healthScore(observations, SEED_004_HEALTH_MODEL, {
  overrides: [{ behaviour: 'consultations', score: 4, reason: 'questions were complaints about an outage', by: 'lin' }],
});
console.log(`Reviewed: ${reviewed.calculation} → ${reviewed.tier}`);
console.log(`  ${reviewed.notes[0]}`);
