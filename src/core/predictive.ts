// Shared pieces of the predictive models (BG/NBD, Pareto/NBD, Gamma-Gamma): the input and model
// schemas, the row compression, the log-space maximum-likelihood driver, and the per-customer
// formulas that both the fits and the predictions use. Everything here computes in float64.
import { z } from 'zod';
import { isDecimal } from './decimal.js';
import { DECIMAL_STRING, describeValue, DecimalLikeSchema } from './schemas.js';
import { fail, parseInput } from './validate.js';
import { hessian, inverseSpd, minimize, type Objective } from './optimize.js';
import { hyp2f1, logAddExp, logHyp2f1Shifted, logSubExp } from './special.js';

// ---------------------------------------------------------------------------------------------
// Time units

/**
 * The unit of `frequency`'s clock, `recency` and `T`: calendar days, weeks or months.
 * @category Predictive
 */
export type TimeUnit = 'day' | 'week' | 'month';

/** @category Predictive */
export const TimeUnitSchema = z.enum(['day', 'week', 'month'], {
  error: (iss) => `must be one of 'day', 'week', 'month', got ${describeValue(iss.input)}`,
});

/**
 * How many model time units make a month, as lifetimes counts them: 30 days, 4.345 weeks, 1 month.
 */
export const UNITS_PER_MONTH: Readonly<Record<TimeUnit, number>> = Object.freeze({ day: 30, week: 4.345, month: 1 });

// ---------------------------------------------------------------------------------------------
// Input rows

const count = (iss: { input?: unknown }) => `must be a non-negative whole number, got ${describeValue(iss.input)}`;
const nonNeg = (iss: { input?: unknown }) => `must be a non-negative finite number, got ${describeValue(iss.input)}`;

/** frequency: repeat purchases, a non-negative whole number. */
export const FrequencySchema = z.number({ error: count }).int({ error: count }).nonnegative({ error: count });
/** recency or T: a non-negative finite number of time units. */
export const DurationSchema = z.number({ error: nonNeg }).nonnegative({ error: nonNeg });

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isDuration = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * One customer's purchase history for BG/NBD and Pareto/NBD: `frequency` (repeat purchases),
 * `recency` (time of the last purchase, counted from the first) and `T` (age: first purchase to
 * the end of observation), recency and T in the model's time unit. Other fields (as in a
 * `customerSummaries` row) are ignored.
 * @category Predictive
 */
export const PurchaseHistorySchema = z
  .object({ frequency: FrequencySchema, recency: DurationSchema, T: DurationSchema })
  .superRefine((v, ctx) => checkPurchaseHistory(v, ctx));

/**
 * The rules of a purchase history that no single field can check: recency ≤ T, and recency 0 when
 * frequency is 0. Each rule runs only when the fields it compares are valid on their own, so a bad
 * field gives one issue (its own), not a second one from the comparison.
 */
function checkPurchaseHistory(v: unknown, ctx: z.core.$RefinementCtx): void {
  const raw = v as { frequency: unknown; recency: unknown; T: unknown };
  if (isDuration(raw.recency) && isDuration(raw.T) && raw.recency > raw.T) {
    ctx.addIssue({ code: 'custom', path: ['recency'], params: { code: 'inconsistent' }, message: `(${raw.recency}) must not exceed T (${raw.T})` });
  }
  if (isCount(raw.frequency) && isDuration(raw.recency) && raw.frequency === 0 && raw.recency !== 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['recency'],
      params: { code: 'inconsistent' },
      message: `(${raw.recency}) must be 0 when frequency is 0 (no repeat purchase, so no last repeat purchase)`,
    });
  }
}

/** @category Predictive */
export type PurchaseHistory = z.input<typeof PurchaseHistorySchema>;

// The models compute in float64: a decimal beyond its range (1e400) would be read as Infinity.
const positiveMoney = DecimalLikeSchema.refine((d) => Number.isFinite(d.toNumber()), {
  error: (iss) =>
    `must be within the range of a float64 number (about ±1.8e308) for the model's arithmetic, got ${isDecimal(iss.input) ? iss.input.toSignificantDigits(10).toExponential() : describeValue(iss.input)}`,
  params: { code: 'out_of_range' },
}).transform((d) => d.toNumber());

