import { describe, expect, it } from 'vitest';
import { Decimal, expectedAverageSpend, fitGammaGamma } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';
import { cdnowSpends } from './cdnow.js';

describe('fitGammaGamma', () => {
  describe('golden: CDNOW, customers with x > 0 and zbar (Fader & Hardie 2013 note "The Gamma-Gamma Model of Monetary Value")', () => {
    const model = fitGammaGamma(cdnowSpends(), { timeUnit: 'week' });
    it('reproduces p = 6.25, q = 3.74, γ = 15.44 (the optimum lies within a few thousandths of 15.44)', () => {
      expect(model.converged).toBe(true);
      expect(model.params.p.toFixed(2)).toBe('6.25');
      expect(model.params.q.toFixed(2)).toBe('3.74');
      expect(Math.abs(model.params.v - 15.44)).toBeLessThan(0.01);
      expect(model.customers).toBe(946);
      expect(model.customersSkipped).toBe(2357 - 946);
      expect(model.timeUnit).toBe('week');
    });
    it('round-trips through JSON with identical predictions', () => {
      const back = JSON.parse(JSON.stringify(model)) as typeof model;
      const c = { frequency: 2, monetaryValue: '22.35' };
      expect(expectedAverageSpend(back, c)).toBe(expectedAverageSpend(model, c));
    });
  });

  describe('edges', () => {
    it('no row with frequency above 0: converged false with a reason', () => {
      const m = fitGammaGamma([{ frequency: 0, monetaryValue: 0 }]);
      expect(m.converged).toBe(false);
      expect(m.reason).toMatch(/no customer has frequency above 0/);
      expect(m.customers).toBe(0);
      expect(m.customersSkipped).toBe(1);
    });
    it('a single customer and huge frequencies: finite numbers, no throw', () => {
      for (const rows of [
        [{ frequency: 3, monetaryValue: 10 }],
        [
          { frequency: 1_000_000, monetaryValue: 10 },
          { frequency: 2, monetaryValue: new Decimal('30') },
        ],
      ]) {
        const m = fitGammaGamma(rows);
        expect(Object.values(m.params).every(Number.isFinite)).toBe(true);
        expect(Number.isFinite(m.logLikelihood)).toBe(true);
      }
    });
    it('accepts decimal strings, numbers and Decimals alike', () => {
      const rows = cdnowSpends().slice(0, 300);
      const a = fitGammaGamma(rows);
      const b = fitGammaGamma(rows.map((r) => ({ ...r, monetaryValue: String(r.monetaryValue) })));
      expect(b.params).toEqual(a.params);
    });
  });

  describe('a likelihood higher toward the edge of the parameter space than at the interior point reached', () => {
    // Reference values from mpmath at 40 digits, with the log-likelihood of Fader & Hardie's note,
    // eq. 3, written out independently of src/: stationary points found by findroot on the
    // gradient in log parameters (mpmath's diff); each edge limit maximised over its two
    // parameters the same way.
    it('five customers: an interior local maximum below the q → ∞ limit (Gamma spends with one rate ν)', () => {
      // ln L has a local maximum at p = 0.542674, q = 2.155968, v = 290.2831, ln L = −26.1618350059
      // (Hessian in log parameters negative definite: eigenvalues −11.0, −1.74, −0.026): all three
      // starts end there, and it used to be reported as converged. As q → ∞ with v/q = 1/ν the model
      // becomes m̄ ~ Gamma(px, rate νx), whose maximum Σ [px ln(νx) + (px − 1) ln m̄ − νx m̄ − ln Γ(px)]
      // is −26.1088386350 at p = 0.4052007154, ν = 0.002592454993: 0.053 higher. The profile ln L
      // (best p, v at fixed q) rises toward it: −26.11307 at q = 100, −26.10888 at 10⁴, −26.1088391 at 10⁶.
      const m = fitGammaGamma([
        { frequency: 2, monetaryValue: 42 },
        { frequency: 5, monetaryValue: 278 },
        { frequency: 1, monetaryValue: 2 },
        { frequency: 1, monetaryValue: 9 },
        { frequency: 1, monetaryValue: 78 },
      ]);
      expect(m.converged).toBe(false);
      expect(m.reason).toMatch(/^the likelihood has no interior maximum above its limit at the edge of the parameter space: as q → ∞ with v\/q fixed/);
      expect(m.reason).toMatch(/ln L tends to -26\.108839, against -26\.16183\d at the best point the optimiser reached; q is reported at the edge of the search \(6\.566e\+7\)$/);
      expect(m.logLikelihood).toBeCloseTo(-26.1088386350, 9);
      expect(m.params.p).toBeCloseTo(0.4052007154, 8);
      expect(m.params.q).toBe(Math.exp(18));
      expect(m.params.q / m.params.v).toBeCloseTo(0.002592454993, 11);
      expect(m.standardErrors).toEqual({ p: null, q: null, v: null });
    });
    it('four customers spending 5 or 6: a ridge rising toward p → ∞ (each customer always spends the same)', () => {
      // As p → ∞ with p·v = s fixed, m̄ = p/ν exactly and m̄ ~ inverse Gamma(q, scale s) whatever x:
      // Σ [q ln s − ln Γ(q) − (q + 1) ln m̄ − s/m̄] is at most −2.8976252203308 (q = 120.66574407,
      // s = 658.17678585). The profile ln L at fixed p rises toward it without a maximum:
      // −2.8982098 at p = 10³, −2.89762913 at 10⁵, −2.897625259 at 10⁷, −2.8976252207 at 10⁹.
      // The optimiser used to stall on that ridge near p = 5.2e6 and call it converged.
      const m = fitGammaGamma([
        { frequency: 2, monetaryValue: 6 },
        { frequency: 1, monetaryValue: 6 },
        { frequency: 2, monetaryValue: 5 },
        { frequency: 3, monetaryValue: 5 },
      ]);
      expect(m.converged).toBe(false);
      expect(m.reason).toMatch(/as p → ∞ with p·v fixed .*; p is reported at the edge of the search \(6\.566e\+7\)$/);
      expect(m.logLikelihood).toBeCloseTo(-2.8976252203308, 11);
      expect(m.params.p).toBe(Math.exp(18));
      expect(m.params.q).toBeCloseTo(120.66574407, 6);
      expect(m.params.p * m.params.v).toBeCloseTo(658.17678585, 6);
      // predictions stay finite: p(v + x m̄)/(p x + q − 1) → m̄ as p → ∞ (each customer keeps their own mean)
      expect(Number(expectedAverageSpend(m, { frequency: 2, monetaryValue: 6 }))).toBeCloseTo(6, 4);
    });
  });

  describe('validation', () => {
    it('zero or negative spend of a repeat buyer, negative spend, bad frequency', () => {
      const issues = issuesOf(() =>
        fitGammaGamma([
          { frequency: 2, monetaryValue: 0 },
          { frequency: 0, monetaryValue: -1 },
          { frequency: 1.5, monetaryValue: 3 },
          { frequency: 1, monetaryValue: '1,000' },
        ]),
      );
      expect(issues.map((i) => i.path)).toEqual([
        'summaries[0].monetaryValue',
        'summaries[1].monetaryValue',
        'summaries[2].frequency',
        'summaries[3].monetaryValue',
      ]);
      expect(issues[0]?.message).toMatch(/^fitGammaGamma: summaries\[0\]\.monetaryValue must be greater than 0 when frequency is above 0, got 0/);
      expect(pathsOf(() => fitGammaGamma([]))).toEqual(['summaries']);
    });
    it('a spend beyond the float64 range is refused, not fitted as Infinity', () => {
      // 1e400 > Number.MAX_VALUE ≈ 1.797e308: read as a float64 it would be Infinity (the fit returned v = Infinity).
      expect(issuesOf(() => fitGammaGamma([{ frequency: 1, monetaryValue: '1e400' }, { frequency: 2, monetaryValue: 5 }]))).toEqual([
        {
          code: 'out_of_range',
          path: 'summaries[0].monetaryValue',
          message: "fitGammaGamma: summaries[0].monetaryValue must be within the range of a float64 number (about ±1.8e308) for the model's arithmetic, got 1e+400",
        },
      ]);
      expect(pathsOf(() => fitGammaGamma([{ frequency: 1, monetaryValue: new Decimal('-1e999') }]))).toEqual(['summaries[0].monetaryValue']);
    });
  });
});
