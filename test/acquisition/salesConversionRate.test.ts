import { describe, expect, it } from 'vitest';
import { salesConversionRate } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('salesConversionRate', () => {
  describe('golden cases (seed 000 §6: actual customers / potential customers; hand arithmetic)', () => {
    it('30 of 200 leads converted', () => {
      // 30 / 200 = 0.15
      const r = salesConversionRate({ convertedCustomers: 30, leads: 200 });
      expect(r.value?.toString()).toBe('0.15');
      expect(r.formula).toBe('conversion rate = converted / leads');
      expect(r.calculation).toBe('conversion rate = converted / leads = 30 / 200 = 0.15');
    });

    it('none and all: 0 / 7 = 0, 7 / 7 = 1; a repeating quotient 1 / 7', () => {
      expect(salesConversionRate({ convertedCustomers: 0, leads: 7 }).value?.toString()).toBe('0');
      expect(salesConversionRate({ convertedCustomers: 7, leads: 7 }).value?.toString()).toBe('1');
      // 1 / 7 = 0.142857 142857 …: 40 significant digits are 142857 × 6 then 1428; the 41st is 5 (then 7…), so the last rounds up to 9
      expect(salesConversionRate({ convertedCustomers: 1, leads: 7 }).value?.toString()).toBe('0.1428571428571428571428571428571428571429');
    });
  });

  describe('edges', () => {
    it('no leads is undefined, with the reason', () => {
      const r = salesConversionRate({ convertedCustomers: 0, leads: 0 });
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no leads (potential customers = 0)');
      expect(r.calculation).toBe('conversion rate = converted / leads = 0 / 0 = undefined (no leads (potential customers = 0))');
    });

    it('returns a frozen, JSON-serialisable result and leaves a frozen input alone', () => {
      const r = salesConversionRate(deepFrozen({ convertedCustomers: 1, leads: 4 }));
      expect(Object.isFrozen(r)).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual({
        value: '0.25',
        formula: 'conversion rate = converted / leads',
        calculation: 'conversion rate = converted / leads = 1 / 4 = 0.25',
      });
    });
  });

  describe('validation', () => {
    it('more converted than leads', () => {
      expect(issuesOf(() => salesConversionRate({ convertedCustomers: 11, leads: 10 }))).toEqual([
        { code: 'inconsistent', path: 'convertedCustomers', message: 'salesConversionRate: convertedCustomers (11) must not exceed leads (10): only leads can convert' },
      ]);
    });

    it('reports every bad count, and skips the cross check when a count is bad', () => {
      expect(pathsOf(() => salesConversionRate({ convertedCustomers: 2.5, leads: -1 }))).toEqual(['convertedCustomers', 'leads']);
      expect(pathsOf(() => salesConversionRate({ convertedCustomers: 5, leads: '3' } as never))).toEqual(['leads']);
      expect(pathsOf(() => salesConversionRate({} as never))).toEqual(['convertedCustomers', 'leads']);
      expect(pathsOf(() => salesConversionRate([] as never))).toEqual(['']);
    });
  });
});
