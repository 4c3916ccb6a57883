import { TZDate, tzOffset } from '@date-fns/tz';
import { addMonths, addQuarters, addYears } from 'date-fns';
import { z } from 'zod';
import { civilFromDays, daysFromCivil, instantMs, iso } from './instant.js';
import { describeValue } from './schemas.js';
import { fail, parseInput } from './validate.js';

const DAY_MS = 86_400_000;

const zoneCache = new Map<string, boolean>();

/** True for a time zone name the runtime's Intl knows (IANA names such as `Asia/Shanghai`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

/** A time zone: an IANA name known to the runtime. */
export const TimeZoneSchema = z.string().refine(isTimeZone, {
  error: (iss) => `must be an IANA time zone name such as "UTC" or "Asia/Shanghai", got ${describeValue(iss.input)}`,
});

/**
 * The offset (ms to add to UTC) of `zone` at an instant, memoised by UTC day: when the offset at
 * both ends of a UTC day agrees, it holds for the whole day (zones change offset at most a few
 * times a year, never twice within a day and back); on a transition day each instant is asked.
 */
export function offsetter(zone: string): (ms: number) => number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return () => 0;
  const byDay = new Map<number, number>();
  const exact = (ms: number): number => Math.round(tzOffset(zone, new Date(ms)) * 60_000);
  return (ms: number): number => {
    const day = Math.floor(ms / DAY_MS);
    let off = byDay.get(day);
    if (off === undefined) {
      const a = exact(day * DAY_MS);
      const b = exact(day * DAY_MS + DAY_MS - 1);
      off = a === b ? a : NaN;
      byDay.set(day, off);
    }
    return off === off ? off : exact(ms);
  };
}

/** A calendar unit of periods. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The index of the calendar period (in `zone`) that holds an instant: days since 1970-01-01, ISO
 * weeks (Monday first) since the week of 1969-12-29, months since year 0 (y × 12 + m − 1),
 * quarters (month index / 3), or the year itself. Differences of indexes are whole periods.
 */
export function periodIndexer(unit: CalendarUnit, zone: string): (ms: number) => number {
  const off = offsetter(zone);
  const day = (ms: number): number => Math.floor((ms + off(ms)) / DAY_MS);
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return (ms) => Math.floor((day(ms) + 3) / 7);
    case 'month':
      return (ms) => {
        const [y, m] = civilFromDays(day(ms));
        return y * 12 + m - 1;
      };
    case 'quarter':
      return (ms) => {
        const [y, m] = civilFromDays(day(ms));
        return y * 4 + Math.floor((m - 1) / 3);
      };
    case 'year':
      return (ms) => civilFromDays(day(ms))[0];
  }
}

/** Local midnight of a calendar date in `zone`, through @date-fns/tz (years below 100 included). */
function zonedMidnight(y: number, m: number, d: number, zone: string): TZDate {
  const t = new TZDate(2000, 0, 1, zone);
  t.setFullYear(y, m - 1, d);
  t.setHours(0, 0, 0, 0);
  return t;
}

/** The first local day (y, m, d) of the period with this index. */
function firstDay(unit: CalendarUnit, index: number): [number, number, number] {
  switch (unit) {
    case 'day':
      return civilFromDays(index);
    case 'week':
      return civilFromDays(index * 7 - 3);
    case 'month':
      return [Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, 1];
    case 'quarter':
      return [Math.floor(index / 4), (((index % 4) + 4) % 4) * 3 + 1, 1];
    case 'year':
      return [index, 1, 1];
  }
}