/**
 * One customer's spend history for Gamma-Gamma: `frequency` (repeat purchases) and
 * `monetaryValue` (mean value of those repeat purchases; a decimal string, number or Decimal,
 * positive when frequency > 0). Other fields are ignored.
 * @category Predictive
 */
export const SpendHistorySchema = z
  .object({ frequency: FrequencySchema, monetaryValue: positiveMoney })
  .superRefine((v, ctx) => checkSpendHistory(v, ctx));

/** The rule of a spend history across fields: monetaryValue > 0 when frequency > 0, and never negative. */
function checkSpendHistory(v: unknown, ctx: z.core.$RefinementCtx): void {
  const raw = v as { frequency: unknown; monetaryValue: unknown };
  if (isCount(raw.frequency) && raw.frequency > 0 && typeof raw.monetaryValue === 'number' && !(raw.monetaryValue > 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['monetaryValue'],
      params: { code: 'not_positive' },
      message: `must be greater than 0 when frequency is above 0, got ${describeValue(raw.monetaryValue)} (Gamma-Gamma models positive spends; leave out refunds and zero-value orders)`,
    });
  } else if (isCount(raw.frequency) && typeof raw.monetaryValue === 'number' && raw.monetaryValue < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['monetaryValue'],
      params: { code: 'negative' },
      message: `must not be negative, got ${describeValue(raw.monetaryValue)}`,
    });
  }
}

/** @category Predictive */
export type SpendHistory = z.input<typeof SpendHistorySchema>;

/**
 * One customer's purchase and spend history together, as {@link predictiveLifetimeValue} reads it:
 * `{ frequency, recency, T, monetaryValue }` under the rules of both {@link PurchaseHistorySchema}
 * and {@link SpendHistorySchema}, with the same messages and paths. Other fields are ignored.
 */
export const CustomerHistorySchema = z
  .object({ frequency: FrequencySchema, recency: DurationSchema, T: DurationSchema, monetaryValue: positiveMoney })
  .superRefine((v, ctx) => {
    checkPurchaseHistory(v, ctx);
    checkSpendHistory(v, ctx);
  });

// ---------------------------------------------------------------------------------------------
// Models

const positive = (iss: { input?: unknown }) => `must be a positive finite number, got ${describeValue(iss.input)}`;
const Positive = z.number({ error: positive }).positive({ error: positive });

/** The fields every fitted model carries besides its parameters. */
export interface FittedModelBase<P extends string> {
  /** The total log-likelihood over the customers at `params` (in the model's time unit). */
  readonly logLikelihood: number;
  /** Standard errors of the parameters themselves (delta method from the log-space Hessian); `null` when not available. */
  readonly standardErrors: { readonly [K in P]: number | null };
  /**
   * Whether the optimiser reached a point where the gradient vanishes, inside the search box, with a positive-definite
   * Hessian (and, for Gamma-Gamma, a likelihood above its limits at the edge of the parameter space).
   */
  readonly converged: boolean;
  /** Why the fit did not converge; present only when `converged` is false. */
  readonly reason?: string;
  /** Quasi-Newton iterations of the best start. */
  readonly iterations: number;
  /** Euclidean norm of the gradient of the mean negative log-likelihood (plus penalty) in log-parameter space at `params`. */
  readonly gradientNorm: number;
  /** The time unit of frequency, recency and T (Gamma-Gamma: of the purchase model it goes with). */
  readonly timeUnit: TimeUnit;
  /** Customers the fit used. */
  readonly customers: number;
  /** The L2 penalty coefficient on the parameters (0 for plain maximum likelihood). */
  readonly penalizer: number;
}

/**
 * A fitted BG/NBD model (Fader, Hardie & Lee 2005): plain JSON. Purchase rates λ ~ Gamma(r, α),
 * drop-out probability after each purchase p ~ Beta(a, b).
 * @category Predictive
 */
