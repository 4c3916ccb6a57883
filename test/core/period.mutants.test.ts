import { describe, expect, it } from 'vitest';
import {
  isTimeZone,
  offsetter,
  periodBounds,
  periodIndexer,
  periodLabel,
  PeriodSchema,
  periodStartMs,
  previousPeriod,
  resolvePeriod,
  TimeZoneSchema,
} from '../../src/core/period.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

const H = 3_600_000;
const DAY = 86_400_000;
const FORMS = 'a period must be { start, end }, { month: "2026-03" }, { quarter: "2026-Q1" } or { year: "2026" }';
const INSTANT = 'must be an ISO-8601 timestamp with an offset (like "2026-03-01T00:00:00Z") or a valid Date';

describe('time zones', () => {
  it('isTimeZone knows IANA names and refuses others (asked twice: the cached answer is the same)', () => {
    for (let i = 0; i < 2; i++) {
      expect(isTimeZone('Asia/Shanghai')).toBe(true);
      expect(isTimeZone('UTC')).toBe(true);
      expect(isTimeZone('Mars/Base')).toBe(false);
    }
  });

  it('TimeZoneSchema words its problem', () => {
    expect(issuesOf(() => parseInput('f', TimeZoneSchema, 'Mars/Base', 'tz'))).toEqual([
      { code: 'custom', path: 'tz', message: 'f: tz must be an IANA time zone name such as "UTC" or "Asia/Shanghai", got "Mars/Base"' },
    ]);
    expect(parseInput('f', TimeZoneSchema, 'Europe/Berlin', 'tz')).toBe('Europe/Berlin');
  });

  it('offsetter: 0 for UTC, the fixed offset of a zone without DST, and each side of a DST change', () => {
    expect(offsetter('UTC')(Date.UTC(2026, 0, 1))).toBe(0);
    expect(offsetter('Etc/UTC')(Date.UTC(2026, 6, 1))).toBe(0);
    const sh = offsetter('Asia/Shanghai');
    expect(sh(Date.UTC(2026, 2, 1))).toBe(8 * H);
    expect(sh(Date.UTC(2026, 2, 1, 23))).toBe(8 * H); // same UTC day, from the memo
    expect(offsetter('Asia/Kolkata')(Date.UTC(2026, 2, 1))).toBe(5.5 * H);
    // New York moves from EST (−5) to EDT (−4) at 2026-03-08 02:00 EST = 07:00Z
    const ny = offsetter('America/New_York');
    expect(ny(Date.UTC(2026, 2, 8, 6, 59))).toBe(-5 * H);
    expect(ny(Date.UTC(2026, 2, 8, 7, 0))).toBe(-4 * H);
    expect(ny(Date.UTC(2026, 2, 8, 0, 0))).toBe(-5 * H);
    expect(ny(Date.UTC(2026, 2, 8, 23, 59))).toBe(-4 * H);
    expect(ny(Date.UTC(2026, 2, 7, 12))).toBe(-5 * H);
    // back from EDT to EST at 2026-11-01 02:00 EDT = 06:00Z: 05:00Z is still EDT, 07:00Z is EST
    const ny2 = offsetter('America/New_York');
    expect(ny2(Date.UTC(2026, 10, 1, 5))).toBe(-4 * H);
    expect(ny2(Date.UTC(2026, 10, 1, 7))).toBe(-5 * H);
    expect(ny2(Date.UTC(2026, 10, 1, 23))).toBe(-5 * H);
    expect(ny(Date.UTC(2026, 2, 9, 12))).toBe(-4 * H);
  });

  it('offsetter: both UTC names are 0 for any millisecond count, also past the range a Date can hold', () => {
    // UTC has no offset by definition; 9e15 ms lies beyond a Date's ±8.64e15, where asking the
    // runtime about the zone is not possible (an invalid Date)
    for (const zone of ['UTC', 'Etc/UTC']) {
      expect(offsetter(zone)(9e15), zone).toBe(0);
      expect(offsetter(zone)(-9e15), zone).toBe(0);
    }
  });
});

