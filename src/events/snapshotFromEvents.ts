import { z } from 'zod';
import { CustomerEventsSchema, PURCHASE, positionOf, readStatusEvents, type CustomerEvents } from '../core/events.js';
import { iso } from '../core/instant.js';
import { periodBounds, type Period } from '../core/period.js';
import { frozen } from '../core/result.js';
import { ACTIVE, anomaly, buildTimelines, firstAcquisitions, sortAnomalies, step, throwAnomalies, type EventAnomaly } from '../core/timeline.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link snapshotFromEvents}: the events (an array here; the function also takes any
 * iterable or {@link CollectedEvents}).
 * @category Events
 */
export const SnapshotFromEventsInputSchema = CustomerEventsSchema;

/** @category Events */
export type SnapshotFromEventsInput = CustomerEvents;

/** Options of {@link snapshotFromEvents}: `strict: true` turns anomalies into an error. @category Events */
export const SnapshotFromEventsOptionsSchema = z.object({ strict: z.boolean().optional() }).optional();

/** @category Events */
export type SnapshotFromEventsOptions = z.input<typeof SnapshotFromEventsOptionsSchema>;

/**
 * A period snapshot derived from events; feeds every period formula
 * (`customerRetentionRate`, …) unchanged.
 * @category Events
 */
export interface SnapshotFromEventsResult {
  /** S: customers active just before the period's start. */
  readonly customersAtStart: number;
  /** E: customers active just before the period's end. */
  readonly customersAtEnd: number;
  /** N: customers not active at the start who were active at some point of the period. */
  readonly newCustomers: number;
  /** C: customers active at some point of the period and not active at its end. */
  readonly churnedCustomers: number;
  /** The part of N whose first activation in the period was an explicit `reactivated` event. */
  readonly reactivatedCustomers: number;
  /** Events that changed nothing, in time order (only events before the period's end are read). */
  readonly anomalies: readonly EventAnomaly[];
  /** The period's start, ISO-8601 in UTC. */
  readonly periodStart: string;
  /** The period's end (exclusive), ISO-8601 in UTC. */
  readonly periodEnd: string;
  /** The period's label: `2026-03`, `2026-Q1`, `2026`, or the ISO interval. */
  readonly periodLabel: string;
}

const FN = 'snapshotFromEvents';

/**
 * Period snapshot from events (S, E, N, C; 期初/期末客户数、新增与流失客户数).
 *
 * Derives the counts every period formula reads from a customer event log: each customer's
 * status is the result of their `acquired` / `churned` / `reactivated` events applied in time
 * order (same-instant events in input order; purchases never change status). A customer new
 * and lost inside the period counts in both N and C; one active at the start who leaves and
 * comes back counts in neither. Reactivation is never guessed: `acquired` after a churn is a new
 * acquisition, only a `reactivated` event counts in `reactivatedCustomers`.
 *
 * @formula S = #active just before start; E = #active just before end;
 * N = #(not active at start ∧ active at some point of [start, end));
 * C = #(active at some point of [start, end) ∧ not active at end); so E = S + N − C.
 * @source seed 000 §2 and seed 001 §3 define the counts S, E, N used by CRR; the counting rules
 * from events are the library's (API.md, "Canonical inputs of the event-based functions").
 * @param events - An array or any iterable of events, or {@link CollectedEvents}.
 * @param period - `{ start, end }` (half-open) or `{ month | quarter | year, timeZone? }`.
 * @param options - `strict: true` raises on anomalies instead of listing them.
 * @returns Counts (whole numbers ≥ 0), `anomalies`, and the period's bounds as ISO strings.
 * @throws {@link MetricInputError} for a bad event (path `events[i].field`), a bad period, or,
 * with `strict`, any anomaly (path `events[i]`).
 * @example
 * const events = [
 *   { customerId: 'a', type: 'acquired', at: '2025-12-01T00:00:00Z' },
 *   { customerId: 'b', type: 'acquired', at: '2026-03-05T00:00:00Z' },
 *   { customerId: 'b', type: 'churned', at: '2026-03-20T00:00:00Z' },
 *   { customerId: 'c', type: 'acquired', at: '2026-03-10T00:00:00Z' },
 * ];
 * const s = snapshotFromEvents(events, { month: '2026-03' });
 * [s.customersAtStart, s.customersAtEnd, s.newCustomers, s.churnedCustomers]; // => [1, 2, 2, 1]
 * s.periodStart; // => '2026-03-01T00:00:00.000Z'
 * @see {@link startCohortRetentionRate}, {@link cohortRetention}, {@link resolvePeriod}
 * @category Events
 */
export function snapshotFromEvents(
  events: SnapshotFromEventsInput,
  period: Period,
  options?: SnapshotFromEventsOptions,
): SnapshotFromEventsResult {
  const opts = parseInput(FN, SnapshotFromEventsOptionsSchema, options, 'options');
  const { start: s, end: e, label } = periodBounds(FN, period);
  const c = readStatusEvents(FN, events).log;
  const n = c.ids.length;
  const t = buildTimelines(c, e);
  const found: EventAnomaly[] = [];
  let S = 0;
  let E = 0;
  let N = 0;
  let C = 0;
  let R = 0;
  for (let k = 0; k < n; k++) {
    let state = 0;
    let atStart = -1;
    let during = false;
    let first = -1;
    for (let p = t.offsets[k]!; p < t.offsets[k + 1]!; p++) {
      const a = t.at[p]!;
      if (atStart < 0 && a >= s) {
        atStart = state & ACTIVE;
        during = atStart === 1;
      }
      const next = step(state, t.type[p]!);
      if (next < 0) {
        found.push(anomaly(c, k, t.type[p]!, a, next, t.pos[p]!));
        continue;
      }
      if (atStart >= 0 && (state & ACTIVE) === 0 && (next & ACTIVE) !== 0) {
        during = true;
        if (first < 0 && atStart === 0) first = t.type[p]!;
      }
      state = next;
    }
    if (atStart < 0) {
      atStart = state & ACTIVE;
      during = atStart === 1;
    }
    const atEnd = state & ACTIVE;
    S += atStart;
    E += atEnd;
    if (atStart === 0 && during) {
      N++;
      if (first === 2) R++;
    }
    if (during && atEnd === 0) C++;
  }
  // Purchases before the customer's first acquisition (or of a customer never acquired).
  const fa = firstAcquisitions(t, n);
  for (let ci = 0; ci < c.chunks.length; ci++) {
    const ch = c.chunks[ci]!;
    for (let j = 0; j < ch.at.length; j++) {
      if (ch.type[j] !== PURCHASE) continue;
      const a = ch.at[j]!;
      if (!(a < e)) continue;
      const k = ch.customer[j]!;
      const f = fa.at[k]!;
      const pos = positionOf(ch, ci, j);
      if (!(a > f || (a === f && pos > fa.pos[k]!))) found.push(anomaly(c, k, PURCHASE, a, -5, pos));
    }
  }
  sortAnomalies(found);
  if (opts?.strict === true && found.length > 0) throwAnomalies(FN, found);
  return frozen({
    customersAtStart: S,
    customersAtEnd: E,
    newCustomers: N,
    churnedCustomers: C,
    reactivatedCustomers: R,
    anomalies: found,
    periodStart: iso(s),
    periodEnd: iso(e),
    periodLabel: label,
  });
}
