// What the three fits must get right beyond the unpenalised CDNOW optimum (Stryker survivors):
// the penalised objective they document (mean negative log-likelihood + penalizer · Σθ², as
// lifetimes' penalizer_coef), the log-likelihood they report, and the shape of the model object.
// The likelihoods and the gradient come from test/predictive/paper.ts (written from the papers,
// no code shared with src/): at a converged fit every component of the gradient of the
// documented objective, in log parameters, is ≈ 0 (first-order condition of the optimum).
import { describe, expect, it } from 'vitest';
import { expectedAverageSpend, fitBgNbd, fitGammaGamma, fitParetoNbd } from '../../src/index.js';
import { pathsOf } from '../helpers/errors.js';
import { cdnowSpends, cdnowSummaries } from './cdnow.js';
import { bgNbdLogLikelihood, gammaGammaLogLikelihood, paretoLogLikelihood, penalisedGradient } from './paper.js';

describe('fitBgNbd: the penalised optimum and the model object', () => {
  const rows = cdnowSummaries().slice(0, 400);
  for (const penalizer of [0, 0.1]) {
    it(`penalizer ${penalizer}: a stationary point of −LL/N + c·Σθ² (FHL 2005 eq. 6) with LL reported unpenalised`, () => {
      const m = fitBgNbd(rows, { penalizer, timeUnit: 'week' });
      expect(m.converged).toBe(true);
      const th = [m.params.r, m.params.alpha, m.params.a, m.params.b];
      const ll = (t: number[]) => bgNbdLogLikelihood(t[0]!, t[1]!, t[2]!, t[3]!, rows);
      for (const g of penalisedGradient(ll, th, rows.length, penalizer)) expect(Math.abs(g)).toBeLessThan(1e-6);
      // the reported log-likelihood is the paper's Σ ln L at the fitted parameters, without the penalty
      expect(m.logLikelihood).toBeCloseTo(ll(th), 6);
      // a converged fit carries no reason at all (not even an undefined one)
      expect(Object.keys(m)).toEqual(['kind', 'params', 'logLikelihood', 'standardErrors', 'converged', 'iterations', 'gradientNorm', 'timeUnit', 'customers', 'penalizer']);
      expect(m.kind).toBe('bg-nbd');
      expect(m.penalizer).toBe(penalizer);
      expect(Object.values(m.standardErrors).every((v) => typeof v === 'number' && v > 0)).toBe(true);
    });
  }
});

describe('fitBgNbd: a customer whose last purchase lies long before T', () => {
  it('ln(e^A₃ + e^A₄) with A₄ − A₃ far beyond the float64 range of exp (709) stays finite: the fit converges', () => {
    // 500 purchases in the first week, then 37.86 silent weeks: A₄ − A₃ = ln(a/(b + 499)) + (r + 500) ln((α + 38.86)/(α + 1)),
    // about 500 · ln(39.86/2) ≈ 1500 at α = 1, so e^(A₄ − A₃) overflows unless the larger term is factored out
    const rows = [...cdnowSummaries().slice(0, 400), { frequency: 500, recency: 1, T: 38.86 }];
    const m = fitBgNbd(rows);
    expect(m.converged).toBe(true);
    const th = [m.params.r, m.params.alpha, m.params.a, m.params.b];
    const ll = (t: number[]) => bgNbdLogLikelihood(t[0]!, t[1]!, t[2]!, t[3]!, rows);
    for (const g of penalisedGradient(ll, th, rows.length, 0)) expect(Math.abs(g)).toBeLessThan(1e-6);
    expect(m.logLikelihood).toBeCloseTo(ll(th), 6);
  });
});

