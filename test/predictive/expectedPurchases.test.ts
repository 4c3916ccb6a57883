import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedPurchases } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';
import { bgNbdEq10, paretoEq41 } from './paper.js';

// Published CDNOW estimates (weeks): FHL 2005 and the Pareto/NBD note.
const bg = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
const pn = { kind: 'pareto-nbd', params: { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, timeUnit: 'week' } as const;

describe('expectedPurchases', () => {
  describe('golden cases', () => {
    it('BG/NBD, CDNOW customer 1 (x = 2, t_x = 30.43, T = 38.86), next 39 weeks: FHL 2005 eq. 10 worked independently', () => {
      // eq. 10 term by term in test/predictive/paper.ts; also 1.2260 with scipy.special.hyp2f1
      const expected = bgNbdEq10(0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86, 39);
      expect(expected).toBeCloseTo(1.226, 3);
      expect(expectedPurchases(bg, { frequency: 2, recency: 30.43, T: 38.86 }, 39)).toBeCloseTo(expected, 10);
    });
    it('BG/NBD, several histories and horizons against eq. 10', () => {
      for (const [x, tx, T, t] of [
        [0, 0, 38.86, 39],
        [1, 1.71, 38.86, 10],
        [7, 29.43, 38.86, 52],
        [26, 35.71, 38.86, 5],
      ] as const) {
        expect(expectedPurchases(bg, { frequency: x, recency: tx, T }, t)).toBeCloseTo(bgNbdEq10(0.243, 4.414, 0.793, 2.426, x, tx, T, t), 9);
      }
    });
    it('BG/NBD with a large a over a long horizon (z = t / (α + T + t) > 0.75): FHL 2005 eq. 10 at 50 digits', () => {
      // mpmath 1.3.0, mp.dps = 50: (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) ·
      // hyp2f1(r + x, b + x; a + b + x − 1; z)] / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)).
      // The ₂F₁ was wrong here before the fix of its stopping rule: the first was −33.92.
      const rel = (v: number, e: number) => Math.abs((v - e) / e);
      const m = (a: number, b: number, r: number, alpha: number) => ({ kind: 'bg-nbd', params: { r, alpha, a, b }, timeUnit: 'week' }) as const;
      expect(rel(expectedPurchases(m(26, 29, 0.25, 45), { frequency: 22, recency: 11.5, T: 47 }, 437), 0.00011367181663929608)).toBeLessThan(1e-11);
      expect(rel(expectedPurchases(m(28, 4, 3.5, 24), { frequency: 15, recency: 67, T: 97 }, 386), 0.0056080647812452949)).toBeLessThan(1e-11); // was 0.0056108
    });
    it('Pareto/NBD against eq. 41 with P(alive) from the integral form', () => {
      for (const [x, tx, T, t] of [
        [2, 30.43, 38.86, 39],
        [0, 0, 38.86, 52],
        [5, 10, 38.86, 10],
      ] as const) {
        expect(expectedPurchases(pn, { frequency: x, recency: tx, T }, t)).toBeCloseTo(paretoEq41(0.55, 10.58, 0.61, 11.67, x, tx, T, t), 7);
      }
    });
  });

  describe('edges', () => {
    it('t = 0 gives 0; a = 1 and s = 1 (0/0 in the closed forms) stay finite and continuous', () => {
      const c = { frequency: 2, recency: 30.43, T: 38.86 };
      expect(expectedPurchases(bg, c, 0)).toBe(0);
      const at1 = expectedPurchases({ ...bg, params: { ...bg.params, a: 1 } }, c, 39);
      const near = expectedPurchases({ ...bg, params: { ...bg.params, a: 1.001 } }, c, 39);
      expect(at1).toBeCloseTo(near, 2);
      const s1 = expectedPurchases({ ...pn, params: { ...pn.params, s: 1 } }, c, 39);
      const sNear = expectedPurchases({ ...pn, params: { ...pn.params, s: 1.000001 } }, c, 39);
      expect(s1).toBeCloseTo(sNear, 5);
    });
    it('huge frequency and a very long horizon stay finite', () => {
      expect(Number.isFinite(expectedPurchases(bg, { frequency: 100000, recency: 38, T: 38.86 }, 5200))).toBe(true);
      expect(Number.isFinite(expectedPurchases(pn, { frequency: 100000, recency: 38, T: 38.86 }, 5200))).toBe(true);
      expect(expectedPurchases(bg, { frequency: 100000, recency: 1, T: 38.86 }, 52)).toBe(0);
    });
  });

  describe('validation', () => {
    it('paths name the model, the customer and t', () => {
      expect(pathsOf(() => expectedPurchases({ ...bg, params: { ...bg.params, r: -1 } }, { frequency: 1, recency: 5, T: 4 }, -2))).toEqual([
        'model.params.r',
        'customer.recency',
        't',
      ]);
      expect(issuesOf(() => expectedPurchases({ kind: 'nope' } as never, { frequency: 0, recency: 0, T: 1 }, 1))[0]?.path).toBe('model.kind');
    });
  });

  describe('properties', () => {
    it('non-negative, non-decreasing in t, input untouched', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 50 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0.5, max: 100, noNaN: true }),
          fc.double({ min: 0, max: 200, noNaN: true }),
          (x, f, T, t) => {
            const c = deepFrozen({ frequency: x, recency: x === 0 ? 0 : f * T, T });
            for (const m of [bg, pn]) {
              const e1 = expectedPurchases(m, c, t);
              const e2 = expectedPurchases(m, c, t + 1);
              expect(e1).toBeGreaterThanOrEqual(0);
              expect(e2).toBeGreaterThanOrEqual(e1 - 1e-9);
            }
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});

describe('expectedPurchases far out in parameter space', () => {
  it('a fit that ran a and b into the millions still gives the paper’s eq. 10, not an overflow', () => {
    // Parameters where Euler's form of the hypergeometric term is 0 · ∞ (found by the demo on a
    // data set without an interior optimum); eq. 10 written from the paper (test/predictive/paper.ts)
    // uses the untransformed Gauss series, which converges there at once.
    const params = { r: 24.91, alpha: 141.7, a: 3.196e6, b: 1.789e8 };
    const model = {
      kind: 'bg-nbd', params, logLikelihood: -1149.1, standardErrors: { r: null, alpha: null, a: null, b: null },
      converged: false, reason: 'no interior maximum', iterations: 40, gradientNorm: 0, timeUnit: 'week', customers: 65, penalizer: 0,
    } as const;
    const expected = bgNbdEq10(params.r, params.alpha, params.a, params.b, 6, 40, 65, 52);
    expect(Number.isFinite(expected)).toBe(true);
    expect(expectedPurchases(model as never, { frequency: 6, recency: 40, T: 65 }, 52)).toBeCloseTo(expected, 9);
  });
});
