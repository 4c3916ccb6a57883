import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { CustomerEventsSchema, readStatusEvents, type CustomerEvents } from '../core/events.js';
import { InstantSchema, iso } from '../core/instant.js';
import { periodIndexer, periodLabel, periodStartMs, TimeZoneSchema } from '../core/period.js';
import { frozen } from '../core/result.js';
import { ACTIVE, buildTimelines, step } from '../core/timeline.js';
import { fail, parseInput } from '../core/validate.js';

/**
 * Input of {@link cohortRetention}: the events (an array here; the function also takes any
 * iterable or {@link CollectedEvents}).
 * @category Events
 */
export const CohortRetentionInputSchema = CustomerEventsSchema;

/** @category Events */
export type CohortRetentionInput = CustomerEvents;

/** Options of {@link cohortRetention}. @category Events */
export const CohortRetentionOptionsSchema = z.object({
  granularity: z.enum(['month', 'quarter', 'year']),
  timeZone: TimeZoneSchema.optional(),
  asOf: InstantSchema.optional(),
});

/**
 * `granularity` of the cohorts and offsets; `timeZone` (IANA, default `'UTC'`) of the calendar;
 * `asOf` (default: the last event's instant) — events after it are ignored and cells whose period
 * has not ended by it are `null`.
 * @category Events
 */
export type CohortRetentionOptions = z.input<typeof CohortRetentionOptionsSchema>;

/** One cohort: the customers first acquired in one calendar period. @category Events */
export interface CohortRow {
  /** The cohort's period label (`2026-01`, `2026-Q1`, `2026`). */
  readonly cohort: string;
  /** Its first instant, ISO-8601 in UTC. */
  readonly start: string;
  /** Cohort size: customers whose first `acquired` event falls in the period. */
  readonly customers: number;
  /** Cell k: customers of the cohort active just before the end of period k; `null` when censored. */
  readonly counts: readonly (number | null)[];
  /** Cell k: counts[k] / customers, exact; `null` when censored. */
  readonly rates: readonly (Decimal | null)[];
}

/** @category Events */
export interface CohortRetentionResult {
  readonly granularity: 'month' | 'quarter' | 'year';
  readonly timeZone: string;
  /** The observation cut-off used, ISO-8601 in UTC; `null` for no events. */
  readonly asOf: string | null;
  /** Number of offset columns (every row has this many cells). */
  readonly columns: number;
  readonly cohorts: readonly CohortRow[];
}

const FN = 'cohortRetention';
/** At most this many period columns (100 years of months). */
const MAX_COLUMNS = 1200;

/**
 * Cohort retention matrix (同期群留存): customers grouped by the calendar period of their first
 * acquisition, and for each period offset k the share of the cohort still active at the end of
 * period k.
 *
 * Status follows the counting rules of {@link snapshotFromEvents}. Cell k is the share of the
 * cohort active just before the end of period k (the cohort's own period is k = 0). The cohort
 * size is the 100 % every cell is a share of; cell 0 is below 1 when customers were lost within
 * their first period. A cell whose period has not ended by `asOf` is `null` (not yet observed),
 * never 0, so the matrix is a triangle padded with nulls.
 *
 * @formula rate[c][k] = active(c, end of period c + k) / size(c).
 * @source the cohort view of seed 001 §3 (retention of the customers one had); layout of the
 * usual cohort table (acquisition period × periods since).
 * @param events - An array or any iterable of events, or {@link CollectedEvents}.
 * @param options - `{ granularity, timeZone?, asOf? }`.
 * @returns Rows by cohort period, each with `customers`, `counts` and exact `rates` (ratios in
 * 0…1, `null` when censored).
 * @throws {@link MetricInputError} for a bad event, granularity, time zone or `asOf`.
 * @example
 * const events = [
 *   { customerId: 'a', type: 'acquired', at: '2026-01-05T00:00:00Z' },
 *   { customerId: 'b', type: 'acquired', at: '2026-01-20T00:00:00Z' },
 *   { customerId: 'b', type: 'churned', at: '2026-02-10T00:00:00Z' },
 *   { customerId: 'c', type: 'acquired', at: '2026-02-03T00:00:00Z' },
 * ];
 * const m = cohortRetention(events, { granularity: 'month', asOf: '2026-03-15T00:00:00Z' });
 * m.cohorts.map((r) => r.cohort); // => ['2026-01', '2026-02']
 * m.cohorts[0]?.counts; // => [2, 1, null]
 * m.cohorts[1]?.rates; // => ['1', null, null]
 * @see {@link snapshotFromEvents}, {@link startCohortRetentionRate}
 * @category Events
 */