describe('fitParetoNbd: the penalised optimum and the model object', () => {
  const rows = cdnowSummaries().slice(0, 60);
  for (const penalizer of [0, 0.01]) {
    it(`penalizer ${penalizer}: a stationary point of −LL/N + c·Σθ² (integral form of the likelihood) with LL reported unpenalised`, () => {
      const m = fitParetoNbd(rows, { penalizer, timeUnit: 'week' });
      expect(m.converged).toBe(true);
      const th = [m.params.r, m.params.alpha, m.params.s, m.params.beta];
      const ll = (t: number[]) => paretoLogLikelihood(t[0]!, t[1]!, t[2]!, t[3]!, rows);
      // the fit's own gradient is a central difference stopped at 1e-7: allow 1e-5
      for (const g of penalisedGradient(ll, th, rows.length, penalizer)) expect(Math.abs(g)).toBeLessThan(1e-5);
      expect(m.logLikelihood).toBeCloseTo(ll(th), 4);
      expect(Object.keys(m)).toEqual(['kind', 'params', 'logLikelihood', 'standardErrors', 'converged', 'iterations', 'gradientNorm', 'timeUnit', 'customers', 'penalizer']);
      expect(m.kind).toBe('pareto-nbd');
      expect(m.penalizer).toBe(penalizer);
      expect(m.timeUnit).toBe('week');
      expect(m.customers).toBe(60);
    });
  }
  it('six customers over up to eight years (days): an interior maximum (r ≈ 5, s ≈ 0.15) that not every starting point reaches', () => {
    // two steady buyers (40 and 17 repeat purchases, the last ones late), one who stopped early, three who never came back
    const six = [
      { frequency: 40, recency: 2143.46, T: 2398.57 },
      { frequency: 0, recency: 0, T: 1251.43 },
      { frequency: 0, recency: 0, T: 2450.71 },
      { frequency: 17, recency: 2482.95, T: 2972.14 },
      { frequency: 3, recency: 238.5, T: 2190 },
      { frequency: 0, recency: 0, T: 1042.86 },
    ];
    const m = fitParetoNbd(six);
    expect(m.converged).toBe(true);
    const th = [m.params.r, m.params.alpha, m.params.s, m.params.beta];
    // an interior point: every parameter well inside the search box (e^±18)
    expect(th.every((t) => Math.abs(Math.log(t)) < 8)).toBe(true);
    const ll = (t: number[]) => paretoLogLikelihood(t[0]!, t[1]!, t[2]!, t[3]!, six);
    for (const g of penalisedGradient(ll, th, six.length, 0)) expect(Math.abs(g)).toBeLessThan(1e-5);
    expect(m.logLikelihood).toBeCloseTo(ll(th), 4);
    // a proper maximum: the Hessian is negative definite, so every standard error is a positive number
    expect(Object.values(m.standardErrors).every((v) => typeof v === 'number' && v > 0)).toBe(true);
  });
  it('defaults: time unit day, penalizer 0', () => {
    const m = fitParetoNbd(rows);
    expect(m.timeUnit).toBe('day');
    expect(m.penalizer).toBe(0);
  });
  it('maxIterations 1 stops after one iteration and says so', () => {
    const m = fitParetoNbd(rows, { maxIterations: 1 });
    expect(m.converged).toBe(false);
    expect(m.iterations).toBe(1);
    expect(m.reason).toMatch(/^the optimiser stopped after 1 iterations with the gradient norm still at /);
  });
  it('an empty list is an error naming summaries', () => {
    expect(pathsOf(() => fitParetoNbd([]))).toEqual(['summaries']);
  });
});

