import { describe, expect, it } from 'vitest';
import { expectedPurchases, fitParetoNbd, probabilityAlive } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';
import { cdnowSummaries } from './cdnow.js';

describe('fitParetoNbd', () => {
  describe('golden: CDNOW sample, weeks (Fader & Hardie 2005 note "A Note on Deriving the Pareto/NBD Model…"; FHL 2005 §4)', () => {
    const model = fitParetoNbd(cdnowSummaries(), { timeUnit: 'week' });
    it('reproduces r ≈ 0.55, α ≈ 10.58, s ≈ 0.61, β ≈ 11.67 (LL −9595.0)', () => {
      expect(model.converged).toBe(true);
      expect(model.params.r.toFixed(2)).toBe('0.55');
      expect(model.params.alpha.toFixed(2)).toBe('10.58');
      expect(model.params.s.toFixed(2)).toBe('0.61');
      expect(model.params.beta.toFixed(2)).toBe('11.67');
      expect(model.logLikelihood.toFixed(1)).toBe('-9595.0');
      expect(Object.values(model.standardErrors).every((v) => typeof v === 'number' && v > 0)).toBe(true);
    });
    it('round-trips through JSON with identical predictions', () => {
      const back = JSON.parse(JSON.stringify(model)) as typeof model;
      const c = { frequency: 2, recency: 30.43, T: 38.86 };
      expect(expectedPurchases(back, c, 39)).toBe(expectedPurchases(model, c, 39));
      expect(probabilityAlive(back, c)).toBe(probabilityAlive(model, c));
    });
  });

  describe('edges', () => {
    it('every customer with frequency 0: converged false, a reason, finite numbers', () => {
      const m = fitParetoNbd([{ frequency: 0, recency: 0, T: 10 }]);
      expect(m.converged).toBe(false);
      expect(m.reason).toMatch(/no interior maximum/);
      expect(Object.values(m.params).every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(m.logLikelihood)).toBe(true);
    });
    it('a single customer and large frequencies never give NaN or throw', () => {
      for (const rows of [
        [{ frequency: 3, recency: 10, T: 20 }],
        [
          { frequency: 1000, recency: 10, T: 20 },
          { frequency: 0, recency: 0, T: 5 },
        ],
      ]) {
        const m = fitParetoNbd(rows, { maxIterations: 100 });
        expect(Object.values(m.params).every(Number.isFinite)).toBe(true);
        expect(Number.isFinite(m.logLikelihood)).toBe(true);
        expect(Number.isFinite(m.gradientNorm)).toBe(true);
      }
    });
  });

  describe('validation', () => {
    it('names the row and field', () => {
      expect(issuesOf(() => fitParetoNbd([{ frequency: 1, recency: 5, T: 4 }]))[0]?.message).toBe(
        'fitParetoNbd: summaries[0].recency (5) must not exceed T (4)',
      );
      expect(pathsOf(() => fitParetoNbd([{ frequency: -1, recency: 0, T: 4 }], { penalizer: Number.NaN }))).toEqual([
        'summaries[0].frequency',
        'options.penalizer',
      ]);
    });
  });
});
