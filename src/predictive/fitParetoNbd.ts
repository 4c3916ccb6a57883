import { z } from 'zod';
import { frozen } from '../core/result.js';
import { withNumericalGradient } from '../core/optimize.js';
import {
  compressHistories,
  type CompressedHistories,
  fitInLogSpace,
  readFitInput,
  type ParetoNbdModel,
  paretoLogLikelihoodRest,
  PurchaseHistorySchema,
  readHistoriesFast,
  type FitOptions,
} from '../core/predictive.js';
import { logGamma } from '../core/special.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link fitParetoNbd}: one purchase history per customer, `{ frequency, recency, T }`.
 * @category Predictive
 */
export const FitParetoNbdInputSchema = z.array(PurchaseHistorySchema).min(1);

/** @category Predictive */
export type FitParetoNbdInput = z.input<typeof FitParetoNbdInputSchema>;

/** @category Predictive */
export type FitParetoNbdOptions = FitOptions;

/** @category Predictive */
export type FitParetoNbdResult = ParetoNbdModel;

const NAMES = ['r', 'alpha', 's', 'beta'] as const;

/** The total Pareto/NBD log-likelihood over compressed rows. */
function logLikelihood(d: CompressedHistories, theta: readonly number[]): number {
  const [r, alpha, s, beta] = theta as [number, number, number, number];
  const p = { r, alpha, s, beta };
  const lgr = logGamma(r);
  const lgR = Array.from(d.xs, (x) => (x === 0 ? 0 : logGamma(r + x) - lgr));
  let ll = 0;
  for (let i = 0; i < d.rows; i++) {
    ll += d.w[i]! * (lgR[d.xi[i]!]! + paretoLogLikelihoodRest(p, d.x[i]!, d.tx[i]!, d.T[i]!));
  }
  return ll;
}

/**
 * Fit the Pareto/NBD model (帕累托/负二项分布模型) by maximum likelihood.
 *
 * The original "buy till you die" model of a non-contractual business: while alive, a customer
 * buys at a Poisson rate λ and their unobserved lifetime is exponential with rate μ;
 * λ ~ Gamma(r, α) and μ ~ Gamma(s, β) across customers. It reads the same
 * `{ frequency, recency, T }` rows as {@link fitBgNbd} and differs in that a customer can drop out
 * at any moment, not only right after a purchase (so a customer with no repeat purchase need not
 * be alive). Predict with {@link expectedPurchases} and {@link probabilityAlive}.
 *
 * Identical rows are collapsed with weights; the likelihood is maximised over the logarithms of
 * the parameters by BFGS with central-difference gradients from three starting points. The
 * likelihood's Gaussian hypergeometric terms are summed in log space after Euler's
 * transformation, whose series has positive terms that shrink geometrically. Standard errors,
 * `converged`/`reason` and the no-repeat-purchase case behave as in {@link fitBgNbd}.
 *
 * @formula L = Γ(r + x) α^r β^s / Γ(r) · [ 1 / ((α + T)^(r + x) (β + T)^s) + s/(r + s + x) · A₀ ], with, for α ≥ β,
 * A₀ = ₂F₁(r + s + x, s + 1; r + s + x + 1; (α − β)/(α + t_x)) / (α + t_x)^(r + s + x) − (the same at T),
 * and for α < β the same with β in place of α and r + x in place of s + 1.
 * @source Schmittlein, Morrison & Colombo (1987), "Counting Your Customers: Who Are They and What
 * Will They Do Next?", Management Science 33(1); Fader & Hardie (2005), "A Note on Deriving the
 * Pareto/NBD Model and Related Expressions", eqs. (18)–(20).
 * @param summaries - `[{ frequency, recency, T }]`, recency and T in `options.timeUnit`; extra fields ignored.
 * @param options - `{ timeUnit?: 'day' | 'week' | 'month' (default 'day'), penalizer?: number (default 0), maxIterations?: number }`.
 * @returns A plain-JSON model `{ kind: 'pareto-nbd', params: { r, alpha, s, beta }, logLikelihood, standardErrors,
 * converged, reason?, iterations, gradientNorm, timeUnit, customers, penalizer }`.
 * @throws {@link MetricInputError} as {@link fitBgNbd} does, naming the row (`summaries[12].recency`).
 * @example
 * const model = fitParetoNbd([
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 * ], { timeUnit: 'week' });
 * model.kind; // => 'pareto-nbd'
 * Object.keys(model.params); // => ['r', 'alpha', 's', 'beta']
 * @see {@link fitBgNbd}, {@link fitGammaGamma}, {@link expectedPurchases}, {@link probabilityAlive}
 * @category Predictive
 */
export function fitParetoNbd(summaries: FitParetoNbdInput, options?: FitParetoNbdOptions): FitParetoNbdResult {
  const { rows, options: parsedOptions } = readFitInput('fitParetoNbd', FitParetoNbdInputSchema, readHistoriesFast(summaries), summaries, options);
  const opts = parsedOptions ?? {};
  const penalizer = opts.penalizer ?? 0;
  const d = compressHistories(rows);
  const N = d.customers;
  const value = (u: Float64Array) => {
    const th = Array.from(u, Math.exp);
    return -logLikelihood(d, th) / N + penalizer * th.reduce((s, v) => s + v * v, 0);
  };
  const rate = Math.max(d.totalFrequency / N, 0.1) / Math.max(d.meanT, 1e-3);
  const scale = Math.max(d.meanT, 1e-3);
  const starts = [
    [0.9, 0.9 / rate, 0.9, scale],
    [0.45, 0.45 / rate, 0.55, scale / 4],
    [1.9, 1.9 / rate, 2.1, 4 * scale],
  ];
  const fit = fitInLogSpace({
    names: NAMES,
    objective: withNumericalGradient(value, 1e-6),
    logLikelihood: (th) => logLikelihood(d, th),
    starts,
    customers: N,
    maxIterations: opts.maxIterations ?? 500,
    gradientTolerance: 1e-7,
    hessianStep: 1e-3,
    ...(d.totalFrequency === 0
      ? { noInteriorReason: 'every customer has frequency 0 (no repeat purchase), so the likelihood keeps rising as r → 0 and has no interior maximum' }
      : {}),
  });
  return frozen({
    kind: 'pareto-nbd' as const,
    params: fit.params as ParetoNbdModel['params'],
    logLikelihood: fit.logLikelihood,
    standardErrors: fit.standardErrors,
    converged: fit.converged,
    ...(fit.reason === undefined ? {} : { reason: fit.reason }),
    iterations: fit.iterations,
    gradientNorm: fit.gradientNorm,
    timeUnit: opts.timeUnit ?? 'day',
    customers: N,
    penalizer,
  });
}
