import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { fromMinor, minorPer } from '../../src/core/fastDecimal.js';

// The reference is decimal.js itself, in a clone of its own (40 significant digits, half-even, as
// the library's Decimal): an independent implementation of the same division. minorPer must build
// the very Decimal it builds (sign, exponent, base-1e7 digit words).
const Reference = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -1000, toExpPos: 1000 });
// `expected`: the quotient worked out independently (by hand or with Python's decimal), beside each case.
const same = (m: number, n: number, expected: string): void => {
  const a = minorPer(m, n);
  expect(a.toString(), `${m} / (${n} · 100)`).toBe(expected);
  const b = new Reference(m).div(n * 100);
  expect([a.s, a.e, a.d], `${m} / (${n} · 100)`).toEqual([b.s, b.e, b.d]);
};

describe('minorPer, seven digits at a time (counts up to 9e6)', () => {
  it('a quotient of exactly 1e7 units takes two words', () => {
    // 3 000 000 001 / 300 = 10 000 000.00333…: 8 integer digits, then "00" and 3s; the 41st digit
    // is a 3, so the 40 digits are 10000000.00 followed by 30 threes
    same(3_000_000_001, 3, `10000000.00${'3'.repeat(30)}`);
    // 2e9 hundredths over 2 customers: 2 000 000 000 / 200 = 10 000 000 exactly (a 1 and a zero word)
    same(2_000_000_000, 2, '10000000');
  });

  it('a 5 in the first cut digit with more digits after it rounds up, even when the kept digit is even', () => {
    // 7630439423195608 / 1400 = 5450313873711.148571428571428571428571428|571428… (Python's decimal at
    // 60 digits): the 41st digit, the one cut digit, is 5 and the division goes on, so it is above the
    // half: up, though the 40th digit (8) is even → …428 + 1 = …429
    same(7_630_439_423_195_608, 14, '5450313873711.148571428571428571428571429');
    // 155894572 / 336879600 = 0.4627604995968886213353376102322610214450|50|3978… : the two cut digits
    // are "50" (exactly half a unit of the 40th digit, 0, even) and the division goes on: up → …4451
    same(155_894_572, 3_368_796, '0.4627604995968886213353376102322610214451');
  });

  it('a quotient that reaches exactly 40 digits with a word still goes on to the rounding digit', () => {
    // 3703700 / 300 = 12345.666…: 5 integer digits + 5 words of decimals = 40 digits, the 41st is a 6:
    // up → 12345. and 34 sixes and a 7
    same(3_703_700, 3, `12345.${'6'.repeat(34)}7`);
  });

  it('rounding up a 9 carries into the word before', () => {
    // 142150402 / 34100 = 4168.633489736070381231671554252199413489|7360… (Python's decimal): the 40th
    // digit, a 9, is the first of its word and the 41st is a 7: up, 9 → 0 and the 8 before it → 9:
    // …41349 (the trailing 0 dropped)
    same(142_150_402, 341, '4168.63348973607038123167155425219941349');
  });
});

describe('minorPer, one digit at a time (counts above 9e6)', () => {
  it('an exact half at the 41st digit rounds half-even', () => {
    // 2^43 customers: the divisor 100 · 2^43 = 2^45 · 5^2, so m / (100 · 2^43) = m · 5^43 / 10^45
    // exactly (a whole number of 5s: no remainder ever). For m = 8 800 000 001 (Python integers):
    // 8800000001 · 5^43 = 10004441720639078994281589984893798828125, 41 digits ending in the 5 of
    // an exact half; the 40th digit (2) is even: kept → 0.0000 and the first 40 digits
    same(8_800_000_001, 2 ** 43, '0.00001000444172063907899428158998489379882812');
    // 8800000003 · 5^43 = 10004441722912815748713910579681396484375: the 40th digit (7) is odd:
    // up → …39648437 + 1 = …39648438
    same(8_800_000_003, 2 ** 43, '0.00001000444172291281574871391057968139648438');
  });

  it('a quotient that ends at exactly 40 significant digits is not rounded', () => {
    // 7306199953386202 / (100 · 2^35) terminates (a power of two below): 2126.384047263477114029228687286376953125,
    // 40 significant digits, kept whole
    same(7_306_199_953_386_202, 2 ** 35, '2126.384047263477114029228687286376953125');
  });

  it('a repeating quotient is rounded at the 40th digit, not cut', () => {
    // 2 / (3e7 · 100) = 6.666…e−10: 39 sixes and a 7 (the 41st digit is a 6: up)
    same(2, 30_000_000, `0.000000000${'6'.repeat(39)}7`);
  });

  it('rounding up a 9 carries into the digit before', () => {
    // 353472564350 / 10428779500 = 33.89395320420764481596336368987377669649|6459… (Python's decimal):
    // the 40th digit 9 rounds up (41st is 6), carrying into the 4 → …669650 → …66965
    same(353_472_564_350, 104_287_795, '33.8939532042076448159633636898737766965');
    // 98935670981705 / 95678526500 = 1034.042586156518620716843920040929978159|7284… (Python's decimal):
    // words 1034 | 0425861 | 5651862 | 0716843 | 9200409 | 2997815 | 9…: the 40th digit is the first of
    // its word, a 9, and the 41st a 7: up, so the carry crosses into the word before → …2997816
    same(98_935_670_981_705, 956_785_265, '1034.04258615651862071684392004092997816');
  });
});

describe('a negative zero of hundredths', () => {
  it('is plain zero: no negative zero comes out, as from every amount of the library', () => {
    // −0 hundredths is no money: 0 / 1 and 0 / (3 · 100) are 0, with a positive sign (decimal.js's
    // own −0 / 300 would keep the sign: isNegative() true, toNumber() −0)
    for (const [m, n] of [[-0, 1], [-0, 3], [-0, 30_000_000]] as const) {
      const a = minorPer(m, n);
      expect([a.toString(), a.isNegative(), Object.is(a.toNumber(), -0)], `${m} / ${n}`).toEqual(['0', false, false]);
    }
    expect(fromMinor(-0).isNegative()).toBe(false);
  });
});
