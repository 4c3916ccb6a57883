import { describe, expect, it } from 'vitest';
import { DEFAULT_RFM_SEGMENTS, Decimal, rfmScores } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

const asOf = '2026-04-01T00:00:00Z';

// Ten customers, hand-scored below. Days before asOf of the last purchase, purchase count, total.
const TEN = [
  { customerId: 'c01', lastPurchaseAt: '2026-03-29T18:00:00Z', purchaseCount: 12, totalAmount: '2400' }, // 2 days 6 h → 2 days
  { customerId: 'c02', lastPurchaseAt: '2026-03-27T00:00:00Z', purchaseCount: 8, totalAmount: '1500' }, // 5 days
  { customerId: 'c03', lastPurchaseAt: '2026-03-27T08:00:00+08:00', purchaseCount: 8, totalAmount: '900' }, // 5 days (00:00Z)
  { customerId: 'c04', lastPurchaseAt: '2026-03-18T00:00:00Z', purchaseCount: 5, totalAmount: '900' }, // 14 days
  { customerId: 'c05', lastPurchaseAt: '2026-03-02T00:00:00Z', purchaseCount: 3, totalAmount: '450' }, // 30 days
  { customerId: 'c06', lastPurchaseAt: '2026-02-15T00:00:00Z', purchaseCount: 3, totalAmount: '300' }, // 45 days
  { customerId: 'c07', lastPurchaseAt: '2026-01-31T00:00:00Z', purchaseCount: 2, totalAmount: '250' }, // 60 days
  { customerId: 'c08', lastPurchaseAt: '2026-01-01T00:00:00Z', purchaseCount: 1, totalAmount: '120' }, // 90 days
  { customerId: 'c09', lastPurchaseAt: '2025-09-13T00:00:00Z', purchaseCount: 1, totalAmount: '80' }, // 200 days
  { customerId: 'c10', lastPurchaseAt: '2025-02-25T00:00:00Z', purchaseCount: 1, totalAmount: '40' }, // 400 days
];

