import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerGrowthRate } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

// Any consistent snapshot: E = S + N − C with C ≤ S + N (new customers may have left too).
const snapshot = fc
  .record({ S: fc.integer({ min: 1, max: 1e9 }), N: fc.integer({ min: 0, max: 1e9 }), lost: fc.integer({ min: 0, max: 2e9 }) })
  .map(({ S, N, lost }) => {
    const C = lost % (S + N + 1);
    return { customersAtStart: S, customersAtEnd: S + N - C, newCustomers: N, churnedCustomers: C };
  });

describe('customerGrowthRate properties', () => {
  it('is at least −1, negative exactly when E < S, and S × growth = E − S to 40 significant digits', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const v = customerGrowthRate(s).value!;
        expect(v.gte(-1)).toBe(true);
        expect(v.isNegative()).toBe(s.customersAtEnd < s.customersAtStart);
        expect(v.times(s.customersAtStart).minus(s.customersAtEnd - s.customersAtStart).abs().lte('1e-25')).toBe(true);
      }),
    );
  });

  it('depends only on S and E: leaving N and C out gives the same value', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const bare = { customersAtStart: s.customersAtStart, customersAtEnd: s.customersAtEnd };
        expect(customerGrowthRate(bare).value!.eq(customerGrowthRate(s).value!)).toBe(true);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const copy = { ...s };
        customerGrowthRate(deepFrozen(s));
        expect(s).toEqual(copy);
      }),
    );
  });
});