export function cohortRetention(events: CohortRetentionInput, options: CohortRetentionOptions): CohortRetentionResult {
  const opts = parseInput(FN, CohortRetentionOptionsSchema, options, 'options');
  const zone = opts.timeZone ?? 'UTC';
  const unit = opts.granularity;
  const { log: c, maxAt } = readStatusEvents(FN, events);
  const asOf = opts.asOf ?? maxAt;
  if (asOf === -Infinity) return frozen({ granularity: unit, timeZone: zone, asOf: null, columns: 0, cohorts: [] });

  const t = buildTimelines(c, asOf + 1); // instants are whole milliseconds: at ≤ asOf
  const index = periodIndexer(unit, zone);
  const starts = new Map<number, number>();
  const startOf = (i: number): number => {
    let v = starts.get(i);
    if (v === undefined) starts.set(i, (v = periodStartMs(unit, zone, i)));
    return v;
  };
  const last = index(asOf);
  // The table has a column for every period from the first cohort to asOf: bound it before
  // building it (an asOf centuries away would otherwise mean millions of columns per customer).
  let firstAcquired = Infinity;
  for (const ch of c.chunks) for (let j = 0; j < ch.at.length; j++) if (ch.type[j] === 0 && ch.at[j]! < firstAcquired) firstAcquired = ch.at[j]!;
  if (firstAcquired <= asOf && last - index(firstAcquired) + 1 > MAX_COLUMNS) {
    fail(
      FN,
      'too_large',
      opts.asOf === undefined ? 'events' : 'options.asOf',
      `spans ${last - index(firstAcquired) + 1} ${unit}s from the first cohort (${periodLabel(unit, index(firstAcquired))}); a cohort table has at most ${MAX_COLUMNS} columns`,
    );
  }
  const rows = new Map<number, { size: number; counts: number[] }>();
  for (let k = 0; k < c.ids.length; k++) {
    const lo = t.offsets[k]!;
    const hi = t.offsets[k + 1]!;
    let p = lo;
    while (p < hi && t.type[p] !== 0) p++;
    if (p === hi) continue; // never acquired: in no cohort
    const j = index(t.at[p]!);
    let row = rows.get(j);
    if (row === undefined) rows.set(j, (row = { size: 0, counts: [] }));
    row.size++;
    let state = 0;
    p = lo;
    for (let off = 0; ; off++) {
      const end = startOf(j + off + 1);
      if (end > asOf) break; // censored from here on
      while (p < hi && t.at[p]! < end) {
        const next = step(state, t.type[p]!);
        if (next >= 0) state = next;
        p++;
      }
      row.counts[off] = (row.counts[off] ?? 0) + (state & ACTIVE);
    }
  }
  const order = [...rows.keys()].sort((a, b) => a - b);
  const columns = order.length === 0 ? 0 : last - order[0]! + 1;
  const cohorts: CohortRow[] = order.map((j) => {
    const r = rows.get(j)!;
    const observed = Array.from({ length: columns }, (_, off) => startOf(j + off + 1) <= asOf);
    const counts = observed.map((o, off) => (o ? (r.counts[off] ?? 0) : null));
    return {
      cohort: periodLabel(unit, j),
      start: iso(startOf(j)),
      customers: r.size,
      counts,
      rates: counts.map((n) => (n === null ? null : new Decimal(n).div(r.size))),
    };
  });
  return frozen({ granularity: unit, timeZone: zone, asOf: iso(asOf), columns, cohorts });
}