/** Epoch ms at which the period with this index starts in `zone` (date-fns + @date-fns/tz). */
export function periodStartMs(unit: CalendarUnit, zone: string, index: number): number {
  const [y, m, d] = firstDay(unit, index);
  return zonedMidnight(y, m, d, zone).getTime();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A label of the period with this index: `2026-03-01`, `2026-W09`, `2026-03`, `2026-Q1`, `2026`. */
export function periodLabel(unit: CalendarUnit, index: number): string {
  const [y, m, d] = firstDay(unit, index);
  switch (unit) {
    case 'day':
      return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    case 'week': {
      // The ISO week-year is the year of the week's Thursday.
      const [ty] = civilFromDays(index * 7);
      const week = Math.floor((index * 7 - daysFromCivil(ty, 1, 1)) / 7) + 1;
      return `${pad(ty, 4)}-W${pad(week)}`;
    }
    case 'month':
      return `${pad(y, 4)}-${pad(m)}`;
    case 'quarter':
      return `${pad(y, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return pad(y, 4);
  }
}

const INSTANT_PROBLEM = 'must be an ISO-8601 timestamp with an offset (like "2026-03-01T00:00:00Z") or a valid Date';
const PeriodInstant = z.custom<string | Date>((v) => !Number.isNaN(instantMs(v)), {
  error: (iss) => `${INSTANT_PROBLEM}, got ${describeValue(iss.input)}`,
});

const FORMS = 'a period must be { start, end }, { month: "2026-03" }, { quarter: "2026-Q1" } or { year: "2026" }';

/**
 * A period: a half-open interval `{ start, end }` ([start, end), instants as ISO-8601 strings
 * with an offset or Dates), or a calendar month, quarter or year in an IANA time zone
 * (`timeZone`, default `'UTC'`).
 *
 * @example
 * PeriodSchema.safeParse({ month: '2026-03', timeZone: 'Asia/Shanghai' }).success; // => true
 * PeriodSchema.safeParse({ month: '2026-13' }).success; // => false
 * @category Core
 */
export const PeriodSchema = z
  .object({
    start: PeriodInstant.optional(),
    end: PeriodInstant.optional(),
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: (iss) => `must be a month like "2026-03", got ${describeValue(iss.input)}` })
      .optional(),
    quarter: z
      .string()
      .regex(/^\d{4}-Q[1-4]$/, { error: (iss) => `must be a quarter like "2026-Q1", got ${describeValue(iss.input)}` })
      .optional(),
    year: z
      .string()
      .regex(/^\d{4}$/, { error: (iss) => `must be a year like "2026", got ${describeValue(iss.input)}` })
      .optional(),
    timeZone: TimeZoneSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const interval = p.start !== undefined || p.end !== undefined;
    const forms = [interval, p.month !== undefined, p.quarter !== undefined, p.year !== undefined].filter(Boolean).length;
    if (forms !== 1) {
      ctx.addIssue({ code: 'custom', path: [], params: { code: 'invalid_period' }, message: `is not a period: ${FORMS}` });
      return;
    }
    if (interval) {
      if (p.start === undefined) ctx.addIssue({ code: 'custom', path: ['start'], message: 'is required' });
      if (p.end === undefined) ctx.addIssue({ code: 'custom', path: ['end'], message: 'is required' });
      if (p.start === undefined || p.end === undefined) return;
      const a = instantMs(p.start);
      const b = instantMs(p.end);
      if (a === a && b === b && b <= a) {
        ctx.addIssue({ code: 'custom', path: ['end'], params: { code: 'inconsistent' }, message: `(${iso(b)}) must be after start (${iso(a)})` });
      }
    }
  });

/**
 * A period as accepted by the event functions and the report: `{ start, end }` (half-open), or
 * `{ month: '2026-03' }`, `{ quarter: '2026-Q1' }`, `{ year: '2026' }`, each with an optional
 * IANA `timeZone` (default `'UTC'`).
 *
 * @category Core
 */
export type Period = z.input<typeof PeriodSchema>;

/**
 * A period resolved to exact instants: `[start, end)` as Dates and a label (`2026-03`,
 * `2026-Q1`, `2026`, or the ISO interval `start/end`).
 *
 * @category Core
 */
export interface ResolvedPeriod {
  readonly start: Date;
  readonly end: Date;
  readonly label: string;
  readonly timeZone: string;
}

/** Internal resolution: epoch-ms bounds of an already-validated period. */
export interface PeriodBounds {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly timeZone: string;
}

type ParsedPeriod = z.output<typeof PeriodSchema>;

function boundsOf(p: ParsedPeriod): PeriodBounds {
  const zone = p.timeZone ?? 'UTC';
  if (p.month !== undefined) {
    const start = zonedMidnight(Number(p.month.slice(0, 4)), Number(p.month.slice(5, 7)), 1, zone);
    return { start: start.getTime(), end: addMonths(start, 1).getTime(), label: p.month, timeZone: zone };
  }
  if (p.quarter !== undefined) {
    const q = Number(p.quarter.slice(6));
    const start = zonedMidnight(Number(p.quarter.slice(0, 4)), q * 3 - 2, 1, zone);
    return { start: start.getTime(), end: addQuarters(start, 1).getTime(), label: p.quarter, timeZone: zone };
  }
  if (p.year !== undefined) {
    const start = zonedMidnight(Number(p.year), 1, 1, zone);
    return { start: start.getTime(), end: addYears(start, 1).getTime(), label: p.year, timeZone: zone };
  }
  const start = instantMs(p.start);
  const end = instantMs(p.end);
  return { start, end, label: `${iso(start)}/${iso(end)}`, timeZone: zone };
}

/** Validate and resolve a period for function `fn` (issues under `root`, e.g. `period.month`). */
export function periodBounds(fn: string, period: unknown, root = 'period'): PeriodBounds {
  return boundsOf(parseInput(fn, PeriodSchema, period, root));
}

/**
 * Resolve a period to its exact bounds: the instants at which it starts and ends (half-open,
 * `[start, end)`) and its label. A calendar period starts at local midnight of its first day in
 * its time zone, so `{ month: '2026-03', timeZone: 'Asia/Shanghai' }` starts at
 * 2026-02-28T16:00:00Z.
 *
 * @param period - A {@link Period}.
 * @returns `{ start, end, label, timeZone }` with `start` and `end` as Dates.
 * @throws {@link MetricInputError} for an unknown time zone, a malformed calendar name, a
 * missing bound, or `end` not after `start`.
 * @example
 * resolvePeriod({ month: '2026-03', timeZone: 'Asia/Shanghai' }).start.toISOString(); // => '2026-02-28T16:00:00.000Z'
 * resolvePeriod({ quarter: '2026-Q1' }).end.toISOString(); // => '2026-04-01T00:00:00.000Z'
 * @see {@link previousPeriod}
 * @category Core
 */
export function resolvePeriod(period: Period): ResolvedPeriod {
  const b = periodBounds('resolvePeriod', period);
  return Object.freeze({ start: new Date(b.start), end: new Date(b.end), label: b.label, timeZone: b.timeZone });
}

/**
 * The period just before a period: for a calendar month, quarter or year, the one before it
 * in the same time zone (`2026-Q1` for `2026-Q2`, `2025-12` for `2026-01`); for an interval,
 * the interval of the same length ending at its start.
 *
 * @param period - A {@link Period}.
 * @returns A {@link Period} of the same form (an interval's bounds as ISO strings in UTC).
 * @throws {@link MetricInputError} when `period` is not a valid period.
 * @example
 * previousPeriod({ quarter: '2026-Q1' }); // => { quarter: '2025-Q4' }
 * previousPeriod({ month: '2026-03', timeZone: 'Asia/Shanghai' }); // => { month: '2026-02', timeZone: 'Asia/Shanghai' }
 * previousPeriod({ start: '2026-03-10T00:00:00Z', end: '2026-03-17T00:00:00Z' }); // => { start: '2026-03-03T00:00:00.000Z', end: '2026-03-10T00:00:00.000Z' }
 * @see {@link resolvePeriod}
 * @category Core
 */
export function previousPeriod(period: Period): Period {
  const p = parseInput('previousPeriod', PeriodSchema, period, 'period');
  const zone = p.timeZone === undefined ? {} : { timeZone: p.timeZone };
  let out: Period;
  if (p.month !== undefined) {
    const i = Number(p.month.slice(0, 4)) * 12 + Number(p.month.slice(5, 7)) - 2;
    out = { month: periodLabel('month', i), ...zone };
  } else if (p.quarter !== undefined) {
    const i = Number(p.quarter.slice(0, 4)) * 4 + Number(p.quarter.slice(6)) - 2;
    out = { quarter: periodLabel('quarter', i), ...zone };
  } else if (p.year !== undefined) {
    out = { year: periodLabel('year', Number(p.year) - 1), ...zone };
  } else {
    const a = instantMs(p.start);
    const b = instantMs(p.end);
    // Dates reach back to −271821-04-20 only (ECMAScript's range); say so rather than crash.
    if (a - (b - a) < -8.64e15) fail('previousPeriod', 'out_of_range', 'period', 'has no previous period of the same length within the range of dates');
    out = { start: iso(a - (b - a)), end: iso(a), ...zone };
  }
  if (!PeriodSchema.safeParse(out).success) fail('previousPeriod', 'out_of_range', 'period', 'has no previous calendar period within the supported years');
  return Object.freeze(out);
}