export interface BgNbdModel extends FittedModelBase<'r' | 'alpha' | 'a' | 'b'> {
  readonly kind: 'bg-nbd';
  readonly params: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number };
}

/**
 * A fitted Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): plain JSON. Purchase rates
 * λ ~ Gamma(r, α), drop-out rates μ ~ Gamma(s, β).
 * @category Predictive
 */
export interface ParetoNbdModel extends FittedModelBase<'r' | 'alpha' | 's' | 'beta'> {
  readonly kind: 'pareto-nbd';
  readonly params: { readonly r: number; readonly alpha: number; readonly s: number; readonly beta: number };
}

/**
 * A fitted Gamma-Gamma spend model (Fader & Hardie 2013 note; Colombo & Jiang 1999): plain JSON.
 * Spend per transaction ~ Gamma(p, ν), ν ~ Gamma(q, v).
 * @category Predictive
 */
export interface GammaGammaModel extends FittedModelBase<'p' | 'q' | 'v'> {
  readonly kind: 'gamma-gamma';
  readonly params: { readonly p: number; readonly q: number; readonly v: number };
  /** Rows left out because their frequency is 0 (no repeat purchase, so no spend to model). */
  readonly customersSkipped: number;
}

/** What a prediction needs of a BG/NBD model (extra fields are ignored). @category Predictive */
export const BgNbdModelSchema = z.object({
  kind: z.literal('bg-nbd'),
  params: z.object({ r: Positive, alpha: Positive, a: Positive, b: Positive }),
  timeUnit: TimeUnitSchema,
});

/** What a prediction needs of a Pareto/NBD model (extra fields are ignored). @category Predictive */
export const ParetoNbdModelSchema = z.object({
  kind: z.literal('pareto-nbd'),
  params: z.object({ r: Positive, alpha: Positive, s: Positive, beta: Positive }),
  timeUnit: TimeUnitSchema,
});

/** A purchase model: BG/NBD or Pareto/NBD. @category Predictive */
export const PurchaseModelSchema = z.discriminatedUnion('kind', [BgNbdModelSchema, ParetoNbdModelSchema], {
  error: (iss) =>
    iss.code === 'invalid_union' ? `must be a fitted purchase model with kind 'bg-nbd' or 'pareto-nbd'` : undefined,
});

/** @category Predictive */
export type PurchaseModel = z.input<typeof PurchaseModelSchema>;

/** What a prediction needs of a Gamma-Gamma model (extra fields are ignored). @category Predictive */
export const GammaGammaModelSchema = z.object(
  {
    kind: z.literal('gamma-gamma'),
    params: z.object({ p: Positive, q: Positive, v: Positive }),
  },
  { error: (iss) => (iss.code === 'invalid_type' ? `must be a fitted Gamma-Gamma model, got ${describeValue(iss.input)}` : undefined) },
);

/** @category Predictive */
export type SpendModel = z.input<typeof GammaGammaModelSchema>;

/** Options shared by the three fits. */
export const FitOptionsSchema = z
  .object({
    timeUnit: TimeUnitSchema.optional(),
    penalizer: z
      .number({ error: (iss) => `must be a non-negative finite number, got ${describeValue(iss.input)}` })
      .nonnegative({ error: (iss) => `must be a non-negative finite number, got ${describeValue(iss.input)}` })
      .optional(),
    maxIterations: z
      .number({ error: (iss) => `must be a positive whole number, got ${describeValue(iss.input)}` })
      .int({ error: (iss) => `must be a positive whole number, got ${describeValue(iss.input)}` })
      .positive({ error: (iss) => `must be a positive whole number, got ${describeValue(iss.input)}` })
      .optional(),
  })
  .optional();

// ---------------------------------------------------------------------------------------------
// Compressed purchase histories

