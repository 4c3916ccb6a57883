import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedPurchases, fitBgNbd, probabilityAlive } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';
import { cdnowSummaries } from './cdnow.js';

describe('fitBgNbd', () => {
  describe('golden: CDNOW sample, weeks (Fader, Hardie & Lee 2005, Marketing Science 24(2), Table/section 4)', () => {
    const model = fitBgNbd(cdnowSummaries(), { timeUnit: 'week' });
    it('reproduces r = 0.243, α = 4.414, a = 0.793, b = 2.426 and LL = −9582.4', () => {
      expect(model.converged).toBe(true);
      expect(model.params.r.toFixed(3)).toBe('0.243');
      expect(model.params.alpha.toFixed(3)).toBe('4.414');
      expect(model.params.a.toFixed(3)).toBe('0.793');
      expect(model.params.b.toFixed(3)).toBe('2.426');
      expect(model.logLikelihood.toFixed(1)).toBe('-9582.4');
      expect(model.customers).toBe(2357);
      expect(model.timeUnit).toBe('week');
      expect(model.gradientNorm).toBeLessThan(1e-6);
      expect(model.iterations).toBeGreaterThan(0);
    });
    it('standard errors as lifetimes prints them for CDNOW (README summary: 0.0126, 0.378, 0.186, 0.705)', () => {
      expect(model.standardErrors.r).toBeCloseTo(0.0126, 3);
      expect(model.standardErrors.alpha).toBeCloseTo(0.378, 2);
      expect(model.standardErrors.a).toBeCloseTo(0.186, 2);
      expect(model.standardErrors.b).toBeCloseTo(0.705, 2);
    });
    it('is plain JSON: a round trip gives identical predictions', () => {
      const back = JSON.parse(JSON.stringify(model)) as typeof model;
      expect(back).toEqual(model);
      const c = { frequency: 2, recency: 30.43, T: 38.86 };
      expect(expectedPurchases(back, c, 10)).toBe(expectedPurchases(model, c, 10));
      expect(probabilityAlive(back, c)).toBe(probabilityAlive(model, c));
      expect(Object.isFrozen(model)).toBe(true);
    });
  });

  describe('edges', () => {
    it('every customer with frequency 0: converged false with a reason, finite numbers', () => {
      const m = fitBgNbd([
        { frequency: 0, recency: 0, T: 10 },
        { frequency: 0, recency: 0, T: 20 },
      ]);
      expect(m.converged).toBe(false);
      expect(m.reason).toMatch(/every customer has frequency 0/);
      expect(Object.values(m.params).every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(m.logLikelihood)).toBe(true);
      expect(m.standardErrors).toEqual({ r: null, alpha: null, a: null, b: null });
      expect(expectedPurchases(m, { frequency: 0, recency: 0, T: 10 }, 52)).toBeLessThan(1e-6);
    });
    it('a single customer and huge frequencies never give NaN and never throw', () => {
      for (const rows of [
        [{ frequency: 3, recency: 10, T: 20 }],
        [
          { frequency: 1_000_000, recency: 10, T: 20 },
          { frequency: 0, recency: 0, T: 5 },
        ],
      ]) {
        const m = fitBgNbd(rows);
        expect(JSON.stringify(m)).not.toMatch(/NaN|null,"alpha":NaN/);
        expect(Object.values(m.params).every(Number.isFinite)).toBe(true);
        expect(Number.isFinite(m.logLikelihood)).toBe(true);
        if (!m.converged) expect(m.reason).toBeTypeOf('string');
      }
    });
    it('a penalizer shrinks the parameters and is stored; default time unit is day', () => {
      const rows = cdnowSummaries().slice(0, 400);
      const plain = fitBgNbd(rows);
      const pen = fitBgNbd(rows, { penalizer: 0.1 });
      expect(pen.penalizer).toBe(0.1);
      expect(plain.timeUnit).toBe('day');
      expect(pen.params.alpha).toBeLessThan(plain.params.alpha);
    });
    it('maxIterations 1 stops early and says so', () => {
      const m = fitBgNbd(cdnowSummaries().slice(0, 300), { maxIterations: 1 });
      expect(m.converged).toBe(false);
      expect(m.reason).toMatch(/stopped after/);
    });
    it('leaves a frozen input alone', () => {
      const rows = deepFrozen(cdnowSummaries().slice(0, 200));
      expect(() => fitBgNbd(rows, deepFrozen({ timeUnit: 'week' as const }))).not.toThrow();
    });
  });

  describe('validation', () => {
    it('names the row and field', () => {
      const rows: unknown[] = cdnowSummaries().slice(0, 13);
      rows[12] = { frequency: 1, recency: 40, T: 38.86 };
      const issues = issuesOf(() => fitBgNbd(rows as never));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ path: 'summaries[12].recency', code: 'inconsistent' });
      expect(issues[0]?.message).toBe('fitBgNbd: summaries[12].recency (40) must not exceed T (38.86)');
    });
    it('negative values, non-integer frequency, recency without a repeat purchase, bad options, empty list', () => {
      expect(
        pathsOf(() =>
          fitBgNbd([
            { frequency: 1.5, recency: 1, T: 2 },
            { frequency: 1, recency: -1, T: 2 },
            { frequency: 1, recency: 1, T: -2 },
            { frequency: 0, recency: 1, T: 2 },
            { frequency: 1, recency: Number.NaN, T: 2 },
          ]),
        ),
      ).toEqual(['summaries[0].frequency', 'summaries[1].recency', 'summaries[2].T', 'summaries[3].recency', 'summaries[4].recency']);
      expect(issuesOf(() => fitBgNbd([{ frequency: 1.5, recency: 1, T: 2 }]))[0]?.message).toBe(
        'fitBgNbd: summaries[0].frequency must be a non-negative whole number, got 1.5',
      );
      expect(pathsOf(() => fitBgNbd([]))).toEqual(['summaries']);
      expect(pathsOf(() => fitBgNbd('x' as never))).toEqual(['summaries']);
      expect(pathsOf(() => fitBgNbd([{ frequency: 0, recency: 0, T: 1 }], { timeUnit: 'year' as never, penalizer: -1, maxIterations: 0 }))).toEqual([
        'options.timeUnit',
        'options.penalizer',
        'options.maxIterations',
      ]);
    });
  });

  describe('properties', () => {
    it('never NaN on random small data sets; row order does not matter', () => {
      const row = fc
        .record({ frequency: fc.integer({ min: 0, max: 30 }), T: fc.integer({ min: 1, max: 60 }), f: fc.double({ min: 0, max: 1, noNaN: true }) })
        .map(({ frequency, T, f }) => ({ frequency, T, recency: frequency === 0 ? 0 : Math.round(f * T) }));
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
          const m = fitBgNbd(rows);
          expect(Object.values(m.params).every(Number.isFinite)).toBe(true);
          expect(Number.isFinite(m.logLikelihood)).toBe(true);
          if (m.converged) {
            const r = fitBgNbd([...rows].reverse());
            expect(Math.abs(r.logLikelihood - m.logLikelihood)).toBeLessThan(1e-6 * Math.max(1, Math.abs(m.logLikelihood)));
          }
        }),
        { numRuns: 25 },
      );
    });
  });
});