describe('period indexes, starts and labels', () => {
  it('indexes in UTC: days since 1970, ISO weeks from 1969-12-29, y·12 + m − 1, y·4 + quarter, the year', () => {
    const t = Date.UTC(2026, 2, 1, 12); // Sunday 2026-03-01
    const days = Date.UTC(2026, 2, 1) / DAY; // 20513
    expect(periodIndexer('day', 'UTC')(t)).toBe(days);
    // (20513 + 3) / 7 = 2930.857… → 2930 (the week of Monday 2026-02-23)
    expect(periodIndexer('week', 'UTC')(t)).toBe(2930);
    expect(periodIndexer('week', 'UTC')(0)).toBe(0); // Thursday 1970-01-01: (0 + 3) / 7 → 0
    expect(periodIndexer('week', 'UTC')(4 * DAY)).toBe(1); // Monday 1970-01-05: (4 + 3) / 7 = 1
    expect(periodIndexer('week', 'UTC')(4 * DAY - 1)).toBe(0);
    expect(periodIndexer('month', 'UTC')(t)).toBe(2026 * 12 + 2);
    expect(periodIndexer('quarter', 'UTC')(t)).toBe(2026 * 4);
    expect(periodIndexer('quarter', 'UTC')(Date.UTC(2026, 3, 1))).toBe(2026 * 4 + 1);
    expect(periodIndexer('quarter', 'UTC')(Date.UTC(2026, 11, 31))).toBe(2026 * 4 + 3);
    expect(periodIndexer('year', 'UTC')(t)).toBe(2026);
    expect(periodIndexer('day', 'UTC')(-1)).toBe(-1);
  });

  it('indexes in a zone: 2026-02-28T17:00Z is 1 March 01:00 in Shanghai', () => {
    const t = Date.UTC(2026, 1, 28, 17);
    expect(periodIndexer('month', 'UTC')(t)).toBe(2026 * 12 + 1);
    expect(periodIndexer('month', 'Asia/Shanghai')(t)).toBe(2026 * 12 + 2);
    expect(periodIndexer('day', 'Asia/Shanghai')(t)).toBe(Date.UTC(2026, 2, 1) / DAY);
    expect(periodIndexer('year', 'Asia/Shanghai')(Date.UTC(2025, 11, 31, 16))).toBe(2026);
    expect(periodIndexer('year', 'Asia/Shanghai')(Date.UTC(2025, 11, 31, 15, 59))).toBe(2025);
  });

  it('starts: local midnight of the first day', () => {
    expect(periodStartMs('day', 'UTC', 0)).toBe(0);
    expect(periodStartMs('week', 'UTC', 1)).toBe(4 * DAY); // Monday 1970-01-05
    expect(periodStartMs('week', 'UTC', 0)).toBe(-3 * DAY); // Monday 1969-12-29
    expect(periodStartMs('month', 'UTC', 2026 * 12 + 2)).toBe(Date.UTC(2026, 2, 1));
    expect(periodStartMs('month', 'UTC', 2026 * 12 + 11)).toBe(Date.UTC(2026, 11, 1));
    expect(periodStartMs('month', 'UTC', 2026 * 12 + 12)).toBe(Date.UTC(2027, 0, 1));
    expect(periodStartMs('month', 'UTC', -1)).toBe(Date.parse('-000001-12-01T00:00:00Z'));
    expect(periodStartMs('quarter', 'UTC', 2026 * 4 + 3)).toBe(Date.UTC(2026, 9, 1));
    expect(periodStartMs('quarter', 'UTC', 2026 * 4 + 1)).toBe(Date.UTC(2026, 3, 1));
    expect(periodStartMs('quarter', 'UTC', -1)).toBe(Date.parse('-000001-10-01T00:00:00Z'));
    expect(periodStartMs('year', 'UTC', 2026)).toBe(Date.UTC(2026, 0, 1));
    expect(periodStartMs('year', 'UTC', 50)).toBe(Date.parse('0050-01-01T00:00:00Z'));
    expect(periodStartMs('month', 'Asia/Shanghai', 2026 * 12 + 2)).toBe(Date.UTC(2026, 1, 28, 16));
  });

  it('labels of every unit, years padded to four digits', () => {
    expect(periodLabel('day', Date.UTC(2026, 2, 9) / DAY)).toBe('2026-03-09');
    expect(periodLabel('day', Date.parse('0050-01-02T00:00:00Z') / DAY)).toBe('0050-01-02');
    expect(periodLabel('month', 2026 * 12 + 2)).toBe('2026-03');
    expect(periodLabel('month', 2026 * 12 + 11)).toBe('2026-12');
    expect(periodLabel('month', 50 * 12)).toBe('0050-01');
    expect(periodLabel('quarter', 2026 * 4)).toBe('2026-Q1');
    expect(periodLabel('quarter', 2026 * 4 + 1)).toBe('2026-Q2');
    expect(periodLabel('quarter', 2026 * 4 + 2)).toBe('2026-Q3');
    expect(periodLabel('quarter', 2026 * 4 + 3)).toBe('2026-Q4');
    expect(periodLabel('year', 2026)).toBe('2026');
    expect(periodLabel('year', 7)).toBe('0007');
    // ISO weeks: the week-year is the year of the week's Thursday
    const weekOf = (y: number, m: number, d: number) => Math.floor((Date.UTC(y, m - 1, d) / DAY + 3) / 7);
    expect(periodLabel('week', weekOf(2026, 3, 1))).toBe('2026-W09'); // Sunday 1 March 2026 is in W09 (Thursday 26 Feb)
    expect(periodLabel('week', weekOf(2021, 1, 3))).toBe('2020-W53'); // Sunday 3 January 2021: Thursday 31 Dec 2020
    expect(periodLabel('week', weekOf(2024, 12, 30))).toBe('2025-W01'); // Monday 30 Dec 2024: Thursday 2 Jan 2025
    expect(periodLabel('week', weekOf(2026, 1, 5))).toBe('2026-W02');
    expect(periodLabel('week', 0)).toBe('1970-W01'); // Thursday 1 Jan 1970
  });

  it('years outside 0000–9999 (from Date inputs) as Date#toISOString writes them', () => {
    expect(periodLabel('year', 0)).toBe('0000');
    expect(periodLabel('year', 9999)).toBe('9999');
    expect(periodLabel('year', -1)).toBe('-000001');
    expect(periodLabel('year', 10000)).toBe('+010000');
    expect(periodLabel('quarter', -1 * 4 + 1)).toBe('-000001-Q2'); // was "00-1-Q2"
    expect(periodLabel('month', -1 * 12 + 5)).toBe('-000001-06');
    expect(periodLabel('month', 10000 * 12)).toBe('+010000-01');
    // the day label is the date part of Date's own ISO string
    for (const at of ['-000001-06-01T00:00:00Z', '-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00Z', '+010000-01-01T00:00:00Z']) {
      expect(periodLabel('day', Date.parse(at) / DAY)).toBe(at.slice(0, 13));
    }
    // 1 January −1 is a Friday, so its week's Thursday is 31 December −2, in the last week of −2.
    // Year −2 is not a leap year (365 days = 52 weeks + 1 day), so it began on a Thursday and has
    // 53 ISO weeks: the label is −2's W53. Monday 4 January −1 starts −1's W01.
    expect(new Date(Date.parse('-000001-01-01T00:00:00Z')).getUTCDay()).toBe(5);
    expect(new Date(Date.parse('-000002-01-01T00:00:00Z')).getUTCDay()).toBe(4);
    const weekOf = (ms: number) => Math.floor((ms / DAY + 3) / 7);
    expect(periodLabel('week', weekOf(Date.parse('-000001-01-01T00:00:00Z')))).toBe('-000002-W53');
    expect(periodLabel('week', weekOf(Date.parse('-000001-01-04T00:00:00Z')))).toBe('-000001-W01');
  });
});

