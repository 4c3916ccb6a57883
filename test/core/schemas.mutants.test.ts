import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../../src/core/decimal.js';
import { CountSchema, DECIMAL_STRING, DecimalLikeSchema, describeValue, NonNegativeDecimalSchema, toDecimal } from '../../src/core/schemas.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

const DECIMAL_PROBLEM = 'must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal';

describe('DECIMAL_STRING', () => {
  it.each(['0', '12', '+7', '-3', '1.5', '.5', '5.', '-.5', '+5.', '1e5', '1E5', '1e+5', '1e-5', '-1.25E-3', '00012', '123456789.987654321', '.25', '-.125', '1e10', '2.5E-12', '7e+123'])(
    'matches %j',
    (s) => {
      expect(DECIMAL_STRING.test(s)).toBe(true);
    },
  );
  it.each(['', '.', '+', '-', 'e5', '.e5', '1e', '1e+', '1.2.3', 'a1', '1a', '1e5.5', '1e5e5', '+-1', '1_000', ' 1', '1 ', '1,5', '1%', 'Infinity', '0x1f', '1\n'])(
    'does not match %j',
    (s) => {
      expect(DECIMAL_STRING.test(s)).toBe(false);
    },
  );
});

describe('describeValue, every kind of value', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [0, '0'],
    [-0, '-0'],
    [1.5, '1.5'],
    [-2, '-2'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity'],
    ['', '""'],
    ['a"b', '"a\\"b"'],
    [10n, '10n'],
    [true, 'true'],
    [false, 'false'],
    [[1, 2], 'an array'],
    [new Decimal('-1.50'), 'Decimal(-1.5)'],
    [new ForeignDecimal('2.5'), 'Decimal(2.5)'],
    [new Date(0), 'a Date'],
    [function named() {}, 'a function'],
    [{ a: 1 }, 'an object'],
    [Object.create(null), 'an object'],
    [new Map(), 'an object'],
    [Symbol('s'), 'a symbol'],
  ])('describes %s as %s', (v, out) => {
    expect(describeValue(v)).toBe(out);
  });

  it('a string of 40 characters is shown whole; from 41 the first 37 and "..."', () => {
    const forty = 'y'.repeat(40);
    expect(describeValue(forty)).toBe(`"${forty}"`);
    const fortyOne = 'z'.repeat(41);
    expect(describeValue(fortyOne)).toBe(`"${'z'.repeat(37)}..."`);
  });

  it('an object that throws when its tag is read is "an unreadable value"', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); }, getPrototypeOf: () => { throw new Error('no'); } });
    expect(describeValue(hostile)).toBe('an unreadable value');
  });
});

describe('toDecimal', () => {
  it('numbers become the library Decimal, -0 becoming 0', () => {
    const z = toDecimal(-0);
    expect(z.isNegative()).toBe(false);
    expect(Object.is(z.toNumber(), 0)).toBe(true);
    expect(toDecimal(0.1).toString()).toBe('0.1');
    expect(toDecimal(0.1)).toBeInstanceOf(Decimal);
  });

  it('strings and Decimals are rounded to the 40 significant digits of the library (half-even)', () => {
    // 1.000…0006 with 41 significant digits: the 41st digit 6 rounds the 40th (0) up to 1
    const long = `1.${'0'.repeat(39)}6`;
    expect(toDecimal(long).toString()).toBe(`1.${'0'.repeat(38)}1`);
    const foreign = ForeignDecimal.clone({ precision: 60 });
    expect(toDecimal(new foreign(long)).toString()).toBe(`1.${'0'.repeat(38)}1`);
    expect(toDecimal(new foreign(long))).toBeInstanceOf(Decimal);
    // a tie at the 41st digit goes to the even 40th: …05 → …0, …15 → …2
    expect(toDecimal(`2.${'0'.repeat(38)}05`).toString()).toBe('2');
    expect(toDecimal(`2.${'0'.repeat(38)}15`).toString()).toBe(`2.${'0'.repeat(38)}2`);
  });

  it('trailing zeros are not kept', () => {
    expect(toDecimal('12.50').toString()).toBe('12.5');
    expect(toDecimal(new ForeignDecimal('3.000')).toString()).toBe('3');
  });

  it('a Decimal that is not decimal.js (only tagged "Decimal") is read through its string form', () => {
    // isDecimal takes any object whose Object.prototype.toString is "[object Decimal]"; decimal.js's
    // constructor copies only its own kind (a `toStringTag` property) and throws on other objects
    class OtherDecimal {
      constructor(private readonly text: string) {}
      get [Symbol.toStringTag]() {
        return 'Decimal';
      }
      toString() {
        return this.text;
      }
      isFinite() {
        return true;
      }
    }
    const other = new OtherDecimal('12.50');
    expect(isDecimal(other)).toBe(true);
    expect(toDecimal(other as unknown as Decimal).toString()).toBe('12.5');
    expect(parseInput('f', DecimalLikeSchema, other, 'x').toString()).toBe('12.5');
  });
});

