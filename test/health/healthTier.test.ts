import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_TIERS, Decimal, healthTier } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('healthTier', () => {
  describe('golden cases', () => {
    it('seed 004 §2: 21–30 is VIP; below 21 the library chose 3–10 at-risk and 11–20 steady', () => {
      expect([3, 10, 11, 20, 21, 30].map((s) => healthTier(s))).toEqual(['at-risk', 'at-risk', 'steady', 'steady', 'vip', 'vip']);
      expect(DEFAULT_HEALTH_TIERS).toEqual([
        { name: 'at-risk', min: 3, max: 10 },
        { name: 'steady', min: 11, max: 20 },
        { name: 'vip', min: 21, max: 30 },
      ]);
      expect(Object.isFrozen(DEFAULT_HEALTH_TIERS) && Object.isFrozen(DEFAULT_HEALTH_TIERS[0])).toBe(true);
    });

    it('a fractional score is placed by rounding half away from zero: 20.5 → 21, 20.49 → 20, 10.5 → 11', () => {
      expect(healthTier('20.5')).toBe('vip');
      expect(healthTier('20.4999999999')).toBe('steady');
      expect(healthTier(new Decimal('10.5'))).toBe('steady');
      expect(healthTier('2.5')).toBe('at-risk'); // round(2.5) = 3
    });

    it('half away from zero also for negative scales: −2.5 → −3', () => {
      const tiers = [
        { name: 'bad', min: -10, max: -3 },
        { name: 'meh', min: -2, max: 10 },
      ];
      expect(healthTier('-2.5', tiers)).toBe('bad');
      expect(healthTier('-2.4', tiers)).toBe('meh');
    });

    it('custom tiers in any order, e.g. a Gainsight-style 0–100 colour scheme', () => {
      const tiers = deepFrozen([
        { name: 'green', min: 76, max: 100 },
        { name: 'red', min: 0, max: 50 },
        { name: 'yellow', min: 51, max: 75 },
      ]);
      expect([0, 50, 51, 75, 76, 100].map((s) => healthTier(s, tiers))).toEqual(['red', 'red', 'yellow', 'yellow', 'green', 'green']);
    });
  });

  describe('validation', () => {
    it('a score outside every tier', () => {
      const issues = issuesOf(() => healthTier(31));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['out_of_range', 'score']]);
      expect(issues[0]?.message).toBe('healthTier: score (31) lies outside every tier (3 to 30)');
      expect(pathsOf(() => healthTier('2.49'))).toEqual(['score']);
      expect(pathsOf(() => healthTier('1e30'))).toEqual(['score']);
    });

    it.each([null, undefined, '12%', NaN, Infinity, {}])('rejects the score %s', (s) => {
      expect(pathsOf(() => healthTier(s as never))).toEqual(['score']);
    });

    it('rejects malformed tiers with their paths, together with a bad score', () => {
      expect(pathsOf(() => healthTier('x', []))).toEqual(['score', 'tiers']);
      expect(pathsOf(() => healthTier(5, null as never))).toEqual(['tiers']);
      expect(pathsOf(() => healthTier(5, [{ name: '', min: 0.5, max: 3 }] as never))).toEqual(['tiers[0].name', 'tiers[0].min']);
      const gap = issuesOf(() =>
        healthTier(5, [
          { name: 'a', min: 0, max: 3 },
          { name: 'b', min: 5, max: 9 },
        ]),
      );
      expect(gap.map((i) => [i.code, i.path])).toEqual([['tier_gap', 'tiers[1].min']]);
      expect(gap[0]?.message).toBe('healthTier: tiers[1].min (5) leaves a gap after tier "a" (max 3): must be 4');
      const overlap = issuesOf(() =>
        healthTier(5, [
          { name: 'b', min: 3, max: 9 },
          { name: 'a', min: 0, max: 3 },
        ]),
      );
      expect(overlap.map((i) => [i.code, i.path])).toEqual([['tier_overlap', 'tiers[0].min']]);
      expect(pathsOf(() => healthTier(5, [{ name: 'a', min: 9, max: 3 }]))).toEqual(['tiers[0].max']);
      expect(
        pathsOf(() =>
          healthTier(5, [
            { name: 'a', min: 0, max: 3 },
            { name: 'a', min: 4, max: 9 },
          ]),
        ),
      ).toEqual(['tiers[1].name']);
      expect(pathsOf(() => healthTier(5, [{ name: 'a', min: 0, max: 9, colour: 'red' }] as never))).toEqual(['tiers[0]']);
    });
  });
});
