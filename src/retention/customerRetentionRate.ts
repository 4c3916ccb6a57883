import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { SnapshotFields, snapshotRules } from '../core/snapshot.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link customerRetentionRate}: a period snapshot with N ≤ E ≤ S + N.
 * @category Retention
 */
export const CustomerRetentionRateInputSchema = z.object(SnapshotFields).superRefine(snapshotRules(true));

/** @category Retention */
export type CustomerRetentionRateInput = z.input<typeof CustomerRetentionRateInputSchema>;

/** @category Retention */
export type CustomerRetentionRateResult = MetricResult;

/**
 * Customer retention rate (CRR, 客户保留率 / 客户留存率).
 *
 * The share of the customers you had at the start of a period that you still have at its end,
 * read off a period snapshot: the customers at the end, less the new ones, over the customers at
 * the start. It assumes every new customer is still there at the end (N ≤ E); when new customers
 * also left inside the period, the snapshot cannot tell who stayed, and
 * `startCohortRetentionRate` on the events gives the exact share instead. Its complement is
 * {@link customerChurnRate}.
 *
 * @formula CRR = (E − N) / S, with S = customers at period start, E = customers at period end,
 * N = new customers acquired in the period (all counts of customers).
 * @source seed 000 §2 (`(期末客户数量 – 新增客户数量)/期初客户数量`), seed 001 §3.
 * @param snapshot - `{ customersAtStart, customersAtEnd, newCustomers, churnedCustomers?, periodStart?, periodEnd? }`.
 * @returns A ratio in 0…1 (not a percentage); `null` with a reason when S = 0.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number, when
 * E > S + N or N > E, or when `churnedCustomers` disagrees with E = S + N − C.
 * @example
 * customerRetentionRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 }).calculation; // => 'CRR = (E − N) / S = (120 − 30) / 100 = 0.9'
 * @see {@link customerChurnRate}, {@link churnRate}, {@link customerGrowthRate}
 * @category Retention
 */
export function customerRetentionRate(snapshot: CustomerRetentionRateInput): CustomerRetentionRateResult {
  const { customersAtStart: S, customersAtEnd: E, newCustomers: N } = parseInput(
    'customerRetentionRate',
    CustomerRetentionRateInputSchema,
    snapshot,
  );
  return metricResult({
    formula: 'CRR = (E − N) / S',
    substituted: `(${E} − ${N}) / ${S}`,
    value: S === 0 ? null : new Decimal(E - N).div(S),
    reason: 'no customers at period start (S = 0)',
  });
}
