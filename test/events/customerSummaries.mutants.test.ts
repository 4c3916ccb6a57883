import { describe, expect, it } from 'vitest';
import { collectEvents, customerSummaries, mergeCollectedEvents, type CollectedEvents, type CustomerEvent, type CustomerSummary } from '../../src/index.js';
import { idKeys } from '../../src/events/customerSummaries.js';
import { issuesOf } from '../helpers/errors.js';
import { buy, st } from './helpers.js';

// Tests written against the survivors of `npm run mutate events` (see docs/quality.md).
// Each case runs three ways: streamed (an array), collected, and collected in two merged parts.
function threeWays(events: CustomerEvent[], options: Parameters<typeof customerSummaries>[1]): readonly CustomerSummary[] {
  const streamed = customerSummaries(events, options);
  expect(customerSummaries(collectEvents(events), options)).toEqual(streamed);
  const k = Math.floor(events.length / 2);
  expect(customerSummaries(mergeCollectedEvents([collectEvents(events.slice(0, k)), collectEvents(events.slice(k))]), options)).toEqual(streamed);
  return streamed;
}
const money = (r: CustomerSummary | undefined) => [r?.totalAmount.toString(), r?.averageAmount.toString(), r?.monetaryValue.toString()];

describe('customerSummaries: mutation survivors', () => {
  it('an amount outside the hundredths fast path in the first period is left out of monetaryValue', () => {
    // days 01-01 (1.005) and 01-02 (2): frequency 1; total 3.005; mean 3.005 / 2 = 1.5025;
    // monetary = (3.005 − 1.005) / 1 = 2
    const [a] = threeWays([buy('a', '2026-01-01T10:00:00Z', '1.005'), buy('a', '2026-01-02T10:00:00Z', '2')], { asOf: '2026-01-03T00:00:00Z' });
    expect([a?.frequency, a?.recency, a?.T]).toEqual([1, 1, 2]);
    expect(money(a)).toEqual(['3.005', '1.5025', '2']);
  });

  it('one purchase of an amount outside the fast path: monetaryValue 0, mean = the amount', () => {
    const [b] = threeWays([buy('b', '2026-01-01T00:00:00Z', '0.125')], { asOf: '2026-01-02T00:00:00Z' });
    expect([b?.frequency, b?.purchaseCount]).toEqual([0, 1]);
    expect(money(b)).toEqual(['0.125', '0.125', '0']);
  });

  it('customerSince is the earliest `acquired` event whatever the input order; churned and reactivated do not count', () => {
    const rows = threeWays(
      [
        st('a', 'churned', '2025-12-01T00:00:00Z'),
        st('a', 'acquired', '2025-12-25T00:00:00Z'),
        st('a', 'acquired', '2025-12-22T00:00:00Z'),
        st('a', 'reactivated', '2025-12-10T00:00:00Z'),
        buy('a', '2026-01-01T00:00:00Z'),
        buy('c', '2026-01-03T05:00:00Z'),
        st('c', 'acquired', '2026-01-05T00:00:00Z'),
      ],
      { asOf: '2026-01-11T00:00:00Z' },
    );
    // a: since 12-22; tenure 12-22 → 01-11 = 9 + 11 = 20 days; T 01-01 → 01-11 = 10
    // c: acquired after the first purchase: since = the purchase; tenure 01-03 → 01-11 = 8
    expect(rows.map((r) => [r.customerId, r.customerSince, r.tenure, r.T])).toEqual([
      ['a', '2025-12-22T00:00:00.000Z', 20, 10],
      ['c', '2026-01-03T05:00:00.000Z', 8, 8],
    ]);
  });

  it('purchases out of order: only purchases at or before asOf count their periods, asOf itself included', () => {
    // ≤ asOf: days 01-05 (5), 01-02 (2), 01-10 (10, at asOf); 01-12 is after asOf; the acquisition
    // on 01-08 is no purchase. Periods 01-02, 01-05, 01-10: frequency 2, recency 8, T 8.
    // total 17; mean 17 / 3 = 5.666…67 (40 digits); monetary (5 + 10) / 2 = 7.5
    const [a] = threeWays(
      [
        buy('a', '2026-01-05T00:00:00Z', '5'),
        buy('a', '2026-01-02T00:00:00Z', '2'),
        st('a', 'acquired', '2026-01-08T00:00:00Z'),
        buy('a', '2026-01-10T00:00:00Z', '10'),
        buy('a', '2026-01-12T00:00:00Z', '12'),
      ],
      { asOf: '2026-01-10T00:00:00Z' },
    );
    expect([a?.frequency, a?.recency, a?.T, a?.purchaseCount, a?.tenure]).toEqual([2, 8, 8, 3, 8]);
    expect([a?.firstPurchaseAt, a?.lastPurchaseAt, a?.customerSince]).toEqual(['2026-01-02T00:00:00.000Z', '2026-01-10T00:00:00.000Z', '2026-01-02T00:00:00.000Z']);
    expect(money(a)).toEqual(['17', '5.666666666666666666666666666666666666667', '7.5']);
  });

  it('six purchase days in reverse order: every period is counted', () => {
    // days 01-06 … 01-01, amount = day number: frequency 5, recency 5, T 01-01 → 01-10 = 9;
    // total 1 + … + 6 = 21; mean 21 / 6 = 3.5; monetary (21 − 1) / 5 = 4
    const events = [6, 5, 4, 3, 2, 1].map((d) => buy('a', `2026-01-0${d}T12:00:00Z`, String(d)));
    const [a] = threeWays(events, { asOf: '2026-01-10T00:00:00Z' });
    expect([a?.frequency, a?.recency, a?.T, a?.purchaseCount]).toEqual([5, 5, 9, 6]);
    expect(money(a)).toEqual(['21', '3.5', '4']);
  });

  it('rows come sorted by id (code-unit order) for many customers in any order', () => {
    // 200 ids in a scrambled order (7 is coprime with 200), one purchase each
    const ids = Array.from({ length: 200 }, (_, i) => `c${(i * 7) % 200}`);
    const rows = threeWays(
      ids.map((id) => buy(id, '2026-01-01T00:00:00Z')),
      { asOf: '2026-01-02T00:00:00Z' },
    );
    expect(rows.map((r) => r.customerId)).toEqual([...ids].sort());
  });

  it('a period bought in again after an earlier one counts once', () => {
    // days 01-05 (5), 01-02 (2), 01-05 again (7): periods 01-02 (2) and 01-05 (12): frequency 1,
    // recency 3, T 01-02 → 01-10 = 8; total 14; mean 14 / 3 = 4.666…67; monetary 12 / 1 = 12
    const [a] = threeWays(
      [buy('a', '2026-01-05T00:00:00Z', '5'), buy('a', '2026-01-02T00:00:00Z', '2'), buy('a', '2026-01-05T12:00:00Z', '7')],
      { asOf: '2026-01-10T00:00:00Z' },
    );
    expect([a?.frequency, a?.recency, a?.T, a?.purchaseCount]).toEqual([1, 3, 8, 3]);
    expect(money(a)).toEqual(['14', '4.666666666666666666666666666666666666667', '12']);
  });

  it('a status event in collected events is no purchase, whatever its amount field holds', () => {
    // A status event's `minor` carries no meaning (only purchases' amounts are checked): −1 there,
    // with no decimal amounts listed, must not be looked up as one.
    const log = collectEvents([st('a', 'acquired', '2025-12-01T00:00:00Z'), buy('a', '2026-01-01T00:00:00Z', '5')]);
    const odd = { ...log, chunks: [{ ...log.chunks[0]!, minor: Float64Array.from([-1, 500]) }] } as CollectedEvents;
    const [a] = customerSummaries(odd, { asOf: '2026-01-02T00:00:00Z' });
    // since 12-01; tenure 12-01 → 01-02 = 31 + 1 = 32 days; total 5
    expect([a?.customerSince, a?.tenure, a?.totalAmount.toString()]).toEqual(['2025-12-01T00:00:00.000Z', 32, '5']);
  });

  it('names itself in its messages', () => {
    const issues = issuesOf(() => customerSummaries([{ customerId: 'a', type: 'purchase', at: 'soon', amount: '1' }] as never, { asOf: '2026-01-01T00:00:00Z' }));
    expect(issues.map((i) => i.path)).toEqual(['events[0].at']);
    expect(issues[0]?.message).toMatch(/^customerSummaries: events\[0\]\.at must be an ISO-8601 timestamp/);
  });

  it('rows are sorted by any conforming sort, not only by V8\'s (the comparison is consistent)', () => {
    // V8's sort only asks whether a comparison is below 0; other engines' sorts (SpiderMonkey's
    // insertion and merge steps) move an element only when it is above 0. A comparison that
    // answered 0 for a > b would sort in V8 and not there. Stand in such a sort for this call.
    const native = Array.prototype.sort;
    function insertionSort<T>(this: T[], compare?: (a: T, b: T) => number): T[] {
      if (compare === undefined) return native.call(this) as T[];
      for (let i = 1; i < this.length; i++) {
        for (let j = i; j > 0 && compare(this[j - 1]!, this[j]!) > 0; j--) [this[j - 1], this[j]] = [this[j]!, this[j - 1]!];
      }
      return this;
    }
    const ids = ['d', 'b', '__proto__', 'a', 'constructor', 'c'];
    let rows: readonly CustomerSummary[];
    Array.prototype.sort = insertionSort as typeof native;
    try {
      rows = customerSummaries(
        ids.map((id) => buy(id, '2026-01-01T00:00:00Z')),
        { asOf: '2026-01-02T00:00:00Z' },
      );
    } finally {
      Array.prototype.sort = native;
    }
    // code-unit order: '_' (0x5F) sorts before the lower-case letters
    expect(rows.map((r) => r.customerId)).toEqual(['__proto__', 'a', 'b', 'c', 'constructor', 'd']);
  });
});

