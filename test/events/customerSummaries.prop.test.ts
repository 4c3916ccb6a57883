import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectEvents, customerSummaries, mergeCollectedEvents } from '../../src/index.js';
import { canonical, general, instantArb, logArb, ZONES } from './arbitraries.js';
import { referenceSummaries } from './reference.js';

const optionsArb = fc.record({
  asOf: instantArb,
  timeUnit: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  timeZone: fc.constantFrom(...ZONES),
});

const plain = (rows: ReturnType<typeof customerSummaries>) => JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[];

describe('customerSummaries properties', () => {
  it('agrees with a naive reference on random logs', () => {
    fc.assert(
      fc.property(logArb, optionsArb, (log, o) => {
        const rows = plain(customerSummaries(log.map(canonical), { ...o, asOf: new Date(o.asOf) }));
        const ref = referenceSummaries(log, o.asOf, o.timeUnit, o.timeZone);
        expect(rows.map(({ customerId, purchaseCount, totalAmount, frequency, recency, T, monetaryValue, firstPurchaseAt, lastPurchaseAt }) => ({
          customerId, purchaseCount, totalAmount, frequency, recency, T, monetaryValue, firstPurchaseAt, lastPurchaseAt,
        }))).toEqual(ref);
        for (const r of rows) expect((r.recency as number) <= (r.T as number) && (r.frequency as number) <= (r.purchaseCount as number) - 1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rows come in code-unit order of the ids, whatever the ids and their number', () => {
    // Up to 300 ids of any UTF-16 code units (lone surrogates, '__proto__' and shared prefixes
    // included), one purchase each, in the order drawn: the rows follow Array#sort's default
    // order (code units), the order the merge sort in customerSummaries must reproduce.
    const idArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('__proto__', 'constructor', 'C000001', 'C00000', 'C0000010', ''),
      fc.integer({ min: 0, max: 999 }).map((k) => `C${String(k).padStart(6, '0')}`),
    );
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 300 }), (ids) => {
        const rows = customerSummaries(
          ids.map((customerId) => ({ customerId, type: 'purchase' as const, at: '2026-01-01T00:00:00Z', amount: '1' })),
          { asOf: '2026-01-02T00:00:00Z' },
        );
        expect(rows.map((r) => r.customerId)).toEqual([...new Set(ids)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('rows come in code-unit order when ids share a prefix and differ only late', () => {
    // The sort compares numeric keys of the few code units after the shared prefix (seven for
    // ASCII ids, three when a unit needs 16 bits) and the strings only on equal keys. Tails over a
    // small alphabet (ASCII only, with 'é', or with a lone surrogate and U+FFFF) of up to 12 units
    // make keys tie, run out (one id a prefix of another) and differ past the key, behind a prefix
    // of any code units; 20–200 ids, so that ties meet in the merges and not only within one run.
    const alphabets = [['a', 'b'], ['a', 'b', '\u00e9'], ['a', 'b', '\ud800', '\uffff']];
    const idsArb = fc.tuple(fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom(...alphabets)).chain(([prefix, alphabet]) =>
      fc.array(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((u) => prefix + u.join('')), { minLength: 20, maxLength: 200, size: 'max' }),
    );
    fc.assert(
      fc.property(idsArb, (ids) => {
        const rows = customerSummaries(
          ids.map((customerId) => ({ customerId, type: 'purchase' as const, at: '2026-01-01T00:00:00Z', amount: '1' })),
          { asOf: '2026-01-02T00:00:00Z' },
        );
        expect(rows.map((r) => r.customerId)).toEqual([...new Set(ids)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('the general path, any input order, and split-and-merge give identical rows', () => {
    fc.assert(
      fc.property(logArb, optionsArb, fc.nat(), (log, o, cut) => {
        const opts = { ...o, asOf: new Date(o.asOf) };
        const base = plain(customerSummaries(log.map(canonical), opts));
        expect(plain(customerSummaries(log.map(general), opts))).toEqual(base);
        expect(plain(customerSummaries([...log].reverse().map(canonical), opts))).toEqual(base);
        const k = cut % (log.length + 1);
        const merged = mergeCollectedEvents([collectEvents(log.slice(0, k).map(canonical)), collectEvents(log.slice(k).map(general))]);
        expect(plain(customerSummaries(merged, opts))).toEqual(base);
      }),
    );
  });
});
