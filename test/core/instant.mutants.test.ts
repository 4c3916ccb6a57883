import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  instantMs,
  InstantSchema,
  isDate,
  iso,
  parseCanonicalInstant,
  parseGeneralInstant,
  parseInstant,
} from '../../src/core/instant.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

// Expected instants come from Date.UTC (the platform's own calendar arithmetic, independent of
// ours), the offsets subtracted by hand: 08:00+08:00 = 00:00Z.
const H = 3_600_000;
const MIN = 60_000;

// The fast path's one-day cache starts empty. None of these is a date (month 00, day 99), and
// none may be read from the empty cache, whatever its marker and however the date key is formed
// (y × 10 000 + m × 100 + d is 1, 0 and 199 here). A fresh copy of the module has the cache empty
// even when other files ran before this one in the same worker (vitest --no-isolate).
describe('before any date is read', () => {
  it('the empty one-day cache matches no date key', async () => {
    vi.resetModules();
    const fresh = await import('../../src/core/instant.js');
    expect(fresh.parseCanonicalInstant).not.toBe(parseCanonicalInstant);
    for (const s of ['0000-00-01T00:00:00Z', '0000-00-00T00:00:00Z', '0000-01-99T00:00:00Z']) expect(fresh.parseCanonicalInstant(s), s).toBeNaN();
  });
});

describe('the fast path reads exactly the two canonical forms', () => {
  it('seconds, and milliseconds, with Z', () => {
    expect(parseCanonicalInstant('2026-03-01T12:34:56Z')).toBe(Date.UTC(2026, 2, 1, 12, 34, 56));
    expect(parseCanonicalInstant('2026-03-01T12:34:56.789Z')).toBe(Date.UTC(2026, 2, 1, 12, 34, 56, 789));
    expect(parseCanonicalInstant('2026-03-01T23:59:59.999Z')).toBe(Date.UTC(2026, 2, 1, 23, 59, 59, 999));
    expect(parseCanonicalInstant('2026-03-01T00:00:00.000Z')).toBe(Date.UTC(2026, 2, 1));
    expect(parseCanonicalInstant('2026-03-01T00:00:00.009Z')).toBe(Date.UTC(2026, 2, 1) + 9);
    expect(parseCanonicalInstant('2026-03-01T00:00:00.090Z')).toBe(Date.UTC(2026, 2, 1) + 90);
    expect(parseCanonicalInstant('1999-12-31T00:00:09Z')).toBe(Date.UTC(1999, 11, 31, 0, 0, 9));
  });

  it.each([
    '2026-03-01T00:00:00z', // lower-case z: the general path's
    '2026-03-01t00:00:00Z',
    '2026-03-01 00:00:00Z',
    '2026-03-01T00:00Z', // no seconds
    '2026-03-01T00:00:00.1Z', // 1 or 2 fraction digits
    '2026-03-01T00:00:00.12Z',
    '2026-03-01T00:00:00.1234Z',
    '2026-03-01T00:00:00+00:00',
    '2026-03-01T00:00:00,123Z',
    '2026/03-01T00:00:00Z',
    '2026-03/01T00:00:00Z',
    '2026-03-01T00-00:00Z',
    '2026-03-01T00:00-00Z',
    '2026-03-01T00:00:00.12:Z',
    '2026-03-01T00:00:00.12/Z', // the third fraction digit just below '0'
    '2026-03-01T00:00:00.1/3Z',
    '2026-03-01T00:00:00.:23Z',
    '2026-03-01T00:00:00./23Z',
    '2026-03-01T00:00:00X',
    '202:-03-01T00:00:00Z', // ':' and '/' are the code points just above and below the digits
    '202/-03-01T00:00:00Z',
    '/026-03-01T00:00:00Z',
    ':026-03-01T00:00:00Z',
    '20:6-03-01T00:00:00Z',
    '2026-:3-01T00:00:00Z',
    '2026-0/-01T00:00:00Z',
    '2026-03-:1T00:00:00Z',
    '2026-03-0/T00:00:00Z',
    '2026-03-01T:0:00:00Z',
    '2026-03-01T0/:00:00Z',
    '2026-03-01T00::0:00Z',
    '2026-03-01T00:0/:00Z',
    '2026-03-01T00:00::0Z',
    '2026-03-01T00:00:0/Z',
    '2026-00-01T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-00T00:00:00Z',
    '2026-03-32T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-06-31T00:00:00Z',
    '2026-09-31T00:00:00Z',
    '2026-11-31T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z', // a century year not divisible by 400
    '2026-03-01T24:00:00Z',
    '2026-03-01T00:60:00Z',
    '2026-03-01T00:00:60Z',
    '2026-03-01T00:00:00.000',
    '2026-03-01T00:00:00ZZ',
    '',
  ])('NaN for %j', (s) => {
    expect(parseCanonicalInstant(s)).toBeNaN();
  });

  it('the last days of months and leap years', () => {
    for (const [y, m, last] of [
      [2026, 1, 31], [2026, 2, 28], [2026, 3, 31], [2026, 4, 30], [2026, 5, 31], [2026, 6, 30],
      [2026, 7, 31], [2026, 8, 31], [2026, 9, 30], [2026, 10, 31], [2026, 11, 30], [2026, 12, 31],
      [2024, 2, 29], [2000, 2, 29], [1900, 2, 28], [2100, 2, 28], [1600, 2, 29],
    ] as const) {
      const s = `${y}-${String(m).padStart(2, '0')}-${last}T00:00:00Z`;
      expect(parseCanonicalInstant(s), s).toBe(Date.UTC(y, m - 1, last));
      expect(parseGeneralInstant(s), s).toBe(Date.UTC(y, m - 1, last));
      const next = `${y}-${String(m).padStart(2, '0')}-${last + 1}T00:00:00Z`;
      expect(parseCanonicalInstant(next), next).toBeNaN();
      expect(parseGeneralInstant(next), next).toBeNaN();
    }
  });

  it('the same date read twice (the one-day cache) and an invalid date after a valid one', () => {
    expect(parseCanonicalInstant('2025-07-04T01:00:00Z')).toBe(Date.UTC(2025, 6, 4, 1));
    expect(parseCanonicalInstant('2025-07-04T02:00:00Z')).toBe(Date.UTC(2025, 6, 4, 2));
    expect(parseCanonicalInstant('2025-07-04T24:00:00Z')).toBeNaN();
    expect(parseCanonicalInstant('2025-07-05T00:00:00Z')).toBe(Date.UTC(2025, 6, 5));
    expect(parseCanonicalInstant('2025-07-32T00:00:00Z')).toBeNaN();
    expect(parseCanonicalInstant('2025-07-05T00:00:01Z')).toBe(Date.UTC(2025, 6, 5, 0, 0, 1));
    expect(parseCanonicalInstant('2025-07-04T00:00:00Z')).toBe(Date.UTC(2025, 6, 4));
  });

  it('years 0000 to 0999 (Date.parse as the reference: Date.UTC maps years below 100 to 19xx)', () => {
    for (const s of ['0000-01-01T00:00:00Z', '0000-03-01T00:00:00Z', '0001-02-28T23:59:59Z', '0399-12-31T00:00:00Z', '0400-02-29T00:00:00Z', '0999-12-31T23:59:59.999Z']) {
      expect(parseCanonicalInstant(s), s).toBe(Date.parse(s));
      expect(parseGeneralInstant(s), s).toBe(Date.parse(s));
    }
    expect(parseCanonicalInstant('0000-01-01T00:00:00Z')).toBe(-62_167_219_200_000);
  });
});

