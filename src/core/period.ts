import { TZDate, tzOffset } from '@date-fns/tz';
import { addMonths, addQuarters, addYears } from 'date-fns';
import { z } from 'zod';
import { civilFromDays, daysFromCivil, instantMs, iso, MAX_MS } from './instant.js';
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

/** UTC by either of its names: no offset ever, so the offset and local-day functions take a shortcut. */
const isUtc = (zone: string): boolean => zone === 'UTC' || zone === 'Etc/UTC';

const signFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset (ms to add to UTC) of `zone` at an instant, through @date-fns/tz's `tzOffset`
 * (minutes, with seconds as a fraction: Monrovia's local mean time −00:44:30 is −44.5); NaN outside
 * the range of Dates. `tzOffset` (1.5.0) takes the sign of `GMT-00:44:30` from its hours, and −00
 * is 0, so it returns +44.5 there: a positive offset under an hour has its sign read from the
 * runtime's Intl text itself.
 */
function zoneOffsetMs(zone: string, ms: number): number {
  if (!(ms >= -MAX_MS && ms <= MAX_MS)) return NaN;
  const date = new Date(ms);
  let minutes = tzOffset(zone, date);
  if (minutes > 0 && minutes < 60) {
    let format = signFormats.get(zone);
    if (format === undefined) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      signFormats.set(zone, format);
    }
    if (format.format(date).includes('GMT-')) minutes = -minutes;
  }
  return Math.round(minutes * 60_000);
}

/**
 * The offset (ms to add to UTC) of `zone` at an instant, memoised by UTC day: when the offset at
 * both ends of a UTC day agrees, it holds for the whole day (zones change offset at most a few
 * times a year, never twice within a day and back); on a transition day each instant is asked.
 */
