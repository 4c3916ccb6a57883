import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerSatisfactionScore } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

describe('customerSatisfactionScore properties', () => {
  const answers = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 });

  it('stays within 0…1, and the mean within the scale', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = customerSatisfactionScore(a);
        expect(r.value!.gte(0) && r.value!.lte(1)).toBe(true);
        expect(r.mean!.gte(1) && r.mean!.lte(5)).toBe(true);
        expect(r.satisfied + r.notSatisfied).toBe(a.length);
      }),
    );
  });

  it('does not depend on order and never mutates the input', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const copy = [...a];
        const r = customerSatisfactionScore(deepFrozen(a));
        expect(a).toEqual(copy);
        expect(customerSatisfactionScore([...copy].reverse()).value!.eq(r.value!)).toBe(true);
      }),
    );
  });

  it('a lower threshold never lowers the score', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 2, max: 5 }), (a, t) => {
        const hi = customerSatisfactionScore(a, { satisfiedAtLeast: t }).value!;
        const lo = customerSatisfactionScore(a, { satisfiedAtLeast: t - 1 }).value!;
        expect(lo.gte(hi)).toBe(true);
      }),
    );
  });
});
