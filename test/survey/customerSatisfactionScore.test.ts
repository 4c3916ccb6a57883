import { describe, expect, it } from 'vitest';
import { customerSatisfactionScore } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('customerSatisfactionScore', () => {
  it('hand case, top-two-box on 1–5', () => {
    // 5 4 4 3 5 2 4 5 1 4: satisfied (≥ 4) = 7 of 10 → 0.7; mean = 37 / 10 = 3.7
    const r = customerSatisfactionScore([5, 4, 4, 3, 5, 2, 4, 5, 1, 4]);
    expect(r.value?.toString()).toBe('0.7');
    expect(r.calculation).toBe('CSAT = satisfied / n = 7 / 10 = 0.7');
    expect(r.mean?.toString()).toBe('3.7');
    expect([r.n, r.satisfied, r.notSatisfied]).toEqual([10, 7, 3]);
    expect(r.scale).toEqual({ min: 1, max: 5 });
    expect(r.satisfiedAtLeast).toBe(4);
  });

  it('a custom scale and threshold; the default threshold is the top two points', () => {
    // 0–10, satisfied ≥ 8: 9 and 10 of 9, 7, 10 → 2 / 3
    expect(customerSatisfactionScore([9, 7, 10], { scale: { min: 0, max: 10 }, satisfiedAtLeast: 8 }).value?.toString()).toBe(
      '0.6666666666666666666666666666666666666667',
    );
    // 1–7 without a threshold: satisfied ≥ 6 → 6, 7 of 6, 5, 7, 1 → 2 / 4 = 0.5
    const r = customerSatisfactionScore([6, 5, 7, 1], { scale: { min: 1, max: 7 } });
    expect(r.satisfiedAtLeast).toBe(6);
    expect(r.value?.toString()).toBe('0.5');
    // a negative scale −2…2, satisfied ≥ 1: 1, 2 of −2, 1, 2, 0 → 0.5; mean 1 / 4 = 0.25
    const n = customerSatisfactionScore([-2, 1, 2, 0], { scale: { min: -2, max: 2 } });
    expect([n.value?.toString(), n.mean?.toString()]).toEqual(['0.5', '0.25']);
  });

  it('no answers: null with a reason', () => {
    const r = customerSatisfactionScore([]);
    expect(r.value).toBeNull();
    expect(r.reason).toBe('no answers (n = 0)');
    expect(r.mean).toBeNull();
  });

  it('leaves frozen input alone', () => {
    const r = customerSatisfactionScore(deepFrozen([5, 1]), deepFrozen({ scale: { min: 1, max: 5 } }));
    expect(r.value?.toString()).toBe('0.5');
    expect(Object.isFrozen(r)).toBe(true);
  });

  describe('validation', () => {
    it('names every answer off the scale or not whole', () => {
      const issues = issuesOf(() => customerSatisfactionScore([5, 6, 0, 4.5, '3'] as never));
      expect(issues.map((i) => i.path)).toEqual(['responses[3]', 'responses[4]', 'responses[1]', 'responses[2]']);
      expect(issues.find((i) => i.path === 'responses[1]')?.message).toBe('customerSatisfactionScore: responses[1] must be on the scale 1–5, got 6');
    });

    it('checks answers against a custom scale', () => {
      expect(pathsOf(() => customerSatisfactionScore([0, 10, 11], { scale: { min: 0, max: 10 } }))).toEqual(['responses[2]']);
    });

    it('rejects a bad scale and threshold', () => {
      expect(pathsOf(() => customerSatisfactionScore([1], { scale: { min: 5, max: 1 } }))).toEqual(['options.scale.max']);
      expect(pathsOf(() => customerSatisfactionScore([1], { scale: { min: 1.5, max: 5 } } as never))).toEqual(['options.scale.min']);
      expect(pathsOf(() => customerSatisfactionScore([1], { satisfiedAtLeast: 6 }))).toEqual(['options.satisfiedAtLeast']);
      expect(pathsOf(() => customerSatisfactionScore([1], { satisfiedAtLeast: 3.5 }))).toEqual(['options.satisfiedAtLeast']);
      expect(pathsOf(() => customerSatisfactionScore(undefined as never))).toEqual(['responses']);
    });
  });
});
