import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/index.js';
import { offsetter, periodIndexer, periodStartMs, type CalendarUnit } from '../../src/core/period.js';
import { ZONES } from '../events/arbitraries.js';

// Calendar periods at unusual offsets, from the IANA tz database (rules quoted beside each case).
// Every expected bound is local midnight of the first day written in UTC by hand: 00:00 at
// offset +hh:mm is the previous day's 24:00 − hh:mm UTC; where midnight was skipped, the day
// begins at the jump; where it happened twice, at the first.

const H = 3_600_000;
const MIN = 60_000;
const DAY = 86_400_000;
const UNITS: CalendarUnit[] = ['day', 'week', 'month', 'quarter', 'year'];
const iso = (ms: number) => new Date(ms).toISOString();
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;
const weekOf = (y: number, m: number, d: number) => Math.floor((dayOf(y, m, d) + 3) / 7);

describe('offsets to the second', () => {
  it('local mean times west of Greenwich by less than an hour are negative (−00:44:30, −00:25:21)', () => {
    // IANA Africa/Monrovia: "-0:44:30 - MMT 1972 Jan 7"; Europe/Dublin: "-0:25:21 - DMT 1916 May 21 2:00s"
    expect(offsetter('Africa/Monrovia')(Date.UTC(1950, 5, 1))).toBe(-(44 * MIN + 30_000));
    expect(offsetter('Europe/Dublin')(Date.UTC(1900, 0, 1))).toBe(-(25 * MIN + 21_000));
    // IANA America/Sao_Paulo: "-3:06:28 - LMT 1914": an offset of more than an hour keeps its sign too
    expect(offsetter('America/Sao_Paulo')(Date.UTC(1900, 0, 1))).toBe(-(3 * H + 6 * MIN + 28_000));
    // IANA Asia/Kathmandu: "5:30 - +0530 1986" then "5:45 - +0545"
    expect(offsetter('Asia/Kathmandu')(Date.UTC(1985, 5, 1))).toBe(5 * H + 30 * MIN);
    // a zone at GMT (London in winter) reads "GMT" with no number: 0
    expect(offsetter('Europe/London')(Date.UTC(2026, 0, 15))).toBe(0);
    expect(offsetter('Europe/London')(Date.UTC(2026, 6, 15))).toBe(H);
  });

  it('the indexer reads Monrovia 1950 at −00:44:30: 00:30Z on 1 June is still 31 May locally', () => {
    // 00:30:00Z − 00:44:30 = 23:45:30 on 31 May
    const t = Date.UTC(1950, 5, 1, 0, 30);
    expect(periodIndexer('day', 'Africa/Monrovia')(t)).toBe(dayOf(1950, 5, 31));
    expect(periodIndexer('month', 'Africa/Monrovia')(t)).toBe(1950 * 12 + 4); // May
    // 00:44:30Z is 00:00 on 1 June
    expect(periodIndexer('day', 'Africa/Monrovia')(Date.UTC(1950, 5, 1, 0, 44, 30))).toBe(dayOf(1950, 6, 1));
    expect(periodIndexer('day', 'Africa/Monrovia')(Date.UTC(1950, 5, 1, 0, 44, 29, 999))).toBe(dayOf(1950, 5, 31));
  });
});

