import { z } from 'zod';
import { frozen } from '../core/result.js';
import type { Objective } from '../core/optimize.js';
import { distinct, fitInLogSpace, logLikelihoodFromObjective, readFitInput, type FitOptions, type GammaGammaModel, SpendHistorySchema, readSpendsFast } from '../core/predictive.js';
import { digamma, logGamma } from '../core/special.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link fitGammaGamma}: one spend history per customer, `{ frequency, monetaryValue }`.
 * Rows with frequency 0 are accepted and skipped.
 * @category Predictive
 */
export const FitGammaGammaInputSchema = z.array(SpendHistorySchema).min(1);

/** @category Predictive */
export type FitGammaGammaInput = z.input<typeof FitGammaGammaInputSchema>;

/** @category Predictive */
export type FitGammaGammaOptions = FitOptions;

/** @category Predictive */
export type FitGammaGammaResult = GammaGammaModel;

const NAMES = ['p', 'q', 'v'] as const;

interface SpendRows {
  readonly rows: number;
  readonly customers: number;
  readonly x: Float64Array;
  readonly m: Float64Array;
  readonly lnM: Float64Array;
  readonly lnX: Float64Array;
  readonly w: Float64Array;
  readonly xi: Int32Array;
  readonly xs: Float64Array;
}

function compress(rows: readonly { frequency: number; monetaryValue: number }[]): SpendRows {
  const index = new Map<string, number>();
  const x: number[] = [];
  const m: number[] = [];
  const w: number[] = [];
  for (const r of rows) {
    const key = `${r.frequency},${r.monetaryValue}`;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, x.length);
      x.push(r.frequency);
      m.push(r.monetaryValue);
      w.push(1);
    } else w[at] = w[at]! + 1;
  }
  const { values: xs, indexOf: xi } = distinct(x);
  return {
    rows: x.length,
    customers: rows.length,
    x: Float64Array.from(x),
    m: Float64Array.from(m),
    lnM: Float64Array.from(m, Math.log),
    lnX: Float64Array.from(x, Math.log),
    w: Float64Array.from(w),
    xi,
    xs,
  };
}

/** The mean negative Gamma-Gamma log-likelihood (plus penalty) in log parameters, with its analytic gradient. */
function objective(d: SpendRows, penalizer: number): Objective {
  const k = d.xs.length;
  const lgPart = new Float64Array(k);
  const dgP = new Float64Array(k);
  const dgQ = new Float64Array(k);
  return (u, grad) => {
    const p = Math.exp(u[0]!);
    const q = Math.exp(u[1]!);
    const v = Math.exp(u[2]!);
    const lgq = logGamma(q);
    const psq = digamma(q);
    for (let j = 0; j < k; j++) {
      const px = p * d.xs[j]!;
      const ps = digamma(px + q);
      lgPart[j] = logGamma(px + q) - logGamma(px) - lgq;
      dgP[j] = ps - digamma(px);
      dgQ[j] = ps - psq;
    }
    const lnV = Math.log(v);
    let ll = 0;
    let gp = 0;
    let gq = 0;
    let gv = 0;
    for (let i = 0; i < d.rows; i++) {
      const x = d.x[i]!;
      const w = d.w[i]!;
      const j = d.xi[i]!;
      const px = p * x;
      const xmv = x * d.m[i]! + v;
      const lnXmv = Math.log(xmv);
      ll += w * (lgPart[j]! + q * lnV + (px - 1) * d.lnM[i]! + px * d.lnX[i]! - (px + q) * lnXmv);
      gp += w * x * (dgP[j]! + d.lnM[i]! + d.lnX[i]! - lnXmv);
      gq += w * (dgQ[j]! + lnV - lnXmv);
      gv += w * (q / v - (px + q) / xmv);
    }
    const N = d.customers;
    grad[0] = (-p * gp) / N + 2 * penalizer * p * p;
    grad[1] = (-q * gq) / N + 2 * penalizer * q * q;
    grad[2] = (-v * gv) / N + 2 * penalizer * v * v;
    return -ll / N + penalizer * (p * p + q * q + v * v);
  };
}

