import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerRetentionRate } from '../../src/index.js';

// A consistent snapshot under CRR's assumption: N ≤ E ≤ S + N.
export const retainedSnapshot = fc
  .record({ S: fc.integer({ min: 1, max: 1e6 }), kept: fc.nat(), N: fc.integer({ min: 0, max: 1e6 }) })
  .map(({ S, kept, N }) => ({ customersAtStart: S, customersAtEnd: N + (kept % (S + 1)), newCustomers: N }));

describe('customerRetentionRate properties', () => {
  it('stays within 0…1', () => {
    fc.assert(
      fc.property(retainedSnapshot, (s) => {
        const v = customerRetentionRate(s).value!;
        expect(v.gte(0) && v.lte(1)).toBe(true);
      }),
    );
  });

  it('never rises when a customer more is lost', () => {
    fc.assert(
      fc.property(retainedSnapshot, (s) => {
        fc.pre(s.customersAtEnd > s.newCustomers);
        const fewer = { ...s, customersAtEnd: s.customersAtEnd - 1 };
        expect(customerRetentionRate(fewer).value!.lte(customerRetentionRate(s).value!)).toBe(true);
      }),
    );
  });
});
