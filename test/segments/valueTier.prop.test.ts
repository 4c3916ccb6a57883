import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, valueTier } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

const rows = fc
  .array(fc.integer({ min: -1000, max: 5000 }), { maxLength: 40 })
  .map((cents) => cents.map((c, i) => ({ customerId: `c${i}`, totalAmount: (c / 100).toFixed(2) })));
const percents = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => [Math.max(a, b), Math.min(a, b)] as const);
const quantiles = percents.map(([h, m]) => ({ high: h / 100, medium: m / 100 }));
const rank = { low: 0, medium: 1, high: 2 } as const;

describe('valueTier properties', () => {
  it('every customer gets exactly one tier; counts add up; a larger value never gets a lower tier', () => {
    fc.assert(
      fc.property(rows, quantiles, (cs, q) => {
        const r = valueTier(cs, { by: 'totalAmount', quantiles: q });
        expect(r.counts.high + r.counts.medium + r.counts.low).toBe(cs.length);
        for (const a of r.customers) for (const b of r.customers) if (a.value.gte(b.value)) expect(rank[a.tier]).toBeGreaterThanOrEqual(rank[b.tier]);
      }),
    );
  });

  it('quantile cuts lie between the smallest and largest value, and the values at sorted positions ≥ ⌈q·(n − 1)⌉ are at or above them', () => {
    fc.assert(
      fc.property(rows, percents, (cs, [h, m]) => {
        fc.pre(cs.length > 0);
        const n = cs.length;
        const r = valueTier(cs, { by: 'totalAmount', quantiles: { high: h / 100, medium: m / 100 } });
        const vs = r.customers.map((c) => c.value);
        const min = Decimal.min(...vs);
        const max = Decimal.max(...vs);
        for (const cut of [r.thresholds.high!, r.thresholds.medium!]) expect(cut.gte(min) && cut.lte(max)).toBe(true);
        // PERCENTILE.INC interpolates between v[⌊h⌋] and v[⌈h⌉] (0-based, h = q·(n − 1)), so every value from
        // position ⌈h⌉ on is at or above the cut: at least n − ⌈h⌉ customers reach it.
        expect(r.counts.high).toBeGreaterThanOrEqual(n - Math.ceil((h * (n - 1)) / 100));
        expect(r.counts.high + r.counts.medium).toBeGreaterThanOrEqual(n - Math.ceil((m * (n - 1)) / 100));
      }),
    );
  });

  it('input order changes no tier; number form does not matter; inputs are never mutated', () => {
    fc.assert(
      fc.property(
        rows.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        quantiles,
        ([cs, shuffled], q) => {
          const frozenRows = deepFrozen(cs.map((c) => ({ ...c })));
          const before = JSON.stringify(frozenRows);
          const a = valueTier(frozenRows, { by: 'totalAmount', quantiles: q });
          expect(JSON.stringify(frozenRows)).toBe(before);
          const b = valueTier(shuffled, { by: 'totalAmount', quantiles: q });
          const byId = (r: typeof a) => new Map(r.customers.map((c) => [c.customerId, c.tier]));
          expect(byId(b)).toEqual(byId(a));
          expect(JSON.stringify(valueTier(cs.map((c) => ({ ...c, totalAmount: Number(c.totalAmount) })), { by: 'totalAmount', quantiles: q }))).toBe(
            JSON.stringify(a),
          );
        },
      ),
    );
  });
});
