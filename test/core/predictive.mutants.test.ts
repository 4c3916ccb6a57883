import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import type { Objective } from '../../src/core/optimize.js';
import {
  BgNbdModelSchema,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  compressHistories,
  distinct,
  DurationSchema,
  fitInLogSpace,
  FitOptionsSchema,
  FrequencySchema,
  GammaGammaModelSchema,
  gammaGammaExpectedSpend,
  logLikelihoodFromObjective,
  paretoExpectedPurchases,
  paretoLogA0,
  paretoLogLikelihoodRest,
  paretoProbabilityAlive,
  PurchaseHistorySchema,
  PurchaseModelSchema,
  readFitInput,
  readHistoriesFast,
  readSpendsFast,
  SpendHistorySchema,
  spendOf,
  TimeUnitSchema,
  UNITS_PER_MONTH,
} from '../../src/core/predictive.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

const rel = (a: number, b: number) => Math.abs((a - b) / b);
const issues = (schema: z.ZodType, v: unknown, root = 'x') => issuesOf(() => parseInput('f', schema, v, root));

describe('schemas and their messages', () => {
  it('time units', () => {
    expect(UNITS_PER_MONTH).toEqual({ day: 30, week: 4.345, month: 1 });
    expect(issues(TimeUnitSchema, 'year')).toEqual([{ code: 'invalid_value', path: 'x', message: "f: x must be one of 'day', 'week', 'month', got \"year\"" }]);
  });

  it('frequency and durations', () => {
    expect(issues(FrequencySchema, -1)).toEqual([{ code: 'too_small', path: 'x', message: 'f: x must be a non-negative whole number, got -1' }]);
    expect(issues(FrequencySchema, 1.5)[0]?.message).toBe('f: x must be a non-negative whole number, got 1.5');
    expect(issues(FrequencySchema, '1')[0]?.message).toBe('f: x must be a non-negative whole number, got "1"');
    expect(issues(DurationSchema, -0.5)).toEqual([{ code: 'too_small', path: 'x', message: 'f: x must be a non-negative finite number, got -0.5' }]);
    expect(issues(DurationSchema, Infinity)[0]?.message).toBe('f: x must be a non-negative finite number, got Infinity');
    expect(parseInput('f', DurationSchema, 0)).toBe(0);
  });

  it('a purchase history: recency ≤ T, recency 0 when frequency is 0', () => {
    expect(parseInput('f', PurchaseHistorySchema, { frequency: 2, recency: 5, T: 5 })).toEqual({ frequency: 2, recency: 5, T: 5 });
    expect(parseInput('f', PurchaseHistorySchema, { frequency: 0, recency: 0, T: 5 })).toEqual({ frequency: 0, recency: 0, T: 5 });
    expect(issues(PurchaseHistorySchema, { frequency: 2, recency: 6, T: 5 }, 'h')).toEqual([
      { code: 'inconsistent', path: 'h.recency', message: 'f: h.recency (6) must not exceed T (5)' },
    ]);
    expect(issues(PurchaseHistorySchema, { frequency: 0, recency: 1, T: 5 }, 'h')).toEqual([
      { code: 'inconsistent', path: 'h.recency', message: 'f: h.recency (1) must be 0 when frequency is 0 (no repeat purchase, so no last repeat purchase)' },
    ]);
    // no cross-field rule on failed fields
    expect(issues(PurchaseHistorySchema, { frequency: 0, recency: -1, T: 5 }, 'h').map((i) => i.path)).toEqual(['h.recency']);
    expect(issues(PurchaseHistorySchema, { frequency: 0.5, recency: 1, T: 5 }, 'h').map((i) => i.path)).toEqual(['h.frequency']);
    expect(issues(PurchaseHistorySchema, { frequency: 1, recency: 6, T: -5 }, 'h').map((i) => i.path)).toEqual(['h.T']);
    expect(issues(PurchaseHistorySchema, { frequency: 1, recency: 6, T: Infinity }, 'h').map((i) => i.path)).toEqual(['h.T']);
  });

  it('a spend history: positive when frequency > 0, never negative', () => {
    expect(parseInput('f', SpendHistorySchema, { frequency: 1, monetaryValue: '2.5' })).toEqual({ frequency: 1, monetaryValue: 2.5 });
    expect(parseInput('f', SpendHistorySchema, { frequency: 0, monetaryValue: 0 })).toEqual({ frequency: 0, monetaryValue: 0 });
    expect(issues(SpendHistorySchema, { frequency: 1, monetaryValue: 0 }, 's')).toEqual([
      {
        code: 'not_positive',
        path: 's.monetaryValue',
        message: 'f: s.monetaryValue must be greater than 0 when frequency is above 0, got 0 (Gamma-Gamma models positive spends; leave out refunds and zero-value orders)',
      },
    ]);
    expect(issues(SpendHistorySchema, { frequency: 0, monetaryValue: '-1' }, 's')).toEqual([
      { code: 'negative', path: 's.monetaryValue', message: 'f: s.monetaryValue must not be negative, got -1' },
    ]);
    expect(issues(SpendHistorySchema, { frequency: 2, monetaryValue: -1 }, 's')[0]?.code).toBe('not_positive');
    expect(issues(SpendHistorySchema, { frequency: -1, monetaryValue: -1 }, 's').map((i) => i.path)).toEqual(['s.frequency']);
    // a money value beyond float64 is reported once, as out of range: the sign rule needs a parsed
    // number and does not also compare the unparsed Decimal with 0
    expect(issues(SpendHistorySchema, { frequency: 0, monetaryValue: new Decimal('-1e400') }, 's')).toEqual([
      {
        code: 'out_of_range',
        path: 's.monetaryValue',
        message: "f: s.monetaryValue must be within the range of a float64 number (about ±1.8e308) for the model's arithmetic, got -1e+400",
      },
    ]);
  });

  it('models', () => {
    const bg = { kind: 'bg-nbd', params: { r: 1, alpha: 1, a: 1, b: 1 }, timeUnit: 'day' };
    expect(parseInput('f', BgNbdModelSchema, { ...bg, extra: 1 })).toEqual(bg);
    expect(issues(BgNbdModelSchema, { ...bg, params: { ...bg.params, a: 0 } }, 'm')).toEqual([
      { code: 'too_small', path: 'm.params.a', message: 'f: m.params.a must be a positive finite number, got 0' },
    ]);
    expect(issues(BgNbdModelSchema, { ...bg, params: { ...bg.params, b: 'x' } }, 'm')[0]?.message).toBe('f: m.params.b must be a positive finite number, got "x"');
    expect(issues(PurchaseModelSchema, { kind: 'other' }, 'm')).toEqual([
      { code: 'invalid_union', path: 'm.kind', message: "f: m.kind must be a fitted purchase model with kind 'bg-nbd' or 'pareto-nbd'" },
    ]);
    expect(parseInput('f', PurchaseModelSchema, { kind: 'pareto-nbd', params: { r: 1, alpha: 2, s: 3, beta: 4 }, timeUnit: 'week' })).toMatchObject({ kind: 'pareto-nbd' });
    expect(issues(GammaGammaModelSchema, 5, 'm')).toEqual([{ code: 'invalid_type', path: 'm', message: 'f: m must be a fitted Gamma-Gamma model, got 5' }]);
    expect(issues(GammaGammaModelSchema, { kind: 'gamma-gamma', params: { p: 1, q: 1 } }, 'm').map((i) => [i.code, i.path])).toEqual([['invalid_type', 'm.params.v']]);
  });

  it('fit options', () => {
    expect(parseInput('f', FitOptionsSchema, undefined)).toBeUndefined();
    expect(parseInput('f', FitOptionsSchema, { penalizer: 0, maxIterations: 1, timeUnit: 'month' })).toEqual({ penalizer: 0, maxIterations: 1, timeUnit: 'month' });
    expect(issues(FitOptionsSchema, { penalizer: -0.1 }, 'o')).toEqual([{ code: 'too_small', path: 'o.penalizer', message: 'f: o.penalizer must be a non-negative finite number, got -0.1' }]);
    expect(issues(FitOptionsSchema, { penalizer: 'x' }, 'o')[0]?.message).toBe('f: o.penalizer must be a non-negative finite number, got "x"');
    expect(issues(FitOptionsSchema, { maxIterations: 0 }, 'o')).toEqual([{ code: 'too_small', path: 'o.maxIterations', message: 'f: o.maxIterations must be a positive whole number, got 0' }]);
    expect(issues(FitOptionsSchema, { maxIterations: 2.5 }, 'o')[0]?.message).toBe('f: o.maxIterations must be a positive whole number, got 2.5');
    expect(issues(FitOptionsSchema, { maxIterations: '3' }, 'o')[0]?.message).toBe('f: o.maxIterations must be a positive whole number, got "3"');
  });
});

