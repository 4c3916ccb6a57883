import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { probabilityAlive } from '../../src/index.js';
import { pathsOf } from '../helpers/errors.js';
import { bgNbdPAlive, paretoPAlive } from './paper.js';

const bg = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
const pn = { kind: 'pareto-nbd', params: { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, timeUnit: 'week' } as const;

describe('probabilityAlive', () => {
  describe('golden cases', () => {
    it('BG/NBD, CDNOW customer 1: 1 / (1 + 0.793/3.426 · (43.274/34.844)^2.243) = 0.7266', () => {
      // 43.274 / 34.844 = 1.24194; ln 1.24194 = 0.21667; × 2.243 = 0.48599; e^0.48599 = 1.62577;
      // 0.793 / 3.426 = 0.231465; 1 / (1 + 0.231465 · 1.62577) = 1 / 1.37631 = 0.72658
      expect(probabilityAlive(bg, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(0.72658, 4);
      expect(probabilityAlive(bg, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(bgNbdPAlive(0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86), 12);
    });
    it('BG/NBD: no repeat purchase means alive (p = 1); a purchase at T means alive with 1 / (1 + a/(b + x − 1))', () => {
      expect(probabilityAlive(bg, { frequency: 0, recency: 0, T: 38.86 })).toBe(1);
      // x = 1, t_x = T: 1 / (1 + 0.793 / 2.426) = 0.75366
      expect(probabilityAlive(bg, { frequency: 1, recency: 38.86, T: 38.86 })).toBeCloseTo(1 / (1 + 0.793 / 2.426), 12);
    });
    it('Pareto/NBD against the integral form of the likelihood (Simpson)', () => {
      for (const [x, tx, T] of [
        [2, 30.43, 38.86],
        [0, 0, 38.86],
        [10, 5, 38.86],
        [1, 38.86, 38.86],
      ] as const) {
        expect(probabilityAlive(pn, { frequency: x, recency: tx, T })).toBeCloseTo(paretoPAlive(0.55, 10.58, 0.61, 11.67, x, tx, T), 7);
      }
      // α > β and α < β take different branches of A₀
      const flipped = { ...pn, params: { r: 0.55, alpha: 15, s: 0.61, beta: 3 } };
      expect(probabilityAlive(flipped, { frequency: 3, recency: 20, T: 38.86 })).toBeCloseTo(paretoPAlive(0.55, 15, 0.61, 3, 3, 20, 38.86), 7);
    });
  });

  describe('validation', () => {
    it('names the bad fields', () => {
      expect(pathsOf(() => probabilityAlive({ ...bg, params: { ...bg.params, a: 0 } }, { frequency: -1, recency: 0, T: 1 }))).toEqual([
        'model.params.a',
        'customer.frequency',
      ]);
      expect(pathsOf(() => probabilityAlive({ ...bg, timeUnit: 'year' } as never, { frequency: 0, recency: 0, T: 1 }))).toEqual(['model.timeUnit']);
    });
  });

  describe('properties', () => {
    it('in 0…1; a more recent last purchase is never less likely alive', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), (x, f, T) => {
          for (const m of [bg, pn]) {
            const early = probabilityAlive(m, { frequency: x, recency: (f * T) / 2, T });
            const late = probabilityAlive(m, { frequency: x, recency: f * T, T });
            expect(early).toBeGreaterThanOrEqual(0);
            expect(late).toBeLessThanOrEqual(1);
            expect(late).toBeGreaterThanOrEqual(early - 1e-12);
          }
        }),
        { numRuns: 100 },
      );
    });
  });
});