describe('idKeys: the numeric keys the row sort compares first', () => {
  // Order needs only that the keys never contradict the ids (equal keys fall back to the strings);
  // these pin the key values themselves, so a key that stops telling ids apart is seen too.
  const keys = (ids: string[]) => [...idKeys(ids, Int32Array.from(ids, (_, i) => i))];

  it('ASCII ids: seven units after the shared prefix, 7 bits each', () => {
    // shared prefix 'x'; largest unit in the window 'h' = 104 < 2^7 → base 128, min(7, ⌊53 / 7⌋) = 7 units
    // 'xa': 97·128^6 = 426,610,511,577,088
    // 'xbcdefgh' + 'ÿ' (the ÿ is past the window: it sets neither the width nor the key):
    // 98·128^6 + 99·128^5 + 100·128^4 + 101·128^3 + 102·128^2 + 103·128 + 104 = 434,437,229,229,032
    expect(keys(['xa', 'xbcdefgh\u00ff'])).toEqual([426_610_511_577_088, 434_437_229_229_032]);
  });

  it('wide units: 15 bits for U+4E01, so three units', () => {
    // no shared prefix; largest unit 0x4E01 = 19,969 < 2^15 → base 32,768, ⌊53 / 15⌋ = 3 units
    // '一': 19,968·32,768^2 = 21,440,476,741,632; '丁b': 19,969·32,768^2 + 98·32,768 = 21,441,553,694,720
    expect(keys(['\u4e00', '\u4e01b'])).toEqual([21_440_476_741_632, 21_441_553_694_720]);
  });

  it('a unit equal to a power of two takes one more bit: "?@@" before "@"', () => {
    // largest unit '@' = 64 = 2^6 needs 7 bits. In 6 bits it would carry into the unit before:
    // '?@@' = 63·64^6 + 64·64^5 + 64·64^4 = 4,399,120,252,928 > '@' = 64·64^6 = 4,398,046,511,104,
    // the wrong order. With base 128: 63·128^6 + 64·128^5 + 64·128^4 < 64·128^6.
    const [a, b] = keys(['?@@', '@']);
    expect(a! < b!).toBe(true);
    const rows = customerSummaries([buy('@', '2026-01-01T00:00:00Z'), buy('?@@', '2026-01-01T00:00:00Z')], { asOf: '2026-01-02T00:00:00Z' });
    expect(rows.map((r) => r.customerId)).toEqual(['?@@', '@']);
  });

  it('no ids: no keys; one id: its units after the whole id, all 0', () => {
    // one id shares all of itself: nothing after the prefix, every unit 0
    expect(keys([])).toEqual([]);
    expect(keys(['abc'])).toEqual([0]);
  });
});