/**
 * Fit the Gamma-Gamma spend model (Gamma-Gamma 消费金额模型) by maximum likelihood.
 *
 * Models how much a customer spends per transaction, to pair with a purchase model
 * ({@link fitBgNbd} or {@link fitParetoNbd}) in {@link predictiveLifetimeValue}: each transaction's
 * value is Gamma(p, ν) around the customer's own mean p/ν, and ν ~ Gamma(q, v) across customers;
 * spend is assumed independent of purchase frequency. Fit it to `frequency` (repeat purchases) and
 * `monetaryValue` (the mean value of those repeat purchases), as `customerSummaries` produces, then
 * predict with {@link expectedAverageSpend}.
 *
 * Convention: rows with frequency 0 carry no spend observation and are skipped (counted in
 * `customersSkipped`), as lifetimes users filter them out by hand; rows with frequency > 0 need a
 * positive monetaryValue. If no row has frequency > 0 the model comes back with
 * `converged: false` and a reason. Otherwise the fit runs as in {@link fitBgNbd}: log
 * parameters, BFGS with the analytic gradient, three starts, standard errors from the Hessian.
 * `logLikelihood` is that of the mean spends m̄ (Fader & Hardie's note, eq. 3).
 *
 * @formula f(m̄ | p, q, v, x) = Γ(px + q) / (Γ(px) Γ(q)) · v^q m̄^(px − 1) x^(px) / (v + x m̄)^(px + q), over customers with x > 0.
 * @source Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value" (note), eq. (3);
 * Colombo & Jiang (1999), "A stochastic RFM model", Journal of Interactive Marketing 13(3).
 * @param summaries - `[{ frequency, monetaryValue }]`; monetaryValue a decimal string, number or Decimal; extra fields ignored.
 * @param options - `{ timeUnit?: 'day' | 'week' | 'month' (default 'day'), penalizer?: number (default 0), maxIterations?: number }`.
 * @returns A plain-JSON model `{ kind: 'gamma-gamma', params: { p, q, v }, logLikelihood, standardErrors, converged,
 * reason?, iterations, gradientNorm, timeUnit, customers, customersSkipped, penalizer }`.
 * @throws {@link MetricInputError} when a frequency is not a whole number ≥ 0, a monetaryValue is not a decimal, is
 * negative, or is 0 with frequency > 0, or the list is empty.
 * @example
 * const model = fitGammaGamma([
 *   { frequency: 2, monetaryValue: '22.35' },
 *   { frequency: 1, monetaryValue: '11.77' },
 *   { frequency: 0, monetaryValue: 0 },
 *   { frequency: 7, monetaryValue: '73.74' },
 *   { frequency: 1, monetaryValue: '11.77' },
 *   { frequency: 2, monetaryValue: '25.55' },
 *   { frequency: 5, monetaryValue: '17.72' },
 *   { frequency: 3, monetaryValue: '40.44' },
 * ]);
 * model.customers; // => 7
 * model.customersSkipped; // => 1
 * @see {@link expectedAverageSpend}, {@link predictiveLifetimeValue}, {@link fitBgNbd}
 * @category Predictive
 */
export function fitGammaGamma(summaries: FitGammaGammaInput, options?: FitGammaGammaOptions): FitGammaGammaResult {
  const { rows: all, options: parsedOptions } = readFitInput('fitGammaGamma', FitGammaGammaInputSchema, readSpendsFast(summaries), summaries, options);
  const opts = parsedOptions ?? {};
  const penalizer = opts.penalizer ?? 0;
  const used = all.filter((r) => r.frequency > 0);
  const skipped = all.length - used.length;
  const timeUnit = opts.timeUnit ?? 'day';
  if (used.length === 0) {
    return frozen({
      kind: 'gamma-gamma' as const,
      params: { p: 1, q: 2, v: 1 },
      logLikelihood: 0,
      standardErrors: { p: null, q: null, v: null },
      converged: false,
      reason: 'no customer has frequency above 0, so there is no spend to fit (the parameters are placeholders)',
      iterations: 0,
      gradientNorm: 0,
      timeUnit,
      customers: 0,
      customersSkipped: skipped,
      penalizer,
    });
  }
  const d = compress(used);
  const f = objective(d, penalizer);
  // E[spend] = p v / (q − 1): start with q a little above 1 and v matching the mean spend
  const mean = used.reduce((s, r) => s + r.monetaryValue, 0) / used.length;
  const starts = [
    [1, 2, mean],
    [5, 3, (2 * mean) / 5],
    [0.5, 1.5, mean],
  ];
  const fit = fitInLogSpace({
    names: NAMES,
    objective: f,
    logLikelihood: logLikelihoodFromObjective(f, 3, penalizer, d.customers),
    starts,
    customers: d.customers,
    maxIterations: opts.maxIterations ?? 500,
    gradientTolerance: 1e-9,
  });
  return frozen({
    kind: 'gamma-gamma' as const,
    params: fit.params as GammaGammaModel['params'],
    logLikelihood: fit.logLikelihood,
    standardErrors: fit.standardErrors,
    converged: fit.converged,
    ...(fit.reason === undefined ? {} : { reason: fit.reason }),
    iterations: fit.iterations,
    gradientNorm: fit.gradientNorm,
    timeUnit,
    customers: d.customers,
    customersSkipped: skipped,
    penalizer,
  });
}
