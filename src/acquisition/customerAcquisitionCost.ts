import { z } from 'zod';
import { Decimal, isDecimal, ZERO } from '../core/decimal.js';
import { relayIssues } from '../core/relay.js';
import { metricResult, show, type MetricResult } from '../core/result.js';
import { CountSchema, describeValue, NonNegativeDecimalSchema, type DecimalLike } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

const costsProblem = 'must be an object (or a Map) of named cost lines, e.g. { marketing: "6000", sales: "4000" }';

// Cost lines are read by hand, not through z.record: their names are arbitrary strings
// (`__proto__` included) and must never become keys of a new object.
const CostLinesSchema = z.unknown().transform((costs, ctx): { line: string; amount: Decimal }[] => {
  let entries: [unknown, unknown][];
  if (costs instanceof Map) {
    entries = [...costs.entries()];
  } else if (typeof costs === 'object' && costs !== null && !Array.isArray(costs) && !isDecimal(costs) && !(costs instanceof Date)) {
    entries = Object.keys(costs).map((k) => [k, (costs as Record<string, unknown>)[k]]);
  } else {
    const message = costs === undefined ? 'is required' : `${costsProblem}, got ${describeValue(costs)}`;
    ctx.addIssue({ code: 'custom', params: { code: 'invalid_type' }, message });
    return z.NEVER;
  }
  const lines: { line: string; amount: Decimal }[] = [];
  for (const [line, amount] of entries) {
    if (typeof line !== 'string') {
      ctx.addIssue({ code: 'custom', params: { code: 'invalid_type' }, message: `has a cost line whose name is not a string (${describeValue(line)})` });
      continue;
    }
    const parsed = NonNegativeDecimalSchema.safeParse(amount);
    if (parsed.success) lines.push({ line, amount: parsed.data });
    else relayIssues(ctx, parsed.error.issues, [line]);
  }
  return lines;
}) as unknown as z.ZodType<{ line: string; amount: Decimal }[], Record<string, DecimalLike> | ReadonlyMap<string, DecimalLike>>;

/**
 * Input of {@link customerAcquisitionCost}: the acquisition spend of a period as named cost lines
 * (`marketing`, `sales`, `advertising`, or any other name), each a non-negative decimal, and
 * the new customers N acquired in the period.
 * @category Acquisition
 */
export const CustomerAcquisitionCostInputSchema = z.object({
  costs: CostLinesSchema,
  newCustomers: CountSchema,
});

/** @category Acquisition */
export type CustomerAcquisitionCostInput = z.input<typeof CustomerAcquisitionCostInputSchema>;

/** One cost line of a {@link CustomerAcquisitionCostResult}. @category Acquisition */
export interface CustomerAcquisitionCostLine {
  /** The line's name as given (`marketing`, `sales`, …). */
  readonly line: string;
  /** What was spent on it. */
  readonly amount: Decimal;
  /** Its share of the total cost (amount / total), a ratio; `null` when the total is 0. */
  readonly share: Decimal | null;
  /** Its part of the CAC (amount / N); `null` when N = 0. The parts add up to the CAC. */
  readonly perCustomer: Decimal | null;
}

/** @category Acquisition */
export type CustomerAcquisitionCostResult = MetricResult & {
  /** The total acquisition cost: the sum of every line. */
  readonly totalCost: Decimal;
  /** N, the new customers acquired. */
  readonly newCustomers: number;
  /** Every cost line in input order, with its share of the total and its part of the CAC. */
  readonly lines: readonly CustomerAcquisitionCostLine[];
};

/**
 * Customer acquisition cost (CAC, 客户获取成本).
 *
 * What it cost, on average, to win one new customer in a period: the total acquisition spend
 * over the new customers. The spend is given as named cost lines, so the result also breaks the
 * CAC down by line (each line's amount, share of the total, and part of the CAC), which shows
 * where the money went. Seed 000 counts marketing, sales, advertising and other spend in the
 * total; seed 001 counts marketing and sales: both are this function, with the lines you pass.
 * An empty `costs` object means nothing was spent: the total is 0 and so is the CAC (when
 * N > 0), a value rather than an error.
 *
 * @formula CAC = total acquisition cost / N, with total acquisition cost = the sum of the cost
 * lines (money) and N = new customers acquired in the period (a count); the result is money per
 * customer.
 * @source seed 000 §3 (`客户获取总成本 / 新增客户数量`, the total including marketing, sales and
 * advertising costs), seed 001 §2 (`(市场营销费用 + 销售费用) / 获得的新客户数量`).
 * @param input - `{ costs: { marketing?, sales?, advertising?, ...anyNamedLine }, newCustomers }`;
 * `costs` may also be a `Map` from line name to amount.
 * @returns Money per new customer, ≥ 0, in the currency of the costs; `null` with a reason when
 * N = 0. Also `totalCost`, `newCustomers` and `lines` (input order).
 * @throws {@link MetricInputError} when `costs` is not an object of lines, when a line's amount
 * is not a decimal or is negative (path `costs.<line>`), or when `newCustomers` is not a
 * non-negative whole number.
 * @example
 * const cac = customerAcquisitionCost({ costs: { marketing: '6000', sales: '4000' }, newCustomers: 50 });
 * cac.calculation; // => 'CAC = total acquisition cost / N = (6000 + 4000) / 50 = 200'
 * cac.lines[0]; // => { line: 'marketing', amount: '6000', share: '0.6', perCustomer: '120' }
 * @see {@link salesConversionRate}, {@link customerLifetimeValue}
 * @category Acquisition
 */
export function customerAcquisitionCost(input: CustomerAcquisitionCostInput): CustomerAcquisitionCostResult {
  const { costs, newCustomers: N } = parseInput('customerAcquisitionCost', CustomerAcquisitionCostInputSchema, input);
  const total = costs.reduce((sum, c) => sum.plus(c.amount), ZERO);
  const lines = costs.map((c) => ({
    line: c.line,
    amount: c.amount,
    share: total.isZero() ? null : c.amount.div(total),
    perCustomer: N === 0 ? null : c.amount.div(N),
  }));
  const sum = costs.length === 0 ? '0' : costs.length === 1 ? show(costs[0]!.amount) : `(${costs.map((c) => show(c.amount)).join(' + ')})`;
  return metricResult(
    {
      formula: 'CAC = total acquisition cost / N',
      substituted: `${sum} / ${N}`,
      value: N === 0 ? null : total.div(N),
      reason: 'no new customers in the period (N = 0)',
    },
    { totalCost: total, newCustomers: N, lines },
  );
}