/** Customers with identical (frequency, recency, T) collapsed into one weighted row. */
export interface CompressedHistories {
  readonly rows: number;
  readonly customers: number;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly w: Float64Array;
  /** Index of each row's frequency in `xs`. */
  readonly xi: Int32Array;
  /** The distinct frequencies. */
  readonly xs: Float64Array;
  readonly totalFrequency: number;
  readonly meanT: number;
}

export function compressHistories(rows: readonly { frequency: number; recency: number; T: number }[]): CompressedHistories {
  const index = new Map<string, number>();
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const w: number[] = [];
  let totalFrequency = 0;
  let sumT = 0;
  for (const r of rows) {
    totalFrequency += r.frequency;
    sumT += r.T;
    const key = `${r.frequency},${r.recency},${r.T}`;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, x.length);
      x.push(r.frequency);
      tx.push(r.recency);
      T.push(r.T);
      w.push(1);
    } else w[at] = w[at]! + 1;
  }
  const { values: xs, indexOf: xi } = distinct(x);
  return {
    rows: x.length,
    customers: rows.length,
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    w: Float64Array.from(w),
    xi,
    xs,
    totalFrequency,
    meanT: sumT / rows.length,
  };
}

/** The distinct values of a list and the index of each element among them. */
export function distinct(values: readonly number[]): { values: Float64Array; indexOf: Int32Array } {
  const pos = new Map<number, number>();
  const out: number[] = [];
  const indexOf = new Int32Array(values.length);
  values.forEach((v, i) => {
    let k = pos.get(v);
    if (k === undefined) {
      k = out.length;
      pos.set(v, k);
      out.push(v);
    }
    indexOf[i] = k;
  });
  return { values: Float64Array.from(out), indexOf };
}

// ---------------------------------------------------------------------------------------------
// Maximum likelihood in log-parameter space

export interface LogSpaceFit<P extends string> {
  readonly params: Record<P, number>;
  readonly logLikelihood: number;
  readonly standardErrors: Record<P, number | null>;
  readonly converged: boolean;
  readonly reason?: string;
  readonly iterations: number;
  readonly gradientNorm: number;
}

/** Parameters beyond e^±EDGE are treated as having run off to 0 or ∞. */
export const EDGE = 18;

/**
 * A limit of the likelihood at the edge of the parameter space that a model works out in closed
 * form (a face of the search where some parameters run off to 0 or ∞ together and the model
 * becomes a simpler one). Gradient steps can miss such an edge: the optimiser may settle at an
 * interior local maximum below it, or stall on the ridge leading to it.
 */
export interface EdgeLimit {
  /** The parameters, those that run off placed at e^±{@link EDGE}, the others at the limit model's optimum. */
  readonly theta: readonly number[];
  /** The supremum of the total log-likelihood along this edge (the limit model's maximum). */
  readonly logLikelihood: number;
  /** Which parameters run off and what the model becomes, e.g. `q → ∞ with v/q fixed (…)`. */
  readonly description: string;
}

/**
 * Maximise a log-likelihood over positive parameters θ = e^u. `objective` is the mean negative
 * log-likelihood per customer plus the penalty, as a function of u (with its gradient);
 * `logLikelihood` is the total at θ. Every start is run; the best end point wins. Standard
 * errors: the inverse of the total negative log-likelihood's Hessian in u gives Var(uᵢ), and
 * SE(θᵢ) = θᵢ · √Var(uᵢ) (delta method).
 */
