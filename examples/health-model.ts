// Customer health scoring with seed 004's three behaviours (product usage frequency,
// consultation frequency, on-time payment rate). Run it with:
//   npx tsx examples/health-model.ts
// By hand: March 20 days → 8, 3 consultations → 10, 0.96 on time → 8; 8 + 10 + 8 = 26, in 21–30 (vip).
// April 9 days → 5, consultations missing: (5 + 8) × 3 / 2 = 19.5, placed by rounding half away
// from zero at 20, in 11–20 (steady). Trend 19.5 − 26 = −6.5. Reviewed: 8 + 4 + 8 = 20 (steady).
import { healthScore, healthTrend, SEED_004_HEALTH_MODEL } from 'customer-metrics';

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

/* Output:
March: H = Σ wᵢ · sᵢ = 1 · 8 + 1 · 10 + 1 · 8 = 26 → vip
  productUsage: observed 20 → band from 18 → score 8
  consultations: observed 3 → band from 2 → score 10
  onTimePayment: observed 0.96 → band from 0.95 → score 8
April: H = Σ wᵢ · sᵢ × W / Wₚ = (1 · 5 + 1 · 8) × 3 / 2 = 19.5 → steady
  missing: consultations; 1 of 3 behaviours missing ("consultations"): excluded, and the present behaviours' score 13 rescaled to the full scale by Σ all weights / Σ present weights = 3 / 2
Trend: ΔH = H₁ − H₀ = 19.5 − 26 = -6.5 (down)
Reviewed: H = Σ wᵢ · sᵢ = 1 · 8 + 1 · 4 + 1 · 8 = 20 → steady
  "consultations" is scored 4 by a manual override by lin instead of its computed 10: questions were complaints about an outage
*/