describe('rfmScores', () => {
  describe('golden cases', () => {
    it('ten customers with ties, scored by hand', () => {
      // score = ⌊5 · (below + ties/2) / 10⌋ + 1 = ⌊(2·below + ties) / 4⌋ + 1, worst first.
      // R (more days is worse): 400 (0+1)/4→1; 200 3/4→1; 90 5/4→2; 60 7/4→2; 45 9/4→3; 30 11/4→3;
      //   14 13/4→4; 5,5 (below 7, ties 2) 16/4=4→5; 2 19/4→5.
      // F: 1,1,1 (0, ties 3) 3/4→1; 2 7/4→2; 3,3 (4, ties 2) 10/4→3; 5 13/4→4; 8,8 (7, ties 2) 16/4→5; 12 19/4→5.
      // M: 40 →1; 80 3/4→1; 120 5/4→2; 250 7/4→2; 300 9/4→3; 450 11/4→3; 900,900 (6, ties 2) 14/4→4;
      //   1500 17/4→5; 2400 19/4→5.
      const r = rfmScores(TEN, { asOf });
      expect(r.customers.map((c) => c.recency)).toEqual([2, 5, 5, 14, 30, 45, 60, 90, 200, 400]);
      expect(r.customers.map((c) => c.score)).toEqual(['555', '555', '554', '444', '333', '333', '222', '212', '111', '111']);
      // First match over the R `rfm` vignette's table:
      // 555 Champions; 554, 444, 333 Potential Loyalist (r 3–5, f 3–5, m 2–5); 222 Loyal (2–4 each);
      // 212: not Loyal (f 1), not Promising/New (r), not Can't Lose Them/At Risk/Need Attention (f) →
      // About to Sleep (r 2–3, f 1–3, m 1–4); 111 Lost (r 1).
      expect(r.customers.map((c) => c.segment)).toEqual([
        'Champions',
        'Champions',
        'Potential Loyalist',
        'Potential Loyalist',
        'Potential Loyalist',
        'Potential Loyalist',
        'Loyal',
        'About to Sleep',
        'Lost',
        'Lost',
      ]);
      expect(r.segments).toEqual([
        { segment: 'Champions', count: 2 },
        { segment: 'Potential Loyalist', count: 4 },
        { segment: 'Loyal', count: 1 },
        { segment: 'Promising', count: 0 },
        { segment: 'New', count: 0 },
        { segment: "Can't Lose Them", count: 0 },
        { segment: 'At Risk', count: 0 },
        { segment: 'Need Attention', count: 0 },
        { segment: 'About to Sleep', count: 1 },
        { segment: 'Lost', count: 2 },
        { segment: 'Other', count: 0 },
      ]);
      expect(r.n).toBe(10);
      expect(r.asOf).toBe('2026-04-01T00:00:00.000Z');
      expect(r.customers[0]).toMatchObject({ customerId: 'c01', frequency: 12, r: 5, f: 5, m: 5 });
      expect(r.customers[0]!.monetary.toString()).toBe('2400');
    });

    it('five distinct customers get 1…5 once each: ⌊5 · (i + ½) / 5⌋ + 1 = i + 1', () => {
      const five = TEN.filter((_, i) => [0, 3, 4, 6, 9].includes(i)); // 2, 14, 30, 60, 400 days; 12, 5, 3, 2, 1; 2400, 900, 450, 250, 40
      expect(rfmScores(five, { asOf }).customers.map((c) => c.score)).toEqual(['555', '444', '333', '222', '111']);
    });

    it('the default rule table is the R rfm vignette table, in its order', () => {
      expect(DEFAULT_RFM_SEGMENTS.map((s) => [s.segment, s.r, s.f, s.m])).toEqual([
        ['Champions', [5, 5], [5, 5], [5, 5]],
        ['Potential Loyalist', [3, 5], [3, 5], [2, 5]],
        ['Loyal', [2, 4], [2, 4], [2, 4]],
        ['Promising', [3, 4], [1, 3], [3, 5]],
        ['New', [4, 5], [1, 3], [1, 5]],
        ["Can't Lose Them", [1, 2], [3, 4], [4, 5]],
        ['At Risk', [1, 2], [2, 5], [4, 5]],
        ['Need Attention', [1, 3], [3, 5], [3, 5]],
        ['About to Sleep', [2, 3], [1, 3], [1, 4]],
        ['Lost', [1, 1], [1, 5], [1, 5]],
      ]);
      expect(Object.isFrozen(DEFAULT_RFM_SEGMENTS)).toBe(true);
    });

    it('custom rules: first match wins, m optional, repeated names share a count, fallback named', () => {
      const rules = [
        { segment: 'Top', r: [5, 5] as [number, number], f: [5, 5] as [number, number] },
        { segment: 'Mid', r: [3, 4] as [number, number], f: [1, 5] as [number, number] },
        { segment: 'Top', r: [1, 5] as [number, number], f: [1, 5] as [number, number], m: [5, 5] as [number, number] },
      ];
      const r = rfmScores(TEN, { asOf, rules, fallbackSegment: 'Rest' });
      // 555 Top, 555 Top, 554 Top (r5 f5), 444 Mid, 333 Mid, 333 Mid, 222 Rest, 212 Rest, 111 Rest ×2
      expect(r.customers.map((c) => c.segment)).toEqual(['Top', 'Top', 'Top', 'Mid', 'Mid', 'Mid', 'Rest', 'Rest', 'Rest', 'Rest']);
      expect(r.segments).toEqual([
        { segment: 'Top', count: 3 },
        { segment: 'Mid', count: 3 },
        { segment: 'Rest', count: 4 },
      ]);
    });

    it('no rules: everyone in the fallback segment', () => {
      const r = rfmScores(TEN.slice(0, 3), { asOf, rules: [] });
      expect(r.segments).toEqual([{ segment: 'Other', count: 3 }]);
    });
  });

  describe('edges', () => {
    it('no customers: n 0, no rows, every segment at 0', () => {
      const r = rfmScores([], { asOf });
      expect(r.n).toBe(0);
      expect(r.customers).toEqual([]);
      expect(r.segments.every((s) => s.count === 0)).toBe(true);
      expect(r.segments).toHaveLength(11);
    });

    it('a single customer sits at the 50th percentile: ⌊5 · ½⌋ + 1 = 3 on every dimension', () => {
      const r = rfmScores([TEN[0]!], { asOf });
      expect(r.customers[0]).toMatchObject({ r: 3, f: 3, m: 3, score: '333', segment: 'Potential Loyalist' });
    });

    it('all customers equal: all share the middle score 3', () => {
      const same = ['a', 'b', 'c', 'd'].map((customerId) => ({ customerId, lastPurchaseAt: asOf, purchaseCount: 2, totalAmount: '10' }));
      expect(rfmScores(same, { asOf }).customers.map((c) => c.score)).toEqual(['333', '333', '333', '333']);
    });

    it('a purchase at asOf itself is 0 days ago', () => {
      const r = rfmScores([{ customerId: 'x', lastPurchaseAt: new Date(asOf), purchaseCount: 1, totalAmount: 5 }], { asOf: new Date(asOf) });
      expect(r.customers[0]!.recency).toBe(0);
    });

    it('negative totals (refunds) rank below zero', () => {
      const r = rfmScores(
        [
          { customerId: 'a', lastPurchaseAt: asOf, purchaseCount: 1, totalAmount: '-20' },
          { customerId: 'b', lastPurchaseAt: asOf, purchaseCount: 1, totalAmount: '0' },
        ],
        { asOf },
      );
      // 2 customers: worst (2·0 + 1)·5 / 4 = 1.25 → 2; best (2·1 + 1)·5 / 4 = 3.75 → 4
      expect(r.customers.map((c) => c.m)).toEqual([2, 4]);
    });

    it('ids such as __proto__ and constructor, and a segment named __proto__', () => {
      const rows = [
        { customerId: '__proto__', lastPurchaseAt: asOf, purchaseCount: 3, totalAmount: '30' },
        { customerId: 'constructor', lastPurchaseAt: asOf, purchaseCount: 1, totalAmount: '10' },
      ];
      const r = rfmScores(rows, { asOf, rules: [{ segment: '__proto__', r: [1, 5], f: [1, 5] }] });
      expect(r.customers.map((c) => c.customerId)).toEqual(['__proto__', 'constructor']);
      expect(r.segments).toEqual([
        { segment: '__proto__', count: 2 },
        { segment: 'Other', count: 0 },
      ]);
    });

    it('string, number and Decimal amounts give the same result', () => {
      const as = (f: (s: string) => unknown) => TEN.map((c) => ({ ...c, totalAmount: f(c.totalAmount) }));
      const a = JSON.stringify(rfmScores(as((s) => s) as never, { asOf }));
      expect(JSON.stringify(rfmScores(as(Number) as never, { asOf }))).toBe(a);
      expect(JSON.stringify(rfmScores(as((s) => new Decimal(s)) as never, { asOf }))).toBe(a);
    });

    it('frozen result, frozen input left alone, extra row fields ignored', () => {
      const input = deepFrozen(TEN.map((c) => ({ ...c, frequency: 99, T: 3 })));
      const before = JSON.stringify(input);
      const r = rfmScores(input, deepFrozen({ asOf }));
      expect(JSON.stringify(input)).toBe(before);
      expect(Object.isFrozen(r) && Object.isFrozen(r.customers) && Object.isFrozen(r.customers[0])).toBe(true);
      expect(r.customers[0]!.frequency).toBe(12);
      expect(JSON.parse(JSON.stringify(r)).customers[2].monetary).toBe('900');
    });
  });

  describe('validation', () => {
    it('names each bad field with its path', () => {
      const bad = [
        TEN[0],
        { ...TEN[1], purchaseCount: 0 },
        { ...TEN[2], totalAmount: '1,000' },
        { ...TEN[3], lastPurchaseAt: '2026-03-01T00:00:00' },
        { ...TEN[4], lastPurchaseAt: '2026-02-30T00:00:00Z' },
        { customerId: 5 },
      ];
      expect(pathsOf(() => rfmScores(bad as never, { asOf }))).toEqual([
        'customers[1].purchaseCount',
        'customers[2].totalAmount',
        'customers[3].lastPurchaseAt',
        'customers[4].lastPurchaseAt',
        'customers[5].customerId',
        'customers[5].lastPurchaseAt',
        'customers[5].purchaseCount',
        'customers[5].totalAmount',
      ]);
    });

    it('messages read "<function>: <path> <problem>"', () => {
      const issues = issuesOf(() => rfmScores([{ ...TEN[0]!, purchaseCount: 0 }, { ...TEN[1]!, totalAmount: '12%' }], { asOf }));
      expect(issues[0]!.message).toBe(
        'rfmScores: customers[0].purchaseCount must be a whole number of at least 1 (RFM scores customers who have bought; leads belong to lifecycleStage), got 0',
      );
      expect(issues[1]!.message).toMatch(/^rfmScores: customers\[1\]\.totalAmount must be a decimal/);
    });

    it('a last purchase after asOf', () => {
      const issues = issuesOf(() => rfmScores([TEN[0]!, { ...TEN[1]!, lastPurchaseAt: '2026-04-01T00:00:01Z' }], { asOf }));
      expect(issues).toEqual([
        {
          code: 'inconsistent',
          path: 'customers[1].lastPurchaseAt',
          message: 'rfmScores: customers[1].lastPurchaseAt (2026-04-01T00:00:01.000Z) must not be after options.asOf (2026-04-01T00:00:00.000Z)',
        },
      ]);
    });

    it('a repeated customer id', () => {
      const issues = issuesOf(() => rfmScores([TEN[0]!, TEN[1]!, TEN[2]!, { ...TEN[4]!, customerId: 'c02' }], { asOf }));
      expect(issues).toEqual([
        { code: 'duplicate', path: 'customers[3].customerId', message: 'rfmScores: customers[3].customerId "c02" repeats the customer of customers[1]' },
      ]);
      // Reported even when another row fails a type check first.
      expect(pathsOf(() => rfmScores([{ ...TEN[0]!, totalAmount: {} as never }, { ...TEN[1]!, purchaseCount: '2' as never, customerId: 'c01' }], { asOf }))).toEqual([
        'customers[0].totalAmount',
        'customers[1].purchaseCount',
        'customers[1].customerId',
      ]);
    });

    it('options: asOf, rules and fallback', () => {
      expect(pathsOf(() => rfmScores(TEN, {} as never))).toEqual(['options.asOf']);
      expect(pathsOf(() => rfmScores(TEN, undefined as never))).toEqual(['options']);
      expect(pathsOf(() => rfmScores(TEN, { asOf: 'yesterday' }))).toEqual(['options.asOf']);
      expect(
        issuesOf(() => rfmScores(TEN, { asOf, rules: [{ segment: 'x', r: [4, 2], f: [1, 5] }] })).map((i) => [i.code, i.path, i.message]),
      ).toEqual([['inconsistent', 'options.rules[0].r', 'rfmScores: options.rules[0].r must be [min, max] with min ≤ max, got [4, 2]']]);
      expect(pathsOf(() => rfmScores(TEN, { asOf, rules: [{ segment: '', r: [0, 6], f: [1, 2.5] }] }))).toEqual([
        'options.rules[0].segment',
        'options.rules[0].r[0]',
        'options.rules[0].r[1]',
        'options.rules[0].f[1]',
      ]);
      expect(pathsOf(() => rfmScores(TEN, { asOf, fallbackSegment: '' }))).toEqual(['options.fallbackSegment']);
    });

    it('a non-array customer list, and bad input and options together', () => {
      expect(pathsOf(() => rfmScores(null as never, { asOf }))).toEqual(['customers']);
      expect(pathsOf(() => rfmScores([{ ...TEN[0]!, totalAmount: NaN }], { asOf: 3 as never }))).toEqual(['customers[0].totalAmount', 'options.asOf']);
    });

    it('turns a throwing getter into its own error', () => {
      const hostile = Object.defineProperty({ ...TEN[0] }, 'totalAmount', {
        enumerable: true,
        get() {
          throw new TypeError('nope');
        },
      });
      expect(issuesOf(() => rfmScores([hostile as never], { asOf }))[0]?.code).toBe('unreadable_input');
    });
  });
});
