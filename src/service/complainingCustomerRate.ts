import { z } from 'zod';
import { notAbove } from '../core/countRatio.js';
import { Decimal } from '../core/decimal.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { CountSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link complainingCustomerRate}: distinct customers who complained, out of all customers.
 * @category Service
 */
export const ComplainingCustomerRateInputSchema = z
  .object({ complainingCustomers: CountSchema, customers: CountSchema })
  .superRefine(notAbove('complainingCustomers', 'customers'));

/** @category Service */
export type ComplainingCustomerRateInput = z.input<typeof ComplainingCustomerRateInputSchema>;

/** @category Service */
export type ComplainingCustomerRateResult = MetricResult;

/**
 * Complaining-customer rate (投诉客户占比): the share of customers who complained at least once.
 *
 * The distinct-customer variant of {@link complaintRate}: each customer counts once however often
 * they complained, so the rate stays within 0…1.
 *
 * @formula complaining-customer rate = complaining customers / customers.
 * @source seed 000 §8 (the complaint rate), counted over distinct customers.
 * @param input - `{ complainingCustomers, customers }`, non-negative whole numbers.
 * @returns A ratio in 0…1; `null` with a reason when there are no customers.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number, or
 * `complainingCustomers` exceeds `customers`.
 * @example
 * complainingCustomerRate({ complainingCustomers: 10, customers: 400 }).calculation; // => 'complaining-customer rate = complaining customers / customers = 10 / 400 = 0.025'
 * @see {@link complaintRate}, {@link resolutionRate}
 * @category Service
 */
export function complainingCustomerRate(input: ComplainingCustomerRateInput): ComplainingCustomerRateResult {
  const { complainingCustomers, customers } = parseInput('complainingCustomerRate', ComplainingCustomerRateInputSchema, input);
  return metricResult({
    formula: 'complaining-customer rate = complaining customers / customers',
    substituted: `${complainingCustomers} / ${customers}`,
    value: customers === 0 ? null : new Decimal(complainingCustomers).div(customers),
    reason: 'no customers (customers = 0)',
  });
}
