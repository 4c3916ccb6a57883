import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { SnapshotFields, snapshotRules } from '../core/snapshot.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link customerChurnRate}: a period snapshot with N ≤ E ≤ S + N, the same input and
 * rules as {@link customerRetentionRate}.
 * @category Retention
 */
export const CustomerChurnRateInputSchema = z.object(SnapshotFields).superRefine(snapshotRules(true));

/** @category Retention */
export type CustomerChurnRateInput = z.input<typeof CustomerChurnRateInputSchema>;

/** @category Retention */
export type CustomerChurnRateResult = MetricResult;

/**
 * Customer churn rate (CCR, 客户流失率).
 *
 * The share of the customers you had at the start of a period that you no longer have at its
 * end, read off a period snapshot: the customers at the start, less those at the end, plus the
 * new ones, over the customers at the start. It is the exact complement of
 * {@link customerRetentionRate} on the same snapshot (CRR + CCR = 1) and makes the same
 * assumption: every new customer is still there at the end (N ≤ E). Only losses among the
 * starting customers count; to divide the number of churned customers by a base of your choice
 * (start, average or end), use {@link churnRate}.
 *
 * @formula CCR = (S − E + N) / S, with S = customers at period start, E = customers at period
 * end, N = new customers acquired in the period (all counts of customers).
 * @source seed 001 §4 (`(期初客户数量 – 期末客户数量 + 期内新增客户数量) / 期初客户数量`).
 * @param snapshot - `{ customersAtStart, customersAtEnd, newCustomers, churnedCustomers?, periodStart?, periodEnd? }`.
 * @returns A ratio in 0…1 (not a percentage); `null` with a reason when S = 0.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number, when
 * E > S + N or N > E, or when `churnedCustomers` disagrees with E = S + N − C.
 * @example
 * customerChurnRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 }).calculation; // => 'CCR = (S − E + N) / S = (100 − 120 + 30) / 100 = 0.1'
 * customerChurnRate({ customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 }).value; // => null
 * @see {@link customerRetentionRate}, {@link churnRate}, {@link customerGrowthRate}
 * @category Retention
 */
export function customerChurnRate(snapshot: CustomerChurnRateInput): CustomerChurnRateResult {
  const { customersAtStart: S, customersAtEnd: E, newCustomers: N } = parseInput('customerChurnRate', CustomerChurnRateInputSchema, snapshot);
  return metricResult({
    formula: 'CCR = (S − E + N) / S',
    substituted: `(${S} − ${E} + ${N}) / ${S}`,
    value: S === 0 ? null : new Decimal(S - E + N).div(S),
    reason: 'no customers at period start (S = 0)',
  });
}