describe('fitGammaGamma: the penalised optimum and the model object', () => {
  const rows = cdnowSpends().slice(0, 400);
  const used = rows.filter((r) => r.frequency > 0);
  for (const penalizer of [0, 0.1]) {
    it(`penalizer ${penalizer}: a stationary point of −LL/N + c·Σθ² (Gamma-Gamma note eq. 3) with LL reported unpenalised`, () => {
      const m = fitGammaGamma(rows, { penalizer });
      expect(m.converged).toBe(true);
      const th = [m.params.p, m.params.q, m.params.v];
      const ll = (t: number[]) => gammaGammaLogLikelihood(t[0]!, t[1]!, t[2]!, rows);
      for (const g of penalisedGradient(ll, th, used.length, penalizer)) expect(Math.abs(g)).toBeLessThan(1e-6);
      expect(m.logLikelihood).toBeCloseTo(ll(th), 6);
      expect(Object.keys(m)).toEqual([
        'kind', 'params', 'logLikelihood', 'standardErrors', 'converged', 'iterations', 'gradientNorm', 'timeUnit', 'customers', 'customersSkipped', 'penalizer',
      ]);
      expect(m.customers).toBe(used.length);
      expect(m.customersSkipped).toBe(rows.length - used.length);
      expect(m.penalizer).toBe(penalizer);
      expect(m.timeUnit).toBe('day');
    });
  }
  it('maxIterations 1 stops after one iteration and says so', () => {
    const m = fitGammaGamma(rows, { maxIterations: 1 });
    expect(m.converged).toBe(false);
    expect(m.iterations).toBe(1);
    expect(m.reason).toMatch(/^the optimiser stopped after 1 iterations with the gradient norm still at /);
  });
  it('no repeat buyer: a complete, usable placeholder model (no observation, so LL = ln 1 = 0)', () => {
    const m = fitGammaGamma([{ frequency: 0, monetaryValue: 0 }, { frequency: 0, monetaryValue: '0' }], { timeUnit: 'month', penalizer: 0.5 });
    expect(m).toMatchObject({
      kind: 'gamma-gamma',
      logLikelihood: 0,
      standardErrors: { p: null, q: null, v: null },
      converged: false,
      reason: 'no customer has frequency above 0, so there is no spend to fit (the parameters are placeholders)',
      iterations: 0,
      gradientNorm: 0,
      timeUnit: 'month',
      customers: 0,
      customersSkipped: 2,
      penalizer: 0.5,
    });
    expect(Object.keys(m.params)).toEqual(['p', 'q', 'v']);
    // the placeholders still make a model expectedAverageSpend accepts
    expect(Number.isFinite(expectedAverageSpend(m, { frequency: 0, monetaryValue: 0 }))).toBe(true);
    expect(Object.isFrozen(m)).toBe(true);
  });
});

describe('no repeat purchase at all: the placeholder models', () => {
  // Every frequency is 0, so the likelihood r · Σ ln(α/(α + T)) (BG/NBD; Pareto/NBD likewise) rises
  // towards 0 as r → 0 and has no maximum. The fits then report their first starting point with r
  // at the edge of the search, e^−18: the start matches the mean purchase rate E[λ] = r/α to
  // max(mean frequency, 0.1) / mean T (the 0.1 floor applies here), with r = 1, a = b = 1 (BG/NBD)
  // and r = 0.9, s = 0.9, β = mean T (Pareto/NBD). Here mean T = (10 + 20)/2 = 15, so the rate is
  // 0.1/15 and α = r / rate = 150 (BG/NBD) and 135 (Pareto/NBD).
  const rows = [
    { frequency: 0, recency: 0, T: 10 },
    { frequency: 0, recency: 0, T: 20 },
  ];
  const rEdge = Math.exp(-18);
  it('BG/NBD: r = e^−18, α = 150, a = b = 1; LL = r · (ln(150/160) + ln(150/170))', () => {
    const m = fitBgNbd(rows);
    expect(m.params.r).toBeCloseTo(rEdge, 20);
    expect(m.params.alpha).toBeCloseTo(150, 9);
    expect(m.params.a).toBe(1);
    expect(m.params.b).toBe(1);
    // ln(0.9375) + ln(0.88235) = −0.06454 − 0.12516 = −0.18970; × 1.523e−8 = −2.89e−9
    expect(m.logLikelihood).toBeCloseTo(rEdge * (Math.log(150 / 160) + Math.log(150 / 170)), 15);
    expect(m.reason).toBe(
      'every customer has frequency 0 (no repeat purchase), so the likelihood keeps rising as r → 0 and has no interior maximum; r is reported at the edge of the search (1.523e-8)',
    );
  });
  it('Pareto/NBD: r = e^−18, α = 0.9 · 15 / 0.1 = 135, s = 0.9, β = 15', () => {
    const m = fitParetoNbd(rows);
    expect(m.params.r).toBeCloseTo(rEdge, 20);
    expect(m.params.alpha).toBeCloseTo(135, 9);
    expect(m.params.s).toBe(0.9);
    expect(m.params.beta).toBe(15);
    expect(m.converged).toBe(false);
  });
});

