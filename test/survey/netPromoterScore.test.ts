import { describe, expect, it } from 'vitest';
import { Decimal, netPromoterScore } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

const TEN = [10, 10, 9, 9, 9, 8, 8, 7, 3, 0]; // 5 promoters, 3 passives, 2 detractors

describe('netPromoterScore', () => {
  describe('golden cases', () => {
    it('hand case: 5 promoters, 3 passives, 2 detractors of 10', () => {
      // 100 × (5 − 2) / 10 = 30
      const r = netPromoterScore(TEN);
      expect(r.value?.toString()).toBe('30');
      expect(r.calculation).toBe('NPS = 100 × (P − D) / n = 100 × (5 − 2) / 10 = 30');
      expect(r.n).toBe(10);
      expect(r.promoters).toEqual({ count: 5, share: new Decimal('0.5') });
      expect(r.passives.count).toBe(3);
      expect(r.passives.share?.toString()).toBe('0.3');
      expect(r.detractors.share?.toString()).toBe('0.2');
      // variance = 0.5 + 0.2 − (0.5 − 0.2)² = 0.7 − 0.09 = 0.61; SE = 100 × √(0.61 / 10) = 100 × √0.061
      // √0.061 = 0.24698178070456938… (√61 = 7.8102496759066543…, / √1000 = 31.6227766016837933…)
      expect(r.standardError?.toFixed(12)).toBe('24.698178070457');
      expect(r.standardError?.pow(2).toFixed(20)).toBe('610.00000000000000000000');
      // margin = 1.959963984540054 × 24.698178070456938 = 48.4075395018525…
      expect(r.criticalValue.toString()).toBe('1.959963984540054');
      expect(r.marginOfError?.toFixed(10)).toBe('48.4075395019');
      // interval = 30 ± 48.4075… = [−18.4075…, 78.4075…], inside −100…100 so not clamped
      expect(r.confidenceInterval?.map((x) => x.toFixed(6))).toEqual(['-18.407540', '78.407540']);
      expect(r.confidence).toBe(0.95);
      expect(r.intervalCalculation).toContain('100 × √(61 / 1000)');
    });

    it('seed 003 §5 in words: % promoters − % detractors, on −100…100', () => {
      // 1 promoter, 2 detractors of 4: 100 × (1 − 2) / 4 = −25
      expect(netPromoterScore([10, 0, 6, 7]).value?.toString()).toBe('-25');
      // 1 of 3 a promoter: 100 × 1 / 3 = 33.33…, exact to 40 significant digits
      expect(netPromoterScore([9, 7, 8]).value?.toString()).toBe('33.33333333333333333333333333333333333333');
    });

    it('a 99 % interval uses z = Φ⁻¹(0.995) = 2.575829303548901 (R qnorm(0.995) = 2.5758293035489004)', () => {
      const r = netPromoterScore(TEN, { confidence: 0.99 });
      expect(Math.abs(r.criticalValue.toNumber() - 2.5758293035489004)).toBeLessThan(1e-14);
      // margin ≈ 2.5758293035489 × 24.698178070457 = 63.6183…
      expect(r.marginOfError?.toFixed(3)).toBe('63.618');
    });

    it('clamps the interval to −100…100', () => {
      // 9 promoters, 1 detractor: 80; variance = 0.9 + 0.1 − 0.8² = 0.36; SE = 100 × √0.036 = 18.97…; 80 + 1.96 × 18.97 > 100
      const r = netPromoterScore([10, 10, 10, 10, 10, 10, 10, 10, 10, 0]);
      expect(r.value?.toString()).toBe('80');
      expect(r.standardError?.pow(2).toFixed(10)).toBe('360.0000000000');
      expect(r.confidenceInterval?.[1].toString()).toBe('100');
      expect(r.confidenceInterval?.[0].lt(80)).toBe(true);
    });
  });

  describe('edges', () => {
    it('no answers: value null with a reason, never NaN', () => {
      const r = netPromoterScore([]);
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no answers (n = 0)');
      expect(r.standardError).toBeNull();
      expect(r.marginOfError).toBeNull();
      expect(r.confidenceInterval).toBeNull();
      expect(r.promoters).toEqual({ count: 0, share: null });
    });

    it('one answer, or all answers in one category: SE 0, not undefined', () => {
      const one = netPromoterScore([9]);
      expect(one.value?.toString()).toBe('100');
      expect(one.standardError?.toString()).toBe('0');
      expect(one.confidenceInterval?.map(String)).toEqual(['100', '100']);
      const passives = netPromoterScore([7, 8, 7]);
      expect(passives.value?.toString()).toBe('0');
      expect(passives.standardError?.toString()).toBe('0');
      expect(netPromoterScore([0, 3, 6]).value?.toString()).toBe('-100');
    });

    it('returns a frozen, JSON-serialisable result and leaves a frozen input alone', () => {
      const input = deepFrozen([...TEN]);
      const r = netPromoterScore(input, deepFrozen({ confidence: 0.95 }));
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.confidenceInterval)).toBe(true);
      const json = JSON.parse(JSON.stringify(r));
      expect(json.value).toBe('30');
      expect(json.promoters).toEqual({ count: 5, share: '0.5' });
    });
  });

  describe('validation', () => {
    it('names every bad answer by its index', () => {
      const issues = issuesOf(() => netPromoterScore([10, 11, 5, -1, 7.5, '9'] as never));
      expect(issues.map((i) => i.path)).toEqual(['scores[1]', 'scores[3]', 'scores[4]', 'scores[5]']);
      expect(issues[0]?.message).toBe('netPromoterScore: scores[1] must be a whole number from 0 to 10, got 11');
    });

    it('rejects a non-array', () => {
      expect(pathsOf(() => netPromoterScore(null as never))).toEqual(['scores']);
      expect(pathsOf(() => netPromoterScore('9,10' as never))).toEqual(['scores']);
    });

    it.each([0, 1, -0.5, 1.5, NaN, '0.95', null])('rejects confidence %s at options.confidence', (c) => {
      expect(pathsOf(() => netPromoterScore(TEN, { confidence: c } as never))).toEqual(['options.confidence']);
    });

    it('reports bad answers and a bad confidence together', () => {
      expect(pathsOf(() => netPromoterScore([12], { confidence: 2 }))).toEqual(['scores[0]', 'options.confidence']);
    });
  });
});
