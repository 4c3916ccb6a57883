import { Decimal } from './decimal.js';
import { civilFromDays } from './instant.js';

/**
 * A decimal.js value in its internal form, which the Decimal constructor copies as it copies a
 * Decimal of another decimal.js copy (`toStringTag` marks it): sign, base-10 exponent of the
 * leading digit, and base-1e7 words aligned on the decimal point, without trailing zero words.
 */
const raw = { toStringTag: '[object Decimal]', s: 1, e: 0, d: [0] };
/** The marked internal form, typed as what the constructor accepts. */
const rawDecimal = raw as unknown as Decimal;

/**
 * Hundredths (a safe integer) as an exact Decimal. Non-negative hundredths (every amount) are
 * built from their base-1e7 words directly, with no string parsing and no division; the result
 * is the same Decimal (sign, exponent and digit words) as `new Decimal(m).div(100)`.
 */
export function fromMinor(m: number): Decimal {
  if (!(m >= 0 && Number.isSafeInteger(m))) return fromMinorString(m);
  const int = Math.floor(m / 100);
  const cents = m - int * 100;
  const d: number[] = [];
  let e: number;
  if (int === 0) {
    if (cents === 0) return new Decimal(0);
    e = cents >= 10 ? -1 : -2;
  } else {
    e = 0;
    for (let t = 10; t <= int; t *= 10) e++;
    // int < 2^53 / 100 < 1e14: at most two words.
    if (int >= 1e7) {
      d.push(Math.floor(int / 1e7), int % 1e7);
    } else {
      d.push(int);
    }
  }
  d.push(cents * 1e5);
  while (d.length > 1 && d[d.length - 1] === 0) d.pop();
  raw.e = e;
  raw.d = d;
  return new Decimal(rawDecimal);
}

/** Hundredths as an exact Decimal, through its decimal string (negative or unsafe values). */
function fromMinorString(m: number): Decimal {
  if (!Number.isSafeInteger(m)) return new Decimal(m).div(100);
  const neg = m < 0;
  const a = neg ? -m : m;
  const cents = a % 100;
  return new Decimal(`${neg ? '-' : ''}${(a - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`);
}

/** Largest divisor for which the long division below stays in exact float64 integers (r × 10 < 2^53). */
const MAX_DIVISOR = Math.floor(Number.MAX_SAFE_INTEGER / 10);
/** Significant digits of the library's Decimal (its `precision`). */
const PRECISION = Decimal.precision;

/**
 * Hundredths divided by a count, to the library's precision (40 significant digits, half-even):
 * the same Decimal as `new Decimal(m).div(n * 100)`. For non-negative safe hundredths it is a long
 * division in float64 integers, correctly rounded, with the Decimal built from its digit words:
 * seven digits at a time for counts up to 9e6 ({@link perWords}), one digit at a time up to 9e12;
 * decimal.js's division is the general path.
 */
export function minorPer(m: number, n: number): Decimal {
  if (n === 1) return fromMinor(m);
  const div = n * 100;
  if (!(m >= 0 && Number.isSafeInteger(m) && Number.isSafeInteger(n) && n > 0 && div <= MAX_DIVISOR)) return new Decimal(m).div(div);
  if (m === 0) return new Decimal(0);
  let q = Math.floor(m / div);
  let r = m - q * div;
  while (r < 0) (q--, (r += div));
  while (r >= div) (q++, (r -= div));
  if (div <= WORD_DIVISOR) return perWords(q, r, div);
  // Significant digits of the quotient, one more than the precision (the rounding digit).
  const digits: number[] = [];
  let e: number;
  if (q > 0) {
    const s = String(q);
    for (let i = 0; i < s.length; i++) digits.push(s.charCodeAt(i) - 48);
    e = s.length - 1;
  } else {
    e = -1;
    for (;;) {
      r *= 10;
      const dg = Math.floor(r / div);
      r -= dg * div;
      if (dg !== 0) {
        digits.push(dg);
        break;
      }
      e--;
    }
  }
  while (digits.length <= PRECISION && r !== 0) {
    r *= 10;
    const dg = Math.floor(r / div);
    r -= dg * div;
    digits.push(dg);
  }
  if (digits.length > PRECISION) {
    const guard = digits.pop()!;
    if (guard > 5 || (guard === 5 && (r !== 0 || digits[PRECISION - 1]! % 2 === 1))) {
      let i = PRECISION - 1;
      while (i >= 0 && digits[i] === 9) digits[i--] = 0;
      if (i >= 0) digits[i]!++;
      else {
        digits.unshift(1);
        digits.pop();
        e++;
      }
    }
  }
  let len = digits.length;
  while (len > 1 && digits[len - 1] === 0) len--;
  // Base-1e7 words aligned on the decimal point: the first holds ((e + 1) mod 7 || 7) digits.
  const words: number[] = [];
  let first = (e + 1) % 7;
  if (first <= 0) first += 7;
  let w = 0;
  let k = 0;
  let size = first;
  for (let i = 0; i < len; i++) {
    w = w * 10 + digits[i]!;
    if (++k === size) {
      words.push(w);
      w = 0;
      k = 0;
      size = 7;
    }
  }
  if (k > 0) {
    for (; k < size; k++) w *= 10;
    words.push(w);
  }
  raw.e = e;
  raw.d = words;
  return new Decimal(rawDecimal);
}

