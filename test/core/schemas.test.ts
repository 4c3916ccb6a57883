import fc from 'fast-check';
import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { CountSchema, Decimal, DecimalLikeSchema, NonNegativeDecimalSchema } from '../../src/index.js';
import { describeValue } from '../../src/core/schemas.js';
import { formatPath, parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

const parse = (v: unknown) => parseInput('test', DecimalLikeSchema, v, 'x');

describe('DecimalLikeSchema', () => {
  it.each([
    ['12.50', '12.5'],
    ['-3', '-3'],
    ['+7', '7'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1e3', '1000'],
    ['0.1', '0.1'],
  ])('accepts the plain decimal string %s', (input, out) => {
    expect(parse(input).toString()).toBe(out);
  });

  it('accepts finite numbers, turning -0 into 0 and 0.1 into exactly 0.1', () => {
    expect(parse(0.1).plus(parse(0.2)).toString()).toBe('0.3');
    expect(parse(-0).isNegative()).toBe(false);
    expect(parse(1234.5).toString()).toBe('1234.5');
  });

  it('accepts Decimals from the library and from another copy of decimal.js, keeping every digit', () => {
    expect(parse(new Decimal('1.25')).toString()).toBe('1.25');
    const foreign = new ForeignDecimal('123456789012345678901234567890.123456789');
    const d = parse(foreign);
    expect(d.toString()).toBe('123456789012345678901234567890.123456789');
    expect(d).toBeInstanceOf(Decimal);
  });

  it.each(['1,000', '12%', '12.5%', '', ' 1', '1 ', '0x10', 'abc', '1e', '--1', 'NaN', 'Infinity'])('rejects the string %j', (s) => {
    const issues = issuesOf(() => parse(s));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('x');
    expect(issues[0]?.message).toBe(
      `test: x must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal, got ${JSON.stringify(s)}`,
    );
  });

  it.each([NaN, Infinity, -Infinity, null, undefined, true, {}, [], 10n, new Decimal(NaN), new Decimal(Infinity)])(
    'rejects %s',
    (v) => {
      expect(issuesOf(() => parse(v))[0]?.path).toBe('x');
    },
  );

  it('round-trips any finite double exactly as its shortest decimal form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parse(x).equals(new Decimal(Object.is(x, -0) ? 0 : x))).toBe(true);
      }),
    );
  });
});

describe('NonNegativeDecimalSchema and CountSchema', () => {
  it('rejects negatives with the value in the message', () => {
    expect(issuesOf(() => parseInput('f', NonNegativeDecimalSchema, '-0.01', 'cost'))[0]?.message).toBe(
      'f: cost must not be negative, got -0.01',
    );
    expect(parseInput('f', NonNegativeDecimalSchema, '0', 'cost').toString()).toBe('0');
  });

  it('counts are non-negative safe integers given as numbers', () => {
    expect(parseInput('f', CountSchema, 0, 'n')).toBe(0);
    expect(parseInput('f', CountSchema, 2 ** 53 - 1, 'n')).toBe(2 ** 53 - 1);
    for (const bad of [-1, 0.5, 2 ** 53, '3', NaN, Infinity]) {
      expect(issuesOf(() => parseInput('f', CountSchema, bad, 'n'))[0]?.path).toBe('n');
    }
  });
});

describe('paths and messages', () => {
  it('renders nested paths the way a reader writes them', () => {
    expect(formatPath('events', [3, 'at'])).toBe('events[3].at');
    expect(formatPath('', ['costs', 'marketing'])).toBe('costs.marketing');
    expect(formatPath('', [])).toBe('');
  });

  it('describes offending values briefly', () => {
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue('x'.repeat(50))).toBe(JSON.stringify(`${'x'.repeat(37)}...`));
    expect(describeValue(5n)).toBe('5n');
    expect(describeValue(new Date(0))).toBe('a Date');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(new Decimal(2))).toBe('Decimal(2)');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
  });
});

describe('describeValue on values that cannot be read', () => {
  it('never throws itself', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('x'); } });
    expect(describeValue(trap)).toBe('an unreadable value');
  });
});
