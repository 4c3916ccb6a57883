import { describe, expect, it } from 'vitest';
import { repeatPurchaseRate, resolvePeriod, snapshotFromEvents } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Calendar periods in time zones, worked by hand from the zones' published rules (IANA tz data):
// America/New_York is UTC−5 (EST) in winter and UTC−4 (EDT) from the second Sunday of March
// (2026-03-08, 02:00 local) to the first Sunday of November (2026-11-01, 02:00 local).
const H = 3_600_000;

describe('periods across daylight-saving changes (America/New_York)', () => {
  it('March 2026 starts at 00:00 EST and ends at 00:00 EDT: 31 days less one hour', () => {
    const p = resolvePeriod({ month: '2026-03', timeZone: 'America/New_York' });
    // 2026-03-01 00:00 EST = 05:00Z; 2026-04-01 00:00 EDT = 04:00Z
    expect(p.start.toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-04-01T04:00:00.000Z');
    expect((p.end.getTime() - p.start.getTime()) / H).toBe(31 * 24 - 1);
  });

  it('November 2026 starts at 00:00 EDT and ends at 00:00 EST: 30 days and one hour', () => {
    const p = resolvePeriod({ month: '2026-11', timeZone: 'America/New_York' });
    // 2026-11-01 00:00 is still EDT (the change is at 02:00) = 04:00Z; 2026-12-01 00:00 EST = 05:00Z
    expect(p.start.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-12-01T05:00:00.000Z');
    expect((p.end.getTime() - p.start.getTime()) / H).toBe(30 * 24 + 1);
  });

  it('an event in the repeated hour of 1 November counts once, in November', () => {
    // 01:30 EDT (05:30Z) and 01:30 EST (06:30Z) both read "01:30" on the wall clock
    const events = [
      { customerId: 'a', type: 'acquired' as const, at: '2026-10-01T00:00:00-04:00' },
      { customerId: 'a', type: 'purchase' as const, at: '2026-11-01T01:30:00-04:00', amount: '10' },
      { customerId: 'a', type: 'purchase' as const, at: '2026-11-01T01:30:00-05:00', amount: '10' },
    ];
    // both purchases fall in November in New York: the customer bought twice → 1 / 1 = 1
    expect(repeatPurchaseRate(events, { month: '2026-11', timeZone: 'America/New_York' }).value?.toString()).toBe('1');
    expect(repeatPurchaseRate(events, { month: '2026-10', timeZone: 'America/New_York' }).value).toBeNull();
  });
});

describe('leap days', () => {
  it('2024 has 366 days in UTC; 2026 has 365', () => {
    const y24 = resolvePeriod({ year: '2024' });
    const y26 = resolvePeriod({ year: '2026' });
    expect((y24.end.getTime() - y24.start.getTime()) / (24 * H)).toBe(366);
    expect((y26.end.getTime() - y26.start.getTime()) / (24 * H)).toBe(365);
  });

  it('29 February late in New York is already 1 March in UTC', () => {
    // 2024-02-29 23:30 EST = 2024-03-01 04:30Z
    const events = [{ customerId: 'a', type: 'acquired' as const, at: '2024-02-29T23:30:00-05:00' }];
    expect(snapshotFromEvents(events, { month: '2024-02', timeZone: 'America/New_York' }).newCustomers).toBe(1);
    expect(snapshotFromEvents(events, { month: '2024-02' }).newCustomers).toBe(0);
    expect(snapshotFromEvents(events, { month: '2024-03' }).newCustomers).toBe(1);
  });

  it('there is no 29 February in 2026', () => {
    expect(issuesOf(() => snapshotFromEvents([{ customerId: 'a', type: 'acquired', at: '2026-02-29T00:00:00Z' }], { year: '2026' }))[0]?.path).toBe(
      'events[0].at',
    );
  });
});

describe('a period ends at 24:00 local time, exclusive', () => {
  it('the last millisecond of 31 March in Shanghai is in March; 24:00 (= 1 April 00:00) is not', () => {
    const march = { month: '2026-03', timeZone: 'Asia/Shanghai' };
    const last = [{ customerId: 'a', type: 'acquired' as const, at: '2026-03-31T23:59:59.999+08:00' }];
    const midnight = [{ customerId: 'a', type: 'acquired' as const, at: '2026-04-01T00:00:00+08:00' }];
    expect(snapshotFromEvents(last, march).newCustomers).toBe(1);
    expect(snapshotFromEvents(midnight, march).newCustomers).toBe(0);
    // the period's end is 2026-03-31 16:00Z: 24:00 in UTC+8
    expect(resolvePeriod(march).end.toISOString()).toBe('2026-03-31T16:00:00.000Z');
  });
});

describe('timestamps with and without offsets, and Date objects', () => {
  const quarter = { quarter: '2026-Q1' };

  it('the same instant written three ways counts the same', () => {
    const forms = ['2026-02-28T17:00:00Z', '2026-03-01T01:00:00+08:00', new Date(Date.UTC(2026, 1, 28, 17))];
    for (const at of forms) {
      expect(snapshotFromEvents([{ customerId: 'a', type: 'acquired', at }], quarter).newCustomers).toBe(1);
    }
    // and it is February in UTC but March in Shanghai (the issue's own example)
    const e = [{ customerId: 'a', type: 'acquired' as const, at: '2026-02-28T17:00:00Z' }];
    expect(snapshotFromEvents(e, { month: '2026-02' }).newCustomers).toBe(1);
    expect(snapshotFromEvents(e, { month: '2026-03', timeZone: 'Asia/Shanghai' }).newCustomers).toBe(1);
  });

  it('refuses a timestamp without an offset (its instant would depend on the reader) and an invalid Date', () => {
    for (const at of ['2026-03-01T08:00:00', '2026-03-01', new Date(NaN)]) {
      expect(issuesOf(() => snapshotFromEvents([{ customerId: 'a', type: 'acquired', at }], quarter))[0]?.path).toBe('events[0].at');
    }
  });
});
