import { Decimal } from './decimal.js';
import { civilFromDays } from './instant.js';

/** Hundredths (a safe integer) as an exact Decimal, through its decimal string (cheaper than a division). */
export function fromMinor(m: number): Decimal {
  if (!Number.isSafeInteger(m)) return new Decimal(m).div(100);
  const neg = m < 0;
  const a = neg ? -m : m;
  const cents = a % 100;
  return new Decimal(`${neg ? '-' : ''}${(a - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`);
}

/** Hundredths divided by a count, exact to the library's precision: one division. */
export function minorPer(m: number, n: number): Decimal {
  return n === 1 ? fromMinor(m) : new Decimal(m).div(n * 100);
}

const p2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** `Date#toISOString` for years 0000–9999, without a Date. */
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
  const msec = rest - s * 1000;
  return `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(s)}.${msec < 10 ? '00' : msec < 100 ? '0' : ''}${msec}Z`;
}