export function fitInLogSpace<P extends string>(args: {
  names: readonly P[];
  objective: Objective;
  logLikelihood: (theta: readonly number[]) => number;
  starts: readonly (readonly number[])[];
  customers: number;
  maxIterations: number;
  gradientTolerance: number;
  hessianStep?: number;
  noInteriorReason?: string;
  /**
   * Limits of the likelihood at the edge of the parameter space, to compare with the best end
   * point (only meaningful without a penalty, which grows without bound there).
   */
  edgeLimits?: readonly EdgeLimit[];
  /** A bound on the float64 error of `logLikelihood(θ)` (default 0): an edge limit within it counts as no lower. */
  logLikelihoodError?: (theta: readonly number[]) => number;
}): LogSpaceFit<P> {
  const { names } = args;
  const nulls = Object.fromEntries(names.map((n) => [n, null])) as Record<P, number | null>;
  if (args.noInteriorReason !== undefined) {
    // No optimum to look for: report the first start with r (the first parameter) at the edge
    // of the search, where the likelihood tends, so that predictions come out ≈ 0.
    const theta = args.starts[0]!.map((v, i) => (i === 0 ? Math.exp(-EDGE) : v));
    return {
      params: Object.fromEntries(names.map((n, i) => [n, theta[i]!])) as Record<P, number>,
      logLikelihood: args.logLikelihood(theta),
      standardErrors: nulls,
      converged: false,
      reason: `${args.noInteriorReason}; ${names[0]} is reported at the edge of the search (${theta[0]!.toExponential(3)})`,
      iterations: 0,
      gradientNorm: 0,
    };
  }
  let best: ReturnType<typeof minimize> | undefined;
  const ends: ReturnType<typeof minimize>[] = [];
  for (const start of args.starts) {
    const res = minimize(args.objective, start.map(Math.log), {
      maxIterations: args.maxIterations,
      gradientTolerance: args.gradientTolerance,
      bound: EDGE + 4,
    });
    if (Number.isFinite(res.value) && (best === undefined || res.value < best.value)) best = res;
    // two starts that converge to the same point settle it
    if (res.converged && ends.some((e) => Math.abs(e.value - res.value) <= 1e-10 * Math.max(1, Math.abs(res.value)))) break;
    if (res.converged) ends.push(res);
  }
  if (best === undefined) {
    // every start failed at its first point: report the first start as it is
    const theta = args.starts[0]!.slice();
    return {
      params: Object.fromEntries(names.map((n, i) => [n, theta[i]!])) as Record<P, number>,
      logLikelihood: finiteOr(args.logLikelihood(theta), -Number.MAX_VALUE),
      standardErrors: nulls,
      converged: false,
      reason: 'the log-likelihood could not be evaluated at any starting point',
      iterations: 0,
      gradientNorm: 0,
    };
  }
  const theta = Array.from(best.x, Math.exp);
  const params = Object.fromEntries(names.map((n, i) => [n, theta[i]!])) as Record<P, number>;
  const base = { params, logLikelihood: args.logLikelihood(theta), iterations: best.iterations, gradientNorm: best.gradientNorm };
  // Every start may end at an interior local maximum (or stall on a ridge) while the likelihood
  // is higher toward an edge: then the maximum is not where the optimiser stopped, so report the
  // edge, as when a start runs there itself.
  const tolerance = args.logLikelihoodError?.(theta) ?? 0;
  const higher = (args.edgeLimits ?? [])
    .filter((e) => Number.isFinite(e.logLikelihood) && e.logLikelihood >= base.logLikelihood - tolerance)
    .sort((a, b) => b.logLikelihood - a.logLikelihood)[0];
  if (higher !== undefined) {
    const u = Float64Array.from(higher.theta, Math.log);
    const g = new Float64Array(u.length);
    args.objective(u, g);
    const at = names.findIndex((_, i) => Math.abs(u[i]!) >= EDGE);
    const where = at < 0 ? '' : `; ${names[at]} is reported at the edge of the search (${higher.theta[at]!.toExponential(3)})`;
    return {
      params: Object.fromEntries(names.map((n, i) => [n, higher.theta[i]!])) as Record<P, number>,
      logLikelihood: higher.logLikelihood,
      standardErrors: nulls,
      converged: false,
      reason:
        `the likelihood has no interior maximum above its limit at the edge of the parameter space: as ${higher.description}, ` +
        `ln L tends to ${higher.logLikelihood.toFixed(6)}, against ${base.logLikelihood.toFixed(6)} at the best point the optimiser reached${where}`,
      iterations: best.iterations,
      gradientNorm: finiteOr(Math.sqrt(g.reduce((s, v) => s + v * v, 0)), 0),
    };
  }
  const edge = names.find((_, i) => Math.abs(best.x[i]!) >= EDGE);
  if (edge !== undefined) {
    return {
      ...base,
      standardErrors: nulls,
      converged: false,
      reason: `the likelihood has no interior maximum for these data (${edge} ran to ${params[edge].toExponential(3)}, the edge of the search)`,
    };
  }
  if (!best.converged) {
    return {
      ...base,
      standardErrors: nulls,
      converged: false,
      reason: `the optimiser stopped after ${best.iterations} iterations with the gradient norm still at ${best.gradientNorm.toExponential(3)}`,
    };
  }
  const H = hessian(args.objective, best.x, args.hessianStep ?? 1e-4);
  for (let i = 0; i < H.length; i++) H[i] = H[i]! * args.customers;
  const cov = inverseSpd(H, names.length);
  if (cov === undefined) {
    return {
      ...base,
      standardErrors: nulls,
      converged: false,
      reason: 'the Hessian at the end point is not positive definite: the data do not identify every parameter',
    };
  }
  const standardErrors = Object.fromEntries(names.map((n, i) => [n, theta[i]! * Math.sqrt(cov[i * names.length + i]!)])) as Record<P, number>;
  return { ...base, standardErrors, converged: true };
}

