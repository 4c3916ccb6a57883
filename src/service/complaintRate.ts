import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { CountSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link complaintRate}: complaints received and the number of customers.
 * @category Service
 */
export const ComplaintRateInputSchema = z.object({ complaints: CountSchema, customers: CountSchema });

/** @category Service */
export type ComplaintRateInput = z.input<typeof ComplaintRateInputSchema>;

/** @category Service */
export type ComplaintRateResult = MetricResult;

/**
 * Customer complaint rate (客户投诉率): complaints per customer.
 *
 * Counts complaints, not customers: one customer who complains three times counts three times, so
 * the rate can exceed 1, and that is allowed. For the share of customers who complained at least
 * once, use {@link complainingCustomerRate}.
 *
 * @formula complaint rate = complaints / customers.
 * @source seed 000 §8 (`客户投诉数量/客户总数量`).
 * @param input - `{ complaints, customers }`, non-negative whole numbers.
 * @returns A non-negative ratio, possibly above 1; `null` with a reason when there are no customers.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number.
 * @example
 * complaintRate({ complaints: 12, customers: 400 }).calculation; // => 'complaint rate = complaints / customers = 12 / 400 = 0.03'
 * complaintRate({ complaints: 9, customers: 6 }).value?.toString(); // => '1.5'
 * @see {@link complainingCustomerRate}, {@link resolutionRate}
 * @category Service
 */
export function complaintRate(input: ComplaintRateInput): ComplaintRateResult {
  const { complaints, customers } = parseInput('complaintRate', ComplaintRateInputSchema, input);
  return metricResult({
    formula: 'complaint rate = complaints / customers',
    substituted: `${complaints} / ${customers}`,
    value: customers === 0 ? null : new Decimal(complaints).div(customers),
    reason: 'no customers (customers = 0)',
  });
}