describe('DecimalLikeSchema messages', () => {
  const issue = (v: unknown) => issuesOf(() => parseInput('f', DecimalLikeSchema, v, 'x'));

  it('a bad string, a bad type and a non-finite number share one message, with the value', () => {
    expect(issue('1,5')).toEqual([{ code: 'invalid_format', path: 'x', message: `f: x ${DECIMAL_PROBLEM}, got "1,5"` }]);
    expect(issue(true)).toEqual([{ code: 'invalid_union', path: 'x', message: `f: x ${DECIMAL_PROBLEM}, got true` }]);
    expect(issue(null)[0]?.message).toBe(`f: x ${DECIMAL_PROBLEM}, got null`);
    expect(issue(Infinity)[0]?.message).toBe(`f: x ${DECIMAL_PROBLEM}, got Infinity`);
    expect(issue(new Decimal(NaN))[0]?.message).toBe(`f: x ${DECIMAL_PROBLEM}, got Decimal(NaN)`);
    expect(issue(new ForeignDecimal(-Infinity))[0]?.message).toBe(`f: x ${DECIMAL_PROBLEM}, got Decimal(-Infinity)`);
  });

  it('a finite Decimal of any copy is accepted', () => {
    expect(parseInput('f', DecimalLikeSchema, new ForeignDecimal('-7.5'), 'x').toString()).toBe('-7.5');
    expect(isDecimal(parseInput('f', DecimalLikeSchema, new ForeignDecimal('0'), 'x'))).toBe(true);
  });
});

describe('NonNegativeDecimalSchema', () => {
  it('zero and positives pass; a negative is named with its value', () => {
    expect(parseInput('f', NonNegativeDecimalSchema, -0, 'c').toString()).toBe('0');
    expect(parseInput('f', NonNegativeDecimalSchema, '0.01', 'c').toString()).toBe('0.01');
    expect(issuesOf(() => parseInput('f', NonNegativeDecimalSchema, -5, 'c'))).toEqual([
      { code: 'custom', path: 'c', message: 'f: c must not be negative, got -5' },
    ]);
    expect(issuesOf(() => parseInput('f', NonNegativeDecimalSchema, new Decimal('-0.5'), 'c'))[0]?.message).toBe('f: c must not be negative, got -0.5');
  });
});

describe('CountSchema messages', () => {
  const issue = (v: unknown) => issuesOf(() => parseInput('f', CountSchema, v, 'n'));
  it('missing, wrong type, fraction, negative', () => {
    expect(issue(undefined)).toEqual([{ code: 'invalid_type', path: 'n', message: 'f: n is required' }]);
    expect(issue('3')).toEqual([{ code: 'invalid_type', path: 'n', message: 'f: n must be a non-negative whole number, got "3"' }]);
    expect(issue(null)[0]?.message).toBe('f: n must be a non-negative whole number, got null');
    expect(issue(0.5)).toEqual([{ code: 'invalid_type', path: 'n', message: 'f: n must be a non-negative whole number, got 0.5' }]);
    expect(issue(-1)).toEqual([{ code: 'too_small', path: 'n', message: 'f: n must be a non-negative whole number, got -1' }]);
    expect(issue(2 ** 53)[0]?.message).toBe(`f: n must be a non-negative whole number, got ${2 ** 53}`);
  });
});
