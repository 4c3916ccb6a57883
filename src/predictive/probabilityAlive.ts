import { z } from 'zod';
import { bgNbdProbabilityAlive, paretoProbabilityAlive, PurchaseHistorySchema, PurchaseModelSchema } from '../core/predictive.js';
import { fail, parseInput } from '../core/validate.js';

/**
 * Input of {@link probabilityAlive}, as one object: the fitted purchase model and the customer's history.
 * @category Predictive
 */
export const ProbabilityAliveInputSchema = z.object({ model: PurchaseModelSchema, customer: PurchaseHistorySchema });

/** @category Predictive */
export type ProbabilityAliveInput = z.input<typeof ProbabilityAliveInputSchema>;

/** @category Predictive */
export type ProbabilityAliveOptions = never;

/** The probability that the customer is still active: a float64 number in 0…1. @category Predictive */
export type ProbabilityAliveResult = number;

/**
 * Probability a customer is alive (P(alive), 客户存活概率): the chance that a customer with this
 * purchase history has not yet dropped out, at the end of their observation (age T).
 *
 * Uses a fitted BG/NBD or Pareto/NBD model. Under BG/NBD a customer can only drop out right after a
 * purchase, so one with no repeat purchase (frequency 0) is alive with probability 1; under
 * Pareto/NBD they can leave at any time, so a long silence lowers the probability for everyone.
 * A float64 estimate.
 *
 * @formula BG/NBD: P(alive | x, t_x, T) = 1 / (1 + δ(x > 0) · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)).
 * Pareto/NBD: P(alive | x, t_x, T) = 1 / (1 + s/(r + s + x) · (α + T)^(r + x) (β + T)^s · A₀), A₀ as in {@link fitParetoNbd}.
 * @source Fader, Hardie & Lee (2005), "Computing P(alive) Using the BG/NBD Model" (note) and Marketing Science 24(2);
 * Fader & Hardie (2005), "A Note on Deriving the Pareto/NBD Model and Related Expressions", eqs. (36)–(37).
 * @param model - a fitted `'bg-nbd'` or `'pareto-nbd'` model (plain JSON).
 * @param customer - `{ frequency, recency, T }` in the model's time unit.
 * @returns A probability in 0…1.
 * @throws {@link MetricInputError} when the model or the customer is invalid (paths `model.params.a`, `customer.recency`), and
 *   `not_computable` at `model.params` when parameters near the float64 limit overflow the computation.
 * @example
 * const model = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * probabilityAlive(model, { frequency: 0, recency: 0, T: 38.86 }); // => 1
 * Number(probabilityAlive(model, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(3)); // => 0.727
 * @see {@link expectedPurchases}, {@link fitBgNbd}, {@link fitParetoNbd}
 * @category Predictive
 */
export function probabilityAlive(model: ProbabilityAliveInput['model'], customer: ProbabilityAliveInput['customer']): ProbabilityAliveResult {
  const input = parseInput('probabilityAlive', ProbabilityAliveInputSchema, { model, customer });
  const { frequency: x, recency: tx, T } = input.customer;
  const m = input.model;
  const p = m.kind === 'bg-nbd' ? bgNbdProbabilityAlive(m.params, x, tx, T) : paretoProbabilityAlive(m.params, x, tx, T);
  // Parameters near the float64 limit (s = 1.8e308) overflow inside the likelihood terms.
  if (Number.isNaN(p)) fail('probabilityAlive', 'not_computable', 'model.params', 'give no probability for this customer (the computation overflows float64)');
  return Math.min(1, Math.max(0, p));
}
