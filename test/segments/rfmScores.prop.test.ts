import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, rfmScores } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

const asOfMs = Date.UTC(2026, 3, 1);
const asOf = new Date(asOfMs).toISOString();

// Small value ranges so that ties are frequent.
const row = fc.record({
  daysAgo: fc.integer({ min: 0, max: 12 }),
  hours: fc.integer({ min: 0, max: 23 }),
  purchaseCount: fc.integer({ min: 1, max: 6 }),
  cents: fc.integer({ min: -500, max: 3000 }),
});
export const rfmRows = fc.array(row, { maxLength: 40 }).map((rows) =>
  rows.map((r, i) => ({
    customerId: `c${i}`,
    lastPurchaseAt: new Date(asOfMs - r.daysAgo * 86_400_000 - r.hours * 3_600_000).toISOString(),
    purchaseCount: r.purchaseCount,
    totalAmount: (r.cents / 100).toFixed(2),
  })),
);

const maxTies = (xs: readonly string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return Math.max(0, ...m.values());
};

describe('rfmScores properties', () => {
  it('scores are whole numbers 1–5, the score string is their digits, and every customer has one segment counted once', () => {
    fc.assert(
      fc.property(rfmRows, (rows) => {
        const r = rfmScores(rows, { asOf });
        for (const c of r.customers) {
          for (const s of [c.r, c.f, c.m]) expect(Number.isInteger(s) && s >= 1 && s <= 5).toBe(true);
          expect(c.score).toBe(`${c.r}${c.f}${c.m}`);
        }
        expect(r.segments.reduce((a, s) => a + s.count, 0)).toBe(rows.length);
        for (const s of r.segments) expect(r.customers.filter((c) => c.segment === s.segment).length).toBe(s.count);
      }),
    );
  });

  it('quintiles are balanced within ties: customers scoring ≤ k differ from k·n/5 by at most half the largest tie group', () => {
    fc.assert(
      fc.property(rfmRows, (rows) => {
        const r = rfmScores(rows, { asOf });
        const n = rows.length;
        const dims = [
          { score: (c: (typeof r.customers)[number]) => c.r, key: (c: (typeof r.customers)[number]) => String(c.recency) },
          { score: (c: (typeof r.customers)[number]) => c.f, key: (c: (typeof r.customers)[number]) => String(c.frequency) },
          { score: (c: (typeof r.customers)[number]) => c.m, key: (c: (typeof r.customers)[number]) => c.monetary.toString() },
        ];
        for (const d of dims) {
          const ties = maxTies(r.customers.map(d.key));
          for (let k = 1; k <= 4; k += 1) {
            const atMost = r.customers.filter((c) => d.score(c) <= k).length;
            expect(Math.abs(atMost - (k * n) / 5)).toBeLessThanOrEqual(ties / 2);
          }
        }
      }),
    );
  });

  it('equal values share a score, and a better value never scores lower', () => {
    fc.assert(
      fc.property(rfmRows, (rows) => {
        const cs = rfmScores(rows, { asOf }).customers;
        for (const a of cs) {
          for (const b of cs) {
            if (a.recency <= b.recency) expect(a.r).toBeGreaterThanOrEqual(b.r);
            if (a.frequency >= b.frequency) expect(a.f).toBeGreaterThanOrEqual(b.f);
            if (a.monetary.gte(b.monetary)) expect(a.m).toBeGreaterThanOrEqual(b.m);
          }
        }
      }),
    );
  });

  it('a permutation of the input changes no customer’s scores or segment', () => {
    fc.assert(
      fc.property(
        rfmRows.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          const byId = (r: ReturnType<typeof rfmScores>) => new Map(r.customers.map((c) => [c.customerId, JSON.stringify(c)]));
          const a = rfmScores(rows, { asOf });
          const b = rfmScores(shuffled, { asOf });
          expect(byId(b)).toEqual(byId(a));
          expect(b.segments).toEqual(a.segments);
        },
      ),
    );
  });

  it('string, number and Decimal amounts give equal results, and inputs are never mutated', () => {
    fc.assert(
      fc.property(rfmRows, (rows) => {
        const frozenRows = deepFrozen(rows.map((c) => ({ ...c })));
        const before = JSON.stringify(frozenRows);
        const a = JSON.stringify(rfmScores(frozenRows, { asOf }));
        expect(JSON.stringify(frozenRows)).toBe(before);
        expect(JSON.stringify(rfmScores(rows.map((c) => ({ ...c, totalAmount: Number(c.totalAmount) })), { asOf }))).toBe(a);
        expect(JSON.stringify(rfmScores(rows.map((c) => ({ ...c, totalAmount: new Decimal(c.totalAmount) })), { asOf }))).toBe(a);
      }),
    );
  });
});
