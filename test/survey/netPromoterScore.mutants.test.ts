import { describe, expect, it } from 'vitest';
import { netPromoterScore } from '../../src/index.js';

// Tests written to kill surviving mutants of src/survey/netPromoterScore.ts.
describe('netPromoterScore (mutation survivors)', () => {
  it('intervalCalculation spells out SE, margin and interval (unanimous answers: SE 0)', () => {
    // [10, 10]: P = 2, D = 0, n = 2 → NPS 100 × (2 − 0) / 2 = 100
    // SE numerator (2 + 0) × 2 − (2 − 0)² = 4 − 4 = 0, n³ = 8 → SE 0; margin z × 0 = 0;
    // interval [100 − 0, 100 + 0] clamped to −100…100 = [100, 100]
    const r = netPromoterScore([10, 10]);
    const z = r.criticalValue.toString(); // Φ⁻¹(0.975), checked in the main test file
    expect(r.intervalCalculation).toBe(
      'SE = 100 × √(((P + D) × n − (P − D)²) / n³) = 100 × √(((2 + 0) × 2 − (2 − 0)²) / 2³)' +
        ` = 100 × √(0 / 8) = 0; margin = z × SE = ${z} × SE = 0;` +
        ' interval = [100 − margin, 100 + margin] clamped to −100…100 = [100, 100]',
    );
  });

  it('no answers: no interval and no intervalCalculation', () => {
    const r = netPromoterScore([]);
    expect(r.confidenceInterval).toBeNull();
    expect(r.marginOfError).toBeNull();
    expect(r.intervalCalculation).toBeNull();
  });
});