describe('compressHistories and distinct', () => {
  it('identical rows become one weighted row; totals over customers', () => {
    const d = compressHistories([
      { frequency: 2, recency: 3, T: 5 },
      { frequency: 0, recency: 0, T: 4 },
      { frequency: 2, recency: 3, T: 5 },
      { frequency: 2, recency: 4, T: 5 },
    ]);
    expect([d.rows, d.customers, d.totalFrequency]).toEqual([3, 4, 6]);
    // (5 + 4 + 5 + 5) / 4 = 4.75
    expect(d.meanT).toBe(4.75);
    expect(Array.from(d.x)).toEqual([2, 0, 2]);
    expect(Array.from(d.tx)).toEqual([3, 0, 4]);
    expect(Array.from(d.T)).toEqual([5, 4, 5]);
    expect(Array.from(d.w)).toEqual([2, 1, 1]);
    expect(Array.from(d.xs)).toEqual([2, 0]);
    expect(Array.from(d.xi)).toEqual([0, 1, 0]);
  });

  it('distinct keeps first-appearance order', () => {
    const r = distinct([5, 3, 5, 7, 3]);
    expect(Array.from(r.values)).toEqual([5, 3, 7]);
    expect(Array.from(r.indexOf)).toEqual([0, 1, 0, 2, 1]);
  });
});

