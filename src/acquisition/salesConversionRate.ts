import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { CountSchema } from '../core/schemas.js';
import { isCount } from '../core/snapshot.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link salesConversionRate}: the leads (potential customers) and how many of them
 * became customers, with converted ≤ leads.
 * @category Acquisition
 */
export const SalesConversionRateInputSchema = z
  .object({ convertedCustomers: CountSchema, leads: CountSchema })
  .superRefine(({ convertedCustomers: c, leads: l }, ctx) => {
    if (isCount(c) && isCount(l) && c > l) {
      ctx.addIssue({
        code: 'custom',
        path: ['convertedCustomers'],
        params: { code: 'inconsistent' },
        message: `(${c}) must not exceed leads (${l}): only leads can convert`,
      });
    }
  });

/** @category Acquisition */
export type SalesConversionRateInput = z.input<typeof SalesConversionRateInputSchema>;

/** @category Acquisition */
export type SalesConversionRateResult = MetricResult;

/**
 * Sales conversion rate (销售转化率).
 *
 * The share of potential customers (leads) who became actual customers: how well the sales
 * process turns interest into business. Count the converted customers among the same leads you
 * divide by (for a period, the leads created in it that converted), so that the ratio stays
 * within 0…1.
 *
 * @formula conversion rate = converted / leads, with converted = leads that became customers
 * and leads = potential customers (counts).
 * @source seed 000 §6 (`实际客户数量 / 潜在客户数量`).
 * @param input - `{ convertedCustomers, leads }`.
 * @returns A ratio in 0…1 (not a percentage); `null` with a reason when there are no leads.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number, or when
 * `convertedCustomers` exceeds `leads`.
 * @example
 * salesConversionRate({ convertedCustomers: 30, leads: 200 }).calculation; // => 'conversion rate = converted / leads = 30 / 200 = 0.15'
 * salesConversionRate({ convertedCustomers: 0, leads: 0 }).reason; // => 'no leads (potential customers = 0)'
 * @see {@link customerAcquisitionCost}
 * @category Acquisition
 */
export function salesConversionRate(input: SalesConversionRateInput): SalesConversionRateResult {
  const { convertedCustomers: c, leads: l } = parseInput('salesConversionRate', SalesConversionRateInputSchema, input);
  return metricResult({
    formula: 'conversion rate = converted / leads',
    substituted: `${c} / ${l}`,
    value: l === 0 ? null : new Decimal(c).div(l),
    reason: 'no leads (potential customers = 0)',
  });
}
