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