describe('fitInLogSpace', () => {
  // A quadratic in u = ln θ with its minimum at u = (ln 2, ln 3): θ = (2, 3).
  const bowl: Objective = (u, g) => {
    const d0 = u[0]! - Math.log(2);
    const d1 = u[1]! - Math.log(3);
    g[0] = 2 * d0;
    g[1] = 8 * d1;
    return d0 * d0 + 4 * d1 * d1;
  };
  const base = { names: ['a', 'b'] as const, logLikelihood: (th: readonly number[]) => -(th[0]! + th[1]!), customers: 10, maxIterations: 200, gradientTolerance: 1e-10 };

  it('converges with standard errors by the delta method', () => {
    const fit = fitInLogSpace({ ...base, objective: bowl, starts: [[1, 1]] });
    expect(fit.converged).toBe(true);
    expect(fit.reason).toBeUndefined();
    expect(fit.params.a).toBeCloseTo(2, 8);
    expect(fit.params.b).toBeCloseTo(3, 8);
    expect(fit.logLikelihood).toBeCloseTo(-5, 8);
    // total Hessian in u: 10 · diag(2, 8); Var(u) = diag(1/20, 1/80); SE(θ) = θ · √Var(u) = 2/√20, 3/√80
    expect(fit.standardErrors.a!).toBeCloseTo(2 / Math.sqrt(20), 6);
    expect(fit.standardErrors.b!).toBeCloseTo(3 / Math.sqrt(80), 6);
    expect(fit.iterations).toBeGreaterThan(0);
  });

  it('no interior optimum: the first start with its first parameter at e^−18', () => {
    const fit = fitInLogSpace({ ...base, objective: bowl, starts: [[5, 7]], noInteriorReason: 'nothing to fit' });
    expect(fit.params).toEqual({ a: Math.exp(-18), b: 7 });
    expect(fit.converged).toBe(false);
    expect(fit.reason).toBe(`nothing to fit; a is reported at the edge of the search (${Math.exp(-18).toExponential(3)})`);
    expect(fit.reason).toBe('nothing to fit; a is reported at the edge of the search (1.523e-8)');
    expect(fit.standardErrors).toEqual({ a: null, b: null });
    expect([fit.iterations, fit.gradientNorm]).toEqual([0, 0]);
    expect(fit.logLikelihood).toBe(-(Math.exp(-18) + 7));
  });

  it('no start can be evaluated', () => {
    const fit = fitInLogSpace({ ...base, objective: () => NaN, starts: [[4, 5], [6, 7]], logLikelihood: () => NaN });
    expect(fit).toEqual({
      params: { a: 4, b: 5 },
      logLikelihood: -Number.MAX_VALUE,
      standardErrors: { a: null, b: null },
      converged: false,
      reason: 'the log-likelihood could not be evaluated at any starting point',
      iterations: 0,
      gradientNorm: 0,
    });
    expect(fitInLogSpace({ ...base, objective: () => NaN, starts: [[4, 5]] }).logLikelihood).toBe(-9);
  });

  it('a parameter running off to the edge', () => {
    // decreasing in u₀ forever: u₀ runs to the box edge 22 (≥ 18)
    const slope: Objective = (u, g) => {
      g[0] = -1;
      g[1] = 2 * u[1]!;
      return -u[0]! + u[1]! * u[1]!;
    };
    const fit = fitInLogSpace({ ...base, objective: slope, starts: [[1, 1]] });
    expect(fit.converged).toBe(false);
    expect(fit.reason).toBe(`the likelihood has no interior maximum for these data (a ran to ${fit.params.a.toExponential(3)}, the edge of the search)`);
    expect(fit.params.a).toBeGreaterThanOrEqual(Math.exp(18));
    expect(fit.standardErrors).toEqual({ a: null, b: null });
  });

  it('an optimiser that stops early, and a flat direction (Hessian not positive definite)', () => {
    const stopped = fitInLogSpace({ ...base, objective: bowl, starts: [[100, 0.001]], maxIterations: 1 });
    expect(stopped.converged).toBe(false);
    expect(stopped.reason).toMatch(/^the optimiser stopped after 1 iterations with the gradient norm still at \d\.\d{3}e[+-]\d+$/);
    const flat: Objective = (u, g) => {
      const d0 = u[0]! - Math.log(2);
      g[0] = 2 * d0;
      g[1] = 0;
      return d0 * d0;
    };
    const fit = fitInLogSpace({ ...base, objective: flat, starts: [[1, 1]] });
    expect(fit.converged).toBe(false);
    expect(fit.reason).toBe('the Hessian at the end point is not positive definite: the data do not identify every parameter');
    expect(fit.params.a).toBeCloseTo(2, 8);
  });

  it('the best of several starts wins; two that agree stop the search', () => {
    let calls = 0;
    const counted: Objective = (u, g) => {
      calls++;
      return bowl(u, g);
    };
    fitInLogSpace({ ...base, objective: counted, starts: [[1, 1], [1.5, 1.5], [100, 100]] });
    const twoStarts = calls;
    calls = 0;
    fitInLogSpace({ ...base, objective: counted, starts: [[1, 1], [1.5, 1.5]] });
    expect(twoStarts).toBe(calls); // the third start is never run
    // a start that fails does not replace a good one
    const fit = fitInLogSpace({ ...base, objective: (u, g) => (u[0]! > 3 ? NaN : bowl(u, g)), starts: [[1, 1], [100, 1]] });
    expect(fit.params.a).toBeCloseTo(2, 8);
    expect(fit.converged).toBe(true);
  });

  it('an edge limit at least as high as the best end point replaces it; a lower one is ignored', () => {
    // the bowl's end point θ = (2, 3) has logLikelihood −(2 + 3) = −5
    const edgeAt = (ll: number) => ({ theta: [Math.exp(18), 4], logLikelihood: ll, description: 'a → ∞' });
    const lower = fitInLogSpace({ ...base, objective: bowl, starts: [[1, 1]], edgeLimits: [edgeAt(-5.5)] });
    expect(lower.converged).toBe(true);
    expect(lower.params.a).toBeCloseTo(2, 8);
    const higher = fitInLogSpace({ ...base, objective: bowl, starts: [[1, 1]], edgeLimits: [edgeAt(-6), edgeAt(-4.5), edgeAt(Number.NaN)] });
    expect(higher.params).toEqual({ a: Math.exp(18), b: 4 });
    expect(higher.logLikelihood).toBe(-4.5);
    expect(higher.converged).toBe(false);
    expect(higher.standardErrors).toEqual({ a: null, b: null });
    expect(higher.reason).toBe(
      'the likelihood has no interior maximum above its limit at the edge of the parameter space: as a → ∞, ln L tends to -4.500000, ' +
        'against -5.000000 at the best point the optimiser reached; a is reported at the edge of the search (6.566e+7)',
    );
    // the bowl's gradient at u = (18, ln 4): (2 (18 − ln 2), 8 (ln 4 − ln 3)) = (34.6137, 2.3014); norm 34.6901
    expect(higher.gradientNorm).toBeCloseTo(Math.hypot(2 * (18 - Math.log(2)), 8 * Math.log(4 / 3)), 10);
    // 0.1 below the end point, but within the stated float64 error of its log-likelihood: no lower, so the edge
    const within = fitInLogSpace({ ...base, objective: bowl, starts: [[1, 1]], edgeLimits: [edgeAt(-5.1)], logLikelihoodError: () => 0.2 });
    expect(within.converged).toBe(false);
    expect(within.logLikelihood).toBe(-5.1);
  });

  // Several local minima in one parameter: f(u) = min over k of (u − c_k)² + v_k. From c_k + ½ the first step
  // (p = −1) lands on c_k − ½, no lower; the halved one lands on c_k: each start converges to its own minimum.
  const wells = (v: readonly number[], c: readonly number[] = [-5, 0, 5]): Objective => (u, g) => {
    let best = Infinity;
    let at = 0;
    for (let k = 0; k < c.length; k++) {
      const f = (u[0]! - c[k]!) ** 2 + v[k]!;
      if (f < best) [best, at] = [f, k];
    }
    g[0] = 2 * (u[0]! - c[at]!);
    return best;
  };
  const one = { names: ['a'] as const, logLikelihood: (th: readonly number[]) => -th[0]!, customers: 10, maxIterations: 200, gradientTolerance: 1e-10 };
  const starts = [[Math.exp(-4.5)], [Math.exp(0.5)], [Math.exp(5.5)]];

  it('starts ending at different minima do not stop the search; the deepest wins', () => {
    // values 1, 2, 0: the second end differs from the first, so the third start runs and wins (a = e⁵)
    const fit = fitInLogSpace({ ...one, objective: wells([1, 2, 0]), starts });
    expect(Math.log(fit.params.a)).toBeCloseTo(5, 8);
  });

  it('two starts ending at the same value stop the search, and the first of them is kept', () => {
    // values 1, 1, 0: the second start ties the first (exactly 1): stop, keep the first (a = e⁻⁵), never run the third
    const fit = fitInLogSpace({ ...one, objective: wells([1, 1, 0]), starts });
    expect(Math.log(fit.params.a)).toBeCloseTo(-5, 8);
    // "the same" is within 1e−10 · max(1, |value|): 100 and 100 + 5e−9 are the same (5e−9 ≤ 1e−8)
    // (wells 20 apart, so that each start stays in its own well despite the offsets of 100)
    const near = fitInLogSpace({ ...one, objective: wells([100, 100 + 5e-9, 0], [-20, 0, 20]), starts: [[Math.exp(-19.5)], [Math.exp(0.5)], [Math.exp(20.5)]] });
    expect(Math.log(near.params.a)).toBeCloseTo(-20, 8);
    // … and 1e−10 and ~0 (a difference of exactly 1e−10 · 1) too: the second, lower one is kept
    const edge = fitInLogSpace({ ...one, objective: wells([1e-10, 0, -1]), starts });
    expect(Math.log(edge.params.a)).toBeCloseTo(0, 8);
  });

  it('an end that did not converge does not settle the search', () => {
    // One iteration per start; values 0, 4, −1 at −5, 0, 5. From u = −12 (in the first well, which reaches to
    // u = −2.1): p = 14, capped at length 5 → u = −7, f = 4 (to rounding), not converged. The second start sits
    // on c₂ = 0 (converged, f = 4): no converged end before it has its value, so the third, at c₃ = 5, still runs
    // and wins (a = e⁵).
    const fit = fitInLogSpace({ ...one, objective: wells([0, 4, -1]), starts: [[Math.exp(-12)], [1], [Math.exp(5)]], maxIterations: 1 });
    expect(Math.log(fit.params.a)).toBeCloseTo(5, 8);
  });

  it('the highest of several qualifying edge limits is reported, in either order', () => {
    const edgeAt = (ll: number) => ({ theta: [Math.exp(18), ll === -4.5 ? 4 : 5], logLikelihood: ll, description: `ll ${ll}` });
    for (const order of [[-4.8, -4.5], [-4.5, -4.8]]) {
      const fit = fitInLogSpace({ ...base, objective: bowl, starts: [[1, 1]], edgeLimits: order.map(edgeAt) });
      expect([fit.logLikelihood, fit.params.b]).toEqual([-4.5, 4]);
    }
  });

  it('an edge limit exactly as high as the end point replaces it', () => {
    const plain = fitInLogSpace({ ...base, objective: bowl, starts: [[1, 1]] });
    const tie = fitInLogSpace({ ...base, objective: bowl, starts: [[1, 1]], edgeLimits: [{ theta: [Math.exp(18), 4], logLikelihood: plain.logLikelihood, description: 'a → ∞' }] });
    expect([tie.converged, tie.params.b]).toEqual([false, 4]);
  });

  it('an edge limit whose parameters are all inside the search reports no edge parameter', () => {
    const fit = fitInLogSpace({ ...base, objective: bowl, starts: [[1, 1]], edgeLimits: [{ theta: [4, 5], logLikelihood: -4.5, description: 'b → 5' }] });
    expect(fit.reason).toBe(
      'the likelihood has no interior maximum above its limit at the edge of the parameter space: as b → 5, ln L tends to -4.500000, ' +
        'against -5.000000 at the best point the optimiser reached',
    );
  });

  it('a parameter exactly at e^18 counts as at the edge', () => {
    // start on the minimum of (u₀ − 18)² + (u₁ − ln 3)²: converged at once, u₀ = ln e^18 = 18 exactly (as doubles)
    const at18: Objective = (u, g) => {
      g[0] = 2 * (u[0]! - 18);
      g[1] = 2 * (u[1]! - Math.log(3));
      return (u[0]! - 18) ** 2 + (u[1]! - Math.log(3)) ** 2;
    };
    const fit = fitInLogSpace({ ...base, objective: at18, starts: [[Math.exp(18), 3]] });
    expect(fit.converged).toBe(false);
    expect(fit.reason).toBe(`the likelihood has no interior maximum for these data (a ran to ${Math.exp(18).toExponential(3)}, the edge of the search)`);
  });

  it('the Hessian step the model asks for is used', () => {
    // f = u²/2 + u⁴/4 in one parameter, started at its minimum u = 0 (θ = 1). g = u + u³, so the central
    // difference (g(h) − g(−h)) / 2h = 1 + h²: with h = 0.5 the total Hessian is 10 · 1.25 = 12.5 and
    // SE(θ) = θ / √12.5 (with the default 1e−4 it would be 1/√(10 · (1 + 1e−8)) ≈ 0.316)
    const quartic: Objective = (u, g) => {
      g[0] = u[0]! + u[0]! ** 3;
      return u[0]! ** 2 / 2 + u[0]! ** 4 / 4;
    };
    const fit = fitInLogSpace({ ...one, objective: quartic, starts: [[1]], hessianStep: 0.5 });
    expect(fit.converged).toBe(true);
    expect(fit.standardErrors.a).toBeCloseTo(1 / Math.sqrt(12.5), 12);
  });

  it('logLikelihoodFromObjective: −(objective − penalizer · Σθ²) × customers', () => {
    const objective: Objective = (u) => u[0]! + 2 * u[1]!;
    const ll = logLikelihoodFromObjective(objective, 2, 0.5, 10);
    // θ = (e, e²): objective = 1 + 4 = 5; Σθ² = e² + e⁴; −(5 − 0.5(e² + e⁴)) · 10
    expect(ll([Math.E, Math.E ** 2])).toBeCloseTo(-(5 - 0.5 * (Math.E ** 2 + Math.E ** 4)) * 10, 10);
  });
});

