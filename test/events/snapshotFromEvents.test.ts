import { describe, expect, it } from 'vitest';
import { collectEvents, customerRetentionRate, snapshotFromEvents, startCohortRetentionRate } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';
import { buy, counts, st } from './helpers.js';

const MARCH = { month: '2026-03' } as const;

describe('snapshotFromEvents', () => {
  describe('golden cases: the counting rules, worked by hand', () => {
    it('a steady customer, a new one kept, a new one lost inside the period', () => {
      // a: active before March and after → S, E.  b: acquired 03-05, churned 03-20 → N and C.
      // c: acquired 03-10 → N, E.  S = 1, E = 2, N = 2, C = 1; E = S + N − C = 1 + 2 − 1 = 2.
      const s = snapshotFromEvents(
        [
          st('a', 'acquired', '2025-12-01T00:00:00Z'),
          st('b', 'acquired', '2026-03-05T00:00:00Z'),
          st('b', 'churned', '2026-03-20T00:00:00Z'),
          st('c', 'acquired', '2026-03-10T00:00:00Z'),
        ],
        MARCH,
      );
      expect(counts(s)).toEqual({ S: 1, E: 2, N: 2, C: 1, R: 0 });
      expect(s.periodStart).toBe('2026-03-01T00:00:00.000Z');
      expect(s.periodEnd).toBe('2026-04-01T00:00:00.000Z');
      expect(s.periodLabel).toBe('2026-03');
      expect(s.anomalies).toEqual([]);
    });

    it('leave and return inside the period: in neither N nor C, and kept by startCohortRetentionRate', () => {
      // a active at start (S = 1), churns 03-10, reactivated 03-15, active at end (E = 1): N = 0, C = 0.
      const events = [
        st('a', 'acquired', '2025-12-01T00:00:00Z'),
        st('a', 'churned', '2026-03-10T00:00:00Z'),
        st('a', 'reactivated', '2026-03-15T00:00:00Z'),
      ];
      expect(counts(snapshotFromEvents(events, MARCH))).toEqual({ S: 1, E: 1, N: 0, C: 0, R: 0 });
      expect(startCohortRetentionRate(events, MARCH).value?.toString()).toBe('1');
    });

    it('an active customer who leaves for good: S and C', () => {
      const s = snapshotFromEvents([st('a', 'acquired', '2025-12-01T00:00:00Z'), st('a', 'churned', '2026-03-31T23:59:59.999Z')], MARCH);
      // S = 1, E = 0, N = 0, C = 1: 0 = 1 + 0 − 1
      expect(counts(s)).toEqual({ S: 1, E: 0, N: 0, C: 1, R: 0 });
    });

    it('a return through `reactivated` is new and counted as reactivated; `acquired` after a churn is a new acquisition', () => {
      // r churned in February, reactivated in March → N, R.  q churned in February, acquired again → N only.
      const s = snapshotFromEvents(
        [
          st('r', 'acquired', '2025-10-01T00:00:00Z'),
          st('r', 'churned', '2026-02-01T00:00:00Z'),
          st('r', 'reactivated', '2026-03-02T00:00:00Z'),
          st('q', 'acquired', '2025-10-01T00:00:00Z'),
          st('q', 'churned', '2026-02-01T00:00:00Z'),
          st('q', 'acquired', '2026-03-02T00:00:00Z'),
        ],
        MARCH,
      );
      expect(counts(s)).toEqual({ S: 0, E: 2, N: 2, C: 0, R: 1 });
      expect(s.anomalies).toEqual([]);
    });

    it('the first activation decides: acquired, churned, reactivated within the period is new but not a reactivation', () => {
      const s = snapshotFromEvents(
        [
          st('x', 'acquired', '2026-03-02T00:00:00Z'),
          st('x', 'churned', '2026-03-03T00:00:00Z'),
          st('x', 'reactivated', '2026-03-04T00:00:00Z'),
        ],
        MARCH,
      );
      expect(counts(s)).toEqual({ S: 0, E: 1, N: 1, C: 0, R: 0 });
    });

    it('events arriving out of order are taken in time order', () => {
      const inOrder = [
        st('b', 'acquired', '2026-03-05T00:00:00Z'),
        st('b', 'churned', '2026-03-20T00:00:00Z'),
        st('b', 'reactivated', '2026-04-02T00:00:00Z'),
      ];
      const shuffled = [inOrder[2]!, inOrder[1]!, inOrder[0]!];
      expect(snapshotFromEvents(shuffled, MARCH)).toEqual(snapshotFromEvents(inOrder, MARCH));
      expect(counts(snapshotFromEvents(shuffled, MARCH))).toEqual({ S: 0, E: 0, N: 1, C: 1, R: 0 });
    });

    it('an event exactly at start is inside the period; exactly at end is outside', () => {
      const s = snapshotFromEvents(
        [
          st('atStart', 'acquired', '2026-03-01T00:00:00Z'), // not active just before start → N
          st('leavesAtStart', 'acquired', '2026-01-01T00:00:00Z'),
          st('leavesAtStart', 'churned', '2026-03-01T00:00:00Z'), // S and C
          st('atEnd', 'acquired', '2026-04-01T00:00:00Z'), // after the period: nowhere
          st('leavesAtEnd', 'acquired', '2026-01-01T00:00:00Z'),
          st('leavesAtEnd', 'churned', '2026-04-01T00:00:00Z'), // still active just before end: S and E
        ],
        MARCH,
      );
      // S = 2 (leavesAtStart, leavesAtEnd), N = 1 (atStart), C = 1 (leavesAtStart), E = 2 + 1 − 1 = 2
      expect(counts(s)).toEqual({ S: 2, E: 2, N: 1, C: 1, R: 0 });
    });

    it('same-instant events apply in input order', () => {
      const t = '2026-03-10T12:00:00Z';
      // acquired then churned at one instant: new and lost.
      expect(counts(snapshotFromEvents([st('a', 'acquired', t), st('a', 'churned', t)], MARCH))).toEqual({ S: 0, E: 0, N: 1, C: 1, R: 0 });
      // churned then acquired: the churn makes no sense (anomaly), the acquisition stands.
      const s = snapshotFromEvents([st('a', 'churned', t), st('a', 'acquired', t)], MARCH);
      expect(counts(s)).toEqual({ S: 0, E: 1, N: 1, C: 0, R: 0 });
      expect(s.anomalies).toEqual([{ customerId: 'a', type: 'churned', at: '2026-03-10T12:00:00.000Z', problem: 'churned while not active', index: 0 }]);
    });

    it('time-zone month edges: 2026-02-28T17:00Z is March in Shanghai, February in UTC', () => {
      const events = [st('a', 'acquired', '2026-02-28T17:00:00Z')];
      expect(counts(snapshotFromEvents(events, { month: '2026-03', timeZone: 'Asia/Shanghai' }))).toEqual({ S: 0, E: 1, N: 1, C: 0, R: 0 });
      expect(counts(snapshotFromEvents(events, { month: '2026-03' }))).toEqual({ S: 1, E: 1, N: 0, C: 0, R: 0 });
      const sh = snapshotFromEvents(events, { month: '2026-03', timeZone: 'Asia/Shanghai' });
      expect([sh.periodStart, sh.periodEnd]).toEqual(['2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z']);
    });

    it('DST: New York March 2026 runs 05:00Z → 04:00Z (clocks go forward on 03-08)', () => {
      const ny = { month: '2026-03', timeZone: 'America/New_York' };
      const s = snapshotFromEvents(
        [
          st('lateMarch', 'acquired', '2026-04-01T03:30:00Z'), // 23:30 EDT on 03-31 → March
          st('earlyApril', 'acquired', '2026-04-01T04:30:00Z'), // 00:30 EDT on 04-01 → April
          st('lateFeb', 'acquired', '2026-03-01T04:59:59Z'), // 23:59:59 EST on 02-28 → before March
        ],
        ny,
      );
      expect(s.periodStart).toBe('2026-03-01T05:00:00.000Z');
      expect(s.periodEnd).toBe('2026-04-01T04:00:00.000Z');
      expect(counts(s)).toEqual({ S: 1, E: 2, N: 1, C: 0, R: 0 });
    });

    it('DST: Berlin October 2026 is 31 days and one hour long (clocks go back on 10-25)', () => {
      const s = snapshotFromEvents([], { month: '2026-10', timeZone: 'Europe/Berlin' });
      expect([s.periodStart, s.periodEnd]).toEqual(['2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z']);
    });

    it('`__proto__` and `constructor` are ordinary customer ids', () => {
      const s = snapshotFromEvents(
        [
          st('__proto__', 'acquired', '2026-03-02T00:00:00Z'),
          st('constructor', 'acquired', '2026-01-02T00:00:00Z'),
          st('constructor', 'churned', '2026-03-03T00:00:00Z'),
          st('toString', 'churned', '2026-03-04T00:00:00Z'),
        ],
        MARCH,
      );
      expect(counts(s)).toEqual({ S: 1, E: 1, N: 1, C: 1, R: 0 });
      expect(s.anomalies.map((a) => a.customerId)).toEqual(['toString']);
    });

    it('feeds the period formulas unchanged (periodStart/periodEnd as ISO strings, extra fields ignored)', () => {
      // S = 4 (a..d), c and d churn, e and f join: E = 4, N = 2, C = 2.  CRR = (4 − 2) / 4 = 0.5; SCRR = 2 kept of 4 = 0.5
      const events = [
        ...['a', 'b', 'c', 'd'].map((id) => st(id, 'acquired', '2026-01-15T00:00:00Z')),
        st('c', 'churned', '2026-03-03T00:00:00Z'),
        st('d', 'churned', '2026-03-04T00:00:00Z'),
        st('e', 'acquired', '2026-03-05T00:00:00Z'),
        st('f', 'acquired', '2026-03-06T00:00:00Z'),
      ];
      const s = snapshotFromEvents(events, MARCH);
      expect(customerRetentionRate(s).calculation).toBe('CRR = (E − N) / S = (4 − 2) / 4 = 0.5');
      expect(startCohortRetentionRate(events, MARCH).value?.toString()).toBe('0.5');
    });
  });

  describe('anomalies', () => {
    it('lists every event that makes no sense, in time order, and ignores it', () => {
      const events = [
        st('a', 'churned', '2026-03-02T00:00:00Z'), // 0: churned while not active (never acquired)
        st('b', 'reactivated', '2026-03-03T00:00:00Z'), // 1: reactivated but never acquired
        st('c', 'acquired', '2026-03-04T00:00:00Z'), // 2
        st('c', 'acquired', '2026-03-05T00:00:00Z'), // 3: acquired while already active
        st('c', 'reactivated', '2026-03-06T00:00:00Z'), // 4: reactivated while already active
        buy('d', '2026-03-07T00:00:00Z'), // 5: purchase, never acquired
        buy('c', '2026-03-01T00:00:00Z'), // 6: purchase before c's acquisition
        buy('c', '2026-03-04T00:00:00Z'), // 7: same instant as the acquisition, after it in input order: fine
        buy('e', '2026-03-08T00:00:00Z'), // 8: same instant, before the acquisition in input order
        st('e', 'acquired', '2026-03-08T00:00:00Z'), // 9
        st('f', 'churned', '2026-04-08T00:00:00Z'), // 10: after the period: not read
      ];
      const s = snapshotFromEvents(events, MARCH);
      expect(s.anomalies.map((a) => [a.index, a.problem])).toEqual([
        [6, 'purchase before the first acquisition'],
        [0, 'churned while not active'],
        [1, 'reactivated but never acquired'],
        [3, 'acquired while already active'],
        [4, 'reactivated while already active'],
        [5, 'purchase before the first acquisition'],
        [8, 'purchase before the first acquisition'],
      ]);
      expect(counts(s)).toEqual({ S: 0, E: 2, N: 2, C: 0, R: 0 });
      expect(s.anomalies[0]).toEqual({ customerId: 'c', type: 'purchase', at: '2026-03-01T00:00:00.000Z', problem: 'purchase before the first acquisition', index: 6 });
    });

    it('strict: every anomaly is an input error at events[i]', () => {
      const events = [st('a', 'churned', '2026-03-02T00:00:00Z'), st('b', 'acquired', '2026-03-02T00:00:00Z'), st('b', 'acquired', '2026-03-03T00:00:00Z')];
      const issues = issuesOf(() => snapshotFromEvents(events, MARCH, { strict: true }));
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['anomaly', 'events[0]'],
        ['anomaly', 'events[2]'],
      ]);
      expect(issues[0]?.message).toBe('snapshotFromEvents: events[0] churned while not active (churned of customer "a" at 2026-03-02T00:00:00.000Z)');
      expect(snapshotFromEvents(events.slice(1, 2), MARCH, { strict: true }).newCustomers).toBe(1);
    });
  });

  describe('edges', () => {
    it('no events: all zero', () => {
      expect(counts(snapshotFromEvents([], { year: '2026' }))).toEqual({ S: 0, E: 0, N: 0, C: 0, R: 0 });
    });

    it('accepts any iterable, a generator, and collected events, with the same result', () => {
      const events = [st('a', 'acquired', '2026-03-02T00:00:00Z'), st('b', 'acquired', '2026-02-02T00:00:00Z')];
      function* gen() {
        yield* events;
      }
      const base = snapshotFromEvents(events, MARCH);
      expect(snapshotFromEvents(gen(), MARCH)).toEqual(base);
      expect(snapshotFromEvents(new Set(events), MARCH)).toEqual(base);
      expect(snapshotFromEvents(collectEvents(events), MARCH)).toEqual(base);
    });

    it('accepts Dates and other offsets for the same instants', () => {
      const a = snapshotFromEvents([st('a', 'acquired', '2026-03-01T07:59:59+08:00')], { month: '2026-03' });
      const b = snapshotFromEvents([{ customerId: 'a', type: 'acquired', at: new Date('2026-02-28T23:59:59Z') }], { month: '2026-03' });
      expect(counts(a)).toEqual({ S: 1, E: 1, N: 0, C: 0, R: 0 });
      expect(b).toEqual(a);
    });

    it('an interval period, with Dates', () => {
      const s = snapshotFromEvents([st('a', 'acquired', '2026-03-02T00:00:00Z')], {
        start: new Date('2026-03-02T00:00:00Z'),
        end: '2026-03-03T00:00:00Z',
      });
      expect(s.newCustomers).toBe(1);
      expect(s.periodLabel).toBe('2026-03-02T00:00:00.000Z/2026-03-03T00:00:00.000Z');
    });

    it('returns a frozen JSON-serialisable result and never mutates its input', () => {
      const events = deepFrozen([st('a', 'acquired', '2026-03-02T00:00:00Z'), buy('a', '2026-03-03T00:00:00Z', '9.99')]);
      const s = snapshotFromEvents(events, deepFrozen({ month: '2026-03' }));
      expect(Object.isFrozen(s)).toBe(true);
      expect(Object.isFrozen(s.anomalies)).toBe(true);
      expect(JSON.parse(JSON.stringify(s))).toEqual({ ...s, anomalies: [] });
    });
  });

  describe('validation', () => {
    it('names every bad event field with its path', () => {
      const bad = [
        st('ok', 'acquired', '2026-03-01T00:00:00Z'),
        { customerId: 'a', type: 'acquired', at: '2026-03-01T00:00:00' }, // no offset
        { customerId: 'b', type: 'joined', at: '2026-03-01T00:00:00Z' },
        { customerId: 'c', type: 'purchase', at: '2026-03-01T00:00:00Z', amount: '-5' },
        null,
        { type: 'acquired', at: '2026-03-01T00:00:00Z' },
        { customerId: 'd', type: 'purchase', at: new Date(NaN), amount: '1,000' },
        { customerId: 'e', type: 'purchase', at: '2026-02-30T00:00:00Z' },
        { customerId: 7, type: 'churned', at: '2026-03-01T00:00:00Z', reason: 3 },
      ];
      const issues = issuesOf(() => snapshotFromEvents(bad as never, MARCH));
      expect(issues.map((i) => i.path)).toEqual([
        'events[1].at',
        'events[2].type',
        'events[3].amount',
        'events[4]',
        'events[5].customerId',
        'events[6].at',
        'events[6].amount',
        'events[7].at',
        'events[7].amount',
        'events[8].customerId',
        'events[8].reason',
      ]);
      expect(issues[0]?.message).toBe(
        'snapshotFromEvents: events[1].at must be an ISO-8601 timestamp with an offset (like "2026-03-01T00:00:00Z" or "2026-03-01T08:00:00+08:00") or a valid Date, got "2026-03-01T00:00:00"',
      );
      expect(issues[1]?.message).toBe('snapshotFromEvents: events[2].type must be one of "acquired", "churned", "reactivated", "purchase", got "joined"');
      expect(issues[2]?.message).toBe('snapshotFromEvents: events[3].amount must not be negative, got -5');
    });

    it('rejects a non-iterable and reports a throwing iterator', () => {
      expect(pathsOf(() => snapshotFromEvents(42 as never, MARCH))).toEqual(['events']);
      expect(pathsOf(() => snapshotFromEvents('abc' as never, MARCH))).toEqual(['events']);
      function* broken() {
        yield st('a', 'acquired', '2026-03-02T00:00:00Z');
        throw new Error('disk gone');
      }
      const issues = issuesOf(() => snapshotFromEvents(broken(), MARCH));
      expect(issues[0]).toMatchObject({ code: 'unreadable_input', path: 'events' });
      expect(issues[0]?.message).toBe('snapshotFromEvents: events could not be read after 1 events (disk gone)');
    });

    it('stops after 100 problems and says so', () => {
      const bad = Array.from({ length: 150 }, () => ({ customerId: 'a', type: 'x', at: 'y' }));
      const issues = issuesOf(() => snapshotFromEvents(bad as never, MARCH));
      expect(issues).toHaveLength(101);
      expect(issues[100]).toMatchObject({ code: 'too_many_issues', path: 'events' });
    });

    it('rejects bad periods: unknown zone, end not after start, malformed names, mixed forms', () => {
      expect(pathsOf(() => snapshotFromEvents([], { month: '2026-03', timeZone: 'Mars/Olympus' }))).toEqual(['period.timeZone']);
      expect(pathsOf(() => snapshotFromEvents([], { start: '2026-03-02T00:00:00Z', end: '2026-03-02T00:00:00Z' }))).toEqual(['period.end']);
      expect(pathsOf(() => snapshotFromEvents([], { month: '2026-3' }))).toEqual(['period.month']);
      expect(pathsOf(() => snapshotFromEvents([], { month: '2026-03', year: '2026' } as never))).toEqual(['period']);
      expect(pathsOf(() => snapshotFromEvents([], { start: '2026-03-02T00:00:00Z' } as never))).toEqual(['period.end']);
      expect(pathsOf(() => snapshotFromEvents([], null as never))).toEqual(['period']);
    });

    it('rejects a non-boolean strict option', () => {
      expect(pathsOf(() => snapshotFromEvents([], MARCH, { strict: 'yes' } as never))).toEqual(['options.strict']);
    });
  });
});