describe('PeriodSchema', () => {
  const issues = (p: unknown) => issuesOf(() => resolvePeriod(p as never));

  it('calendar names: exact problems', () => {
    expect(issues({ month: '2026-13' })).toEqual([{ code: 'invalid_format', path: 'period.month', message: 'resolvePeriod: period.month must be a month like "2026-03", got "2026-13"' }]);
    expect(issues({ month: '2026-00' })[0]?.path).toBe('period.month');
    expect(issues({ month: '2026-3' })[0]?.path).toBe('period.month');
    expect(issues({ month: 'x2026-03' })[0]?.path).toBe('period.month');
    expect(issues({ month: '2026-03x' })[0]?.path).toBe('period.month');
    expect(issues({ quarter: '2026-Q5' })).toEqual([{ code: 'invalid_format', path: 'period.quarter', message: 'resolvePeriod: period.quarter must be a quarter like "2026-Q1", got "2026-Q5"' }]);
    expect(issues({ quarter: '2026-Q0' })[0]?.path).toBe('period.quarter');
    expect(issues({ quarter: '2026-Q1x' })[0]?.path).toBe('period.quarter');
    expect(issues({ quarter: 'x2026-Q1' })[0]?.path).toBe('period.quarter');
    expect(issues({ year: '26' })).toEqual([{ code: 'invalid_format', path: 'period.year', message: 'resolvePeriod: period.year must be a year like "2026", got "26"' }]);
    expect(issues({ year: '20260' })[0]?.path).toBe('period.year');
    expect(issues({ year: 'x2026' })[0]?.path).toBe('period.year');
    for (const ok of [{ month: '2026-01' }, { month: '2026-10' }, { month: '2026-12' }, { quarter: '2026-Q4' }, { year: '0000' }]) {
      expect(PeriodSchema.safeParse(ok).success, JSON.stringify(ok)).toBe(true);
    }
  });

  it('exactly one form', () => {
    const none = [{ code: 'invalid_period', path: 'period', message: `resolvePeriod: period is not a period: ${FORMS}` }];
    expect(issues({})).toEqual(none);
    expect(issues({ timeZone: 'UTC' })).toEqual(none);
    expect(issues({ month: '2026-03', year: '2026' })).toEqual(none);
    expect(issues({ month: '2026-03', quarter: '2026-Q1' })).toEqual(none);
    expect(issues({ quarter: '2026-Q1', year: '2026' })).toEqual(none);
    expect(issues({ start: '2026-03-01T00:00:00Z', end: '2026-03-02T00:00:00Z', month: '2026-03' })).toEqual(none);
    expect(issues({ start: '2026-03-01T00:00:00Z', year: '2026' })).toEqual(none);
  });

  it('an interval needs both ends, valid, the end after the start', () => {
    expect(issues({ end: '2026-03-02T00:00:00Z' })).toEqual([{ code: 'custom', path: 'period.start', message: 'resolvePeriod: period.start is required' }]);
    expect(issues({ start: '2026-03-02T00:00:00Z' })).toEqual([{ code: 'custom', path: 'period.end', message: 'resolvePeriod: period.end is required' }]);
    expect(issues({ start: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z' })).toEqual([
      { code: 'inconsistent', path: 'period.end', message: 'resolvePeriod: period.end (2026-03-01T00:00:00.000Z) must be after start (2026-03-02T00:00:00.000Z)' },
    ]);
    expect(issues({ start: '2026-03-02T00:00:00Z', end: '2026-03-02T08:00:00+08:00' })[0]?.message).toBe(
      'resolvePeriod: period.end (2026-03-02T00:00:00.000Z) must be after start (2026-03-02T00:00:00.000Z)',
    );
    expect(issues({ start: '2026-03-02', end: '2026-03-01T00:00:00Z' })).toEqual([
      { code: 'custom', path: 'period.start', message: `resolvePeriod: period.start ${INSTANT}, got "2026-03-02"` },
    ]);
    // one millisecond is a period
    expect(resolvePeriod({ start: new Date(0), end: new Date(1) }).end.getTime()).toBe(1);
  });
});

describe('resolvePeriod and periodBounds', () => {
  it('bounds, labels and zones of each form', () => {
    expect(periodBounds('f', { month: '2026-02' })).toEqual({ start: Date.UTC(2026, 1, 1), end: Date.UTC(2026, 2, 1), label: '2026-02', timeZone: 'UTC' });
    expect(periodBounds('f', { quarter: '2026-Q2' })).toEqual({ start: Date.UTC(2026, 3, 1), end: Date.UTC(2026, 6, 1), label: '2026-Q2', timeZone: 'UTC' });
    expect(periodBounds('f', { quarter: '2026-Q4', timeZone: 'Asia/Tokyo' })).toEqual({
      start: Date.UTC(2026, 8, 30, 15),
      end: Date.UTC(2026, 11, 31, 15),
      label: '2026-Q4',
      timeZone: 'Asia/Tokyo',
    });
    expect(periodBounds('f', { year: '2026', timeZone: 'Asia/Shanghai' })).toEqual({
      start: Date.UTC(2025, 11, 31, 16),
      end: Date.UTC(2026, 11, 31, 16),
      label: '2026',
      timeZone: 'Asia/Shanghai',
    });
    expect(periodBounds('f', { start: '2026-03-01T08:00:00+08:00', end: new Date(Date.UTC(2026, 2, 2)), timeZone: 'Asia/Shanghai' })).toEqual({
      start: Date.UTC(2026, 2, 1),
      end: Date.UTC(2026, 2, 2),
      label: '2026-03-01T00:00:00.000Z/2026-03-02T00:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    });
    expect(issuesOf(() => periodBounds('g', { month: '2026-13' }, 'p'))[0]).toMatchObject({ path: 'p.month', message: expect.stringMatching(/^g: p\.month /) });
    expect(issuesOf(() => periodBounds('g', { month: '2026-13' }))[0]?.path).toBe('period.month');
  });

  it('resolvePeriod: frozen, Dates', () => {
    const r = resolvePeriod({ month: '2026-02' });
    expect(Object.isFrozen(r)).toBe(true);
    expect(r.start).toBeInstanceOf(Date);
    expect([r.start.getTime(), r.end.getTime(), r.label, r.timeZone]).toEqual([Date.UTC(2026, 1, 1), Date.UTC(2026, 2, 1), '2026-02', 'UTC']);
  });
});

describe('previousPeriod', () => {
  it('calendar periods step back one, keeping a given zone (and adding none)', () => {
    expect(previousPeriod({ month: '2026-03' })).toEqual({ month: '2026-02' });
    expect(previousPeriod({ month: '2026-12' })).toEqual({ month: '2026-11' });
    expect(previousPeriod({ month: '2026-01', timeZone: 'UTC' })).toEqual({ month: '2025-12', timeZone: 'UTC' });
    expect(previousPeriod({ quarter: '2026-Q3' })).toEqual({ quarter: '2026-Q2' });
    expect(previousPeriod({ quarter: '2026-Q1' })).toEqual({ quarter: '2025-Q4' });
    expect(previousPeriod({ year: '2026', timeZone: 'Asia/Shanghai' })).toEqual({ year: '2025', timeZone: 'Asia/Shanghai' });
    expect(previousPeriod({ year: '0001' })).toEqual({ year: '0000' });
    expect(Object.keys(previousPeriod({ month: '2026-03' }))).toEqual(['month']);
    expect(Object.isFrozen(previousPeriod({ year: '2026' }))).toBe(true);
  });

  it('an interval: the same length, ending at its start, with its zone', () => {
    expect(previousPeriod({ start: '2026-03-10T00:00:00Z', end: '2026-03-17T00:00:00Z', timeZone: 'Asia/Shanghai' })).toEqual({
      start: '2026-03-03T00:00:00.000Z',
      end: '2026-03-10T00:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    });
  });

  it('no calendar period before year 0000', () => {
    const none = [{ code: 'out_of_range', path: 'period', message: 'previousPeriod: period has no previous calendar period within the supported years' }];
    expect(issuesOf(() => previousPeriod({ year: '0000' }))).toEqual(none);
    expect(issuesOf(() => previousPeriod({ month: '0000-01' }))).toEqual(none);
    expect(issuesOf(() => previousPeriod({ quarter: '0000-Q1' }))).toEqual(none);
    expect(previousPeriod({ month: '0000-02' })).toEqual({ month: '0000-01' });
    expect(previousPeriod({ quarter: '0000-Q2' })).toEqual({ quarter: '0000-Q1' });
  });

  it('no interval reaching before the first Date', () => {
    // the earliest Date is −8.64e15 ms; an interval [a, b) steps back to [a − (b − a), a)
    const first = -8.64e15;
    expect(issuesOf(() => previousPeriod({ start: new Date(first + 1000), end: new Date(first + 2001) }))).toEqual([
      { code: 'out_of_range', path: 'period', message: 'previousPeriod: period has no previous period of the same length within the range of dates' },
    ]);
    // exactly at the first Date: −8.64e15 ms is −271821-04-20T00:00:00.000Z
    expect(previousPeriod({ start: new Date(first + 1000), end: new Date(first + 2000) })).toEqual({
      start: '-271821-04-20T00:00:00.000Z',
      end: '-271821-04-20T00:00:01.000Z',
    });
  });

  it('validates its input under "period"', () => {
    expect(issuesOf(() => previousPeriod({ month: '2026-13' }))[0]).toMatchObject({ path: 'period.month', message: expect.stringMatching(/^previousPeriod: /) });
  });
});

describe('survivors of the full core run (December 2026)', () => {
  it('offsetter: the offset at the instant asked, also within a millisecond of the epoch (Singapore was UTC+7:30 until 1982)', () => {
    // IANA Asia/Singapore: +07:30 from 1945 to 1981-12-31 16:00Z, +08:00 since. 1 ms after and
    // before the epoch lie in 1970-01-01 / 1969-12-31 UTC, both at +07:30 = 7.5 h
    const sg = offsetter('Asia/Singapore');
    expect(sg(1)).toBe(7.5 * H);
    expect(offsetter('Asia/Singapore')(-1)).toBe(7.5 * H);
    expect(sg(Date.UTC(1982, 0, 1))).toBe(8 * H); // 1982-01-01 00:00Z: already +08:00
  });

  it('a day whose midnight was skipped starts at the jump: Montevideo, 13 January 1974', () => {
    // IANA rule Uruguay 1974 Jan 13 0:00 → save 1:30: the clocks went from 00:00 (UTC−3) straight
    // to 01:30 (UTC−1:30), so the day's first instant is 00:00 −03:00 = 03:00Z
    const day = Date.UTC(1974, 0, 13) / DAY;
    expect(periodStartMs('day', 'America/Montevideo', day)).toBe(Date.UTC(1974, 0, 13, 3));
    // the day before began at an ordinary midnight, 00:00 −03:00 = 03:00Z on the 12th
    expect(periodStartMs('day', 'America/Montevideo', day - 1)).toBe(Date.UTC(1974, 0, 12, 3));
  });
});

describe('survivors of the rerun of the rewritten period.ts (December 2026)', () => {
  it('a positive offset under an hour keeps its sign: Paris Mean Time (+00:09:21) in 1900', () => {
    // IANA europe: Zone Europe/Paris 0:09:21 - LMT 1891 Mar 16 / 0:09:21 - PMT 1911 Mar 11
    // (Paris Mean Time). On 1 January 1900 the offset is +9 min 21 s = 561 s = 561 000 ms
    const PMT = (9 * 60 + 21) * 1000;
    expect(offsetter('Europe/Paris')(Date.UTC(1900, 0, 1, 12))).toBe(PMT);
    // so the year 1900 began at local midnight 00:00 +00:09:21 = 1899-12-31 23:50:39Z and ended
    // at 1901-01-01 00:00 +00:09:21 = 1900-12-31 23:50:39Z (still PMT)
    const r = resolvePeriod({ year: '1900', timeZone: 'Europe/Paris' });
    expect(r.start.toISOString()).toBe('1899-12-31T23:50:39.000Z');
    expect(r.end.toISOString()).toBe('1900-12-31T23:50:39.000Z');
  });

  it('offsetter: no offset beyond the range of Dates, also for Etc/GMT−14 whose name reads like an offset', () => {
    // 9e15 ms lies beyond a Date's ±8.64e15 ms: there is no instant there, so no offset (NaN).
    // Etc/GMT-14 (POSIX sign: UTC+14) matters because @date-fns/tz's tzOffset, given an invalid
    // Date, falls back to reading "-14" from the zone's name; inside the range it is +14 h
    const gmt14 = offsetter('Etc/GMT-14');
    expect(gmt14(Date.UTC(2026, 0, 1))).toBe(14 * H);
    expect(gmt14(9e15)).toBeNaN();
    expect(gmt14(-9e15)).toBeNaN();
    expect(offsetter('Etc/GMT+12')(8.64e15 + 1)).toBeNaN();
    expect(offsetter('Etc/GMT+12')(-8.64e15 - 1)).toBeNaN();
  });

  it('clocks set back at exactly 00:00Z: Rothera, 1 December 1976 began at 03:00Z', () => {
    // IANA antarctica: Zone Antarctica/Rothera 0 - -00 1976 Dec 1 / -3:00 - -03. At 1976-12-01
    // 00:00Z the clocks, about to show 1 December 00:00, were set to 30 November 21:00 (−03:00); the
    // first instant they read 1 December is 00:00 −03:00 = 03:00Z, so 30 November lasted 27 hours
    const dec1 = Date.UTC(1976, 11, 1) / DAY;
    expect(periodStartMs('day', 'Antarctica/Rothera', dec1)).toBe(Date.UTC(1976, 11, 1, 3));
    expect(periodStartMs('day', 'Antarctica/Rothera', dec1 - 1)).toBe(Date.UTC(1976, 10, 30)); // 00:00 at −00 (UTC)
    const r = resolvePeriod({ month: '1976-12', timeZone: 'Antarctica/Rothera' });
    expect(r.start.toISOString()).toBe('1976-12-01T03:00:00.000Z');
    expect(resolvePeriod({ month: '1976-11', timeZone: 'Antarctica/Rothera' }).end.toISOString()).toBe('1976-12-01T03:00:00.000Z');
    // the indexer agrees: 00:00Z (21:00 on the 30th) and 02:59:59.999Z are still 30 November
    const day = periodIndexer('day', 'Antarctica/Rothera');
    expect(day(Date.UTC(1976, 11, 1))).toBe(dec1 - 1);
    expect(day(Date.UTC(1976, 11, 1, 3) - 1)).toBe(dec1 - 1);
    expect(day(Date.UTC(1976, 11, 1, 3))).toBe(dec1);
  });

  it('the day of the last Date begins at that Date at offset 0 (UTC, and Abidjan at GMT)', () => {
    // the last Date, 8.64e15 ms, is 275760-09-13T00:00Z: day 8.64e15 / 86 400 000 = 100 000 000.
    // At offset 0 that day begins at its midnight, which is that last Date itself
    // (IANA africa: Zone Africa/Abidjan -0:16:08 - LMT 1912 / 0:00 - GMT)
    for (const zone of ['UTC', 'Africa/Abidjan']) {
      expect(periodStartMs('day', zone, 100_000_000), zone).toBe(8.64e15);
      expect(periodIndexer('day', zone)(8.64e15), zone).toBe(100_000_000);
    }
  });
});