// Reference values: the paper formulas evaluated with mpmath 1.3.0 at 40 digits (BG/NBD: FHL 2005
// eqs. 10–12 with mpmath.hyp2f1; Pareto/NBD: A₀ by numerical integration, mpmath.quad, of
// (r + s + x) ∫ (α + τ)^−(r+x) (β + τ)^−(s+1) dτ, independent of the hypergeometric route).
const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // FHL 2005, CDNOW
const PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }; // Fader & Hardie note, CDNOW

describe('BG/NBD per-customer formulas', () => {
  it.each([
    [2, 30.43, 38.86, 39, 0.72657857008067291, 1.2260281747671444], // the paper's 1.226
    [0, 0, 38.86, 39, 1, 0.19509805201126264],
    [7, 35, 38, 10, 0.86199106509343288, 1.3723552978400544],
    [1, 5, 38, 52, 0.32019237644572543, 0.39889808699313429],
  ])('x = %s, t_x = %s, T = %s, t = %s', (x, tx, T, t, alive, expected) => {
    expect(rel(bgNbdProbabilityAlive(BG, x, tx, T), alive)).toBeLessThan(1e-12);
    expect(rel(bgNbdExpectedPurchases(BG, x, tx, T, t), expected)).toBeLessThan(1e-10);
  });

  it('t = 0 is 0; a = 1 is the limit', () => {
    expect(bgNbdExpectedPurchases(BG, 2, 30.43, 38.86, 0)).toBe(0);
    // a → 1: mean of a = 1 ± 1e−15 at 40 digits = 1.1021367860399558
    expect(rel(bgNbdExpectedPurchases({ ...BG, a: 1 }, 2, 30.43, 38.86, 39), 1.1021367860399558)).toBeLessThan(1e-8);
    expect(rel(bgNbdExpectedPurchases({ ...BG, a: 1 + 5e-6 }, 2, 30.43, 38.86, 39), 1.1021367860399558)).toBeLessThan(1e-5);
  });
});

