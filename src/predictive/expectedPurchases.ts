import { z } from 'zod';
import { bgNbdExpectedPurchases, DurationSchema, paretoExpectedPurchases, PurchaseHistorySchema, PurchaseModelSchema } from '../core/predictive.js';
import { fail, parseInput } from '../core/validate.js';

/**
 * Input of {@link expectedPurchases}, as one object: the fitted purchase model, the customer's
 * history and the horizon t (in the model's time unit).
 * @category Predictive
 */
export const ExpectedPurchasesInputSchema = z.object({ model: PurchaseModelSchema, customer: PurchaseHistorySchema, t: DurationSchema });

/** @category Predictive */
export type ExpectedPurchasesInput = z.input<typeof ExpectedPurchasesInputSchema>;

/** @category Predictive */
export type ExpectedPurchasesOptions = never;

/** Expected purchases in the next t time units: a float64 number ≥ 0. @category Predictive */
export type ExpectedPurchasesResult = number;

/**
 * Conditional expected purchases (条件期望购买次数): how many purchases a customer with this history
 * is expected to make in the next `t` time units.
 *
 * Uses a fitted BG/NBD ({@link fitBgNbd}) or Pareto/NBD ({@link fitParetoNbd}) model; `t` and the
 * customer's recency and T are in the model's `timeUnit`. It already weighs in the chance that the
 * customer has left ({@link probabilityAlive}). A float64 estimate, not an exact decimal.
 *
 * @formula BG/NBD (FHL 2005 eq. 10): E[Y(t) | x, t_x, T] = (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x)
 * ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))] / [1 + δ(x > 0) a/(b + x − 1) ((α + T)/(α + t_x))^(r + x)].
 * Pareto/NBD (Fader & Hardie 2005 note, eq. 41): P(alive) · (r + x)(β + T)/((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s − 1)].
 * @source Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. (10); Fader & Hardie (2005), "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions", eq. (41).
 * @param model - a fitted `'bg-nbd'` or `'pareto-nbd'` model (plain JSON; only kind, params and timeUnit are read).
 * @param customer - `{ frequency, recency, T }` in the model's time unit.
 * @param t - the horizon, ≥ 0, in the model's time unit.
 * @returns Expected purchases in (T, T + t], a number ≥ 0 (0 when t = 0).
 * @throws {@link MetricInputError} when the model is not a fitted purchase model with positive finite
 * parameters, or the customer or t is invalid (paths `model.params.r`, `customer.recency`, `t`).
 * @example
 * const model = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * Number(expectedPurchases(model, { frequency: 2, recency: 30.43, T: 38.86 }, 39).toFixed(3)); // => 1.226
 * expectedPurchases(model, { frequency: 2, recency: 30.43, T: 38.86 }, 0); // => 0
 * @see {@link probabilityAlive}, {@link predictiveLifetimeValue}, {@link fitBgNbd}, {@link fitParetoNbd}
 * @category Predictive
 */
export function expectedPurchases(model: ExpectedPurchasesInput['model'], customer: PurchaseHistoryLike, t: number): ExpectedPurchasesResult {
  const input = parseInput('expectedPurchases', ExpectedPurchasesInputSchema, { model, customer, t });
  const { frequency: x, recency: tx, T } = input.customer;
  const m = input.model;
  const value =
    m.kind === 'bg-nbd' ? bgNbdExpectedPurchases(m.params, x, tx, T, input.t) : paretoExpectedPurchases(m.params, x, tx, T, input.t);
  if (!Number.isFinite(value)) fail('expectedPurchases', 'not_computable', 'model.params', 'give no finite expectation for this customer');
  return Math.max(0, value);
}

type PurchaseHistoryLike = ExpectedPurchasesInput['customer'];
