import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { metricResult } from '../../src/core/result.js';
import { formatPercent, round, RoundOptionsSchema, type RoundingMode } from '../../src/core/rounding.js';
import { issuesOf } from '../helpers/errors.js';

// Every mode on the same seven inputs, to 0 places, worked from the mode's definition (the doc
// comment of RoundingMode): ties 2.5, −2.5, 3.5, and non-ties 2.1, −2.1, 2.9, −2.9. The columns
// tell every pair of modes apart.
const INPUTS = ['2.5', '-2.5', '3.5', '2.1', '-2.1', '2.9', '-2.9'];
const TABLE: [RoundingMode, string[]][] = [
  ['halfEven', ['2', '-2', '4', '2', '-2', '3', '-3']], // ties to the even neighbour
  ['halfAwayFromZero', ['3', '-3', '4', '2', '-2', '3', '-3']], // ties away from 0
  ['halfTowardZero', ['2', '-2', '3', '2', '-2', '3', '-3']], // ties toward 0
  ['halfCeil', ['3', '-2', '4', '2', '-2', '3', '-3']], // ties toward +∞
  ['halfFloor', ['2', '-3', '3', '2', '-2', '3', '-3']], // ties toward −∞
  ['towardZero', ['2', '-2', '3', '2', '-2', '2', '-2']], // truncate
  ['awayFromZero', ['3', '-3', '4', '3', '-3', '3', '-3']], // any fraction away from 0
  ['ceil', ['3', '-2', '4', '3', '-2', '3', '-2']], // toward +∞
  ['floor', ['2', '-3', '3', '2', '-3', '2', '-3']], // toward −∞
];

describe('round: every mode', () => {
  it.each(TABLE)('%s', (mode, expected) => {
    expect(INPUTS.map((x) => round(x, { places: 0, mode }).toString())).toEqual(expected);
  });

  it('the default mode is halfEven, the default places 2', () => {
    // 0.125 → 0.12 (tie, 2 even); 0.135 → 0.14 (tie, 4 even); −0.125 → −0.12
    expect(round('0.125').toString()).toBe('0.12');
    expect(round('0.135').toString()).toBe('0.14');
    expect(round('-0.125').toString()).toBe('-0.12');
    expect(round('0.125', { places: 2 }).toString()).toBe('0.12');
    expect(round('2.5', { places: 0 }).toString()).toBe('2');
    expect(round('1.23456', { mode: 'towardZero' }).toString()).toBe('1.23');
    expect(round(1.5, {}).toString()).toBe('1.5');
  });

  it('places 0 to 100; the result is the library Decimal', () => {
    // 1/3 to 100 places: 0.333… (100 threes) — beyond the 40-digit precision the input holds
    // only 40 threes, so the rounded value is the input itself
    const third = new Decimal(1).div(3);
    expect(round(third, { places: 100 }).toString()).toBe(third.toString());
    expect(round('123.456', { places: 1 }).toString()).toBe('123.5');
    expect(round('123.456', { places: 0 })).toBeInstanceOf(Decimal);
  });

  it('takes a result: its value, or an error naming its reason (or "no value")', () => {
    const r = metricResult({ formula: 'X = a / b', substituted: '2 / 3', value: new Decimal(2).div(3) });
    // 2/3 = 0.666… → 0.67
    expect(round(r).toString()).toBe('0.67');
    expect(round({ value: '2.345', reason: 'ignored' } as never).toString()).toBe('2.34');
    const none = metricResult({ formula: 'X = a / b', substituted: '1 / 0', value: null, reason: 'b is 0' });
    expect(issuesOf(() => round(none))).toEqual([
      { code: 'undefined_value', path: 'value', message: 'round: value is undefined and cannot be rounded (b is 0)' },
    ]);
    expect(issuesOf(() => round({ value: null } as never))).toEqual([
      { code: 'undefined_value', path: 'value', message: 'round: value is undefined and cannot be rounded (no value)' },
    ]);
    expect(issuesOf(() => formatPercent(none))[0]?.message).toBe('formatPercent: value is undefined and cannot be rounded (b is 0)');
  });

  it('rejects a value that is neither a decimal nor a result', () => {
    expect(issuesOf(() => round('1,5')).map((i) => [i.code, i.path])).toEqual([['invalid_format', 'value']]);
    expect(issuesOf(() => round(true as never)).map((i) => [i.code, i.path])).toEqual([['invalid_union', 'value']]);
    expect(issuesOf(() => formatPercent({ value: 'x' } as never)).map((i) => [i.code, i.path])).toEqual([['invalid_format', 'value.value']]);
  });
});

