import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own Decimal constructor: a private clone of decimal.js with 40 significant
 * digits and half-even rounding, so that nothing a user does with `Decimal.set` on their own
 * copy changes our arithmetic. Every `value` the library returns is an instance of it. Its
 * `toString()` writes plain notation (no exponent) for exponents within ±1000.
 *
 * @example
 * new Decimal('0.1').plus('0.2').toString(); // => '0.3'
 * @category Core
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -1000,
  toExpPos: 1000,
});

/** An instance of the library's {@link Decimal}. */
// eslint-disable-next-line @typescript-eslint/no-redeclare
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** True for a decimal.js instance from any copy of the package (ESM and CJS copies differ). */
export function isDecimal(x: unknown): x is DecimalJs {
  return DecimalJs.isDecimal(x) || (typeof x === 'object' && x !== null && Object.prototype.toString.call(x) === '[object Decimal]');
}
