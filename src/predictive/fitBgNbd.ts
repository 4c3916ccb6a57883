import { z } from 'zod';
import { frozen } from '../core/result.js';
import type { Objective } from '../core/optimize.js';
import {
  type BgNbdModel,
  compressHistories,
  type CompressedHistories,
  fitInLogSpace,
  logLikelihoodFromObjective,
  readFitInput,
  PurchaseHistorySchema,
  readHistoriesFast,
  type FitOptions,
} from '../core/predictive.js';
import { digamma, logGamma } from '../core/special.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link fitBgNbd}: one purchase history per customer, `{ frequency, recency, T }`.
 * @category Predictive
 */
export const FitBgNbdInputSchema = z.array(PurchaseHistorySchema).min(1);

/** @category Predictive */
export type FitBgNbdInput = z.input<typeof FitBgNbdInputSchema>;

/** @category Predictive */
export type FitBgNbdOptions = FitOptions;

/** @category Predictive */
export type FitBgNbdResult = BgNbdModel;

const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/** The mean negative BG/NBD log-likelihood (plus penalty) over compressed rows, in log parameters, with its analytic gradient. */
function objective(d: CompressedHistories, penalizer: number): Objective {
  const k = d.xs.length;
  const lgR = new Float64Array(k);
  const dgR = new Float64Array(k);
  const lgB = new Float64Array(k);
  const dgA = new Float64Array(k);
  const dgB = new Float64Array(k);
  const lnBx1 = new Float64Array(k);
  return (u, grad) => {
    const r = Math.exp(u[0]!);
    const alpha = Math.exp(u[1]!);
    const a = Math.exp(u[2]!);
    const b = Math.exp(u[3]!);
    const lgr = logGamma(r);
    const psr = digamma(r);
    const lgab = logGamma(a + b) - logGamma(b);
    const psab = digamma(a + b);
    const psb = digamma(b);
    for (let j = 0; j < k; j++) {
      const x = d.xs[j]!;
      if (x === 0) {
        lgR[j] = 0;
        dgR[j] = 0;
        lgB[j] = 0;
        dgA[j] = 0;
        dgB[j] = 0;
        lnBx1[j] = 0;
        continue;
      }
      lgR[j] = logGamma(r + x) - lgr;
      dgR[j] = digamma(r + x) - psr;
      const psabx = digamma(a + b + x);
      lgB[j] = lgab + logGamma(b + x) - logGamma(a + b + x);
      dgA[j] = psab - psabx;
      dgB[j] = psab + digamma(b + x) - psb - psabx;
      lnBx1[j] = Math.log(b + x - 1);
    }
    const lnAlpha = Math.log(alpha);
    const lnA = Math.log(a);
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    const n = d.rows;
    for (let i = 0; i < n; i++) {
      const x = d.x[i]!;
      const w = d.w[i]!;
      const j = d.xi[i]!;
      const T = d.T[i]!;
      const rx = r + x;
      const lnAT = Math.log(alpha + T);
      const A3 = -rx * lnAT;
      if (x === 0) {
        ll += w * (r * lnAlpha + A3);
        gr += w * (lnAlpha - lnAT);
        gAlpha += w * (r / alpha - rx / (alpha + T));
        continue;
      }
      const tx = d.tx[i]!;
      const lnAtx = Math.log(alpha + tx);
      const A4 = lnA - lnBx1[j]! - rx * lnAtx;
      let lse: number;
      let p: number;
      if (A3 >= A4) {
        const e = Math.exp(A4 - A3);
        lse = A3 + Math.log1p(e);
        p = e / (1 + e);
      } else {
        const e = Math.exp(A3 - A4);
        lse = A4 + Math.log1p(e);
        p = 1 / (1 + e);
      }
      ll += w * (lgR[j]! + r * lnAlpha + lgB[j]! + lse);
      gr += w * (dgR[j]! + lnAlpha - (1 - p) * lnAT - p * lnAtx);
      gAlpha += w * (r / alpha - rx * ((1 - p) / (alpha + T) + p / (alpha + tx)));
      ga += w * (dgA[j]! + p / a);
      gb += w * (dgB[j]! - p / (b + x - 1));
    }
    const N = d.customers;
    // d/du = θ · d/dθ; the penalty c·Σθ² contributes 2cθ² in u
    grad[0] = (-r * gr) / N + 2 * penalizer * r * r;
    grad[1] = (-alpha * gAlpha) / N + 2 * penalizer * alpha * alpha;
    grad[2] = (-a * ga) / N + 2 * penalizer * a * a;
    grad[3] = (-b * gb) / N + 2 * penalizer * b * b;
    return -ll / N + penalizer * (r * r + alpha * alpha + a * a + b * b);
  };
}