describe('calendar periods in three historical cases (formerly wrong)', () => {
  it('a year whose first midnight was skipped by 15 minutes starts on its own first day (Asia/Kathmandu, 1986)', () => {
    // IANA Asia/Kathmandu: +05:30 until 1986-01-01 00:00 local, then +05:45 (clocks went 00:00 → 00:15).
    // 1986 begins at 00:00 +05:30 = 1985-12-31T18:30Z; it ends at 1987-01-01 00:00 +05:45 = 1986-12-31T18:15Z
    // (formerly [1985-12-30T18:30Z, 1986-12-30T18:15Z): a day early)
    const p = resolvePeriod({ year: '1986', timeZone: 'Asia/Kathmandu' });
    expect([iso(p.start.getTime()), iso(p.end.getTime())]).toEqual(['1985-12-31T18:30:00.000Z', '1986-12-31T18:15:00.000Z']);
    // 1985 ends where 1986 starts: 1986-01-01 at the old offset's midnight, 18:30Z
    expect(resolvePeriod({ year: '1985', timeZone: 'Asia/Kathmandu' }).end.toISOString()).toBe('1985-12-31T18:30:00.000Z');
    // January 1986: to 1986-02-01 00:00 +05:45 = 1986-01-31T18:15Z
    const m = resolvePeriod({ month: '1986-01', timeZone: 'Asia/Kathmandu' });
    expect([iso(m.start.getTime()), iso(m.end.getTime())]).toEqual(['1985-12-31T18:30:00.000Z', '1986-01-31T18:15:00.000Z']);
    // Q1 1986: to 1986-04-01 00:00 +05:45 = 1986-03-31T18:15Z
    const q = resolvePeriod({ quarter: '1986-Q1', timeZone: 'Asia/Kathmandu' });
    expect([iso(q.start.getTime()), iso(q.end.getTime())]).toEqual(['1985-12-31T18:30:00.000Z', '1986-03-31T18:15:00.000Z']);
  });

  it('an offset with seconds: Monrovia Mean Time (−00:44:30) in 1950', () => {
    // IANA Africa/Monrovia: −0:44:30 from 1919 to 1972-01-07, so 1950-01-01 00:00 local = 00:44:30Z
    // (formerly [1949-12-30T23:15Z, 1950-12-30T23:14:30Z))
    const p = resolvePeriod({ year: '1950', timeZone: 'Africa/Monrovia' });
    expect([iso(p.start.getTime()), iso(p.end.getTime())]).toEqual(['1950-01-01T00:44:30.000Z', '1951-01-01T00:44:30.000Z']);
    // June 1950: 1950-06-01 00:00 −00:44:30 = 00:44:30Z, to 1950-07-01T00:44:30Z (formerly from 1950-05-30T23:15Z)
    const m = resolvePeriod({ month: '1950-06', timeZone: 'Africa/Monrovia' });
    expect([iso(m.start.getTime()), iso(m.end.getTime())]).toEqual(['1950-06-01T00:44:30.000Z', '1950-07-01T00:44:30.000Z']);
  });

  it('an offset with seconds: Dublin Mean Time (−00:25:21) in 1900', () => {
    // IANA Europe/Dublin: "-0:25:21 - DMT 1916 May 21 2:00s": 1900-01-01 00:00 local = 00:25:21Z
    // (formerly 1899-12-30T23:34:18Z)
    const p = resolvePeriod({ year: '1900', timeZone: 'Europe/Dublin' });
    expect([iso(p.start.getTime()), iso(p.end.getTime())]).toEqual(['1900-01-01T00:25:21.000Z', '1901-01-01T00:25:21.000Z']);
  });

  it('a day with two midnights starts at the first (Asia/Amman, 29 October 2021): index and bounds agree', () => {
    // IANA rule Jordan 2014–2022 Oct lastFri 0:00s: at 00:00 standard (01:00 +03) the clocks went back to
    // 00:00 +02. Friday 29 Oct 2021 begins at its first midnight, 00:00 +03:00 = 2021-10-28T21:00Z
    // (formerly at the second, 00:00 +02:00 = 2021-10-28T22:00Z)
    const t = Date.UTC(2021, 9, 28, 21, 30); // 00:30 +03:00 on the 29th
    const i = periodIndexer('day', 'Asia/Amman')(t);
    expect(i).toBe(dayOf(2021, 10, 29));
    expect(periodStartMs('day', 'Asia/Amman', i)).toBe(Date.UTC(2021, 9, 28, 21));
    // the day has 25 hours: it ends at 30 Oct 00:00 +02:00 = 2021-10-29T22:00Z
    expect(periodStartMs('day', 'Asia/Amman', i + 1)).toBe(Date.UTC(2021, 9, 29, 22));
  });
});

