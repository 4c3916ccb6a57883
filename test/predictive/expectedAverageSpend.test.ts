import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, expectedAverageSpend } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';

const gg = { kind: 'gamma-gamma', params: { p: 6.25, q: 3.74, v: 15.44 } } as const;

describe('expectedAverageSpend', () => {
  describe('golden cases (Fader & Hardie 2013 note, eq. 5, by hand)', () => {
    it('CDNOW customer 1, x = 2, m̄ = 22.35: 6.25 · (15.44 + 44.70) / (12.5 + 2.74) = 375.875 / 15.24 = 24.6637', () => {
      expect(expectedAverageSpend(gg, { frequency: 2, monetaryValue: '22.35' })).toBeCloseTo(375.875 / 15.24, 12);
    });
    it('no repeat purchase: the population mean p v / (q − 1) = 96.5 / 2.74 = 35.2190', () => {
      expect(expectedAverageSpend(gg, { frequency: 0, monetaryValue: 0 })).toBeCloseTo(96.5 / 2.74, 12);
    });
    it('string, number and Decimal give the same number', () => {
      const a = expectedAverageSpend(gg, { frequency: 3, monetaryValue: '10.5' });
      expect(expectedAverageSpend(gg, { frequency: 3, monetaryValue: 10.5 })).toBe(a);
      expect(expectedAverageSpend(gg, { frequency: 3, monetaryValue: new Decimal('10.5') })).toBe(a);
    });
  });

  describe('edges and validation', () => {
    it('q ≤ 1 with no repeat purchase: the mean is infinite, an error naming q', () => {
      const issues = issuesOf(() => expectedAverageSpend({ kind: 'gamma-gamma', params: { p: 1, q: 0.8, v: 1 } }, { frequency: 0, monetaryValue: 0 }));
      expect(issues[0]?.path).toBe('spendModel.params.q');
      expect(issues[0]?.message).toMatch(/^expectedAverageSpend: spendModel\.params\.q \(0\.8\) must make p·x \+ q exceed 1/);
    });
    it('bad model and customer fields', () => {
      expect(pathsOf(() => expectedAverageSpend({ kind: 'bg-nbd' } as never, { frequency: 1, monetaryValue: 0 }))).toEqual([
        'spendModel.kind',
        'spendModel.params',
        'customer.monetaryValue',
      ]);
      expect(pathsOf(() => expectedAverageSpend(null as never, { frequency: 1, monetaryValue: 1 }))).toEqual(['spendModel']);
    });
    it('a spend the float64 arithmetic cannot hold names the customer, not q', () => {
      // 1e400 > Number.MAX_VALUE ≈ 1.797e308: refused as read.
      expect(issuesOf(() => expectedAverageSpend(gg, { frequency: 1, monetaryValue: '1e400' }))).toEqual([
        {
          code: 'out_of_range',
          path: 'customer.monetaryValue',
          message: "expectedAverageSpend: customer.monetaryValue must be within the range of a float64 number (about ±1.8e308) for the model's arithmetic, got 1e+400",
        },
      ]);
      // 1e308 fits, but p·x·m̄ = 6.25 · 1 · 1e308 = 6.25e308 > 1.797e308 overflows; p·x + q = 9.99 > 1, so q is not at fault.
      expect(issuesOf(() => expectedAverageSpend(gg, { frequency: 1, monetaryValue: '1e308' }))).toEqual([
        {
          code: 'not_computable',
          path: 'customer.monetaryValue',
          message: 'expectedAverageSpend: customer.monetaryValue (1e+308) gives an expected spend p·(v + x·m̄) / (p·x + q − 1) beyond the range of a float64 number',
        },
      ]);
      // Model parameters that overflow on their own: p·v = 1e300 · 1e300 = 1e600.
      expect(pathsOf(() => expectedAverageSpend({ kind: 'gamma-gamma', params: { p: 1e300, q: 2, v: 1e300 } }, { frequency: 0, monetaryValue: 0 }))).toEqual([
        'spendModel.params',
      ]);
    });
  });

  describe('properties', () => {
    it('lies between the population mean and the customer mean', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.01, max: 1e4, noNaN: true }), (x, m) => {
          const e = expectedAverageSpend(gg, { frequency: x, monetaryValue: m });
          const pop = (6.25 * 15.44) / 2.74;
          expect(e).toBeGreaterThanOrEqual(Math.min(pop, m) * (1 - 1e-12));
          expect(e).toBeLessThanOrEqual(Math.max(pop, m) * (1 + 1e-12));
        }),
      );
    });
  });
});
