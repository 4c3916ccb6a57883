import { z } from 'zod';
import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, HUNDRED, isDecimal, ONE, ZERO } from '../../src/core/decimal.js';
import { fromMinor, isoFast, minorPer } from '../../src/core/fastDecimal.js';
import { relayIssues } from '../../src/core/relay.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

describe('the library Decimal', () => {
  it('40 significant digits, half-even', () => {
    // 1/3 to 40 digits
    expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
    // 2/3 = 0.666…6|66… rounds up in the 40th digit
    expect(new Decimal(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`);
    // a tie in the 41st digit goes to the even 40th: 1 + 0.5e−39 → 1; 1.…1 + 0.5e−39 → 1.…2
    expect(new Decimal(`1.${'0'.repeat(38)}05`).plus(0).toString()).toBe('1');
    expect(new Decimal(`1.${'0'.repeat(38)}15`).plus(0).toString()).toBe(`1.${'0'.repeat(38)}2`);
    expect(Decimal.precision).toBe(40);
    expect(Decimal.rounding).toBe(ForeignDecimal.ROUND_HALF_EVEN);
  });

  it('plain notation for exponents within ±1000', () => {
    expect(new Decimal('1e-999').toString()).toBe(`0.${'0'.repeat(998)}1`);
    expect(new Decimal('1e999').toString()).toBe(`1${'0'.repeat(999)}`);
    expect(new Decimal('1e-1001').toString()).toBe('1e-1001');
    expect(new Decimal('1e1001').toString()).toBe('1e+1001');
    expect(new Decimal('1e-7').toString()).toBe('0.0000001');
    expect(new Decimal('1e21').toString()).toBe('1000000000000000000000');
  });

  it('a user changing the global decimal.js does not change it', () => {
    const before = ForeignDecimal.precision;
    ForeignDecimal.set({ precision: 5 });
    try {
      expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
    } finally {
      ForeignDecimal.set({ precision: before });
    }
  });

  it('constants', () => {
    expect([ZERO.toString(), ONE.toString(), HUNDRED.toString()]).toEqual(['0', '1', '100']);
    expect(ZERO).toBeInstanceOf(Decimal);
  });

  it('isDecimal: this copy, another copy, anything tagged Decimal; nothing else', () => {
    expect(isDecimal(new Decimal(1))).toBe(true);
    expect(isDecimal(new ForeignDecimal(1))).toBe(true);
    expect(isDecimal({ [Symbol.toStringTag]: 'Decimal' })).toBe(true);
    expect(isDecimal({ toStringTag: '[object Decimal]' })).toBe(true);
    for (const v of [null, undefined, 1, '1', {}, [], { [Symbol.toStringTag]: 'Other' }, () => 1]) expect(isDecimal(v), String(v)).toBe(false);
    // only objects count: a function tagged "Decimal" is not one
    expect(isDecimal(Object.assign(() => 1, { [Symbol.toStringTag]: 'Decimal' }))).toBe(false);
  });
});

describe('fast decimals', () => {
  it('fromMinor of negatives: cents below and above ten', () => {
    expect(fromMinor(-5).toString()).toBe('-0.05');
    expect(fromMinor(-105).toString()).toBe('-1.05');
    expect(fromMinor(-110).toString()).toBe('-1.1');
    expect(fromMinor(-100).toString()).toBe('-1');
    expect(fromMinor(-12345).toString()).toBe('-123.45');
    expect(fromMinor(-12345)).toBeInstanceOf(Decimal);
    // unsafe: 2^53 + 2 hundredths = 90071992547409.94
    expect(fromMinor(2 ** 53 + 2).toString()).toBe('90071992547409.94');
  });

  it('minorPer: one customer, zero, and the general path', () => {
    expect(minorPer(12345, 1).toString()).toBe('123.45');
    expect(minorPer(0, 7).toString()).toBe('0');
    // 100 hundredths over 3 = 1/3 to 40 digits
    expect(minorPer(100, 3).toString()).toBe(`0.${'3'.repeat(40)}`);
    // 5 hundredths over 2 = 0.025
    expect(minorPer(5, 2).toString()).toBe('0.025');
    expect(minorPer(-300, 3).toString()).toBe('-1');
    expect(minorPer(300, 0).toString()).toBe('Infinity');
    expect(minorPer(1, 0.5).toString()).toBe('0.02');
    // the largest count of the fast path and one more: 9007199254740 and 9007199254741
    expect(minorPer(2 ** 53 - 1, 9_007_199_254_740).toString()).toBe(new Decimal(2 ** 53 - 1).div(900_719_925_474_000).toString());
    expect(minorPer(2 ** 53 - 1, 9_007_199_254_741).toString()).toBe(new Decimal(2 ** 53 - 1).div(900_719_925_474_100).toString());
    // 99 999 / (99 999 · 100) = 0.01 exactly
    expect(minorPer(99_999, 99_999).toString()).toBe('0.01');
  });

  it('isoFast outside 0000–9999 falls back to Date', () => {
    const minusOne = Date.parse('-000001-06-01T12:34:56.789Z');
    expect(isoFast(minusOne)).toBe('-000001-06-01T12:34:56.789Z');
    expect(isoFast(Date.parse('0000-01-01T00:00:00.000Z'))).toBe('0000-01-01T00:00:00.000Z');
    expect(isoFast(Date.parse('9999-12-31T23:59:59.999Z'))).toBe('9999-12-31T23:59:59.999Z');
    expect(isoFast(-1)).toBe('1969-12-31T23:59:59.999Z');
    expect(isoFast(Date.UTC(2026, 2, 1, 9, 8, 7, 65))).toBe('2026-03-01T09:08:07.065Z');
  });
});

describe('relayIssues', () => {
  const inner = z.object({ n: z.number({ error: 'must be a number' }) }).superRefine((v, ctx) => {
    if (v.n < 0) ctx.addIssue({ code: 'custom', path: ['n'], params: { code: 7 }, message: 'must not be negative' });
  });
  const outer = z.object({
    items: z.unknown().transform((v, ctx) => {
      const r = inner.safeParse(v);
      if (r.success) return r.data;
      relayIssues(ctx, r.error.issues, ['lines', 2]);
      return z.NEVER;
    }),
  });
  it('prefixes the path; a non-string custom code becomes "custom"; every issue is relayed', () => {
    expect(issuesOf(() => parseInput('f', outer, { items: { n: -1 } }))).toEqual([
      { code: 'custom', path: 'items.lines[2].n', message: 'f: items.lines[2].n must not be negative' },
    ]);
    expect(issuesOf(() => parseInput('f', outer, { items: {} }))).toEqual([
      { code: 'invalid_type', path: 'items.lines[2].n', message: 'f: items.lines[2].n must be a number' },
    ]);
    const two = z.object({ a: z.string(), b: z.string() });
    const relayTwo = z.unknown().transform((v, ctx) => {
      const r = two.safeParse(v);
      if (!r.success) relayIssues(ctx, r.error.issues, []);
      return z.NEVER;
    });
    expect(issuesOf(() => parseInput('f', relayTwo, {}, 'x')).map((i) => i.path)).toEqual(['x.a', 'x.b']);
  });
});