function finiteOr(v: number, fallback: number): number {
  return Number.isFinite(v) ? v : fallback;
}

// ---------------------------------------------------------------------------------------------
// Per-customer formulas

/** BG/NBD P(alive | x, t_x, T) = 1 / (1 + δ(x>0) · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)). FHL 2005 eq. (11)-(12) / note 2008. */
export function bgNbdProbabilityAlive(p: { r: number; alpha: number; a: number; b: number }, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const logOdds = Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * BG/NBD E[Y(t) | x, t_x, T], FHL 2005 eq. (10):
 * (a + b + x − 1)/(a − 1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] / (1 + δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)).
 * Euler's transformation turns ((α+T)/(α+T+t))^(r+x) ₂F₁(…) into (1 − z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z),
 * which stays in range for large x. Within 1e-5 of a = 1 the formula is 0/0; there it is evaluated at
 * a = 1 ± 2e-5 and averaged.
 */
export function bgNbdExpectedPurchases(p: { r: number; alpha: number; a: number; b: number }, x: number, tx: number, T: number, t: number): number {
  if (t === 0) return 0;
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  const part = (aa: number) => {
    const F = hyp2f1(aa + b - 1 - r, aa - 1, aa + b + x - 1, z);
    let tail = Math.exp((aa - 1) * Math.log1p(-z)) * F;
    // Far out in parameter space (a and b in the millions: a fit that ran to the edge of its
    // search) Euler's form is 0 · ∞. The untransformed form (1 − z)^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)
    // is the same number, and its series then converges at once (ratio ≈ z · b / (a + b)).
    if (!Number.isFinite(tail)) tail = Math.exp((r + x) * Math.log1p(-z)) * hyp2f1(r + x, b + x, aa + b + x - 1, z);
    return ((aa + b + x - 1) / (aa - 1)) * (1 - tail);
  };
  const body = Math.abs(a - 1) < 1e-5 ? (part(1 - 2e-5) + part(1 + 2e-5)) / 2 : part(a);
  return body * bgNbdProbabilityAlive(p, x, tx, T);
}

/**
 * ln A₀ of the Pareto/NBD likelihood (Fader & Hardie 2005 note, eqs. 19–20):
 * A₀ = ₂F₁(r+s+x, b′; r+s+x+1; |α−β|/(m+t_x)) / (m+t_x)^(r+s+x) − the same at T,
 * with m = max(α, β) and b′ = s + 1 when α ≥ β, r + x when α < β. −Infinity when t_x = T.
 */
