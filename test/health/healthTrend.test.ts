import { describe, expect, it } from 'vitest';
import { healthScore, healthTrend, SEED_004_HEALTH_MODEL } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';
import { SEED_OBS, TWO, WEIGHTED } from './fixtures.js';

const seed = (usage: number, consultations: number, pay: string) =>
  healthScore(
    [
      { behaviour: 'productUsage', value: usage },
      { behaviour: 'consultations', value: consultations },
      { behaviour: 'onTimePayment', value: pay },
    ],
    SEED_004_HEALTH_MODEL,
  );

describe('healthTrend', () => {
  describe('golden cases', () => {
    it('usage fell from 20 to 9 days: 8 → 5, total 26 → 23, down by 3, still vip', () => {
      // before 8 + 10 + 8 = 26; now usage 9 → atLeast 8 → 5: 5 + 10 + 8 = 23; 23 − 26 = −3
      const t = healthTrend(seed(9, 3, '0.96'), seed(20, 3, '0.96'));
      expect(t.value?.toString()).toBe('-3');
      expect(t.formula).toBe('ΔH = H₁ − H₀');
      expect(t.calculation).toBe('ΔH = H₁ − H₀ = 23 − 26 = -3');
      expect(t.direction).toBe('down');
      expect(t.previous?.toString()).toBe('26');
      expect(t.current?.toString()).toBe('23');
      expect(t.tier).toEqual({ previous: 'vip', current: 'vip', changed: false });
      expect(t.components).toEqual([
        { behaviour: 'productUsage', previous: 8, current: 5, change: -3, direction: 'down' },
        { behaviour: 'consultations', previous: 10, current: 10, change: 0, direction: 'flat' },
        { behaviour: 'onTimePayment', previous: 8, current: 8, change: 0, direction: 'flat' },
      ]);
    });

    it('up and across a tier: 10 (at-risk) → 11 (steady)', () => {
      // 4 + 3 + 3 = 10 → 5 + 3 + 3 = 11
      const t = healthTrend(seed(8, 0, '0.65'), seed(6, 0, '0.65'));
      expect(t.value?.toString()).toBe('1');
      expect(t.direction).toBe('up');
      expect(t.tier).toEqual({ previous: 'at-risk', current: 'steady', changed: true });
    });

    it('the same score is flat; a tolerance widens flat: |−3| ≤ 3 is flat, |−3| > 2.5 is down', () => {
      const a = seed(20, 3, '0.96');
      expect(healthTrend(a, a).direction).toBe('flat');
      expect(healthTrend(a, a).value?.toString()).toBe('0');
      const b = seed(9, 3, '0.96');
      expect(healthTrend(b, a, { tolerance: 3 }).direction).toBe('flat');
      expect(healthTrend(b, a, { tolerance: '2.5' }).direction).toBe('down');
    });

    it('accepts the JSON round trip of the results, with the same answer', () => {
      const now = seed(9, 3, '0.96');
      const before = seed(20, 3, '0.96');
      const viaJson = healthTrend(JSON.parse(JSON.stringify(now)), JSON.parse(JSON.stringify(before)));
      expect(JSON.stringify(viaJson)).toBe(JSON.stringify(healthTrend(now, before)));
    });

    it('matches components by behaviour name; one scored on only one side has no change', () => {
      // before: consultations missing, (8 + 8) × 3 / 2 = 24; now all three, 26; 26 − 24 = 2
      const before = healthScore([SEED_OBS[0]!, SEED_OBS[2]!], SEED_004_HEALTH_MODEL);
      const now = healthScore([SEED_OBS[2]!, SEED_OBS[1]!, SEED_OBS[0]!], SEED_004_HEALTH_MODEL);
      const t = healthTrend(now, before);
      expect(t.value?.toString()).toBe('2');
      expect(t.components[1]).toEqual({ behaviour: 'consultations', previous: null, current: 10, change: null, direction: null });
      const back = healthTrend(before, now);
      expect(back.components.map((c) => c.behaviour)).toEqual(['productUsage', 'onTimePayment', 'consultations']);
      expect(back.components[2]).toEqual({ behaviour: 'consultations', previous: 10, current: null, change: null, direction: null });
    });
  });

  describe('edges', () => {
    it('an undefined score on either side gives a null change with the reason', () => {
      const none = healthScore([], SEED_004_HEALTH_MODEL);
      const some = seed(20, 3, '0.96');
      const a = healthTrend(none, some);
      expect(a.value).toBeNull();
      expect(a.direction).toBeNull();
      expect(a.reason).toBe('the current score is undefined (no behaviour of the model was observed)');
      expect(a.calculation).toBe('ΔH = H₁ − H₀ = undefined − 26 = undefined (the current score is undefined (no behaviour of the model was observed))');
      expect(healthTrend(some, none).reason).toBe('the previous score is undefined (no behaviour of the model was observed)');
      expect(healthTrend(none, none).reason).toBe('both scores are undefined');
      expect(healthTrend({ value: null }, { value: 3 }).reason).toBe('the current score is undefined (no value)');
      expect(healthTrend({ value: 3 }, { value: null }).reason).toBe('the previous score is undefined (no value)');
    });

    it('bare { value } objects work: no tier, no components', () => {
      const t = healthTrend({ value: '12.5' }, { value: 14 });
      expect(t.value?.toString()).toBe('-1.5');
      expect(t.calculation).toBe('ΔH = H₁ − H₀ = 12.5 − 14 = -1.5');
      expect(t.tier).toEqual({ previous: null, current: null, changed: false });
      expect(t.components).toEqual([]);
    });

    it('negative scores render in parentheses in the calculation', () => {
      expect(healthTrend({ value: -2 }, { value: -5 }).calculation).toBe('ΔH = H₁ − H₀ = (-2) − (-5) = 3');
    });

    it('is frozen and leaves frozen inputs alone', () => {
      const a = deepFrozen(JSON.parse(JSON.stringify(seed(20, 3, '0.96'))));
      const t = healthTrend(a, a);
      expect(Object.isFrozen(t) && Object.isFrozen(t.components)).toBe(true);
    });
  });

  describe('validation', () => {
    it('rejects scores of different models (different scales)', () => {
      const a = healthScore([{ behaviour: 'a', value: 1 }, { behaviour: 'b', value: 1 }], TWO);
      const b = healthScore([{ behaviour: 'usage', value: 1 }], WEIGHTED);
      const issues = issuesOf(() => healthTrend(a, b));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['scale_mismatch', 'previous.scale']]);
      expect(issues[0]?.message).toBe('healthTrend: previous.scale (4 to 40) differs from current.scale (2 to 20): the scores come from different models');
    });

    it('rejects non-results, bad components and a negative tolerance, all at once', () => {
      expect(pathsOf(() => healthTrend(null as never, 5 as never, { tolerance: -1 }))).toEqual(['current', 'previous', 'options.tolerance']);
      expect(pathsOf(() => healthTrend({ value: 'x' }, { value: 1, components: [{ behaviour: 'a', score: 0 }] }))).toEqual([
        'current.value',
        'previous.components[0].score',
      ]);
      expect(pathsOf(() => healthTrend({} as never, { value: 1 }))).toEqual(['current.value']);
    });

    it('a tier of the wrong type is named, not zod\'s "Invalid input"', () => {
      expect(issuesOf(() => healthTrend({ value: 1, tier: 5 } as never, { value: 1 }))).toEqual([
        { code: 'invalid_type', path: 'current.tier', message: 'healthTrend: current.tier must be a tier name (a string) or null, got 5' },
      ]);
      expect(healthTrend({ value: 2, tier: null }, { value: 1, tier: 'vip' }).direction).toBe('up'); // 2 − 1 = 1 > 0
    });
  });
});