/** Largest divisor for which a remainder times 1e7 stays an exact float64 integer (< 2^53). */
const WORD_DIVISOR = 900_000_000;
const WORD = 10_000_000;
/** 10^k for k = 0…7. */
const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, WORD];

/** Decimal digits of a positive integer below 1e7. */
function digitsOf(w: number): number {
  let n = 1;
  while (n < 7 && w >= POW10[n]!) n++;
  return n;
}

/**
 * The long division of {@link minorPer} seven digits at a time, for divisors up to 9e8: quotient
 * `q` (a safe integer), remainder `r` < `div`. The digits come as base-1e7 words aligned on the
 * decimal point (decimal.js's own layout), so the Decimal is built without a digit array.
 */
function perWords(q: number, r: number, div: number): Decimal {
  const words: number[] = [];
  /** Position (in words, 0 = units) of words[0]. */
  let pos: number;
  if (q > 0) {
    // q < 2^53 / 100 < 1e14: at most two words.
    if (q >= WORD) {
      words.push(Math.floor(q / WORD), q % WORD);
      pos = 1;
    } else {
      words.push(q);
      pos = 0;
    }
  } else pos = 0; // leading zero words are skipped below; pos follows them
  let sig = q > 0 ? digitsOf(words[0]!) + 7 * (words.length - 1) : 0;
  // One word of digits past the precision at most: enough for the rounding digit.
  while (sig <= PRECISION && r !== 0) {
    const x = r * WORD;
    let w = Math.floor(x / div);
    r = x - w * div;
    while (r < 0) (w--, (r += div));
    while (r >= div) (w++, (r -= div));
    if (words.length === 0) {
      pos--;
      if (w === 0) continue;
      sig = digitsOf(w);
    } else sig += 7;
    words.push(w);
  }
  if (sig > PRECISION) {
    // Cut the last `cut` digits (1…7, all in the last word), rounding half-even.
    const cut = sig - PRECISION;
    const p = POW10[cut]!;
    const lastIndex = words.length - 1;
    const last = words[lastIndex]!;
    const rest = last % p;
    const kept = last - rest;
    const half = p / 2;
    const keptDigit = cut < 7 ? (kept / p) % 10 : words[lastIndex - 1]! % 10;
    const up = rest > half || (rest === half && (r !== 0 || keptDigit % 2 === 1));
    words[lastIndex] = kept;
    if (up) {
      let i = lastIndex;
      let add = cut < 7 ? p : 0;
      if (cut === 7) i--, (add = 1);
      words[i]! += add;
      while (i > 0 && words[i]! >= WORD) {
        words[i]! -= WORD;
        words[--i]! += 1;
      }
      if (words[0]! >= WORD) {
        words[0]! -= WORD;
        words.unshift(1);
        pos++;
      }
    }
  }
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  raw.e = 7 * pos + digitsOf(words[0]!) - 1;
  raw.d = words;
  return new Decimal(rawDecimal);
}

/**
 * `Date#toISOString` for years 0000–9999, without a Date: one flat string of 24 character codes
 * (no padding helpers, no intermediate strings).
 */
export function isoFast(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const [y, m, d] = civilFromDays(days);
  if (y < 0 || y > 9999) return new Date(ms).toISOString();
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const q = rest - s * 1000;
  return String.fromCharCode(
    48 + Math.floor(y / 1000), 48 + (Math.floor(y / 100) % 10), 48 + (Math.floor(y / 10) % 10), 48 + (y % 10), 45,
    48 + Math.floor(m / 10), 48 + (m % 10), 45, 48 + Math.floor(d / 10), 48 + (d % 10), 84,
    48 + Math.floor(h / 10), 48 + (h % 10), 58, 48 + Math.floor(mi / 10), 48 + (mi % 10), 58,
    48 + Math.floor(s / 10), 48 + (s % 10), 46,
    48 + Math.floor(q / 100), 48 + (Math.floor(q / 10) % 10), 48 + (q % 10), 90,
  );
}
