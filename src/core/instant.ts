import { z } from 'zod';
import { describeValue } from './schemas.js';

/**
 * Instants: ISO-8601 timestamps with an offset, or Dates, read to epoch milliseconds.
 *
 * Two parsers give identical results: a character-level fast path for the canonical forms
 * `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DDTHH:MM:SS.sssZ` (what `Date#toISOString` and most
 * exports write), and a general path for every other form with an offset (`+08:00`, `+0800`,
 * `+08`, a space for `T`, no seconds, 1–9 fraction digits, a year outside 0000–9999 written with a
 * sign and six digits, `-000001` or `+010000`, as `Date#toISOString` writes it). Strings without an
 * offset are rejected: their instant would depend on the machine's zone. Fraction digits beyond
 * the millisecond are truncated (a Date holds milliseconds).
 */

const DAY_MS = 86_400_000;
/** The range of a JavaScript Date: ±8.64e15 ms around the epoch. */
export const MAX_MS = 8.64e15;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). H. Hinnant's algorithm. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The Gregorian date `[year, month 1–12, day]` of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): [number, number, number] {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/**
 * Days in month m (1–12) of proleptic Gregorian year y, by the leap-year rule itself (not through
 * `Date.UTC`, which reads years 0–99 as 1900–1999: year 0 is a leap year, 1900 is not).
 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Two ASCII digits at i, or −1.
function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function fields(y: number, mo: number, d: number, h: number, mi: number, sec: number, ms: number, offsetMin: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) return NaN;
  const t = daysFromCivil(y, mo, d) * DAY_MS + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms - offsetMin * 60_000;
  return t >= -MAX_MS && t <= MAX_MS ? t : NaN;
}

/** Fast path: `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ`; NaN for anything else. */
export function parseCanonicalInstant(s: string): number {
  const n = s.length;
  if ((n !== 20 && n !== 24) || s.charCodeAt(n - 1) !== 90 /* Z */) return NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return NaN;
  }
  const y1 = d2(s, 0);
  const y2 = d2(s, 2);
  const mo = d2(s, 5);
  const d = d2(s, 8);
  const h = d2(s, 11);
  const mi = d2(s, 14);
  const sec = d2(s, 17);
  if ((y1 | y2 | mo | d | h | mi | sec) < 0) return NaN;
  let ms = 0;
  if (n === 24) {
    if (s.charCodeAt(19) !== 46) return NaN;
    const a = d2(s, 20);
    const c = s.charCodeAt(22) - 48;
    if (a < 0 || c < 0 || c > 9) return NaN;
    ms = a * 10 + c;
  }
  // Events come in bursts of one day: the last valid date's day number is kept, so that most
  // events skip the calendar arithmetic (the same checks and sum as `fields`, with no offset).
  const y = y1 * 100 + y2;
  const key = y * 10_000 + mo * 100 + d;
  let dayMs: number;
  if (key === lastDateKey) dayMs = lastDayMs;
  else {
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
    dayMs = daysFromCivil(y, mo, d) * DAY_MS;
    lastDateKey = key;
    lastDayMs = dayMs;
  }
  if (h > 23 || mi > 59 || sec > 59) return NaN;
  const t = dayMs + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms;
  return t >= -MAX_MS && t <= MAX_MS ? t : NaN;
}

/** The last valid date (y × 10000 + m × 100 + d) read by the fast path, and its epoch ms. */
let lastDateKey = -1;
let lastDayMs = 0;

// The year: four digits, or a sign and six (ISO 8601's expanded years, as Date#toISOString writes
// years outside 0000–9999; "-000000" is not a year, as in ECMAScript's date format).
const GENERAL =
  /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** General path: any ISO-8601 date-time with an offset; NaN when not one. */
export function parseGeneralInstant(s: string): number {
  const m = GENERAL.exec(s);
  if (!m || m[1] === '-000000') return NaN;
  const frac = m[7] ?? '';
  const ms = frac === '' ? 0 : Number((frac + '00').slice(0, 3));
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11] ?? '0');
    if (oh > 23 || om > 59) return NaN;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return fields(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'), ms, offset);
}

/** Epoch milliseconds of an ISO-8601 string with an offset; NaN when it is not one. */
export function parseInstant(s: string): number {
  const t = parseCanonicalInstant(s);
  return t === t ? t : parseGeneralInstant(s);
}

/** True for a Date from any realm. */
export function isDate(v: unknown): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

/** Epoch milliseconds of a timestamp input (ISO string with an offset, or valid Date); NaN otherwise. */
export function instantMs(v: unknown): number {
  if (typeof v === 'string') return parseInstant(v);
  if (isDate(v)) return Date.prototype.getTime.call(v);
  return NaN;
}

const instantProblem = 'must be an ISO-8601 timestamp with an offset (like "2026-03-01T00:00:00Z" or "2026-03-01T08:00:00+08:00") or a valid Date';

/**
 * A timestamp: an ISO-8601 string with an offset (`Z` or `±hh:mm`), or a valid `Date`.
 * Parsed to epoch milliseconds.
 *
 * @category Events
 */
export const InstantSchema = z
  .custom<string | Date>((v) => !Number.isNaN(instantMs(v)), { error: (iss) => `${instantProblem}, got ${describeValue(iss.input)}` })
  .transform((v) => instantMs(v));

/** What {@link InstantSchema} accepts. @category Events */
export type Instant = z.input<typeof InstantSchema>;

/** ISO string of an epoch-ms instant, in UTC. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
