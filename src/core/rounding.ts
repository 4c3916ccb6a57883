import { z } from 'zod';
import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal, HUNDRED, isDecimal } from './decimal.js';
import type { MetricResult } from './result.js';
import { DecimalLikeSchema, describeValue, type DecimalLike } from './schemas.js';
import { fail, parseInput } from './validate.js';

/**
 * How to round, named so that it cannot be misread:
 * - `halfEven`: to nearest, ties to the even neighbour (banker's rounding; the default for money)
 * - `halfAwayFromZero`: to nearest, ties away from zero (school rounding; 2.5 → 3, −2.5 → −3)
 * - `halfTowardZero`: to nearest, ties toward zero (2.5 → 2, −2.5 → −2)
 * - `halfCeil`: to nearest, ties toward +∞ (2.5 → 3, −2.5 → −2)
 * - `halfFloor`: to nearest, ties toward −∞ (2.5 → 2, −2.5 → −3)
 * - `towardZero`: truncate (2.9 → 2, −2.9 → −2)
 * - `awayFromZero`: (2.1 → 3, −2.1 → −3)
 * - `ceil`: toward +∞; `floor`: toward −∞
 *
 * @category Output
 */
export type RoundingMode =
  | 'halfEven'
  | 'halfAwayFromZero'
  | 'halfTowardZero'
  | 'halfCeil'
  | 'halfFloor'
  | 'towardZero'
  | 'awayFromZero'
  | 'ceil'
  | 'floor';

const MODES: Record<RoundingMode, DecimalJs.Rounding> = {
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfAwayFromZero: Decimal.ROUND_HALF_UP,
  halfTowardZero: Decimal.ROUND_HALF_DOWN,
  halfCeil: Decimal.ROUND_HALF_CEIL,
  halfFloor: Decimal.ROUND_HALF_FLOOR,
  towardZero: Decimal.ROUND_DOWN,
  awayFromZero: Decimal.ROUND_UP,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** Options of {@link round} and {@link formatPercent}. @category Output */
export const RoundOptionsSchema = z.object({
  places: z.number().int().min(0).max(100).optional(),
  mode: z.enum(Object.keys(MODES) as [RoundingMode, ...RoundingMode[]]).optional(),
});
/** @category Output */
export type RoundOptions = z.input<typeof RoundOptionsSchema>;

const notAValue = (iss: { input?: unknown }) =>
  `must be a decimal (a plain decimal string like "1234.56", a finite number or a Decimal) or a metric result { value, reason? }, got ${describeValue(iss.input)}`;

// A bare decimal. Its own union carries the message, so that `true` or `[]` is not zod's "Invalid input".
const DecimalValueSchema = z
  .union([z.string(), z.number(), z.custom<DecimalLike>((v) => isDecimal(v))], { error: notAValue })
  .pipe(DecimalLikeSchema);

// A metric result (or anything with a `value` field): its fields are checked where they are, so that
// `{ value: 'x' }` is reported at `value.value`.
const ResultValueSchema = z
  .object({
    value: DecimalLikeSchema.nullable(),
    reason: z.string({ error: (iss) => `must be a string, got ${describeValue(iss.input)}` }).optional(),
  })
  .transform((r) => r.value ?? r);

/** True for an object read as a metric result: not a Decimal, not an array, with a `value` field. */
function isResultLike(x: unknown): boolean {
  try {
    return typeof x === 'object' && x !== null && !Array.isArray(x) && !isDecimal(x) && 'value' in x;
  } catch {
    // An unreadable object: the decimal branch's parse reports it.
    return false;
  }
}

function valueOf(fn: string, x: DecimalLike | MetricResult): Decimal {
  const v = isResultLike(x) ? parseInput(fn, ResultValueSchema, x, 'value') : parseInput(fn, DecimalValueSchema, x, 'value');
  if (!(v instanceof Decimal)) {
    fail(fn, 'undefined_value', 'value', `is undefined and cannot be rounded (${v.reason ?? 'no value'})`);
  }
  return v;
}

/**
 * Round a decimal (or a result's `value`) to `places` decimal places with an explicit mode.
 * Rounding never happens inside a computation; this is the one place it does.
 *
 * @param x - A decimal-like value or a metric result.
 * @param options - `places` (default 2) and `mode` (default `halfEven`).
 * @returns The rounded Decimal.
 * @throws {@link MetricInputError} when `x` is not a decimal or the result's value is null.
 * @example
 * round('2.345', { places: 2 }).toString(); // => '2.34'
 * round('2.345', { places: 2, mode: 'halfAwayFromZero' }).toString(); // => '2.35'
 * @category Output
 */
export function round(x: DecimalLike | MetricResult, options: RoundOptions = {}): Decimal {
  const opts = parseInput('round', RoundOptionsSchema, options, 'options');
  return valueOf('round', x).toDecimalPlaces(opts.places ?? 2, MODES[opts.mode ?? 'halfEven']);
}

/**
 * Format a ratio as a percentage string: `0.9` → `"90.0%"`. Explicit about places and mode.
 *
 * @param x - A ratio (decimal-like) or a metric result whose value is a ratio.
 * @param options - `places` after the point (default 1) and `mode` (default `halfEven`).
 * @returns The percentage with its `%` sign.
 * @throws {@link MetricInputError} when `x` is not a decimal or the result's value is null.
 * @example
 * formatPercent('0.9'); // => '90.0%'
 * formatPercent('0.123456', { places: 2 }); // => '12.35%'
 * @category Output
 */
export function formatPercent(x: DecimalLike | MetricResult, options: RoundOptions = {}): string {
  const opts = parseInput('formatPercent', RoundOptionsSchema, options, 'options');
  const places = opts.places ?? 1;
  return `${valueOf('formatPercent', x).times(HUNDRED).toFixed(places, MODES[opts.mode ?? 'halfEven'])}%`;
}
