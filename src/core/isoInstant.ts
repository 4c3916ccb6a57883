import { z } from 'zod';
import { daysInMonth } from './instant.js';
import { describeValue } from './schemas.js';

// ISO-8601 date and time with an explicit offset (Z or ±hh:mm); seconds and fraction optional. The
// year has four digits, or a sign and six, as Date#toISOString writes years outside 0000–9999.
const ISO_WITH_OFFSET = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

function calendarValid(s: string): boolean {
  const m = ISO_WITH_OFFSET.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi, sec, oh, om] = m.map((x) => (x === undefined ? 0 : Number(x)));
  return (
    mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= daysInMonth(y!, mo!) && h! <= 23 && mi! <= 59 && (sec ?? 0) <= 59 && oh! <= 23 && om! <= 59
  );
}

const problem = (iss: { input?: unknown }) =>
  `must be an ISO-8601 timestamp with an offset ("2026-03-01T09:30:00+08:00") or a valid Date, got ${describeValue(iss.input)}`;

/**
 * An instant: an ISO-8601 string with an offset, or a valid `Date`; parsed to epoch milliseconds
 * (a fraction of a second below the millisecond is dropped).
 */
export const InstantSchema = z
  .union([z.string(), z.date()], { error: problem })
  .refine((v) => (typeof v === 'string' ? calendarValid(v) && !Number.isNaN(Date.parse(v)) : !Number.isNaN(v.getTime())), {
    error: problem,
  })
  .transform((v) => (typeof v === 'string' ? Date.parse(v) : v.getTime()));

/** What `InstantSchema` accepts. */
export type InstantLike = z.input<typeof InstantSchema>;
