import { z } from 'zod';
import { frozen } from '../core/result.js';
import type { Objective } from '../core/optimize.js';
import {
  distinct,
  EDGE,
  type EdgeLimit,
  fitInLogSpace,
  logLikelihoodFromObjective,
  readFitInput,
  type FitOptions,
  type GammaGammaModel,
  SpendHistorySchema,
  readSpendsFast,
} from '../core/predictive.js';
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

/** The root of a decreasing function of u in [−EDGE, EDGE] by bisection, or the end of the box it runs past. */
function decreasingRoot(h: (u: number) => number): number {
  if (!(h(EDGE) < 0)) return EDGE;
  if (!(h(-EDGE) > 0)) return -EDGE;
  let lo = -EDGE;
  let hi = EDGE;
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (h(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The two edges of the parameter space where the Gamma-Gamma likelihood has a finite limit
 * (it tends to −∞ every other way out), each maximised in closed form up to one bisection:
 * - q → ∞ with v/q = 1/ν fixed: ν stops varying across customers and m̄ ~ Gamma(px, rate νx) with
 *   one ν for all. Given p the best ν is p Σx / Σ x m̄; the profile log-likelihood in p has the
 *   derivative Σ x (ln(x m̄) − ψ(px)) + Σx · ln(p Σx / Σ x m̄), which falls as p grows.
 * - p → ∞ with p·v = s fixed: each customer's spend settles at p/ν, so m̄ ~ inverse Gamma(q, scale s)
 *   whatever x. Given q the best s is q N / Σ 1/m̄; the profile derivative
 *   N (ln q − ψ(q) + ln(N / Σ 1/m̄)) − Σ ln m̄ falls as q grows.
 * The parameters that run off are placed at e^EDGE.
 */
function edgeLimits(d: SpendRows): EdgeLimit[] {
  const top = Math.exp(EDGE);
  const wx = new Float64Array(d.xs.length); // customers per distinct frequency
  let sx = 0;
  let sxm = 0;
  let a = 0;
  let n = 0;
  let inv = 0;
  let lnM = 0;
  for (let i = 0; i < d.rows; i++) {
    const w = d.w[i]!;
    const x = d.x[i]!;
    wx[d.xi[i]!] = wx[d.xi[i]!]! + w;
    sx += w * x;
    sxm += w * x * d.m[i]!;
    a += w * x * (d.lnX[i]! + d.lnM[i]!);
    n += w;
    inv += w / d.m[i]!;
    lnM += w * d.lnM[i]!;
  }
  // Σ over customers of fn(x, p x), one term per distinct frequency
  const sumOver = (p: number, fn: (x: number, px: number) => number) => d.xs.reduce((acc, x, j) => acc + wx[j]! * fn(x, p * x), 0);

  const uP = decreasingRoot((u) => a + sx * (u + Math.log(sx) - Math.log(sxm)) - sumOver(Math.exp(u), (x, px) => x * digamma(px)));
  const p = Math.exp(uP);
  const nu = (p * sx) / sxm;
  // Σ [p x ln(ν x) + (p x − 1) ln m̄ − ν x m̄ − ln Γ(p x)], with ν Σ x m̄ = p Σ x
  const gammaLimit = p * (a + sx * Math.log(nu)) - lnM - p * sx - sumOver(p, (_, px) => logGamma(px));

  const uQ = decreasingRoot((u) => n * (u - digamma(Math.exp(u)) + Math.log(n) - Math.log(inv)) - lnM);
  const q = Math.exp(uQ);
  const s = (q * n) / inv;
  // Σ [q ln s − ln Γ(q) − (q + 1) ln m̄ − s / m̄], with s Σ 1/m̄ = q N
  const inverseGammaLimit = n * q * Math.log(s) - n * logGamma(q) - (q + 1) * lnM - q * n;

  return [
    { theta: [p, top, top / nu], logLikelihood: gammaLimit, description: 'q → ∞ with v/q fixed (one spend rate ν shared by every customer: Gamma spends)' },
    { theta: [top, q, s / top], logLikelihood: inverseGammaLimit, description: 'p → ∞ with p·v fixed (each customer always spends the same: inverse-Gamma mean spends)' },
  ];
}

/**
 * A bound on the float64 error of the log-likelihood at θ: 1e-14 of the magnitudes of its terms.
 * Far out on a ridge (q or p near e^18) the terms reach 1e9 while their sum stays small, so the
 * rounding can exceed the distance to the edge's limit.
 */
function logLikelihoodError(d: SpendRows, theta: readonly number[]): number {
  const [p, q, v] = theta as [number, number, number];
  const lgq = Math.abs(logGamma(q));
  const lnV = Math.abs(Math.log(v));
  let sum = 0;
  for (let i = 0; i < d.rows; i++) {
    const x = d.x[i]!;
    const px = p * x;
    sum +=
      d.w[i]! *
      (Math.abs(logGamma(px + q)) + Math.abs(logGamma(px)) + lgq + q * lnV + Math.abs((px - 1) * d.lnM[i]!) + px * Math.abs(d.lnX[i]!) + (px + q) * Math.abs(Math.log(x * d.m[i]! + v)));
  }
  return 1e-14 * sum;
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
 * The likelihood can be higher toward the edge of the parameter space than at any interior
 * point the starts lead to, along two edges where the model turns into a simpler one: q → ∞
 * with v/q fixed (one spend rate for every customer: Gamma spends) and p → ∞ with p·v fixed
 * (every customer always spends their own mean: inverse-Gamma mean spends). Unpenalised, the
 * fit works out both limits in closed form and, when one is at least as high as the best end
 * point (up to float64 rounding), reports that edge instead with `converged: false` and a
 * reason: the runaway parameter at e^18, the others at the limit's optimum, and `logLikelihood`
 * the limit's.
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
    // the penalty grows without bound toward the edges, so they matter only without one
    ...(penalizer === 0 ? { edgeLimits: edgeLimits(d), logLikelihoodError: (theta: readonly number[]) => logLikelihoodError(d, theta) } : {}),
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
