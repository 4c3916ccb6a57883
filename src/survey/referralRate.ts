import { z } from 'zod';
import { notAbove } from '../core/countRatio.js';
import { Decimal } from '../core/decimal.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { CountSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link referralRate}: customers willing to recommend, out of all customers.
 * @category Survey
 */
export const ReferralRateInputSchema = z
  .object({ willingToRecommend: CountSchema, customers: CountSchema })
  .superRefine(notAbove('willingToRecommend', 'customers'));

/** @category Survey */
export type ReferralRateInput = z.input<typeof ReferralRateInputSchema>;

/** @category Survey */
export type ReferralRateResult = MetricResult;

/**
 * Customer referral rate (客户推荐率): the share of customers willing to recommend you.
 *
 * Counts customers, not answers on a scale: those who say they would recommend you (or did), over
 * all customers. For the 0–10 recommendation question use {@link netPromoterScore}, which also
 * subtracts the detractors.
 *
 * @formula referral rate = W / customers, with W = customers willing to recommend.
 * @source seed 000 §9 (`愿意推荐的客户数量/客户总数量`).
 * @param input - `{ willingToRecommend, customers }`, non-negative whole numbers.
 * @returns A ratio in 0…1; `null` with a reason when there are no customers.
 * @throws {@link MetricInputError} when a count is not a non-negative whole number, or
 * `willingToRecommend` exceeds `customers`.
 * @example
 * referralRate({ willingToRecommend: 45, customers: 200 }).calculation; // => 'referral rate = W / customers = 45 / 200 = 0.225'
 * @see {@link netPromoterScore}, {@link customerSatisfactionScore}
 * @category Survey
 */
export function referralRate(input: ReferralRateInput): ReferralRateResult {
  const { willingToRecommend: W, customers } = parseInput('referralRate', ReferralRateInputSchema, input);
  return metricResult({
    formula: 'referral rate = W / customers',
    substituted: `${W} / ${customers}`,
    value: customers === 0 ? null : new Decimal(W).div(customers),
    reason: 'no customers (customers = 0)',
  });
}