describe('the general path', () => {
  const base = Date.UTC(2026, 2, 1, 8, 30);
  it('offsets: ±hh:mm, ±hhmm, ±hh, Z and z; a space or t for T', () => {
    expect(parseGeneralInstant('2026-03-01T08:30:00Z')).toBe(base);
    expect(parseGeneralInstant('2026-03-01T08:30:00z')).toBe(base);
    expect(parseGeneralInstant('2026-03-01t08:30:00Z')).toBe(base);
    expect(parseGeneralInstant('2026-03-01 08:30:00Z')).toBe(base);
    expect(parseGeneralInstant('2026-03-01T08:30:00+05:30')).toBe(base - 5 * H - 30 * MIN);
    expect(parseGeneralInstant('2026-03-01T08:30:00-05:30')).toBe(base + 5 * H + 30 * MIN);
    expect(parseGeneralInstant('2026-03-01T08:30:00+0530')).toBe(base - 5 * H - 30 * MIN);
    expect(parseGeneralInstant('2026-03-01T08:30:00-03')).toBe(base + 3 * H);
    expect(parseGeneralInstant('2026-03-01T08:30:00+23:59')).toBe(base - 23 * H - 59 * MIN);
    expect(parseGeneralInstant('2026-03-01T08:30:00-00:00')).toBe(base);
    expect(parseGeneralInstant('2026-03-01T08:30+01:00')).toBe(base - H);
  });

  it('fractions of 1 to 9 digits, with a point or a comma, truncated to the millisecond', () => {
    expect(parseGeneralInstant('2026-03-01T08:30:00.1Z')).toBe(base + 100);
    expect(parseGeneralInstant('2026-03-01T08:30:00.12Z')).toBe(base + 120);
    expect(parseGeneralInstant('2026-03-01T08:30:00,123Z')).toBe(base + 123);
    expect(parseGeneralInstant('2026-03-01T08:30:00.987654321Z')).toBe(base + 987);
    expect(parseGeneralInstant('2026-03-01T08:30:00.05+00:00')).toBe(base + 50);
    expect(parseGeneralInstant('2026-03-01T08:30:59.999-00:01')).toBe(base + 59_999 + MIN);
    expect(parseGeneralInstant('2026-03-01T08:30:00.1234567890Z')).toBeNaN(); // 10 digits
  });

  it.each([
    '2026-03-01T08:30:00+24:00',
    '2026-03-01T08:30:00+05:60',
    '2026-03-01T08:30:00+5:00',
    '2026-03-01T08:30:00+05:0',
    '2026-03-01T08:30:00',
    '2026-03-01T08:30:00.Z',
    '2026-03-01T08Z',
    '2026-03-01',
    '2026-3-01T08:30:00Z',
    '26-03-01T08:30:00Z',
    'x2026-03-01T08:30:00Z',
    '2026-03-01T08:30:00Zx',
    '2026-03-01T08:30:00+05:30x',
    '2026-03-01_08:30:00Z',
    '2026-02-29T08:30:00+01:00',
    '2026-03-01T24:00+00:00',
    '2026-03-01T23:60+00:00',
    '2026-03-01T23:59:60+00:00',
    '2026-00-01T00:00+00:00',
    '2026-13-01T00:00+00:00',
    '2026-01-00T00:00+00:00',
  ])('NaN for %j', (s) => {
    expect(parseGeneralInstant(s)).toBeNaN();
    expect(parseInstant(s)).toBeNaN();
  });

  it('parseInstant falls back to the general path only when the fast one fails', () => {
    expect(parseInstant('2026-03-01T08:30:00+01:00')).toBe(base - H);
    expect(parseInstant('2026-03-01T08:30:00.5Z')).toBe(base + 500);
    expect(parseInstant('2026-03-01T08:30:00.500Z')).toBe(base + 500);
    expect(parseInstant('2026-03-01T08:30:00Z')).toBe(base);
  });
});