/** Known transition days, the first instants of the day before, the day and the day after. */
const TRANSITIONS: { zone: string; rule: string; day: [number, number, number]; starts: [string, string, string] }[] = [
  {
    zone: 'Asia/Kathmandu',
    rule: '+05:30 until 1986-01-01 00:00, then +05:45 (00:00 → 00:15)',
    day: [1986, 1, 1],
    // 31 Dec 00:00 +05:30; 1 Jan at the jump, 00:00 +05:30 = 18:30Z; 2 Jan 00:00 +05:45 = 1 Jan 18:15Z
    starts: ['1985-12-30T18:30:00.000Z', '1985-12-31T18:30:00.000Z', '1986-01-01T18:15:00.000Z'],
  },
  {
    zone: 'Asia/Amman',
    rule: 'Jordan Oct lastFri 0:00s: 01:00 +03 → 00:00 +02, two midnights',
    day: [2021, 10, 29],
    // 28 Oct 00:00 +03; 29 Oct at the first midnight, 00:00 +03 = 28 Oct 21:00Z; 30 Oct 00:00 +02 = 29 Oct 22:00Z
    starts: ['2021-10-27T21:00:00.000Z', '2021-10-28T21:00:00.000Z', '2021-10-29T22:00:00.000Z'],
  },
  {
    zone: 'Africa/Monrovia',
    rule: '"-0:44:30 - MMT 1972 Jan 7" then GMT: 00:00 → 00:44:30',
    day: [1972, 1, 7],
    // 6 Jan 00:00 −00:44:30 = 00:44:30Z; 7 Jan at the jump, 00:00 −00:44:30 = 00:44:30Z; 8 Jan 00:00Z
    starts: ['1972-01-06T00:44:30.000Z', '1972-01-07T00:44:30.000Z', '1972-01-08T00:00:00.000Z'],
  },
  {
    zone: 'America/Montevideo',
    rule: 'Uruguay 1974 Jan 13 0:00 save 1:30: 00:00 −03 → 01:30 −01:30',
    day: [1974, 1, 13],
    // 12 Jan 00:00 −03 = 03:00Z; 13 Jan at the jump, 00:00 −03 = 03:00Z; 14 Jan 00:00 −01:30 = 01:30Z
    starts: ['1974-01-12T03:00:00.000Z', '1974-01-13T03:00:00.000Z', '1974-01-14T01:30:00.000Z'],
  },
  {
    zone: 'America/Sao_Paulo',
    rule: 'Brazil 2016–2019 Feb Sun>=15 0:00: 24:00 −02 → 23:00 −03 of the day before',
    day: [2019, 2, 17],
    // 16 Feb 00:00 −02 = 02:00Z (a 25-hour day); 17 Feb 00:00 −03 = 03:00Z; 18 Feb 00:00 −03 = 03:00Z
    starts: ['2019-02-16T02:00:00.000Z', '2019-02-17T03:00:00.000Z', '2019-02-18T03:00:00.000Z'],
  },
  {
    zone: 'America/Sao_Paulo',
    rule: 'Brazil 2018 Nov Sun>=1 0:00 save 1:00: 00:00 −03 → 01:00 −02',
    day: [2018, 11, 4],
    // 3 Nov 00:00 −03 = 03:00Z; 4 Nov at the jump, 00:00 −03 = 03:00Z; 5 Nov 00:00 −02 = 02:00Z
    starts: ['2018-11-03T03:00:00.000Z', '2018-11-04T03:00:00.000Z', '2018-11-05T02:00:00.000Z'],
  },
  {
    zone: 'America/St_Johns',
    rule: 'StJohns 1987–2006 Oct lastSun 0:01: 00:01 −02:30 → 23:01 −03:30 of the day before',
    day: [1987, 10, 25],
    // 24 Oct 00:00 −02:30 = 02:30Z; 25 Oct at its first midnight, 00:00 −02:30 = 02:30Z; 26 Oct 00:00 −03:30 = 03:30Z
    starts: ['1987-10-24T02:30:00.000Z', '1987-10-25T02:30:00.000Z', '1987-10-26T03:30:00.000Z'],
  },
  {
    zone: 'America/Phoenix',
    rule: '"-7:00 US M%sT 1944 Jan 1 0:01" then MST: 00:01 −06 → 23:01 −07 on 31 December',
    day: [1944, 1, 1],
    // 31 Dec 1943 00:00 −06 = 06:00Z; 1 Jan 1944 at its first midnight, 00:00 −06 = 06:00Z; 2 Jan 00:00 −07 = 07:00Z
    starts: ['1943-12-31T06:00:00.000Z', '1944-01-01T06:00:00.000Z', '1944-01-02T07:00:00.000Z'],
  },
];