/**
 * Fit the BG/NBD model (beta-geometric / negative binomial distribution, BG/NBD 模型) by maximum likelihood.
 *
 * The "buy till you die" model of a non-contractual business: while alive, a customer buys at a
 * Poisson rate λ; after each purchase they drop out with probability p; λ ~ Gamma(r, α) and
 * p ~ Beta(a, b) across customers. Fit it to each customer's `frequency` (repeat purchases),
 * `recency` and `T` (as `customerSummaries` produces), then predict with
 * {@link expectedPurchases}, {@link probabilityAlive} and {@link predictiveLifetimeValue}.
 * {@link fitParetoNbd} is the continuous-drop-out alternative.
 *
 * Customers with the same (frequency, recency, T) are collapsed into one weighted row. The
 * likelihood is maximised over ln r, ln α, ln a, ln b by BFGS with the analytic gradient from
 * three starting points; the best end point wins. Standard errors come from the Hessian of the
 * total log-likelihood (delta method back from log space). When every customer has frequency 0
 * (no repeat purchase at all) the likelihood has no interior maximum: the model comes back with
 * `converged: false` and a `reason`, never NaN.
 *
 * @formula L(r, α, a, b | x, t_x, T) = B(a, b + x)/B(a, b) · Γ(r + x) α^r / (Γ(r) (α + T)^(r + x))
 * + δ(x > 0) · B(a + 1, b + x − 1)/B(a, b) · Γ(r + x) α^r / (Γ(r) (α + t_x)^(r + x)); the fit maximises Σ ln L.
 * @source Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
 * Pareto/NBD Model", Marketing Science 24(2), eq. (6); seed 003 names predictive CLV models.
 * @param summaries - `[{ frequency, recency, T }]`, recency and T in `options.timeUnit`; extra fields ignored.
 * @param options - `{ timeUnit?: 'day' | 'week' | 'month' (default 'day'), penalizer?: number (default 0), maxIterations?: number }`.
 * @returns A plain-JSON model `{ kind: 'bg-nbd', params: { r, alpha, a, b }, logLikelihood, standardErrors,
 * converged, reason?, iterations, gradientNorm, timeUnit, customers, penalizer }`.
 * @throws {@link MetricInputError} when a row's frequency is not a whole number ≥ 0, recency or T is negative or
 * not finite, recency > T, recency ≠ 0 with frequency 0, or the list is empty.
 * @example
 * const model = fitBgNbd([
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 *   { frequency: 1, recency: 1.71, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 *   { frequency: 7, recency: 29.43, T: 38.86 },
 *   { frequency: 1, recency: 5, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 *   { frequency: 2, recency: 35.71, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 * ], { timeUnit: 'week' });
 * model.kind; // => 'bg-nbd'
 * model.timeUnit; // => 'week'
 * model.customers; // => 10
 * Object.keys(model.params); // => ['r', 'alpha', 'a', 'b']
 * @see {@link fitParetoNbd}, {@link fitGammaGamma}, {@link expectedPurchases}, {@link probabilityAlive}
 * @category Predictive
 */
export function fitBgNbd(summaries: FitBgNbdInput, options?: FitBgNbdOptions): FitBgNbdResult {
  const { rows, options: parsedOptions } = readFitInput('fitBgNbd', FitBgNbdInputSchema, readHistoriesFast(summaries), summaries, options);
  const opts = parsedOptions ?? {};
  const penalizer = opts.penalizer ?? 0;
  const d = compressHistories(rows);
  const f = objective(d, penalizer);
  // purchase rate E[λ] = r/α ≈ mean frequency / mean T; drop-out E[p] = a/(a + b)
  const rate = Math.max(d.totalFrequency / d.customers, 0.1) / Math.max(d.meanT, 1e-3);
  const starts = [
    [1, 1 / rate, 1, 1],
    [0.3, 0.3 / rate, 0.5, 3],
    [3, 3 / rate, 2, 8],
  ];
  const fit = fitInLogSpace({
    names: NAMES,
    objective: f,
    logLikelihood: logLikelihoodFromObjective(f, 4, penalizer, d.customers),
    starts,
    customers: d.customers,
    maxIterations: opts.maxIterations ?? 500,
    gradientTolerance: 1e-9,
    ...(d.totalFrequency === 0
      ? { noInteriorReason: 'every customer has frequency 0 (no repeat purchase), so the likelihood keeps rising as r → 0 and has no interior maximum' }
      : {}),
  });
  return frozen({
    kind: 'bg-nbd' as const,
    params: fit.params as BgNbdModel['params'],
    logLikelihood: fit.logLikelihood,
    standardErrors: fit.standardErrors,
    converged: fit.converged,
    ...(fit.reason === undefined ? {} : { reason: fit.reason }),
    iterations: fit.iterations,
    gradientNorm: fit.gradientNorm,
    timeUnit: opts.timeUnit ?? 'day',
    customers: d.customers,
    penalizer,
  });
}
