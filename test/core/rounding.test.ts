import { describe, expect, it } from 'vitest';
import { customerRetentionRate, formatPercent, MetricInputError, round } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

describe('round', () => {
  // Each mode on the ties 2.5 and −2.5 and on 2.1 / −2.9, worked by hand from the mode's definition.
  it.each([
    ['halfEven', '2.5', '2'],
    ['halfEven', '3.5', '4'],
    ['halfAwayFromZero', '2.5', '3'],
    ['halfAwayFromZero', '-2.5', '-3'],
    ['halfTowardZero', '2.5', '2'],
    ['halfTowardZero', '-2.5', '-2'],
    ['halfCeil', '-2.5', '-2'],
    ['halfFloor', '2.5', '2'],
    ['towardZero', '-2.9', '-2'],
    ['awayFromZero', '2.1', '3'],
    ['ceil', '-2.9', '-2'],
    ['floor', '-2.1', '-3'],
  ] as const)('%s rounds %s to %s', (mode, x, out) => {
    expect(round(x, { places: 0, mode }).toString()).toBe(out);
  });

  it('defaults to 2 places, half-even, and takes a result', () => {
    expect(round('1.005').toString()).toBe('1');
    expect(round('1.015').toString()).toBe('1.02');
    expect(round(customerRetentionRate({ customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 })).toString()).toBe('0.67');
  });

  it('refuses a null result, saying why', () => {
    const r = customerRetentionRate({ customersAtStart: 0, customersAtEnd: 0, newCustomers: 0 });
    const issues = issuesOf(() => round(r));
    expect(issues[0]).toMatchObject({ code: 'undefined_value', path: 'value' });
    expect(issues[0]?.message).toContain('no customers at period start (S = 0)');
  });

  it('validates its options', () => {
    expect(issuesOf(() => round('1', { places: -1 }))[0]?.path).toBe('options.places');
    expect(issuesOf(() => round('1', { mode: 'up' as never }))[0]?.path).toBe('options.mode');
    expect(() => round('1,5')).toThrow(MetricInputError);
  });

  it('names the field and what it accepts for a value of the wrong type, never zod\'s "Invalid input"', () => {
    const accepted = 'must be a decimal (a plain decimal string like "1234.56", a finite number or a Decimal) or a metric result { value, reason? }';
    expect(issuesOf(() => round(true as never))).toEqual([{ code: 'invalid_union', path: 'value', message: `round: value ${accepted}, got true` }]);
    expect(issuesOf(() => round(null as never))).toEqual([{ code: 'invalid_union', path: 'value', message: `round: value ${accepted}, got null` }]);
    expect(issuesOf(() => round([] as never))[0]?.message).toBe(`round: value ${accepted}, got an array`);
    expect(issuesOf(() => round({} as never))[0]?.message).toBe(`round: value ${accepted}, got an object`);
    expect(issuesOf(() => formatPercent(undefined as never))[0]?.message).toBe(`formatPercent: value ${accepted}, got undefined`);
    // A result's own fields are reported where they are.
    expect(issuesOf(() => round({ value: true } as never))).toEqual([
      {
        code: 'invalid_union',
        path: 'value.value',
        message: 'round: value.value must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal, got true',
      },
    ]);
    expect(issuesOf(() => formatPercent({ value: null, reason: 5 } as never))).toEqual([
      { code: 'invalid_type', path: 'value.reason', message: 'formatPercent: value.reason must be a string, got 5' },
    ]);
    // A string that is not a plain decimal keeps the decimal wording.
    expect(issuesOf(() => round('1,5'))).toEqual([
      { code: 'invalid_format', path: 'value', message: 'round: value must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal, got "1,5"' },
    ]);
  });
});

describe('formatPercent', () => {
  it('formats ratios as percentages with explicit places', () => {
    // 0.9 × 100 = 90 → "90.0%"; 2/3 × 100 = 66.66… → "66.7%"
    expect(formatPercent('0.9')).toBe('90.0%');
    expect(formatPercent(customerRetentionRate({ customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 }))).toBe('66.7%');
    expect(formatPercent('0.125', { places: 1 })).toBe('12.5%');
    expect(formatPercent('0.12345', { places: 2, mode: 'halfAwayFromZero' })).toBe('12.35%');
    expect(formatPercent('0.12345', { places: 2 })).toBe('12.34%');
    expect(formatPercent(-0.05, { places: 0 })).toBe('-5%');
  });
});