describe('clocks set back across midnight: the local date does not go back', () => {
  it("St. John's, 25 October 1987: the hour after 00:01 −02:30 belongs to the 25th", () => {
    // 00:01 −02:30 = 02:31Z, the clocks went back to 23:01 −03:30 on the 24th. 03:00Z reads 23:30 on
    // the 24th, but the 25th began at 02:30Z (00:00 −02:30) and the 24th is over: it is indexed into
    // the 25th (formerly the 24th, one index after the 25th's start)
    const day = periodIndexer('day', 'America/St_Johns');
    expect(day(Date.UTC(1987, 9, 25, 2, 29, 59, 999))).toBe(dayOf(1987, 10, 24)); // 23:59:59.999 −02:30
    expect(day(Date.UTC(1987, 9, 25, 2, 30))).toBe(dayOf(1987, 10, 25)); // 00:00 −02:30
    expect(day(Date.UTC(1987, 9, 25, 3))).toBe(dayOf(1987, 10, 25)); // 23:30 −03:30 by the clock
    expect(day(Date.UTC(1987, 9, 26, 3, 29, 59, 999))).toBe(dayOf(1987, 10, 25)); // 23:59:59.999 −03:30
    expect(day(Date.UTC(1987, 9, 26, 3, 30))).toBe(dayOf(1987, 10, 26));
    // the 25th is [02:30Z, 03:30Z the next day): 25 hours
    expect(periodStartMs('day', 'America/St_Johns', dayOf(1987, 10, 26)) - periodStartMs('day', 'America/St_Johns', dayOf(1987, 10, 25))).toBe(25 * H);
  });

  it('Phoenix, 1 January 1944: the hour after 00:01 −06:00 belongs to 1944, not 1943', () => {
    // IANA America/Phoenix: "-7:00 US M%sT 1944 Jan 1 0:01": at 00:01 war time (−06) = 06:01Z the clocks
    // went back to 23:01 MST (−07) on 31 Dec 1943. 1944 began at 00:00 −06 = 06:00Z; 06:30Z reads
    // 23:30 on 31 December but is in 1944 (formerly indexed into 1943)
    const year = periodIndexer('year', 'America/Phoenix');
    expect(year(Date.UTC(1944, 0, 1, 6, 30))).toBe(1944);
    expect(year(Date.UTC(1944, 0, 1, 5, 59, 59, 999))).toBe(1943);
    // 1943 ends where 1944 begins
    expect(resolvePeriod({ year: '1943', timeZone: 'America/Phoenix' }).end.toISOString()).toBe('1944-01-01T06:00:00.000Z');
    expect(resolvePeriod({ year: '1944', timeZone: 'America/Phoenix' }).start.toISOString()).toBe('1944-01-01T06:00:00.000Z');
  });
});

