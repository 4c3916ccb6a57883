import { Decimal } from '../core/decimal.js';
import { CustomerEventsSchema, PURCHASE, readEvents, type CustomerEvents } from '../core/events.js';
import { iso } from '../core/instant.js';
import { periodBounds, type Period } from '../core/period.js';
import { metricResult, type MetricResult } from '../core/result.js';

/**
 * Input of {@link repeatPurchaseRate}: the events (an array here; the function also takes any
 * iterable or {@link CollectedEvents}).
 * @category Events
 */
export const RepeatPurchaseRateInputSchema = CustomerEventsSchema;

/** @category Events */
export type RepeatPurchaseRateInput = CustomerEvents;

/** @category Events */
export type RepeatPurchaseRateResult = MetricResult & {
  /** R: customers with two or more purchase events in the period. */
  readonly repeatCustomers: number;
  /** P: customers with at least one purchase event in the period. */
  readonly purchasingCustomers: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly periodLabel: string;
};

const FN = 'repeatPurchaseRate';

/**
 * Repeat purchase rate (RPR, 重复购买率): the share of the customers who bought in a period
 * who bought more than once in it.
 *
 * Counts purchase events, not distinct days or orders' values: two purchases on the same day are
 * two purchases. A customer's status (acquired, churned) plays no part; every purchase in
 * `[start, end)` counts.
 *
 * @formula RPR = R / P, with R = customers with ≥ 2 purchase events in the period and
 * P = customers with ≥ 1.
 * @source seed 001 FAQ 2 and seed 002 FAQ 3 (重复购买率: repeat buyers over buyers).
 * @param events - An array or any iterable of events, or {@link CollectedEvents}.
 * @param period - `{ start, end }` (half-open) or `{ month | quarter | year, timeZone? }`.
 * @returns A ratio in 0…1; `null` with a reason when nobody bought in the period.
 * @throws {@link MetricInputError} for a bad event (path `events[i].field`) or a bad period.
 * @example
 * const events = [
 *   { customerId: 'a', type: 'purchase', at: '2026-03-01T09:00:00Z', amount: '10' },
 *   { customerId: 'a', type: 'purchase', at: '2026-03-01T18:00:00Z', amount: '5' },
 *   { customerId: 'b', type: 'purchase', at: '2026-03-02T09:00:00Z', amount: '7.50' },
 *   { customerId: 'b', type: 'purchase', at: '2026-04-02T09:00:00Z', amount: '7.50' },
 * ];
 * repeatPurchaseRate(events, { month: '2026-03' }).calculation; // => 'RPR = R / P = 1 / 2 = 0.5'
 * @see {@link customerSummaries}, {@link snapshotFromEvents}
 * @category Events
 */
export function repeatPurchaseRate(events: RepeatPurchaseRateInput, period: Period): RepeatPurchaseRateResult {
  const { start: s, end: e, label } = periodBounds(FN, period);
  const c = readEvents(FN, events);
  const seen = new Uint8Array(c.ids.length);
  let P = 0;
  let R = 0;
  for (const ch of c.chunks) {
    for (let j = 0; j < ch.at.length; j++) {
      const a = ch.at[j]!;
      if (ch.type[j] !== PURCHASE || a < s || !(a < e)) continue;
      const k = ch.customer[j]!;
      const v = seen[k]!;
      if (v === 0) P++;
      else if (v === 1) R++;
      if (v < 2) seen[k] = v + 1;
    }
  }
  return metricResult(
    {
      formula: 'RPR = R / P',
      substituted: `${R} / ${P}`,
      value: P === 0 ? null : new Decimal(R).div(P),
      reason: 'no purchases in the period (P = 0)',
    },
    { repeatCustomers: R, purchasingCustomers: P, periodStart: iso(s), periodEnd: iso(e), periodLabel: label },
  );
}