export function paretoLogA0(p: { r: number; alpha: number; s: number; beta: number }, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const big = Math.max(alpha, beta);
  const diff = Math.abs(alpha - beta);
  const bb = alpha >= beta ? s + 1 : r + x;
  const a1 = r + s + x;
  const at = (t: number) => logHyp2f1Shifted(a1, bb, diff / (big + t)) - a1 * Math.log(big + t);
  if (tx >= T) return -Infinity;
  const v = logSubExp(at(tx), at(T));
  // A₀ = (r + s + x) ∫ from t_x to T of (α + τ)^−(r+x) (β + τ)^−(s+1) dτ, so it lies between the
  // integrand at T and at t_x times (r + s + x)(T − t_x). Far out in parameter space (z within
  // 1e-10 of 1) the float64 evaluation can stray; keep it inside those bounds.
  const width = Math.log(a1) + Math.log(T - tx);
  const lo = width - (r + x) * Math.log(alpha + T) - (s + 1) * Math.log(beta + T);
  const hi = width - (r + x) * Math.log(alpha + tx) - (s + 1) * Math.log(beta + tx);
  if (!(v >= lo)) return lo; // NaN or below: the lower bound (lo ≤ hi always)
  return v > hi ? hi : v;
}

/** Pareto/NBD log-likelihood of one customer without the ln Γ(r + x) − ln Γ(r) term (eq. 18 of the note). */
export function paretoLogLikelihoodRest(p: { r: number; alpha: number; s: number; beta: number }, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const first = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const second = Math.log(s) - Math.log(r + s + x) + paretoLogA0(p, x, tx, T);
  return r * Math.log(alpha) + s * Math.log(beta) + logAddExp(first, second);
}

/** Pareto/NBD P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀) (note eq. 36-37). */
export function paretoProbabilityAlive(p: { r: number; alpha: number; s: number; beta: number }, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const logOdds = Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) + paretoLogA0(p, x, tx, T);
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * Pareto/NBD E[Y(t) | x, t_x, T] = P(alive) · (r + x)(β + T) / ((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s − 1)]
 * (note eq. 41); at s = 1 the bracket over (s − 1) is ln(1 + t/(β + T)).
 */
export function paretoExpectedPurchases(p: { r: number; alpha: number; s: number; beta: number }, x: number, tx: number, T: number, t: number): number {
  const { r, alpha, s, beta } = p;
  const u = Math.log1p(t / (beta + T));
  const g = Math.abs(s - 1) < 1e-12 ? u : -Math.expm1(-(s - 1) * u) / (s - 1);
  return paretoProbabilityAlive(p, x, tx, T) * (((r + x) * (beta + T)) / (alpha + T)) * g;
}

/** Gamma-Gamma E[M | x, m̄] = p(v + x m̄) / (p x + q − 1) (Fader & Hardie 2013 note, eq. 5). */
export function gammaGammaExpectedSpend(p: { p: number; q: number; v: number }, x: number, m: number): number {
  return (p.p * (p.v + x * m)) / (p.p * x + p.q - 1);
}

/**
 * The Gamma-Gamma conditional mean, or a MetricInputError naming q when it is infinite, or naming
 * the customer's monetaryValue (or the model's params) when the finite mean overflows float64.
 */