describe('BG/NBD expected purchases for a frequent customer (a − x − r < −1)', () => {
  it('the ₂F₁ inside, ₂F₁(9, 8.86; 27.1; 0.772), is not lost to the cancellation of z → 1 − z', () => {
    // FHL 2005 eq. 10 with mpmath.hyp2f1(r + x, b + x; a + b + x − 1; t/(α + T + t)) at 80 digits
    // (also at 120): 0.72644417632864349
    expect(rel(bgNbdExpectedPurchases({ r: 0.1, alpha: 1, a: 9.86, b: 0.24 }, 18, 9, 10, 37.3), 0.72644417632864349)).toBeLessThan(1e-13);
  });
});

describe('Pareto/NBD per-customer formulas', () => {
  it.each([
    [2, 30.43, 38.86, 39, -12.578087949410452, -9.4020745118571536, 0.86916755915301119, 1.4551231932576024],
    [0, 0, 38.86, 39, -3.0158839272914237, -0.52104629408089031, 0.29528660461689415, 0.10708146821530885],
    [5, 10, 38, 20, -18.703002411542491, -18.175344606078237, 0.051753818012376563, 0.1063616298551039],
  ])('x = %s, t_x = %s, T = %s, t = %s', (x, tx, T, t, logA0, ll, alive, expected) => {
    expect(rel(paretoLogA0(PARETO, x, tx, T), logA0)).toBeLessThan(1e-10);
    // the rest of the log-likelihood: eq. 18 without ln Γ(r + x) − ln Γ(r)
    expect(rel(paretoLogLikelihoodRest(PARETO, x, tx, T), ll)).toBeLessThan(1e-10);
    expect(rel(paretoProbabilityAlive(PARETO, x, tx, T), alive)).toBeLessThan(1e-10);
    expect(rel(paretoExpectedPurchases(PARETO, x, tx, T, t), expected)).toBeLessThan(1e-10);
  });

  it('β > α takes the other hypergeometric form', () => {
    const swapped = { ...PARETO, alpha: 11.669, beta: 10.578 };
    expect(rel(paretoLogA0(swapped, 2, 30.43, 38.86), -12.600994678713208)).toBeLessThan(1e-10);
    expect(rel(paretoProbabilityAlive(swapped, 2, 30.43, 38.86), 0.86692342951477011)).toBeLessThan(1e-10);
    expect(rel(paretoExpectedPurchases(swapped, 2, 30.43, 38.86, 39), 1.4153719431637965)).toBeLessThan(1e-10);
  });

  it('t_x a hair below T: A₀ stays within its bracket where at(t_x) − at(T) cancels', () => {
    // A₀ = (r + s + x) ∫ from t_x to T of (α + τ)^−(r+x) (β + τ)^−(s+1) dτ, by mpmath.quad at 40 digits
    // (the same integral gives the −12.578087949410452 above). Here T − t_x = 1e-9 and the bracket
    // [integrand at T, at t_x] · (r + s + x)(T − t_x) is 1.7e-10 wide in ln A₀; the difference of the two
    // hypergeometric terms has lost all but about five digits, so only the clamp keeps ln A₀ right.
    expect(Math.abs(paretoLogA0(PARETO, 3, 20 - 1e-9, 20) - -36.999522046833654)).toBeLessThan(1e-9);
    expect(Math.abs(paretoLogA0(PARETO, 1, 12 - 1e-9, 12) - -29.875935177999229)).toBeLessThan(1e-9);
    // T − t_x = 1.0018652574217413e-12 (the double 38 − 1e−12): here the rounded difference falls below the
    // bracket (or is not a number at all), and the lower bound is what keeps ln A₀ right; mpmath.quad as above
    expect(Math.abs(paretoLogA0(PARETO, 10, 38 - 1e-12, 38) - -72.468054090283522)).toBeLessThan(1e-9);
  });

  it('t_x = T: A₀ = 0; s = 1: the logarithmic bracket', () => {
    expect(paretoLogA0(PARETO, 2, 38.86, 38.86)).toBe(-Infinity);
    expect(paretoProbabilityAlive(PARETO, 2, 38.86, 38.86)).toBe(1);
    expect(rel(paretoExpectedPurchases({ ...PARETO, s: 1 }, 2, 30.43, 38.86, 39), 1.1860522822793437)).toBeLessThan(1e-10);
  });
});