describe('fitGammaGamma on heavy-tailed spends: the maximum is found, not a point on the way to the edge', () => {
  /** The best Gamma-Gamma log-likelihood (note eq. 3) on a log grid: ln p, ln q ∈ [−6, 6], ln v ∈ [−6, 18], 25 points each. */
  function gridMax(rows: readonly { frequency: number; monetaryValue: number }[]): number {
    let best = -Infinity;
    for (let i = 0; i < 25; i++) {
      for (let j = 0; j < 25; j++) {
        for (let k = 0; k < 25; k++) {
          const ll = gammaGammaLogLikelihood(Math.exp(-6 + i / 2), Math.exp(-6 + j / 2), Math.exp(-6 + k), rows);
          if (ll > best) best = ll;
        }
      }
    }
    return best;
  }
  function expectTheMaximum(rows: readonly { frequency: number; monetaryValue: number }[]): void {
    const m = fitGammaGamma([...rows]);
    expect(m.converged).toBe(true);
    const th = [m.params.p, m.params.q, m.params.v];
    const ll = (t: number[]) => gammaGammaLogLikelihood(t[0]!, t[1]!, t[2]!, rows);
    for (const g of penalisedGradient(ll, th, rows.filter((r) => r.frequency > 0).length, 0)) expect(Math.abs(g)).toBeLessThan(1e-6);
    // no point of a coarse grid over the whole search region does better
    expect(m.logLikelihood).toBeGreaterThanOrEqual(gridMax(rows));
  }
  it('five single repeat purchases from 0.15 to 840.77: with x = 1 the model is a scaled beta-prime, whose heavy tail beats the Gamma limit at the edge', () => {
    expectTheMaximum([
      { frequency: 1, monetaryValue: 58.8 },
      { frequency: 1, monetaryValue: 12.78 },
      { frequency: 1, monetaryValue: 840.77 },
      { frequency: 1, monetaryValue: 0.15 },
      { frequency: 1, monetaryValue: 2.56 },
    ]);
  });
  it('repeat buyers whose mean spends run from 0.77 to 643.68 (an interior maximum only one of the starting points leads to)', () => {
    expectTheMaximum([
      { frequency: 23, monetaryValue: 460.42 },
      { frequency: 20, monetaryValue: 65.1 },
      { frequency: 20, monetaryValue: 7.55 },
      { frequency: 1, monetaryValue: 106.85 },
      { frequency: 2, monetaryValue: 46.1 },
      { frequency: 0, monetaryValue: 0 },
      { frequency: 0, monetaryValue: 0 },
      { frequency: 15, monetaryValue: 290.88 },
      { frequency: 41, monetaryValue: 99.9 },
      { frequency: 46, monetaryValue: 0.77 },
      { frequency: 0, monetaryValue: 0 },
      { frequency: 10, monetaryValue: 283.22 },
      { frequency: 47, monetaryValue: 643.68 },
      { frequency: 5, monetaryValue: 25.85 },
      { frequency: 44, monetaryValue: 222.94 },
      { frequency: 0, monetaryValue: 0 },
      { frequency: 0, monetaryValue: 0 },
      { frequency: 39, monetaryValue: 118.95 },
      { frequency: 38, monetaryValue: 52.91 },
      { frequency: 0, monetaryValue: 0 },
      { frequency: 0, monetaryValue: 0 },
    ]);
  });
});

describe('fitGammaGamma where the likelihood cannot be evaluated', () => {
  it('a spend of 1e308 over 2 purchases (x · m̄ overflows): the first start comes back, finite, with a reason', () => {
    // the first start matches the mean spend: p = 1, q = 2, v = mean m̄ = 1e308, so p·v/(q − 1) = 1e308;
    // ln(v + x m̄) = ln ∞ at every start, so no start can be evaluated; the log-likelihood −∞ is
    // reported as the most negative finite number (the library never returns ±Infinity)
    const m = fitGammaGamma([{ frequency: 2, monetaryValue: 1e308 }]);
    expect(m.converged).toBe(false);
    expect(m.reason).toBe('the log-likelihood could not be evaluated at any starting point');
    expect(m.params).toEqual({ p: 1, q: 2, v: 1e308 });
    expect(m.logLikelihood).toBe(-Number.MAX_VALUE);
    expect(m.standardErrors).toEqual({ p: null, q: null, v: null });
    expect(m.iterations).toBe(0);
  });
});