export function offsetter(zone: string): (ms: number) => number {
  if (isUtc(zone)) return () => 0;
  const byDay = new Map<number, number>();
  const exact = (ms: number): number => zoneOffsetMs(zone, ms);
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
 * The first ms after `t` (where the offset is `o`) and before `limit` at which `off` gives
 * another offset, or `limit`. Each UTC day is probed at its last ms and a change inside found by
 * bisection: like {@link offsetter}, this assumes no day changes the offset and back again.
 */
function offsetChange(off: (ms: number) => number, t: number, o: number, limit: number): number {
  let a = t;
  for (;;) {
    const b = Math.min((Math.floor(a / DAY_MS) + 1) * DAY_MS - 1, limit - 1);
    if (off(b) !== o) {
      let hi = b;
      while (hi - a > 1) {
        const mid = a + Math.floor((hi - a) / 2);
        if (off(mid) === o) a = mid;
        else hi = mid;
      }
      return hi;
    }
    if (b === limit - 1) return limit;
    a = b + 1;
    if (off(a) !== o) return a;
  }
}

/**
 * The first instant of local day `day` (days since 1970-01-01) under the offsets `off`: the first
 * ms t whose local date ⌊(t + off(t)) / 1 day⌋ is `day` or later. Walked stretch by stretch of
 * constant offset o over the 4 days around the wall-clock midnight W (offsets are below 24 h, so
 * the local date is earlier 2 days before W and later 2 days after): in a stretch [a, b) the
 * first such t is max(a, W − o) if that is before b. So the day begins at its midnight, at the
 * jump over a skipped midnight (Montevideo 1974: 00:00 → 01:30), at the first of two midnights
 * (Amman 2021: 01:00 → 00:00), and where the clocks were set back to the day before just after
 * midnight (St. John's each autumn 1987–2010: 00:01 → 23:01) at that first midnight. NaN for a
 * day that starts after the last Date; the first Date for a day that started before it.
 */
function dayStartMs(day: number, off: (ms: number) => number): number {
  const wall = day * DAY_MS;
  const limit = Math.min(wall + 2 * DAY_MS, MAX_MS + 1);
  let t = Math.max(wall - 2 * DAY_MS, -MAX_MS);
  while (t < limit) {
    const o = off(t);
    const next = offsetChange(off, t, o, limit);
    const first = Math.max(t, wall - o);
    if (first < next) return first;
    t = next;
  }
  return NaN;
}

/**
 * The local day (days since 1970-01-01) of each instant in `zone`: ⌊(t + offset) / 1 day⌋,
 * except where the clocks were set back across midnight (St. John's 1987–2010 at 00:01, Phoenix
 * 1 January 1944 at 00:01: the date shows the next day for a minute, then the day before again
 * for an hour). There the date never goes back: an instant belongs to the latest day that has
 * begun ({@link dayStartMs}), so each day is one unbroken stretch of time and periods tile.
 * Memoised by UTC day: when the offset held unchanged through that day and the two before (no
 * clock was set back within the last 48 hours), the plain formula is the answer.
 */
function localDayer(zone: string): (ms: number) => number {
  if (isUtc(zone)) return (ms) => Math.floor(ms / DAY_MS);
  const off = offsetter(zone);
  const steady = new Map<number, number>();
  const starts = new Map<number, number>();
  const startOf = (d: number): number => {
    let s = starts.get(d);
    if (s === undefined) starts.set(d, (s = dayStartMs(d, off)));
    return s;
  };
  return (ms: number): number => {
    const u = Math.floor(ms / DAY_MS);
    let o = steady.get(u);
    if (o === undefined) {
      o = off(u * DAY_MS);
      for (let k = u - 2; k <= u; k++) if (off(k * DAY_MS) !== o || off(k * DAY_MS + DAY_MS - 1) !== o) o = NaN;
      steady.set(u, o);
    }
    if (o === o) return Math.floor((ms + o) / DAY_MS);
    let d = Math.floor((ms + off(ms)) / DAY_MS);
    while (ms >= startOf(d + 1)) d++;
    return d;
  };
}

/**
 * The index of the calendar period (in `zone`) that holds an instant: days since 1970-01-01, ISO
 * weeks (Monday first) since the week of 1969-12-29, months since year 0 (y × 12 + m − 1),
 * quarters (month index / 3), or the year itself, all of the instant's local date. Differences
 * of indexes are whole periods; indexes never decrease as time goes on (see {@link localDayer}).
 */
export function periodIndexer(unit: CalendarUnit, zone: string): (ms: number) => number {
  const day = localDayer(zone);
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

/**
 * Epoch ms at which the period with this index starts in `zone`: the first instant that
 * {@link periodIndexer} places in its first day, so a period's bounds and the indexes of the
 * instants in it always agree, and each period ends where the next one starts.
 */
export function periodStartMs(unit: CalendarUnit, zone: string, index: number): number {
  const [y, m, d] = firstDay(unit, index);
  return dayStartMs(daysFromCivil(y, m, d), offsetter(zone));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** A year as Date#toISOString writes it: four digits for 0–9999, else a sign and six digits. */
const year = (y: number): string => (y >= 0 && y <= 9999 ? pad(y, 4) : `${y < 0 ? '-' : '+'}${pad(Math.abs(y), 6)}`);

/**
 * A label of the period with this index: `2026-03-01`, `2026-W09`, `2026-03`, `2026-Q1`, `2026`.
 * Years outside 0000–9999 (reachable from `Date` inputs only) are written as in the ISO strings the
 * library returns for such instants: `-000001-Q2`, `+010000`.
 */
export function periodLabel(unit: CalendarUnit, index: number): string {
  const [y, m, d] = firstDay(unit, index);
  switch (unit) {
    case 'day':
      return `${year(y)}-${pad(m)}-${pad(d)}`;
    case 'week': {
      // The ISO week-year is the year of the week's Thursday.
      const [ty] = civilFromDays(index * 7);
      const week = Math.floor((index * 7 - daysFromCivil(ty, 1, 1)) / 7) + 1;
      return `${year(ty)}-W${pad(week)}`;
    }
    case 'month':
      return `${year(y)}-${pad(m)}`;
    case 'quarter':
      return `${year(y)}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return year(y);
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

/**
 * The bounds of the calendar period whose first day is (y, m, 1) in `zone`: the next period's
 * first day comes from date-fns's calendar arithmetic (`addMonths`, `addQuarters`, `addYears`) on
 * the wall-clock date in UTC, where no day is skipped or repeated; each first day is then resolved
 * to the first instant whose local date it is ({@link dayStartMs}), as {@link periodStartMs} does,
 * so the period ends where the next one starts.
 */
function calendarBounds(y: number, m: number, step: (date: TZDate, amount: number) => TZDate, label: string, zone: string): PeriodBounds {
  // Through setFullYear, so that years 0–99 stay themselves (the Date constructor reads 50 as 1950).
  const first = new TZDate(2000, 0, 1, 'UTC');
  first.setFullYear(y, m - 1, 1);
  const next = step(first, 1);
  const off = offsetter(zone);
  return {
    start: dayStartMs(daysFromCivil(y, m, 1), off),
    end: dayStartMs(daysFromCivil(next.getFullYear(), next.getMonth() + 1, next.getDate()), off),
    label,
    timeZone: zone,
  };
}

function boundsOf(p: ParsedPeriod): PeriodBounds {
  const zone = p.timeZone ?? 'UTC';
  if (p.month !== undefined) return calendarBounds(Number(p.month.slice(0, 4)), Number(p.month.slice(5, 7)), addMonths, p.month, zone);
  if (p.quarter !== undefined) return calendarBounds(Number(p.quarter.slice(0, 4)), Number(p.quarter.slice(6)) * 3 - 2, addQuarters, p.quarter, zone);
  if (p.year !== undefined) return calendarBounds(Number(p.year), 1, addYears, p.year, zone);
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
 * 2026-02-28T16:00:00Z; precisely, at the first instant whose local date is its first day (at
 * the jump where midnight was skipped, at the first of two midnights), and it ends where the
 * next period starts.
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
 * @throws {@link MetricInputError} when `period` is not a valid period, or (`out_of_range`) when
 * nothing can be named before it: the month `0000-01`, the quarter `0000-Q1`, the year `0000`, or
 * an interval whose predecessor would start before the first instant a `Date` holds
 * (−271821-04-20T00:00:00Z). An interval's bounds before year 0 are written as `Date#toISOString`
 * writes them (`-000001-12-01T00:00:00.000Z`).
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