describe('Gamma-Gamma', () => {
  it('E[M] = p(v + x·m̄) / (p·x + q − 1)', () => {
    // p = 6, q = 4, v = 15, x = 2, m̄ = 30: 6 · (15 + 60) / (12 + 3) = 450 / 15 = 30
    expect(gammaGammaExpectedSpend({ p: 6, q: 4, v: 15 }, 2, 30)).toBe(30);
    expect(spendOf('f', { p: 6, q: 4, v: 15 }, 2, 30)).toBe(30);
    // x = 0: 6 · 15 / 3 = 30
    expect(spendOf('f', { p: 6, q: 4, v: 15 }, 0, 0)).toBe(30);
  });

  it('an infinite mean names q', () => {
    // p·x + q = 0 + 1 = 1: not above 1
    expect(issuesOf(() => spendOf('g', { p: 6, q: 1, v: 15 }, 0, 0))).toEqual([
      { code: 'infinite_mean', path: 'spendModel.params.q', message: 'g: spendModel.params.q (1) must make p·x + q exceed 1 (here 6 · 0 + 1): otherwise the expected spend is infinite' },
    ]);
    expect(issuesOf(() => spendOf('g', { p: 6, q: 0.5, v: 15 }, 0, 0))[0]?.code).toBe('infinite_mean');
    // p·x + q = 2 > 1, so the mean is finite, but p·v = 1e308 · 1e308 overflows float64: not q's
    // fault, and not the customer's (p·x·m̄ = 0), so the parameters are named.
    expect(issuesOf(() => spendOf('g', { p: 1e308, q: 2, v: 1e308 }, 0, 0))).toEqual([
      {
        code: 'not_computable',
        path: 'spendModel.params',
        message: 'g: spendModel.params (p 1e+308, v 1e+308) give an expected spend p·(v + x·m̄) / (p·x + q − 1) beyond the range of a float64 number',
      },
    ]);
    expect(spendOf('g', { p: 1, q: 0.5, v: 1 }, 1, 1)).toBe(4); // 1 · (1 + 1) / (1 + 0.5 − 1) = 4
  });
});

