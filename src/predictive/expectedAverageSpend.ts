import { z } from 'zod';
import { GammaGammaModelSchema, SpendHistorySchema, spendOf } from '../core/predictive.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link expectedAverageSpend}, as one object: the fitted Gamma-Gamma model and the customer's spend history.
 * @category Predictive
 */
export const ExpectedAverageSpendInputSchema = z.object({ spendModel: GammaGammaModelSchema, customer: SpendHistorySchema });

/** @category Predictive */
export type ExpectedAverageSpendInput = z.input<typeof ExpectedAverageSpendInputSchema>;

/** @category Predictive */
export type ExpectedAverageSpendOptions = never;

/** Expected spend per transaction, in the currency of monetaryValue: a float64 number > 0. @category Predictive */
export type ExpectedAverageSpendResult = number;

/**
 * Expected average spend per transaction (预期平均客单价) of a customer, from a Gamma-Gamma model.
 *
 * Shrinks the customer's own mean spend towards the population mean: the more repeat purchases
 * they have, the more their own mean counts. For a customer with no repeat purchase it is the
 * population mean p·v/(q − 1). A float64 estimate in the currency of `monetaryValue`.
 *
 * @formula E[M | p, q, v, x, m̄] = p (v + x m̄) / (p x + q − 1)
 * = (q − 1)/(p x + q − 1) · p v/(q − 1) + p x/(p x + q − 1) · m̄.
 * @source Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value" (note), eq. (5).
 * @param spendModel - a fitted `'gamma-gamma'` model (plain JSON; only kind and params are read).
 * @param customer - `{ frequency, monetaryValue }` (monetaryValue: decimal string, number or Decimal; 0 allowed when frequency is 0).
 * @returns Expected spend per transaction, > 0.
 * @throws {@link MetricInputError} when the model or customer is invalid, or when p·x + q ≤ 1 (the mean is
 * infinite: path `spendModel.params.q`).
 * @example
 * const spendModel = { kind: 'gamma-gamma', params: { p: 6.25, q: 3.74, v: 15.44 } } as const;
 * Number(expectedAverageSpend(spendModel, { frequency: 2, monetaryValue: '22.35' }).toFixed(2)); // => 24.66
 * @see {@link fitGammaGamma}, {@link predictiveLifetimeValue}
 * @category Predictive
 */
export function expectedAverageSpend(
  spendModel: ExpectedAverageSpendInput['spendModel'],
  customer: ExpectedAverageSpendInput['customer'],
): ExpectedAverageSpendResult {
  const input = parseInput('expectedAverageSpend', ExpectedAverageSpendInputSchema, { spendModel, customer });
  return spendOf('expectedAverageSpend', input.spendModel.params, input.customer.frequency, input.customer.monetaryValue);
}