describe('options', () => {
  it('places must be a whole number from 0 to 100; mode one of the nine', () => {
    expect(issuesOf(() => round('1', { places: -1 }))).toEqual([{ code: 'too_small', path: 'options.places', message: 'round: options.places must be at least 0, got -1' }]);
    expect(issuesOf(() => round('1', { places: 101 }))).toEqual([{ code: 'too_big', path: 'options.places', message: 'round: options.places must be at most 100, got 101' }]);
    expect(issuesOf(() => round('1', { places: 1.5 }))[0]?.message).toBe('round: options.places must be a whole number, got 1.5');
    expect(issuesOf(() => formatPercent('1', { places: 101 }))[0]?.message).toBe('formatPercent: options.places must be at most 100, got 101');
    expect(round('1', { places: 100 }).toString()).toBe('1');
    expect(issuesOf(() => round('1', { mode: 'up' as never }))[0]?.message).toBe(
      'round: options.mode must be one of "halfEven", "halfAwayFromZero", "halfTowardZero", "halfCeil", "halfFloor", "towardZero", "awayFromZero", "ceil", "floor", got "up"',
    );
    expect(issuesOf(() => round('1', 5 as never))).toEqual([{ code: 'invalid_type', path: 'options', message: 'round: options must be an object, got 5' }]);
    expect(RoundOptionsSchema.safeParse({ places: 0, mode: 'floor' }).success).toBe(true);
  });
});

describe('formatPercent', () => {
  it('one place by default, half-even by default', () => {
    // 0.12345 × 100 = 12.345 → 12.3 (one place)
    expect(formatPercent('0.12345')).toBe('12.3%');
    // 0.00125 × 100 = 0.125 → 0.12 (tie, 2 even) with 2 places; halfAwayFromZero → 0.13
    expect(formatPercent('0.00125', { places: 2 })).toBe('0.12%');
    expect(formatPercent('0.00125', { places: 2, mode: 'halfAwayFromZero' })).toBe('0.13%');
    // 0.125 × 100 = 12.5 → 12 at 0 places (tie, 2 even); ceil → 13
    expect(formatPercent('0.125', { places: 0 })).toBe('12%');
    expect(formatPercent('0.125', { places: 0, mode: 'ceil' })).toBe('13%');
    // 0.0005 × 100 = 0.05 → "0.0" with one place (tie, 0 even): the place is written out
    expect(formatPercent('0.0005')).toBe('0.0%');
    // 1 → 100 with trailing zeros kept: "100.00%"
    expect(formatPercent(1, { places: 2 })).toBe('100.00%');
    expect(formatPercent('0.9', { mode: 'floor' })).toBe('90.0%');
  });
});

describe('what is read as a metric result', () => {
  const NOT_A_VALUE =
    'must be a decimal (a plain decimal string like "1234.56", a finite number or a Decimal) or a metric result { value, reason? }';

  it('a function is not a result, even with a `value` field: it is rejected as not a decimal', () => {
    // only objects are read as results (typeof "object"); a function goes to the decimal branch,
    // whose union rejects it with the one message
    const fn = Object.assign(() => 1, { value: '2' });
    expect(issuesOf(() => round(fn as never))).toEqual([{ code: 'invalid_union', path: 'value', message: `round: value ${NOT_A_VALUE}, got a function` }]);
  });

  it('an object whose `in` check throws is not read as a result: the decimal branch reports it', () => {
    // `'value' in x` throws, so it is not taken for a result; reading its fields works, so the
    // decimal union rejects it as an object (not "could not be read")
    const hostile = new Proxy({}, { has: () => { throw new Error('no'); } });
    expect(issuesOf(() => round(hostile as never))).toEqual([{ code: 'invalid_union', path: 'value', message: `round: value ${NOT_A_VALUE}, got an object` }]);
  });
});

describe('the default mode does not depend on the Decimal configuration', () => {
  it('halfEven by default even when the library Decimal is set to round up', () => {
    // the modes are passed explicitly: a user's Decimal.set on the exported constructor must not
    // change round's or formatPercent's default (halfEven)
    const before = Decimal.rounding;
    Decimal.set({ rounding: Decimal.ROUND_UP });
    try {
      // 0.125 → 0.12 (tie, 2 even), not 0.13
      expect(round('0.125').toString()).toBe('0.12');
      // 0.00125 × 100 = 0.125 → "0.12%" (tie, 2 even), not "0.13%"
      expect(formatPercent('0.00125', { places: 2 })).toBe('0.12%');
    } finally {
      Decimal.set({ rounding: before });
    }
  });
});