export function spendOf(fn: string, params: { p: number; q: number; v: number }, x: number, m: number): number {
  const value = gammaGammaExpectedSpend(params, x, m);
  if (!(params.p * x + params.q > 1)) {
    fail(
      fn,
      'infinite_mean',
      'spendModel.params.q',
      `(${params.q}) must make p·x + q exceed 1 (here ${params.p} · ${x} + ${params.q}): otherwise the expected spend is infinite`,
    );
  }
  if (!Number.isFinite(value)) {
    // The mean is finite in theory; p·(v + x·m̄) overflowed. Blame the customer's spend when it alone overflows.
    const byCustomer = !Number.isFinite(params.p * x * m);
    fail(
      fn,
      'not_computable',
      byCustomer ? 'customer.monetaryValue' : 'spendModel.params',
      `${byCustomer ? `(${m}) gives` : `(p ${params.p}, v ${params.v}) give`} an expected spend p·(v + x·m̄) / (p·x + q − 1) beyond the range of a float64 number`,
    );
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Fast reading of large, valid inputs

/**
 * Read purchase histories without zod when every row is valid (zod costs more than the fit on
 * 100k rows); `undefined` when any row is not, so that the caller parses with the schema and
 * reports every problem with its path.
 */
export function readHistoriesFast(value: unknown): { frequency: number; recency: number; T: number }[] | undefined {
  try {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    const out = new Array<{ frequency: number; recency: number; T: number }>(value.length);
    for (let i = 0; i < value.length; i++) {
      const row: unknown = value[i];
      if (typeof row !== 'object' || row === null) return undefined;
      const { frequency, recency, T } = row as { frequency: unknown; recency: unknown; T: unknown };
      if (!isCount(frequency) || !isDuration(recency) || !isDuration(T) || recency > T || (frequency === 0 && recency !== 0)) return undefined;
      out[i] = { frequency, recency, T };
    }
    return out;
  } catch {
    return undefined;
  }
}

/** As {@link readHistoriesFast}, for spend histories: monetaryValue as a number, decimal string or Decimal. */
export function readSpendsFast(value: unknown): { frequency: number; monetaryValue: number }[] | undefined {
  try {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    const out = new Array<{ frequency: number; monetaryValue: number }>(value.length);
    for (let i = 0; i < value.length; i++) {
      const row: unknown = value[i];
      if (typeof row !== 'object' || row === null) return undefined;
      const { frequency, monetaryValue } = row as { frequency: unknown; monetaryValue: unknown };
      let m: number;
      if (typeof monetaryValue === 'number') m = monetaryValue;
      else if (typeof monetaryValue === 'string' && DECIMAL_STRING.test(monetaryValue)) m = Number(monetaryValue);
      else if (isDecimal(monetaryValue)) m = monetaryValue.toNumber();
      else return undefined;
      if (!isCount(frequency) || !Number.isFinite(m) || m < 0 || (frequency > 0 && !(m > 0))) return undefined;
      out[i] = { frequency, monetaryValue: m === 0 ? 0 : m };
    }
    return out;
  } catch {
    return undefined;
  }
}

/**
 * Options of the three fits ({@link fitBgNbd}, {@link fitParetoNbd}, {@link fitGammaGamma}).
 * @category Predictive
 */
export interface FitOptions {
  /** The unit of recency and T (for Gamma-Gamma: of the purchase model it goes with), stored on the model; default `'day'`. */
  readonly timeUnit?: TimeUnit;
  /** L2 penalty on the parameters added to the mean negative log-likelihood, as lifetimes' `penalizer_coef`; default 0. */
  readonly penalizer?: number;
  /** Iterations allowed per starting point; default 500. */
  readonly maxIterations?: number;
}

/**
 * Read a fit's input: rows that are valid as they stand are read directly (zod would cost more
 * than the fit on large inputs); otherwise one parse of rows and options together, so that every
 * problem in either is reported at once.
 */
export function readFitInput<R>(
  fn: string,
  rowsSchema: z.ZodType<R[]>,
  fast: R[] | undefined,
  summaries: unknown,
  options: unknown,
): { rows: R[]; options: z.output<typeof FitOptionsSchema> } {
  const parsed = fast
    ? { summaries: fast, options: parseInput(fn, FitOptionsSchema, options, 'options') }
    : parseInput(fn, z.object({ summaries: rowsSchema, options: FitOptionsSchema }), { summaries, options });
  return { rows: parsed.summaries, options: parsed.options };
}

/**
 * The total log-likelihood at θ recovered from a fit's objective, the penalised mean negative
 * log-likelihood in log-parameters: −(objective − penalizer · Σθ²) × customers.
 */
export function logLikelihoodFromObjective(objective: Objective, size: number, penalizer: number, customers: number): (theta: readonly number[]) => number {
  const g = new Float64Array(size);
  return (th) => -(objective(Float64Array.from(th, Math.log), g) - penalizer * th.reduce((s, v) => s + v * v, 0)) * customers;
}

