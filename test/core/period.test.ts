import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previousPeriod, resolvePeriod } from '../../src/index.js';
import { periodIndexer, periodLabel, periodStartMs, type CalendarUnit } from '../../src/core/period.js';
import { pathsOf } from '../helpers/errors.js';
import { ZONES } from '../events/arbitraries.js';

const iso = (d: Date) => d.toISOString();

describe('periods', () => {
  it('resolves calendar periods at local midnight in their zone', () => {
    const sh = resolvePeriod({ month: '2026-03', timeZone: 'Asia/Shanghai' });
    expect([iso(sh.start), iso(sh.end), sh.label, sh.timeZone]).toEqual(['2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z', '2026-03', 'Asia/Shanghai']);
    const q = resolvePeriod({ quarter: '2026-Q4', timeZone: 'America/New_York' });
    expect([iso(q.start), iso(q.end)]).toEqual(['2026-10-01T04:00:00.000Z', '2027-01-01T05:00:00.000Z']);
    const y = resolvePeriod({ year: '2024' });
    expect([iso(y.start), iso(y.end), y.timeZone]).toEqual(['2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'UTC']);
    const i = resolvePeriod({ start: '2026-03-01T08:00:00+08:00', end: new Date('2026-03-02T00:00:00Z') });
    expect(i.label).toBe('2026-03-01T00:00:00.000Z/2026-03-02T00:00:00.000Z');
  });

  it('a month spanning a DST change (Santiago moves from −04 to −03 on 2026-09-06)', () => {
    const p = resolvePeriod({ month: '2026-09', timeZone: 'America/Santiago' });
    expect(iso(p.end)).toBe('2026-10-01T03:00:00.000Z');
    expect(iso(p.start)).toBe('2026-09-01T04:00:00.000Z');
  });

  it('previous periods', () => {
    expect(previousPeriod({ month: '2026-01' })).toEqual({ month: '2025-12' });
    expect(previousPeriod({ quarter: '2026-Q1', timeZone: 'Europe/Berlin' })).toEqual({ quarter: '2025-Q4', timeZone: 'Europe/Berlin' });
    expect(previousPeriod({ year: '2026' })).toEqual({ year: '2025' });
    expect(previousPeriod({ start: new Date('2026-03-10T00:00:00Z'), end: '2026-03-10T12:00:00Z' })).toEqual({
      start: '2026-03-09T12:00:00.000Z',
      end: '2026-03-10T00:00:00.000Z',
    });
  });

  it('rejects bad periods with paths', () => {
    expect(pathsOf(() => resolvePeriod({ month: '2026-03', timeZone: 'Mars/Base' }))).toEqual(['period.timeZone']);
    expect(pathsOf(() => resolvePeriod({ start: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z' }))).toEqual(['period.end']);
    expect(pathsOf(() => resolvePeriod({ start: '2026-03-02', end: '2026-03-03' }))).toEqual(['period.start', 'period.end']);
    expect(pathsOf(() => resolvePeriod({ quarter: '2026-Q5' }))).toEqual(['period.quarter']);
    expect(pathsOf(() => resolvePeriod({} as never))).toEqual(['period']);
    expect(pathsOf(() => resolvePeriod({ end: '2026-03-02T00:00:00Z' } as never))).toEqual(['period.start']);
    expect(pathsOf(() => previousPeriod({ year: 2026 } as never))).toEqual(['period.year']);
  });

  it('labels', () => {
    expect(periodLabel('day', 0)).toBe('1970-01-01');
    expect(periodLabel('week', Math.floor((Date.UTC(2026, 0, 1) / 864e5 + 3) / 7))).toBe('2026-W01');
    expect(periodLabel('week', Math.floor((Date.UTC(2027, 0, 1) / 864e5 + 3) / 7))).toBe('2026-W53');
    expect(periodLabel('quarter', 2026 * 4)).toBe('2026-Q1');
  });

  it('property: every instant lies in the period its index names, in any zone (the bounds agree with the indexer)', () => {
    const units: CalendarUnit[] = ['day', 'week', 'month', 'quarter', 'year'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...ZONES, 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tehran'),
        fc.constantFrom(...units),
        (t, zone, unit) => {
          const i = periodIndexer(unit, zone)(t);
          expect(periodStartMs(unit, zone, i)).toBeLessThanOrEqual(t);
          expect(periodStartMs(unit, zone, i + 1)).toBeGreaterThan(t);
        },
      ),
      { numRuns: 300 },
    );
  });
});
