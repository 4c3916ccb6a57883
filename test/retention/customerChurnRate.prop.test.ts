import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerChurnRate, customerRetentionRate } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

// A consistent snapshot under CRR's and CCR's assumption: N ≤ E ≤ S + N (sizes up to 10^12 so
// that quotients with long expansions are common).
const snapshot = fc
  .record({ S: fc.integer({ min: 1, max: 1e12 }), kept: fc.integer({ min: 0, max: 1e12 }), N: fc.integer({ min: 0, max: 1e12 }) })
  .map(({ S, kept, N }) => ({ customersAtStart: S, customersAtEnd: N + (kept % (S + 1)), newCustomers: N }));

describe('customerChurnRate properties', () => {
  it('CRR + CCR = 1 exactly (Decimal equality) for every consistent snapshot', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        expect(customerRetentionRate(s).value!.plus(customerChurnRate(s).value!).eq(1)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('CRR + CCR = 1 exactly for every small snapshot, exhaustively (S ≤ 60, N ≤ 3)', () => {
    for (let S = 1; S <= 60; S += 1)
      for (let N = 0; N <= 3; N += 1)
        for (let E = N; E <= S + N; E += 1) {
          const s = { customersAtStart: S, customersAtEnd: E, newCustomers: N };
          expect(customerRetentionRate(s).value!.plus(customerChurnRate(s).value!).eq(1)).toBe(true);
        }
  });

  it('stays within 0…1 and agrees with the churned count C = S + N − E over S', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const v = customerChurnRate(s).value!;
        expect(v.gte(0) && v.lte(1)).toBe(true);
        const C = s.customersAtStart + s.newCustomers - s.customersAtEnd;
        expect(customerChurnRate({ ...s, churnedCustomers: C }).value!.eq(v)).toBe(true);
      }),
    );
  });

  it('never falls when a customer more is lost', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        fc.pre(s.customersAtEnd > s.newCustomers);
        const fewer = { ...s, customersAtEnd: s.customersAtEnd - 1 };
        expect(customerChurnRate(fewer).value!.gte(customerChurnRate(s).value!)).toBe(true);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const copy = { ...s };
        customerChurnRate(deepFrozen(s));
        expect(s).toEqual(copy);
      }),
    );
  });
});
