import { z } from 'zod';
import { Decimal, ZERO } from '../core/decimal.js';
import { partialSnapshotRules } from '../core/partialSnapshot.js';
import { metricResult, show, type MetricResult } from '../core/result.js';
import { CountSchema, describeValue, NonNegativeDecimalSchema } from '../core/schemas.js';
import { SnapshotFields } from '../core/snapshot.js';
import { parseInput } from '../core/validate.js';

const baseProblem = `must be 'start', 'average', 'end' or an explicit count { count: n }`;

const ChurnBaseSchema = z.union(
  [z.literal('start'), z.literal('average'), z.literal('end'), z.strictObject({ count: NonNegativeDecimalSchema })],
  { error: (iss) => `${baseProblem}, got ${describeValue(iss.input)}` },
);

const rules = partialSnapshotRules();

/**
 * Input of {@link churnRate}: the churned customers C, the customers at period start S, and,
 * for the `average` and `end` bases, the customers at period end E. `newCustomers`,
 * `periodStart` and `periodEnd` may be passed along (a whole snapshot is accepted) and are
 * checked for consistency (E = S + N − C) but do not change the value.
 * @category Retention
 */
export const ChurnRateInputSchema = z
  .object({
    churnedCustomers: CountSchema,
    customersAtStart: SnapshotFields.customersAtStart,
    customersAtEnd: SnapshotFields.customersAtEnd.optional(),
    newCustomers: SnapshotFields.newCustomers.optional(),
    periodStart: SnapshotFields.periodStart,
    periodEnd: SnapshotFields.periodEnd,
    base: ChurnBaseSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.base === 'average' || s.base === 'end') && s.customersAtEnd === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['customersAtEnd'],
        params: { code: 'required' },
        message: `is required when base is '${s.base}'`,
      });
    }
    rules(s, ctx);
  });

/** @category Retention */
export type ChurnRateInput = z.input<typeof ChurnRateInputSchema>;

/** The name of the base a {@link churnRate} was divided by: `count` for an explicit `{ count }`. @category Retention */
export type ChurnRateBase = 'start' | 'average' | 'end' | 'count';

/** @category Retention */
export type ChurnRateResult = MetricResult & {
  /** Which base the churned customers were divided by. */
  readonly base: ChurnRateBase;
  /** The size of that base: S, (S + E) / 2, E, or the explicit count. */
  readonly baseCustomers: Decimal;
};

/**
 * Churn rate (客户流失率, the simple form): churned customers over a named base.
 *
 * The number of customers lost in a period divided by a base the caller names: the customers
 * at the start (`start`, the default), the mean of the customers at start and end (`average`,
 * steadier when the base grows or shrinks a lot within the period), the customers at the end
 * (`end`), or an explicit count (`{ count: n }`, e.g. start plus new customers, or a daily
 * average). Unlike {@link customerChurnRate}, it counts every churned customer, including those
 * acquired and lost inside the period, so with the `start` base it can exceed 1 (more customers
 * lost than were there at the start, when new ones also left): that is a value, not an error.
 * Seed 004's "won customers" churn (流失的成交客户量 / 现有的成交客户量) is the same formula over the
 * won (成交) customers only: pass their counts.
 *
 * @formula churn rate = C / base, with C = customers lost in the period and base = S
 * (`start`), (S + E) / 2 (`average`), E (`end`) or B (an explicit count); S, E = customers at
 * period start and end.
 * @source seed 002 §3 (`流失客户数量 / 总客户数量`), seed 004 §3 (`流失的成交客户量 / 现有的成交客户量`);
 * neither names the moment of the total, so the base is an explicit choice, `start` by default.
 * @param input - `{ churnedCustomers, customersAtStart, customersAtEnd?, newCustomers?, base?: 'start' | 'average' | 'end' | { count } }`.
 * @returns A ratio ≥ 0 (not a percentage; may exceed 1, see above) with the `base` used and its
 * size `baseCustomers`; `null` with a reason when the base is 0.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number, when the base
 * is not one of the four forms, when `customersAtEnd` is missing for the `average` or `end`
 * base, or when the given counts contradict E = S + N − C.
 * @example
 * churnRate({ churnedCustomers: 10, customersAtStart: 100 }).calculation; // => 'churn rate = C / S = 10 / 100 = 0.1'
 * churnRate({ churnedCustomers: 21, customersAtStart: 100, customersAtEnd: 110, base: 'average' }).calculation; // => 'churn rate = C / ((S + E) / 2) = 21 / ((100 + 110) / 2) = 0.2'
 * churnRate({ churnedCustomers: 12, customersAtStart: 100, base: { count: 120 } }).base; // => 'count'
 * @see {@link customerChurnRate}, {@link customerRetentionRate}, {@link customerGrowthRate}
 * @category Retention
 */
export function churnRate(input: ChurnRateInput): ChurnRateResult {
  const { churnedCustomers: C, customersAtStart: S, customersAtEnd: E, base = 'start' } = parseInput('churnRate', ChurnRateInputSchema, input);
  let name: ChurnRateBase;
  let formula: string;
  let substituted: string;
  let size: Decimal;
  let reason: string;
  if (base === 'start') {
    [name, formula, substituted, size] = ['start', 'churn rate = C / S', `${C} / ${S}`, new Decimal(S)];
    reason = 'no customers at period start (S = 0)';
  } else if (base === 'average') {
    [name, formula, substituted, size] = ['average', 'churn rate = C / ((S + E) / 2)', `${C} / ((${S} + ${E!}) / 2)`, new Decimal(S + E!).div(2)];
    reason = 'no customers at period start or end ((S + E) / 2 = 0)';
  } else if (base === 'end') {
    [name, formula, substituted, size] = ['end', 'churn rate = C / E', `${C} / ${E!}`, new Decimal(E!)];
    reason = 'no customers at period end (E = 0)';
  } else {
    [name, formula, substituted, size] = ['count', 'churn rate = C / B', `${C} / ${show(base.count)}`, base.count];
    reason = 'the explicit base count is 0 (B = 0)';
  }
  return metricResult(
    { formula, substituted, value: size.eq(ZERO) ? null : new Decimal(C).div(size), reason },
    { base: name, baseCustomers: size },
  );
}
