import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { partialSnapshotRules } from '../core/partialSnapshot.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { SnapshotFields } from '../core/snapshot.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link customerGrowthRate}: a period snapshot. Only S and E enter the formula;
 * `newCustomers` may be left out, and what is given must be consistent (E ≤ S + N,
 * E = S + N − C), but N ≤ E is not required: growth makes no assumption about new customers.
 * @category Retention
 */
export const CustomerGrowthRateInputSchema = z
  .object({ ...SnapshotFields, newCustomers: SnapshotFields.newCustomers.optional() })
  .superRefine(partialSnapshotRules());

/** @category Retention */
export type CustomerGrowthRateInput = z.input<typeof CustomerGrowthRateInputSchema>;

/** @category Retention */
export type CustomerGrowthRateResult = MetricResult;

/**
 * Customer growth rate (CGR, 客户增长率).
 *
 * The net change in the number of customers over a period, relative to the number at its
 * start: positive when the customer base grew, negative when it shrank, 0 when new customers
 * exactly replaced the lost ones. Unlike {@link customerRetentionRate} and
 * {@link customerChurnRate} it says nothing about who stayed; it is the headline of a customer
 * management report next to them.
 *
 * @formula CGR = (E − S) / S, with S = customers at period start, E = customers at period end.
 * @source seed 002 FAQ 3 (客户增长率 named as a key report indicator; the seed gives no
 * formula, so the library uses the usual relative change of the customer count).
 * @param snapshot - `{ customersAtStart, customersAtEnd, newCustomers?, churnedCustomers?, periodStart?, periodEnd? }`.
 * @returns A ratio, −1…+∞ (−1 when every customer was lost; not a percentage); `null` with a
 * reason when S = 0.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number, or when the
 * given counts contradict E = S + N − C.
 * @example
 * customerGrowthRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 }).calculation; // => 'CGR = (E − S) / S = (120 − 100) / 100 = 0.2'
 * customerGrowthRate({ customersAtStart: 200, customersAtEnd: 150 }).value; // => '-0.25'
 * @see {@link customerRetentionRate}, {@link customerChurnRate}, {@link churnRate}
 * @category Retention
 */
export function customerGrowthRate(snapshot: CustomerGrowthRateInput): CustomerGrowthRateResult {
  const { customersAtStart: S, customersAtEnd: E } = parseInput('customerGrowthRate', CustomerGrowthRateInputSchema, snapshot);
  return metricResult({
    formula: 'CGR = (E − S) / S',
    substituted: `(${E} − ${S}) / ${S}`,
    value: S === 0 ? null : new Decimal(E - S).div(S),
    reason: 'no customers at period start (S = 0)',
  });
}
