import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, instantMs, parseCanonicalInstant, parseGeneralInstant, parseInstant } from '../../src/core/instant.js';
import { fastAmountNumber, fastAmountString, decimalToMinor } from '../../src/core/events.js';
import { Decimal, InstantSchema } from '../../src/index.js';

describe('instants', () => {
  it('parses canonical and general forms with an offset', () => {
    expect(parseInstant('2026-03-01T00:00:00Z')).toBe(Date.UTC(2026, 2, 1));
    expect(parseInstant('2026-03-01T00:00:00.123Z')).toBe(Date.UTC(2026, 2, 1) + 123);
    expect(parseInstant('2026-03-01T08:00:00+08:00')).toBe(Date.UTC(2026, 2, 1));
    expect(parseInstant('2026-03-01 08:00+0800')).toBe(Date.UTC(2026, 2, 1));
    expect(parseInstant('2026-02-28T19:00:00-05')).toBe(Date.UTC(2026, 2, 1));
    expect(parseInstant('2026-03-01t00:00:00.1239z')).toBe(Date.UTC(2026, 2, 1) + 123);
    expect(parseInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it.each([
    '2026-03-01T00:00:00', // no offset
    '2026-03-01',
    '2026-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T00:60:00Z',
    '2026-03-01T00:00:60Z',
    '2026-03-01T00:00:00+24:00',
    '2026-03-01T00:00:00+05:60',
    '2026-03-01X00:00:00Z',
    '2026-03-01T00:00:00.12xZ',
    '2026-03-01T0a:00:00Z',
    '2026-03-01T00:00:00Y',
    'yesterday',
    '',
  ])('rejects %j', (s) => {
    expect(Number.isNaN(parseInstant(s))).toBe(true);
  });

  it('Dates and other values', () => {
    expect(instantMs(new Date(5))).toBe(5);
    expect(Number.isNaN(instantMs(new Date(NaN)))).toBe(true);
    expect(Number.isNaN(instantMs(5))).toBe(true);
    expect(InstantSchema.safeParse('2026-03-01T00:00:00Z').data).toBe(Date.UTC(2026, 2, 1));
  });

  it('property: fast and general paths agree with Date on every instant and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), (t, off) => {
        const z = new Date(t).toISOString();
        expect(parseCanonicalInstant(z)).toBe(t);
        expect(parseGeneralInstant(z)).toBe(t);
        expect(parseCanonicalInstant(z.replace(/\.\d{3}Z$/, 'Z'))).toBe(t - (t % 1000 + 1000) % 1000);
        const local = new Date(t + off * 60_000).toISOString().slice(0, 23);
        const a = Math.abs(off);
        const s = `${local}${off < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
        if (Number(local.slice(0, 4)) >= 1000) expect(parseInstant(s)).toBe(t);
      }),
    );
  });

  it('property: civil dates round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 3_000_000 }), (d) => {
        const [y, m, dd] = civilFromDays(d);
        expect(daysFromCivil(y, m, dd)).toBe(d);
      }),
    );
  });
});

describe('amount fast paths', () => {
  it('agree with the exact Decimal reading', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), (cents) => {
        const s = (cents / 100).toFixed(2);
        const exact = decimalToMinor(new Decimal(s));
        expect(exact).toBe(cents);
        expect(fastAmountString(s)).toBe(cents);
        const n = Number(s);
        const f = fastAmountNumber(n);
        if (!Number.isNaN(f)) expect(f).toBe(decimalToMinor(new Decimal(n)));
      }),
    );
  });

  it('leave anything else to the general path', () => {
    for (const s of ['', '.5', '5.', '1.234', '+1', '-1', '1e3', '12345678901234', '1,000', '1.a', '1.2a']) expect(Number.isNaN(fastAmountString(s))).toBe(true);
    for (const n of [-1, 0.125, 1e12, NaN, Infinity]) expect(Number.isNaN(fastAmountNumber(n))).toBe(true);
    expect(fastAmountString('7')).toBe(700);
    expect(fastAmountString('7.5')).toBe(750);
    expect(Number.isNaN(decimalToMinor(new Decimal('1e20')))).toBe(true);
  });
});

describe('fast decimal and ISO helpers', async () => {
  const { fromMinor, minorPer, isoFast } = await import('../../src/core/fastDecimal.js');
  it('fromMinor and minorPer equal the decimal.js divisions', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 1, max: 1_000_000 }), (m, n) => {
        expect(fromMinor(m).eq(new Decimal(m).div(100))).toBe(true);
        expect(fromMinor(m).toString()).toBe(new Decimal(m).div(100).toString());
        expect(minorPer(m, n).toString()).toBe(new Decimal(m).div(100).div(n).toString());
      }),
    );
    expect(fromMinor(2 ** 60).toString()).toBe(new Decimal(2 ** 60).div(100).toString());
    expect(fromMinor(-5).toString()).toBe('-0.05');
  });
  it('fromMinor builds the very Decimal the division builds (sign, exponent, digit words)', () => {
    const same = (m: number): void => {
      const a = fromMinor(m);
      const b = new Decimal(m).div(100);
      expect([a.s, a.e, a.d]).toEqual([b.s, b.e, b.d]);
      expect(a).toEqual(b);
      expect(a).toBeInstanceOf(Decimal);
    };
    // Word and digit boundaries: 0, one cent, whole units, 1e7 and 1e14 units (new base-1e7 words), 2^53 − 1.
    for (const m of [0, 1, 9, 10, 99, 100, 101, 110, 1_000_000_000, 1_000_000_001, 999_999_999, 1e9 + 10, 1e16, 1e16 + 5, 2 ** 53 - 1]) same(m);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 100_000 }),
          fc.integer({ min: 0, max: 2 ** 53 - 1 }),
          fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 99 })).map(([k, c]) => 10 ** k * 100 + c),
        ),
        same,
      ),
      { numRuns: 2000 },
    );
  });
  it('minorPer builds the very Decimal the division builds, rounding half-even at 40 digits', () => {
    const same = (m: number, n: number): void => {
      const a = minorPer(m, n);
      const b = new Decimal(m).div(n * 100);
      expect([a.s, a.e, a.d]).toEqual([b.s, b.e, b.d]);
    };
    // Exact quotients, repeating ones, carries through nines, ties (n a power of two: terminating
    // quotients with more than 40 digits), the word-at-a-time path's edge (n = 9e6, divisor 9e8)
    // and the general path (huge counts, unsafe hundredths).
    for (const [m, n] of [[0, 3], [1, 3], [2, 3], [200, 2], [999, 9], [10 ** 15, 7], [2 ** 53 - 1, 2 ** 40], [2 ** 53 - 1, 2 ** 41], [1, 2 ** 45], [99_999, 99_999], [5, 1e14], [2 ** 60, 3], [1, 9_000_000], [1, 9_000_001], [899_999_999, 9_000_000], [2 ** 53 - 1, 9_000_000], [2 ** 53 - 1, 3], [10 ** 15 - 1, 7], [99_999_999, 1_000_000]] as const) same(m, n);
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2 ** 53 - 1 })),
        fc.oneof(fc.integer({ min: 2, max: 1_000 }), fc.integer({ min: 2, max: 9_000_001 }), fc.integer({ min: 2, max: 10 ** 13 }), fc.integer({ min: 0, max: 48 }).map((k) => 2 ** k), fc.integer({ min: 0, max: 20 }).map((k) => 5 ** k)),
        same,
      ),
      { numRuns: 3000 },
    );
  });
  it('isoFast equals toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(isoFast(ms)).toBe(new Date(ms).toISOString());
      }),
    );
    expect(isoFast(Date.UTC(10000, 0, 1))).toBe('+010000-01-01T00:00:00.000Z');
  });
});
