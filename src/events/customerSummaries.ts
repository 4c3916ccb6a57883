import { z } from 'zod';
import { ZERO, type Decimal } from '../core/decimal.js';
import { CHUNK, CustomerEventsSchema, DECIMAL_AMOUNT, MoneySums, PURCHASE, decimalsOf, readEvents, type CustomerEvents } from '../core/events.js';
import { InstantSchema } from '../core/instant.js';
import { periodIndexer, TimeZoneSchema } from '../core/period.js';
import { fromMinor, isoFast, minorPer } from '../core/fastDecimal.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link customerSummaries}: the events (an array here; the function also takes any
 * iterable or {@link CollectedEvents}).
 * @category Events
 */
export const CustomerSummariesInputSchema = CustomerEventsSchema;

/** @category Events */
export type CustomerSummariesInput = CustomerEvents;

/** Options of {@link customerSummaries}. @category Events */
export const CustomerSummariesOptionsSchema = z.object({
  asOf: InstantSchema,
  timeUnit: z.enum(['day', 'week', 'month']).optional(),
  timeZone: TimeZoneSchema.optional(),
});

/**
 * `asOf`: the end of observation (purchases after this instant are ignored); `timeUnit` of
 * frequency, recency, T and tenure (`'day'` default, ISO `'week'` Monday first, or `'month'`),
 * as calendar periods in `timeZone` (IANA, default `'UTC'`).
 * @category Events
 */
export type CustomerSummariesOptions = z.input<typeof CustomerSummariesOptionsSchema>;

/** One customer's summary. @category Events */
export interface CustomerSummary {
  readonly customerId: string;
  /** First and last purchase instants (ISO-8601, UTC). */
  readonly firstPurchaseAt: string;
  readonly lastPurchaseAt: string;
  /** Purchase events at or before asOf. */
  readonly purchaseCount: number;
  /** purchaseCount − 1. */
  readonly repeatPurchaseCount: number;
  /** Sum and mean of the purchase amounts (exact). */
  readonly totalAmount: Decimal;
  readonly averageAmount: Decimal;
  /** lifetimes: periods with a purchase, less the first (repeat purchase periods). */
  readonly frequency: number;
  /** lifetimes: whole periods from the first purchase's period to the last one's. */
  readonly recency: number;
  /** lifetimes: whole periods from the first purchase's period to asOf's. */
  readonly T: number;
  /** lifetimes: mean over the repeat periods of each period's total amount; 0 when frequency is 0. */
  readonly monetaryValue: Decimal;
  /** The earlier of the first `acquired` event and the first purchase (ISO-8601, UTC). */
  readonly customerSince: string;
  /** Whole periods from customerSince's period to asOf's. */
  readonly tenure: number;
}

/** @category Events */
export type CustomerSummariesResult = readonly CustomerSummary[];

const FN = 'customerSummaries';

/**
 * Customer summaries (客户购买汇总, RFM / CLV inputs): one row per customer who bought at or
 * before `asOf`, with first and last purchase, count, exact total and mean amount, tenure, and
 * the frequency / recency / T / monetary summary that BG/NBD, Pareto/NBD and Gamma-Gamma take.
 *
 * The summary follows the conventions of the Python library `lifetimes`
 * (`summary_data_from_transaction_data`): time is cut into calendar periods of `timeUnit`;
 * purchases in the same period collapse into one (their amounts summed); frequency counts the
 * periods with a purchase after the first; recency and T are whole periods from the first
 * purchase's period; monetary value is the mean of the repeat periods' totals. One deliberate
 * difference: `asOf` cuts by instant, so a purchase later on asOf's own day is ignored (lifetimes
 * cuts by period). Rows are sorted by customer id (code-unit order).
 *
 * @formula frequency = #periods with a purchase − 1; recency = period(last) − period(first);
 * T = period(asOf) − period(first); monetaryValue = (total − first period's total) / frequency.
 * @source Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way", Marketing Science
 * 24(2) (x, t_x, T); the `lifetimes` library's summary conventions; seed 003 §3 (历史数据分析).
 * @param events - An array or any iterable of events, or {@link CollectedEvents}.
 * @param options - `{ asOf, timeUnit?, timeZone? }`.
 * @returns Rows sorted by `customerId`; counts and periods are whole numbers, money exact.
 * @throws {@link MetricInputError} for a bad event, `asOf`, time unit or time zone.
 * @example
 * const events = [
 *   { customerId: 'a', type: 'purchase', at: '2026-01-01T10:00:00Z', amount: '20' },
 *   { customerId: 'a', type: 'purchase', at: '2026-01-03T10:00:00Z', amount: '10' },
 *   { customerId: 'a', type: 'purchase', at: '2026-01-03T18:00:00Z', amount: '5' },
 *   { customerId: 'a', type: 'purchase', at: '2026-01-06T10:00:00Z', amount: '25' },
 * ];
 * const [a] = customerSummaries(events, { asOf: '2026-01-10T00:00:00Z' });
 * [a?.frequency, a?.recency, a?.T, a?.purchaseCount]; // => [2, 5, 9, 4]
 * a?.monetaryValue.toString(); // => '20'
 * a?.averageAmount.toString(); // => '15'
 * @see {@link repeatPurchaseRate}, {@link cohortRetention}
 * @category Events
 */
