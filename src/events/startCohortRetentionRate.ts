import { Decimal } from '../core/decimal.js';
import { CustomerEventsSchema, readStatusEvents, type CustomerEvents } from '../core/events.js';
import { iso } from '../core/instant.js';
import { periodBounds, type Period } from '../core/period.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { ACTIVE, buildTimelines, step } from '../core/timeline.js';

/**
 * Input of {@link startCohortRetentionRate}: the events (an array here; the function also takes
 * any iterable or {@link CollectedEvents}).
 * @category Events
 */
export const StartCohortRetentionRateInputSchema = CustomerEventsSchema;

/** @category Events */
export type StartCohortRetentionRateInput = CustomerEvents;

/** @category Events */
export type StartCohortRetentionRateResult = MetricResult & {
  /** S: customers active just before the period's start. */
  readonly customersAtStart: number;
  /** K: of those, the customers active just before the period's end. */
  readonly retainedCustomers: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly periodLabel: string;
};

const FN = 'startCohortRetentionRate';

/**
 * Start-cohort retention rate (SCRR, 期初客户留存率): the exact share of the customers active at
 * the start of a period who are still active at its end.
 *
 * What CRR means, computed from events without CRR's assumption that every new customer is still
 * there at the end: it follows the customers of the start, one by one. A customer who leaves and
 * comes back within the period counts as kept (active at both ends); new customers play no part.
 * When new customers also left inside the period, (E − N) / S understates retention and this
 * rate is the one to show beside it.
 *
 * @formula SCRR = K / S, with S = customers active just before start, K = those of them active
 * just before end (status from the counting rules of {@link snapshotFromEvents}).
 * @source seed 000 §2 and seed 001 §3 (CRR: the share of starting customers kept); the exact
 * event-based reading is the library's (METRICS.md section D).
 * @param events - An array or any iterable of events, or {@link CollectedEvents}.
 * @param period - `{ start, end }` (half-open) or `{ month | quarter | year, timeZone? }`.
 * @returns A ratio in 0…1; `null` with a reason when S = 0.
 * @throws {@link MetricInputError} for a bad event (path `events[i].field`) or a bad period.
 * @example
 * const events = [
 *   { customerId: 'a', type: 'acquired', at: '2025-11-01T00:00:00Z' },
 *   { customerId: 'b', type: 'acquired', at: '2025-11-02T00:00:00Z' },
 *   { customerId: 'b', type: 'churned', at: '2026-03-10T00:00:00Z' },
 *   { customerId: 'c', type: 'acquired', at: '2026-03-11T00:00:00Z' },
 * ];
 * startCohortRetentionRate(events, { month: '2026-03' }).calculation; // => 'SCRR = K / S = 1 / 2 = 0.5'
 * @see {@link snapshotFromEvents}, `customerRetentionRate`, {@link cohortRetention}
 * @category Events
 */
export function startCohortRetentionRate(events: StartCohortRetentionRateInput, period: Period): StartCohortRetentionRateResult {
  const { start: s, end: e, label } = periodBounds(FN, period);
  const c = readStatusEvents(FN, events).log;
  const t = buildTimelines(c, e);
  let S = 0;
  let K = 0;
  for (let k = 0; k < c.ids.length; k++) {
    let state = 0;
    let atStart = -1;
    for (let p = t.offsets[k]!; p < t.offsets[k + 1]!; p++) {
      if (atStart < 0 && t.at[p]! >= s) atStart = state & ACTIVE;
      const next = step(state, t.type[p]!);
      if (next >= 0) state = next;
    }
    if (atStart < 0) atStart = state & ACTIVE;
    S += atStart;
    K += atStart & state & ACTIVE;
  }
  return metricResult(
    {
      formula: 'SCRR = K / S',
      substituted: `${K} / ${S}`,
      value: S === 0 ? null : new Decimal(K).div(S),
      reason: 'no customers active at period start (S = 0)',
    },
    { customersAtStart: S, retainedCustomers: K, periodStart: iso(s), periodEnd: iso(e), periodLabel: label },
  );
}