describe('instantMs, isDate, iso, InstantSchema', () => {
  it('Dates from this realm and another; strings; nothing else', () => {
    const foreign = runInNewContext('new Date(86400000)') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(instantMs(foreign)).toBe(86_400_000);
    expect(isDate(new Date(0))).toBe(true);
    expect(isDate({})).toBe(false);
    expect(isDate('2026-03-01T00:00:00Z')).toBe(false);
    expect(isDate(null)).toBe(false);
    expect(instantMs('2026-03-01T00:00:00+01:00')).toBe(Date.UTC(2026, 1, 28, 23));
    expect(instantMs(0)).toBeNaN();
    expect(instantMs(null)).toBeNaN();
    expect(instantMs(undefined)).toBeNaN();
    expect(instantMs(new Date(NaN))).toBeNaN();
  });

  it('iso writes UTC with milliseconds', () => {
    expect(iso(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(iso(Date.UTC(2026, 2, 1, 8, 0, 0, 5))).toBe('2026-03-01T08:00:00.005Z');
  });

  it('InstantSchema: epoch ms out; the problem names both forms and the value', () => {
    expect(parseInput('f', InstantSchema, '2026-03-01T08:00:00+08:00', 'at')).toBe(Date.UTC(2026, 2, 1));
    expect(parseInput('f', InstantSchema, new Date(42), 'at')).toBe(42);
    expect(issuesOf(() => parseInput('f', InstantSchema, '2026-03-01', 'at'))).toEqual([
      {
        code: 'custom',
        path: 'at',
        message: 'f: at must be an ISO-8601 timestamp with an offset (like "2026-03-01T00:00:00Z" or "2026-03-01T08:00:00+08:00") or a valid Date, got "2026-03-01"',
      },
    ]);
    expect(issuesOf(() => parseInput('f', InstantSchema, new Date(NaN), 'at'))[0]?.message).toMatch(/ or a valid Date, got a Date$/);
    expect(issuesOf(() => parseInput('f', InstantSchema, 5, 'at'))[0]?.message).toMatch(/, got 5$/);
  });
});

describe('civil day numbers', () => {
  it('known days', () => {
    // 1970-01-01 is day 0; 2000-03-01 is 11017 days later (30 years of 365 days + 7 leap days + 31 + 29 = 10957 + 60)
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 2, 29)).toBe(11_016);
    expect(daysFromCivil(2026, 1, 1)).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
    expect(daysFromCivil(0, 1, 1)).toBe(-719_528);
    expect(civilFromDays(0)).toEqual([1970, 1, 1]);
    expect(civilFromDays(-1)).toEqual([1969, 12, 31]);
    expect(civilFromDays(11_016)).toEqual([2000, 2, 29]);
    expect(civilFromDays(11_017)).toEqual([2000, 3, 1]);
    expect(civilFromDays(-719_528)).toEqual([0, 1, 1]);
    expect(civilFromDays(-719_529)).toEqual([-1, 12, 31]);
    expect(civilFromDays(Date.UTC(2100, 1, 28) / 86_400_000)).toEqual([2100, 2, 28]);
    expect(civilFromDays(Date.UTC(2100, 2, 1) / 86_400_000)).toEqual([2100, 3, 1]);
  });

  it('every day of four centuries round-trips and agrees with Date', () => {
    const start = Date.UTC(1899, 11, 1) / 86_400_000;
    for (let d = start; d < start + 146_097 + 400; d += 1) {
      const [y, m, dd] = civilFromDays(d);
      const date = new Date(d * 86_400_000);
      if (y !== date.getUTCFullYear() || m !== date.getUTCMonth() + 1 || dd !== date.getUTCDate()) {
        expect([y, m, dd], String(d)).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
      }
      if (daysFromCivil(y, m, dd) !== d) expect(daysFromCivil(y, m, dd)).toBe(d);
    }
  });
});
