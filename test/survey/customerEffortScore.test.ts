import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerEffortScore } from '../../src/index.js';
import { deepFrozen, pathsOf } from '../helpers/errors.js';

describe('customerEffortScore', () => {
  it('hand case on 1–7, higher = easier', () => {
    // 7 6 6 5 3 7 2 6: Σ = 42, n = 8 → mean 5.25; easy (6 or 7) = 5 → 5 / 8 = 0.625
    const r = customerEffortScore([7, 6, 6, 5, 3, 7, 2, 6]);
    expect(r.value?.toString()).toBe('5.25');
    expect(r.calculation).toBe('CES = Σ answer / n = 42 / 8 = 5.25');
    expect(r.easy).toBe(5);
    expect(r.easyShare?.toString()).toBe('0.625');
    expect(r.easyAnswers).toEqual([6, 7]);
    expect(r.lowerIsEasier).toBe(false);
  });

  it('lowerIsEasier counts the bottom two points; the mean is of the raw answers', () => {
    // 1–5, easy = 1 or 2: 1, 2 of 1, 2, 5 → 2 / 3; mean = 8 / 3
    const r = customerEffortScore([1, 2, 5], { scale: { min: 1, max: 5 }, lowerIsEasier: true });
    expect(r.easy).toBe(2);
    expect(r.easyAnswers).toEqual([1, 2]);
    expect(r.value?.toString()).toBe('2.666666666666666666666666666666666666667');
    // the same answers with higher = easier: easy = 4 or 5 → 1 / 3, same mean
    const h = customerEffortScore([1, 2, 5], { scale: { min: 1, max: 5 } });
    expect(h.easy).toBe(1);
    expect(h.value?.eq(r.value!)).toBe(true);
  });

  it('no answers: null with a reason', () => {
    const r = customerEffortScore([]);
    expect(r.value).toBeNull();
    expect(r.reason).toBe('no answers (n = 0)');
    expect(r.easyShare).toBeNull();
  });

  it('validation paths', () => {
    expect(pathsOf(() => customerEffortScore([0, 8, 3.5]))).toEqual(['responses[2]', 'responses[0]', 'responses[1]']);
    expect(pathsOf(() => customerEffortScore([1], { scale: { min: 1, max: 2 } }))).toEqual(['options.scale.max']);
    expect(pathsOf(() => customerEffortScore([1], { scale: { min: 3, max: 2 } }))).toEqual(['options.scale.max']);
    expect(pathsOf(() => customerEffortScore([1], { lowerIsEasier: 'yes' } as never))).toEqual(['options.lowerIsEasier']);
  });

  it('properties: mean within the scale, easy share within 0…1, input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 100 }), fc.boolean(), (a, low) => {
        const copy = [...a];
        const r = customerEffortScore(deepFrozen(a), { lowerIsEasier: low });
        expect(a).toEqual(copy);
        expect(r.value!.gte(1) && r.value!.lte(7)).toBe(true);
        expect(r.easyShare!.gte(0) && r.easyShare!.lte(1)).toBe(true);
      }),
    );
  });
});