export function customerSummaries(events: CustomerSummariesInput, options: CustomerSummariesOptions): CustomerSummariesResult {
  const opts = parseInput(FN, CustomerSummariesOptionsSchema, options, 'options');
  const asOf = opts.asOf;
  const index = periodIndexer(opts.timeUnit ?? 'day', opts.timeZone ?? 'UTC');
  const c = readEvents(FN, events);
  const n = c.ids.length;
  const decimals = c.decimals.length > 0 ? decimalsOf(c) : undefined;
  const count = new Float64Array(n);
  const firstAt = new Float64Array(n);
  const lastAt = new Float64Array(n);
  const minP = new Float64Array(n);
  const maxP = new Float64Array(n);
  const lastSeen = new Float64Array(n);
  const distinct = new Float64Array(n);
  const acquiredAt = new Float64Array(n).fill(Infinity);
  const total = new MoneySums(n);
  const firstPeriod = new MoneySums(n);
  let unordered: Set<number> | undefined;
  for (let ci = 0; ci < c.chunks.length; ci++) {
    const ch = c.chunks[ci]!;
    const len = ch.at.length;
    for (let j = 0; j < len; j++) {
      const a = ch.at[j]!;
      if (a > asOf) continue;
      const k = ch.customer[j]!;
      if (ch.type[j] !== PURCHASE) {
        if (ch.type[j] === 0 && a < acquiredAt[k]!) acquiredAt[k] = a;
        continue;
      }
      const m = ch.minor[j]!;
      const p = index(a);
      if (count[k] === 0) {
        firstAt[k] = lastAt[k] = a;
        minP[k] = maxP[k] = lastSeen[k] = p;
        distinct[k] = 1;
      } else {
        if (a < firstAt[k]!) firstAt[k] = a;
        if (a > lastAt[k]!) lastAt[k] = a;
        if (p < minP[k]!) {
          minP[k] = p;
          firstPeriod.reset(k);
        }
        if (p > maxP[k]!) maxP[k] = p;
        if (p > lastSeen[k]!) {
          distinct[k]!++;
          lastSeen[k] = p;
        } else if (p < lastSeen[k]!) (unordered ??= new Set()).add(k);
      }
      count[k]!++;
      if (m !== DECIMAL_AMOUNT) {
        total.add(k, m);
        if (p === minP[k]) firstPeriod.add(k, m);
      } else {
        const d = decimals!.get(ci * CHUNK + j)!;
        total.addDecimal(k, d);
        if (p === minP[k]) firstPeriod.addDecimal(k, d);
      }
    }
  }
  if (unordered) {
    // Purchases of these customers arrived out of period order: count their periods exactly.
    const sets = new Map<number, Set<number>>();
    for (const k of unordered) sets.set(k, new Set());
    for (const ch of c.chunks) {
      for (let j = 0; j < ch.at.length; j++) {
        const set = ch.type[j] === PURCHASE && ch.at[j]! <= asOf ? sets.get(ch.customer[j]!) : undefined;
        if (set) set.add(index(ch.at[j]!));
      }
    }
    for (const [k, set] of sets) distinct[k] = set.size;
  }
  const A = index(asOf);
  const ids = c.ids;
  const order = customersById(ids, count);
  const rows: CustomerSummary[] = new Array<CustomerSummary>(order.length);
  for (let r = 0; r < order.length; r++) {
    const k = order[r]!;
    const n = count[k]!;
    const frequency = distinct[k]! - 1;
    const fa = firstAt[k]!;
    const since = Math.min(acquiredAt[k]!, fa);
    let sum: Decimal;
    let average: Decimal;
    let monetary: Decimal;
    if (total.isPlain(k) && firstPeriod.isPlain(k)) {
      // The common case: integer hundredths, exact in float64; one division at most per figure.
      const m = total.minor[k]!;
      sum = fromMinor(m);
      average = n === 1 ? sum : minorPer(m, n);
      monetary = frequency === 0 ? ZERO : minorPer(m - firstPeriod.minor[k]!, frequency);
    } else {
      const m = total.totalMinor(k);
      sum = m.div(100);
      average = sum.div(n);
      monetary = frequency === 0 ? ZERO : m.minus(firstPeriod.totalMinor(k)).div(100).div(frequency);
    }
    const first = isoFast(fa);
    rows[r] = Object.freeze({
      customerId: ids[k]!,
      firstPurchaseAt: first,
      lastPurchaseAt: isoFast(lastAt[k]!),
      purchaseCount: n,
      repeatPurchaseCount: n - 1,
      totalAmount: sum,
      averageAmount: average,
      frequency,
      recency: maxP[k]! - minP[k]!,
      T: A - minP[k]!,
      monetaryValue: monetary,
      customerSince: since === fa ? first : isoFast(since),
      tenure: A - index(since),
    });
  }
  return Object.freeze(rows);
}

/** Indices of the customers with a purchase (count > 0), sorted by id in code-unit order. */
function customersById(ids: readonly string[], count: Float64Array): number[] {
  const order: number[] = [];
  for (let k = 0; k < count.length; k++) if (count[k]! > 0) order.push(k);
  order.sort(function byId(x, y) {
    const a = ids[x]!;
    const b = ids[y]!;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return order;
}
