import { z } from 'zod';
import { Decimal, isDecimal } from './decimal.js';

/** A plain decimal string: optional sign, digits with an optional point, optional exponent. No separators, no percent sign. */
export const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A short, safe rendering of an offending value for an error message. */
export function describeValue(value: unknown): string {
  try {
    return describe(value);
  } catch {
    return 'an unreadable value';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (isDecimal(value)) return `Decimal(${String(value)})`;
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'function') return 'a function';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const decimalProblem = 'must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal';

/** Convert an already-validated decimal-like value to the library's Decimal. */
export function toDecimal(value: string | number | Decimal): Decimal {
  if (typeof value === 'number') return new Decimal(Object.is(value, -0) ? 0 : value);
  if (typeof value === 'string') return new Decimal(value).plus(0);
  // A Decimal from any copy of decimal.js: go through its exact string form.
  return new Decimal(value.toString()).plus(0);
}

/**
 * A decimal accepted as a plain decimal string (`"12.50"`, `"-3"`), a finite number or a
 * `Decimal`; parsed to the library's `Decimal`. `"1,000"`, `"12%"`, `""`, NaN and ±Infinity
 * are rejected.
 *
 * @category Core
 */
export const DecimalLikeSchema = z
  .union(
    [
      z.string().regex(DECIMAL_STRING, { error: (iss) => `${decimalProblem}, got ${describeValue(iss.input)}` }),
      z.number(),
      z.custom<Decimal>((v) => isDecimal(v) && v.isFinite()),
    ],
    { error: (iss) => `${decimalProblem}, got ${describeValue(iss.input)}` },
  )
  .transform((v) => toDecimal(v as string | number | Decimal));

/** What {@link DecimalLikeSchema} accepts: a decimal string, a finite number or a `Decimal`. @category Core */
export type DecimalLike = z.input<typeof DecimalLikeSchema>;

/** A decimal that must not be negative (money spent, durations). @category Core */
export const NonNegativeDecimalSchema = DecimalLikeSchema.refine((d) => !d.isNegative(), {
  error: (iss) => `must not be negative, got ${String(iss.input)}`,
});

/** A count: a non-negative safe integer (a number, not a string). @category Core */
export const CountSchema = z
  .number({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a non-negative whole number, got ${describeValue(iss.input)}`) })
  .int({ error: (iss) => `must be a non-negative whole number, got ${describeValue(iss.input)}` })
  .nonnegative({ error: (iss) => `must be a non-negative whole number, got ${describeValue(iss.input)}` });