describe('a skipped day', () => {
  it('Samoa skipped 30 December 2011: that day is empty, the 29th ends where the 31st begins', () => {
    // IANA Pacific/Apia: "-11:00 WS -11/-10 2011 Dec 29 24:00" then "13:00 WS +13/+14": on 29 Dec at
    // 24:00 −10 (DST) = 30 Dec 10:00Z the clocks went to 31 Dec 00:00 +14
    const jump = Date.UTC(2011, 11, 30, 10);
    expect(periodStartMs('day', 'Pacific/Apia', dayOf(2011, 12, 30))).toBe(jump);
    expect(periodStartMs('day', 'Pacific/Apia', dayOf(2011, 12, 31))).toBe(jump);
    // 29 Dec began at 00:00 −10 = 10:00Z on the 29th
    expect(periodStartMs('day', 'Pacific/Apia', dayOf(2011, 12, 29))).toBe(Date.UTC(2011, 11, 29, 10));
    const day = periodIndexer('day', 'Pacific/Apia');
    expect(day(jump - 1)).toBe(dayOf(2011, 12, 29));
    expect(day(jump)).toBe(dayOf(2011, 12, 31));
    // the ISO week of Monday 26 Dec 2011 still ends at Monday 2 Jan 2012 00:00 +14 = 1 Jan 10:00Z
    expect(periodStartMs('week', 'Pacific/Apia', weekOf(2011, 12, 26) + 1)).toBe(Date.UTC(2012, 0, 1, 10));
  });
});

describe('known transition days, every unit', () => {
  for (const { zone, rule, day, starts } of TRANSITIONS) {
    it(`${zone} ${day.join('-')} (${rule})`, () => {
      const d = dayOf(...day);
      expect([d - 1, d, d + 1].map((i) => iso(periodStartMs('day', zone, i)))).toEqual(starts);
      // every 5 minutes for 3 days around it: the instant lies in the period its index names,
      // and the period's start is also the previous period's end (each period is one index)
      const from = Date.parse(starts[0]) - DAY;
      for (const unit of UNITS) {
        const index = periodIndexer(unit, zone);
        const memo = new Map<number, number>();
        const start = (i: number) => {
          let v = memo.get(i);
          if (v === undefined) memo.set(i, (v = periodStartMs(unit, zone, i)));
          return v;
        };
        for (let t = from; t <= from + 3 * DAY; t += 5 * MIN) {
          const i = index(t);
          if (!(start(i) <= t && t < start(i + 1))) expect.fail(`${unit} ${iso(t)}: index ${i}, bounds [${iso(start(i))}, ${iso(start(i + 1))})`);
          // the first instant of a period is in it, the one before is not
          expect(index(start(i))).toBe(i);
          expect(index(start(i) - 1)).toBe(i - 1);
        }
      }
    });
  }

  it('weeks and months that start on such a day (worked by hand)', () => {
    // the ISO week of Wednesday 1 January 1986 in Kathmandu: Monday 30 Dec 1985 00:00 +05:30 =
    // 29 Dec 18:30Z, to Monday 6 Jan 1986 00:00 +05:45 = 5 Jan 18:15Z
    const w = weekOf(1986, 1, 1);
    expect([iso(periodStartMs('week', 'Asia/Kathmandu', w)), iso(periodStartMs('week', 'Asia/Kathmandu', w + 1))]).toEqual([
      '1985-12-29T18:30:00.000Z',
      '1986-01-05T18:15:00.000Z',
    ]);
    // Monrovia's January 1972: 1 Jan 00:00 −00:44:30 = 00:44:30Z, to 1 Feb 00:00 GMT
    const jan = resolvePeriod({ month: '1972-01', timeZone: 'Africa/Monrovia' });
    expect([iso(jan.start.getTime()), iso(jan.end.getTime())]).toEqual(['1972-01-01T00:44:30.000Z', '1972-02-01T00:00:00.000Z']);
    // the week of Friday 29 Oct 2021 in Amman: Monday 25 Oct 00:00 +03 = 24 Oct 21:00Z, to
    // Monday 1 Nov 00:00 +02 = 31 Oct 22:00Z
    const a = weekOf(2021, 10, 29);
    expect([iso(periodStartMs('week', 'Asia/Amman', a)), iso(periodStartMs('week', 'Asia/Amman', a + 1))]).toEqual([
      '2021-10-24T21:00:00.000Z',
      '2021-10-31T22:00:00.000Z',
    ]);
  });
});

