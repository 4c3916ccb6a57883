import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, churnReasonBreakdown } from '../../src/index.js';
import { deepFrozen, pathsOf } from '../helpers/errors.js';

describe('churnReasonBreakdown', () => {
  it('seed 004 §3.1 example reasons: counts, shares, order', () => {
    // price 3, service 2, faults 2, none 2 (absent, null) + "" → missing 3 of 10
    // sorted: price 3 and missing 3 (named first on a tie), then faults 2, service 2 (code-unit order)
    const b = churnReasonBreakdown([
      { customerId: 'a', reason: 'price' },
      { customerId: 'b', reason: 'service' },
      { customerId: 'c', reason: 'price' },
      { customerId: 'd' },
      { customerId: 'e', reason: 'faults' },
      { customerId: 'f', reason: null },
      { customerId: 'g', reason: 'service' },
      { customerId: 'h', reason: 'price' },
      { customerId: 'i', reason: 'faults' },
      { customerId: 'j', reason: '' },
    ]);
    expect(b.rows.map((r) => [r.reason, r.count, r.share.toString()])).toEqual([
      ['price', 3, '0.3'],
      [null, 3, '0.3'],
      ['faults', 2, '0.2'],
      ['service', 2, '0.2'],
    ]);
    expect(b.churns).toBe(10);
    expect(b.customers).toBe(10);
  });

  it('each churn counts once: a customer lost twice counts twice; churned events are accepted', () => {
    const b = churnReasonBreakdown([
      { customerId: 'a', type: 'churned', at: '2026-01-05T00:00:00Z', reason: 'price' },
      { customerId: 'a', type: 'churned', at: '2026-03-05T00:00:00+08:00', reason: 'price' },
      { customerId: 'b', type: 'churned', at: new Date('2026-02-01T00:00:00Z') },
    ]);
    expect(b.churns).toBe(3);
    expect(b.customers).toBe(2);
    // price 2/3, missing 1/3 to 38 places; the larger remainder (2/3) takes the extra unit
    expect(b.rows.map((r) => r.share.toString())).toEqual(['0.66666666666666666666666666666666666667', '0.33333333333333333333333333333333333333']);
  });

  it('reasons are compared exactly (case and spaces matter), ties in code-unit order', () => {
    const b = churnReasonBreakdown([
      { customerId: 'a', reason: 'b' },
      { customerId: 'b', reason: 'B' },
      { customerId: 'c', reason: 'b ' },
    ]);
    expect(b.rows.map((r) => r.reason)).toEqual(['B', 'b', 'b ']);
  });

  it('empty: no rows', () => {
    expect(churnReasonBreakdown([])).toEqual({ formula: 'share(reason) = churns with the reason / churns', churns: 0, customers: 0, rows: [] });
  });

  it('validation paths', () => {
    expect(
      pathsOf(() =>
        churnReasonBreakdown([
          { customerId: 1, reason: 'x' },
          { customerId: 'b', reason: 3 },
          { customerId: 'c', type: 'acquired' },
          { customerId: 'd', type: 'churned', at: '2026-01-01' },
        ] as never),
      ),
    ).toEqual(['churns[0].customerId', 'churns[1].reason', 'churns[2].type', 'churns[3].at']);
    expect(pathsOf(() => churnReasonBreakdown({} as never))).toEqual(['churns']);
  });

  it('properties: shares sum to exactly 1, counts to the churns, sorted, input untouched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ customerId: fc.string(), reason: fc.option(fc.constantFrom('price', 'service', 'faults', 'x', ''), { nil: undefined }) }), {
          minLength: 1,
          maxLength: 80,
        }),
        (churns) => {
          const copy = structuredClone(churns);
          const b = churnReasonBreakdown(deepFrozen(churns));
          expect(churns).toEqual(copy);
          expect(b.rows.reduce((a, r) => a.plus(r.share), new Decimal(0)).toString()).toBe('1');
          expect(b.rows.reduce((a, r) => a + r.count, 0)).toBe(churns.length);
          for (let i = 1; i < b.rows.length; i++) expect(b.rows[i - 1]!.count).toBeGreaterThanOrEqual(b.rows[i]!.count);
        },
      ),
    );
  });
});
