import { describe, expect, it } from 'vitest';
import { averageResponseTime, lifecycleStage } from '../../src/index.js';
import { instantMs, InstantSchema as RowInstantSchema } from '../../src/core/customerRows.js';
import { InstantSchema } from '../../src/core/isoInstant.js';
import { daysInMonth } from '../../src/core/instant.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

// Years 0000–0100 of the proleptic Gregorian calendar. Date.UTC reads years 0–99 as 1900–1999,
// and 1900 is not a leap year, so a check through it refused 0000-02-29.
//
// Epoch milliseconds by hand: 0000-01-01 lies 1970 · 365 + 478 = 719 528 days before 1970-01-01
// (leap years 0…1969: 493 multiples of 4, less the 15 centuries not divisible by 400:
// 100, 200, 300, 500, 600, 700, 900, 1000, 1100, 1300, 1400, 1500, 1700, 1800, 1900).
// - 0000-02-29 is day 31 + 28 = 59 of year 0 (a leap year: 0 is divisible by 400):
//   −(719 528 − 59) = −719 469 days = −719 469 · 86 400 000 = −62 162 121 600 000 ms.
// - 0100-01-01: year 0–99 hold 100 · 365 + 25 = 36 525 days (leap years 0, 4, …, 96), so it is day
//   −719 528 + 36 525 = −683 003; 0099-12-31T23:59:59Z is one second before:
//   −683 003 · 86 400 000 − 1000 = −59 011 459 201 000 ms.
// - 0100-02-28 is day −683 003 + 31 + 27 = −682 945: −59 006 448 000 000 ms. 0100-02-29 does not
//   exist (100 is a century not divisible by 400).
const LEAP_DAY_0000 = -62_162_121_600_000;
const LAST_SECOND_0099 = -59_011_459_201_000;
const FEB_28_0100 = -59_006_448_000_000;

describe('year 0000 to 0100 instants (proleptic Gregorian)', () => {
  it('daysInMonth follows the leap-year rule: 0 and 400 leap, 99 and 100 not', () => {
    expect([daysInMonth(0, 2), daysInMonth(99, 2), daysInMonth(100, 2), daysInMonth(400, 2), daysInMonth(1900, 2)]).toEqual([29, 28, 28, 29, 28]);
  });

  it('isoInstant.InstantSchema (service and survey inputs)', () => {
    const ms = (v: string) => parseInput('f', InstantSchema, v, 'at');
    expect(ms('0000-02-29T00:00:00Z')).toBe(LEAP_DAY_0000);
    expect(ms('0000-02-29T08:00:00+08:00')).toBe(LEAP_DAY_0000);
    expect(ms('0099-12-31T23:59:59Z')).toBe(LAST_SECOND_0099);
    expect(ms('0100-02-28T00:00:00Z')).toBe(FEB_28_0100);
    for (const bad of ['0100-02-29T00:00:00Z', '0099-02-29T00:00:00Z', '0000-02-30T00:00:00Z']) {
      expect(issuesOf(() => ms(bad))[0]?.message, bad).toBe(
        `f: at must be an ISO-8601 timestamp with an offset ("2026-03-01T09:30:00+08:00") or a valid Date, got "${bad}"`,
      );
    }
  });

  it('customerRows.instantMs and its InstantSchema (segment inputs)', () => {
    expect(instantMs('0000-02-29T00:00:00Z')).toBe(LEAP_DAY_0000);
    expect(instantMs('0000-02-29T08:00:00+0800')).toBe(LEAP_DAY_0000);
    expect(instantMs('0099-12-31T23:59:59Z')).toBe(LAST_SECOND_0099);
    expect(instantMs('0100-02-28T00:00:00Z')).toBe(FEB_28_0100);
    expect(instantMs('0100-02-29T00:00:00Z')).toBeUndefined();
    expect(instantMs('0099-02-29T00:00:00Z')).toBeUndefined();
    expect(parseInput('f', RowInstantSchema, '0000-02-29T00:00:00Z', 'asOf')).toBe(LEAP_DAY_0000);
    expect(issuesOf(() => parseInput('f', RowInstantSchema, '0100-02-29T00:00:00Z', 'asOf'))[0]?.path).toBe('asOf');
  });

  it('through the public functions: a response across the leap day of year 0, a purchase on it', () => {
    // 0000-02-28T23:00Z to 0000-02-29T01:00Z: two hours = 7200 s
    const art = averageResponseTime({ requests: [{ openedAt: '0000-02-28T23:00:00Z', firstRespondedAt: '0000-02-29T01:00:00Z' }] });
    expect(art.calculation).toBe('ART = Σ (firstRespondedAt − openedAt) / answered = 7200 / 1 = 7200 (second)');
    // one purchase on 0000-02-29, as of 0000-03-01: one day later, a new customer
    const stages = lifecycleStage([{ customerId: 'c', purchaseCount: 1, firstPurchaseAt: '0000-02-29T10:00:00Z', lastPurchaseAt: '0000-02-29T10:00:00Z' }], {
      asOf: '0000-03-01T10:00:00Z',
    });
    expect(stages.customers[0]?.stage).toBe('new');
    expect(() =>
      lifecycleStage([{ customerId: 'c', purchaseCount: 1, firstPurchaseAt: '0100-02-29T10:00:00Z', lastPurchaseAt: '0100-02-29T10:00:00Z' }], { asOf: '0100-03-01T10:00:00Z' }),
    ).toThrow(/firstPurchaseAt must be an ISO-8601 timestamp/);
  });
});