describe('property: bounds and indexes agree, 1900–2060', () => {
  it('every instant lies in [start(i), start(i + 1)) of its index i, for every unit and zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...ZONES, 'Africa/Monrovia', 'Europe/Dublin', 'Asia/Amman', 'America/Montevideo', 'America/Sao_Paulo'),
        fc.constantFrom(...UNITS),
        (t, zone, unit) => {
          const i = periodIndexer(unit, zone)(t);
          const start = periodStartMs(unit, zone, i);
          expect(start).toBeLessThanOrEqual(t);
          expect(periodStartMs(unit, zone, i + 1)).toBeGreaterThan(t);
          // the start itself has index i, the millisecond before it i − 1
          expect(periodIndexer(unit, zone)(start)).toBe(i);
          expect(periodIndexer(unit, zone)(start - 1)).toBe(i - 1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('consecutive calendar periods tile: each resolved period ends where the next one starts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900 * 12, max: 2059 * 12 + 11 }),
        fc.constantFrom(...ZONES, 'Africa/Monrovia', 'Asia/Amman'),
        (i, zone) => {
          const month = (k: number) => `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`;
          const a = resolvePeriod({ month: month(i), timeZone: zone });
          const b = resolvePeriod({ month: month(i + 1), timeZone: zone });
          expect(a.end.getTime()).toBe(b.start.getTime());
          expect(a.start.getTime()).toBeLessThan(a.end.getTime());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("resolvePeriod's bounds (next first day by date-fns) are the indexer's period starts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2059 }),
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom(...ZONES, 'Africa/Monrovia', 'Asia/Amman', 'Asia/Kathmandu'),
        (y, k, zone) => {
          const m = resolvePeriod({ month: `${y}-${String(k + 1).padStart(2, '0')}`, timeZone: zone });
          expect([m.start.getTime(), m.end.getTime()]).toEqual([periodStartMs('month', zone, y * 12 + k), periodStartMs('month', zone, y * 12 + k + 1)]);
          const q = Math.floor(k / 3);
          const r = resolvePeriod({ quarter: `${y}-Q${q + 1}`, timeZone: zone });
          expect([r.start.getTime(), r.end.getTime()]).toEqual([periodStartMs('quarter', zone, y * 4 + q), periodStartMs('quarter', zone, y * 4 + q + 1)]);
          const a = resolvePeriod({ year: String(y), timeZone: zone });
          expect([a.start.getTime(), a.end.getTime()]).toEqual([periodStartMs('year', zone, y), periodStartMs('year', zone, y + 1)]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('years below 100 and the ends of the supported range', () => {
    // UTC: Date.UTC reads years 0–99 as 1900–1999, so these are written as ISO strings
    expect(periodStartMs('year', 'UTC', 50)).toBe(Date.parse('0050-01-01T00:00:00Z'));
    expect(resolvePeriod({ year: '0000' }).start.toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(resolvePeriod({ year: '9999' }).end.toISOString()).toBe('+010000-01-01T00:00:00.000Z');
    // Shanghai before 1901 kept local mean time, +08:05:43: 0050-01-01 00:00 local = 0049-12-31T15:54:17Z
    expect(resolvePeriod({ year: '0050', timeZone: 'Asia/Shanghai' }).start.toISOString()).toBe('0049-12-31T15:54:17.000Z');
    // the last Date, 8.64e15 ms = 275760-09-13T00:00Z = day 100 000 000, is 08:00 that day in Shanghai
    // (+08:00); that day began at 8.64e15 − 8 h; the next begins after the last Date (NaN, as a Date would be)
    const last = 8.64e15;
    expect(periodIndexer('day', 'Asia/Shanghai')(last)).toBe(100_000_000);
    expect(periodStartMs('day', 'Asia/Shanghai', 100_000_000)).toBe(last - 8 * H);
    expect(periodStartMs('day', 'Asia/Shanghai', 100_000_001)).toBeNaN();
    // the first Date, −8.64e15 = −271821-04-20T00:00Z, is 08:05:43 that day by Shanghai's local mean time
    expect(periodIndexer('day', 'Asia/Shanghai')(-last)).toBe(-100_000_000);
    expect(offsetter('Asia/Shanghai')(-last)).toBe(8 * H + 5 * MIN + 43_000);
    expect(offsetter('Asia/Shanghai')(-last - 1)).toBeNaN(); // no Date, no offset
  });
});
