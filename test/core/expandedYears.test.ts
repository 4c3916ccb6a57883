import { describe, expect, it } from 'vitest';
import { buildReport, cohortRetention, customerSummaries, lifecycleStage, rfmScores } from '../../src/index.js';
import { instantMs as rowInstantMs } from '../../src/core/customerRows.js';
import { InstantSchema as IsoInstantSchema } from '../../src/core/isoInstant.js';
import { instantMs } from '../../src/core/instant.js';
import { parseInput } from '../../src/core/validate.js';

// Date#toISOString writes a year outside 0000–9999 with a sign and six digits (ISO 8601's expanded
// years, ECMAScript's date format): "-000001-06-01T00:00:00.000Z". The library returns such strings
// for Date inputs from those years (customerSummaries' firstPurchaseAt, a report's asOf), so its
// parsers read them back, or its own functions refuse each other's output.
//
// Epoch milliseconds by hand:
// - 0000-01-01 is 719 528 days before 1970-01-01 (test/core/isoInstant.test.ts); year −1 is not a
//   leap year (365 days), so −000001-01-01 is day −719 893: −719 893 · 86 400 000 =
//   −62 198 755 200 000 ms.
// - 10000-01-01: years 1970–9999 hold 8030 · 365 days plus their leap days: 2007 multiples of 4
//   (1972 … 9996) less the 60 centuries 2100 … 9900 not divisible by 400, 1947 leap days; so day
//   2 930 950 + 1947 = 2 932 897: 2 932 897 · 86 400 000 = 253 402 300 800 000 ms.
// - The ends of a Date's range, ±8.64e15 ms, are +275760-09-13T00:00:00Z and -271821-04-20T00:00:00Z
//   (ECMAScript's time value range, 100 000 000 days either side of the epoch).
const START_OF_YEAR_MINUS_1 = -62_198_755_200_000;
const START_OF_YEAR_10000 = 253_402_300_800_000;

const parsers: [string, (s: string) => number | undefined][] = [
  ['instant.instantMs (events, summaries)', (s) => { const t = instantMs(s); return Number.isNaN(t) ? undefined : t; }],
  ['customerRows.instantMs (segment inputs)', rowInstantMs],
  ['isoInstant.InstantSchema (service and survey inputs)', (s) => { try { return parseInput('f', IsoInstantSchema, s, 'at'); } catch { return undefined; } }],
];

describe.each(parsers)('%s: years written with a sign and six digits', (_name, read) => {
  it('are read', () => {
    expect(read('-000001-01-01T00:00:00Z')).toBe(START_OF_YEAR_MINUS_1);
    expect(read('-000001-01-01T08:00:00+08:00')).toBe(START_OF_YEAR_MINUS_1);
    expect(read('+010000-01-01T00:00:00Z')).toBe(START_OF_YEAR_10000);
    expect(read('+010000-01-01T00:00:00.000Z')).toBe(START_OF_YEAR_10000);
    // the same year in both spellings
    expect(read('+002026-03-01T00:00:00Z')).toBe(read('2026-03-01T00:00:00Z'));
    expect(read('+000000-01-01T00:00:00Z')).toBe(read('0000-01-01T00:00:00Z'));
    // the ends of a Date's range
    expect(read('+275760-09-13T00:00:00Z')).toBe(8.64e15);
    expect(read('-271821-04-20T00:00:00Z')).toBe(-8.64e15);
  });

  it('are refused when not a year, or past a Date', () => {
    for (const bad of [
      '-000000-01-01T00:00:00Z', // minus zero is not a year (ECMAScript)
      '+2026-03-01T00:00:00Z', // a sign needs six digits
      '002026-03-01T00:00:00Z', // six digits need a sign
      '+0010000-01-01T00:00:00Z',
      '+275760-09-13T00:00:00.001Z',
      '-271821-04-19T23:59:59.999Z',
      '-000001-02-29T00:00:00Z', // −1 is not a leap year
    ]) {
      expect(read(bad), bad).toBeUndefined();
    }
    expect(read('-000004-02-29T00:00:00Z')).toBe(Date.parse('-000004-02-29T00:00:00Z')); // −4 is
  });

  it("read back what Date#toISOString writes, across the whole range", () => {
    // 2001 instants evenly spaced over ±8.64e15 ms, each moved by a few odd milliseconds
    for (let k = -1000; k <= 1000; k++) {
      const ms = Math.max(-8.64e15, Math.min(8.64e15, k * 8.64e12 + k * 7919));
      const text = new Date(ms).toISOString();
      expect(read(text), text).toBe(ms);
    }
  });
});

describe('the library reads back the timestamps it returns for Dates before year 0', () => {
  const events = [
    { customerId: 'a', type: 'acquired', at: new Date(Date.UTC(-1, 5, 1)) },
    { customerId: 'a', type: 'purchase', at: new Date(Date.UTC(-1, 5, 1)), amount: '5' },
    { customerId: 'a', type: 'purchase', at: new Date(Date.UTC(-1, 6, 1)), amount: '7' },
  ] as const;

  it('customerSummaries → rfmScores and lifecycleStage', () => {
    const [s] = customerSummaries(events, { asOf: new Date(Date.UTC(-1, 8, 1)) });
    expect(s?.firstPurchaseAt).toBe('-000001-06-01T00:00:00.000Z');
    expect(s?.lastPurchaseAt).toBe('-000001-07-01T00:00:00.000Z');
    const rfm = rfmScores([{ customerId: 'a', lastPurchaseAt: s!.lastPurchaseAt, purchaseCount: s!.purchaseCount, totalAmount: s!.totalAmount }], {
      asOf: '-000001-09-01T00:00:00.000Z',
    });
    // one customer: 1 July to 1 September −1 is 31 + 31 = 62 days
    expect(rfm.customers[0]?.recency).toBe(62);
    const lc = lifecycleStage([{ customerId: 'a', purchaseCount: 2, firstPurchaseAt: s!.firstPurchaseAt, lastPurchaseAt: s!.lastPurchaseAt }], {
      asOf: '-000001-09-01T00:00:00.000Z',
    });
    // first purchase 92 days before asOf (not new: ≥ 30), last 62 days before (not churned: < 180),
    // two purchases (not loyal: < 3): active
    expect(lc.customers[0]?.stage).toBe('active');
  });

  it('cohort labels of year −1 carry the sign (were "00-1-Q2")', () => {
    const c = cohortRetention(events, { granularity: 'quarter', asOf: new Date(Date.UTC(-1, 8, 1)) });
    expect(c.cohorts.map((x) => x.cohort)).toEqual(['-000001-Q2']);
  });

  it('buildReport of year 0000 over events of year −1 (refused its own default asOf)', () => {
    const r = buildReport({ events }, { year: '0000' }, { previous: false });
    // asOf defaults to the latest event: 1 July −1
    expect(r.asOf).toBe('-000001-07-01T00:00:00.000Z');
  });

  it('buildReport over an interval of year −1 labels it with whole dates (was "-000001-06 – -000001-09")', () => {
    const r = buildReport({ events }, { start: new Date(Date.UTC(-1, 5, 1)), end: new Date(Date.UTC(-1, 8, 1)) }, { previous: false });
    expect(r.period.label).toBe('-000001-06-01 – -000001-09-01');
  });
});
