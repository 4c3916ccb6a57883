import { describe, expect, it } from 'vitest';
import { compareNetPromoterScores } from '../../src/index.js';
import { deepFrozen, pathsOf } from '../helpers/errors.js';

const A = [10, 9, 9, 8, 7, 6, 5, 3, 2, 0]; // P 3, D 5, n 10: NPS −20
const B = [10, 10, 9, 9, 9, 8, 8, 7, 3, 0]; // P 5, D 2, n 10: NPS 30

describe('compareNetPromoterScores', () => {
  it('hand case: change B − A with its z-test', () => {
    // NPS_A = 100 × (3 − 5) / 10 = −20; SE_A² = 100² × (0.8 − 0.2²) / 10 = 10000 × 0.076 = 760
    // NPS_B = 30; SE_B² = 10000 × (0.7 − 0.3²) / 10 = 610
    // Δ = 30 − (−20) = 50; SE_Δ = √(760 + 610) = √1370 = 37.01351104664349…
    // z = 50 / √1370 = 1.3508580673957479…; p = erfc(z / √2) = 0.17674090285640922
    // (mpmath 1.3.0, 40 digits; R: 2 * pnorm(-50 / sqrt(1370)) = 0.1767409)
    const r = compareNetPromoterScores(A, B);
    expect(r.value?.toString()).toBe('50');
    expect(r.difference?.toString()).toBe('50');
    expect(r.calculation).toBe('ΔNPS = NPS_B − NPS_A = 30 − (-20) = 50');
    expect(r.a.value?.toString()).toBe('-20');
    expect(r.b.value?.toString()).toBe('30');
    expect(r.standardError?.pow(2).toFixed(20)).toBe('1370.00000000000000000000');
    expect(r.z?.toFixed(12)).toBe('1.350858067396');
    expect(Math.abs(r.pValue!.toNumber() - 0.17674090285640922) / 0.17674090285640922).toBeLessThan(1e-12);
    expect(r.significant).toBe(false);
    expect(r.testReason).toBeUndefined();
    expect(r.testCalculation).toContain('z = ΔNPS / SE_Δ = 50 / ');
  });

  it('a large enough change is significant; the direction is B − A', () => {
    // 100 promoters vs 100 detractors + 100 promoters: Δ = 0 − 100 = −100
    const r = compareNetPromoterScores(Array(100).fill(10), [...Array(100).fill(10), ...Array(100).fill(0)]);
    expect(r.difference?.toString()).toBe('-100');
    // SE_A = 0; SE_B² = 10000 × (1 − 0) / 200 = 50; z = −100 / √50 = −14.14…; p ≈ 2e-45
    expect(r.z?.toFixed(6)).toBe('-14.142136');
    expect(r.pValue?.lt('1e-40')).toBe(true);
    expect(r.significant).toBe(true);
  });

  it('significance follows 1 − confidence', () => {
    // z = 1.3509 → p = 0.1767: significant at 80 % (p < 0.2), not at 95 %
    expect(compareNetPromoterScores(A, B, { confidence: 0.8 }).significant).toBe(true);
    expect(compareNetPromoterScores(A, B, { confidence: 0.95 }).significant).toBe(false);
  });

  describe('edges', () => {
    it('both SE 0 and a difference: z and p undefined, with the reason', () => {
      const r = compareNetPromoterScores([10, 9], [0]);
      expect(r.difference?.toString()).toBe('-200');
      expect(r.z).toBeNull();
      expect(r.pValue).toBeNull();
      expect(r.significant).toBeNull();
      expect(r.testReason).toMatch(/standard error of 0/);
    });

    it('both SE 0 and no difference: z = 0, p = 1, not significant (documented convention)', () => {
      const r = compareNetPromoterScores([10, 9], [9]);
      expect(r.z?.toString()).toBe('0');
      expect(r.pValue?.toString()).toBe('1');
      expect(r.significant).toBe(false);
    });

    it('an empty survey makes the difference undefined', () => {
      expect(compareNetPromoterScores([], [9]).reason).toBe('survey A has no answers');
      expect(compareNetPromoterScores([9], []).reason).toBe('survey B has no answers');
      const r = compareNetPromoterScores([], []);
      expect(r.value).toBeNull();
      expect(r.reason).toBe('neither survey has answers');
      expect(r.z).toBeNull();
      expect(r.testCalculation).toBeNull();
    });

    it('leaves frozen inputs alone and returns a frozen result', () => {
      const r = compareNetPromoterScores(deepFrozen([...A]), deepFrozen([...B]), deepFrozen({ confidence: 0.9 }));
      expect(Object.isFrozen(r)).toBe(true);
      expect(JSON.parse(JSON.stringify(r)).difference).toBe('50');
    });
  });

  it('reports every bad input with its path', () => {
    expect(pathsOf(() => compareNetPromoterScores([11, 5], [5, 'x'] as never, { confidence: 1 }))).toEqual([
      'scoresA[0]',
      'scoresB[1]',
      'options.confidence',
    ]);
    expect(pathsOf(() => compareNetPromoterScores(null as never, [1]))).toEqual(['scoresA']);
  });
});