describe('fast readers', () => {
  it('readHistoriesFast declines every rule the schema checks', () => {
    expect(readHistoriesFast([{ frequency: 0, recency: 0, T: 0 }])).toEqual([{ frequency: 0, recency: 0, T: 0 }]);
    expect(readHistoriesFast([{ frequency: 1, recency: 5, T: 5 }])).toEqual([{ frequency: 1, recency: 5, T: 5 }]);
    for (const row of [
      { frequency: 1, recency: 6, T: 5 },
      { frequency: 0, recency: 1, T: 5 },
      { frequency: -1, recency: 0, T: 5 },
      { frequency: 1.5, recency: 0, T: 5 },
      { frequency: 1, recency: -1, T: 5 },
      { frequency: 1, recency: 1, T: Infinity },
      { frequency: 1, recency: NaN, T: 5 },
      { frequency: '1', recency: 1, T: 5 },
    ]) {
      expect(readHistoriesFast([{ frequency: 1, recency: 1, T: 1 }, row]), JSON.stringify(row)).toBeUndefined();
    }
    expect(readHistoriesFast('rows')).toBeUndefined();
  });

  it('readSpendsFast declines what the schema would refuse', () => {
    expect(readSpendsFast([{ frequency: 0, monetaryValue: 0 }])).toEqual([{ frequency: 0, monetaryValue: 0 }]);
    expect(Object.is(readSpendsFast([{ frequency: 0, monetaryValue: -0 }])![0]!.monetaryValue, 0)).toBe(true);
    expect(readSpendsFast([{ frequency: 1, monetaryValue: '1e2' }])).toEqual([{ frequency: 1, monetaryValue: 100 }]);
    for (const row of [
      { frequency: 1, monetaryValue: 0 },
      { frequency: 0, monetaryValue: -1 },
      { frequency: 1, monetaryValue: Infinity },
      { frequency: 1, monetaryValue: NaN },
      { frequency: 1, monetaryValue: '1,5' },
      { frequency: 1.5, monetaryValue: 1 },
      { frequency: 1, monetaryValue: new Decimal(Infinity) },
      // neither a number, a decimal string nor a Decimal, though String(['5']) is '5' and the object has a toNumber
      { frequency: 1, monetaryValue: ['5'] },
      { frequency: 1, monetaryValue: { toNumber: () => 5 } },
      null,
    ]) {
      expect(readSpendsFast([{ frequency: 1, monetaryValue: 1 }, row]), JSON.stringify(row)).toBeUndefined();
    }
    expect(readSpendsFast([])).toBeUndefined();
  });

  it('readFitInput: fast rows with parsed options, or one parse of both reporting everything', () => {
    const rowsSchema = z.array(PurchaseHistorySchema);
    const rows = [{ frequency: 1, recency: 1, T: 2 }];
    expect(readFitInput('f', rowsSchema, rows, 'ignored', { timeUnit: 'week' })).toEqual({ rows, options: { timeUnit: 'week' } });
    expect(issuesOf(() => readFitInput('f', rowsSchema, rows, rows, { timeUnit: 'year' })).map((i) => i.path)).toEqual(['options.timeUnit']);
    expect(readFitInput('f', rowsSchema, undefined, rows, undefined)).toEqual({ rows, options: undefined });
    expect(
      issuesOf(() => readFitInput('f', rowsSchema, undefined, [{ frequency: 0, recency: 1, T: 2 }], { penalizer: -1 })).map((i) => i.path),
    ).toEqual(['summaries[0].recency', 'options.penalizer']);
  });
});
