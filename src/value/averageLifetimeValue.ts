import { z } from 'zod';
import { isDecimal, ZERO, type Decimal } from '../core/decimal.js';
import { relayIssues } from '../core/relay.js';
import { metricResult, show, type MetricResult } from '../core/result.js';
import { DecimalLikeSchema, type DecimalLike } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

// An item is a decimal, or a result object whose `value` is read (e.g. from customerLifetimeValue).
const LifetimeValueItemSchema = z.unknown().transform((item, ctx): Decimal => {
  const isResult = typeof item === 'object' && item !== null && !isDecimal(item) && 'value' in item;
  if (!isResult) {
    const parsed = DecimalLikeSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    relayIssues(ctx, parsed.error.issues, []);
    return z.NEVER;
  }
  const { value, reason } = item as { value: unknown; reason?: unknown };
  if (value === null) {
    const why = typeof reason === 'string' ? ` (${reason})` : '';
    ctx.addIssue({ code: 'custom', path: ['value'], params: { code: 'undefined_value' }, message: `is null: the metric was undefined for this customer${why}` });
    return z.NEVER;
  }
  const parsed = DecimalLikeSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  relayIssues(ctx, parsed.error.issues, ['value']);
  return z.NEVER;
}) as unknown as z.ZodType<Decimal, DecimalLike | { readonly value: DecimalLike | null; readonly reason?: string }>;

/**
 * Input of {@link averageLifetimeValue}: an array of lifetime values, each a decimal or a
 * result object with a `value` (such as a {@link CustomerLifetimeValueResult}).
 * @category Value
 */
export const AverageLifetimeValueInputSchema = z.array(LifetimeValueItemSchema);

/** @category Value */
export type AverageLifetimeValueInput = z.input<typeof AverageLifetimeValueInputSchema>;

/** @category Value */
export type AverageLifetimeValueResult = MetricResult & {
  /** n, the number of lifetime values averaged. */
  readonly count: number;
  /** The sum of the lifetime values. */
  readonly total: Decimal;
};

/** The calculation lists the values themselves up to this many; beyond, it shows their total. */
const LISTED = 12;

/**
 * Average lifetime value (ALV, 平均生命周期价值).
 *
 * The mean customer lifetime value over a set of customers: a benchmark to compare one
 * customer's {@link customerLifetimeValue} against (seed 004 reads a customer well below it as
 * possibly dissatisfied), or to compare segments. Give the values as decimals, or pass the
 * results of `customerLifetimeValue` directly. Negative lifetime values (customers who cost
 * more than they brought) count as they are.
 *
 * @formula ALV = Σ CLVᵢ / n, over the n customers' lifetime values (money).
 * @source seed 004 §3.2 (平均生命周期价值, built on the CLV of each customer).
 * @param values - The lifetime values: decimals (`"1234.56"`, numbers, `Decimal`s) or result
 * objects `{ value }`.
 * @returns Money per customer (the currency of the values), any sign, with `count` and `total`;
 * `null` with a reason when the array is empty.
 * @throws {@link MetricInputError} when `values` is not an array, or an item is not a decimal
 * (path `values[i]`) or is a result whose value is not a decimal or is null (path `values[i].value`).
 * @example
 * averageLifetimeValue(['7500', '3000', '1500']).calculation; // => 'ALV = Σ CLV / n = (7500 + 3000 + 1500) / 3 = 4000'
 * averageLifetimeValue([customerLifetimeValue({ yearlyRevenue: 1000, years: 10, acquisitionCost: 2500 }), 500]).value; // => '4000'
 * averageLifetimeValue([]).reason; // => 'no lifetime values to average (n = 0)'
 * @see {@link customerLifetimeValue}
 * @category Value
 */
export function averageLifetimeValue(values: AverageLifetimeValueInput): AverageLifetimeValueResult {
  const list = parseInput('averageLifetimeValue', AverageLifetimeValueInputSchema, values, 'values');
  const n = list.length;
  const total = list.reduce((sum, d) => sum.plus(d), ZERO);
  const sum = n === 0 ? '0' : n === 1 ? show(list[0]!) : n <= LISTED ? `(${list.map((d) => show(d)).join(' + ')})` : show(total);
  return metricResult(
    {
      formula: 'ALV = Σ CLV / n',
      substituted: `${sum} / ${n}`,
      value: n === 0 ? null : total.div(n),
      reason: 'no lifetime values to average (n = 0)',
    },
    { count: n, total },
  );
}
