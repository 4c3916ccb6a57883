import { describe, expect, it } from 'vitest';
import { customerGrowthRate } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('customerGrowthRate', () => {
  describe('golden cases (seed 002 FAQ 3 names the indicator; hand arithmetic)', () => {
    it('growth: S 100 → E 120', () => {
      // (120 − 100) / 100 = 20 / 100 = 0.2
      const r = customerGrowthRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 });
      expect(r.value?.toString()).toBe('0.2');
      expect(r.formula).toBe('CGR = (E − S) / S');
      expect(r.calculation).toBe('CGR = (E − S) / S = (120 − 100) / 100 = 0.2');
    });

    it('shrinking is negative: S 200 → E 150', () => {
      // (150 − 200) / 200 = −50 / 200 = −0.25
      expect(customerGrowthRate({ customersAtStart: 200, customersAtEnd: 150, newCustomers: 10 }).value?.toString()).toBe('-0.25');
    });

    it('every customer lost: (0 − 80) / 80 = −1; none gained or lost: 0', () => {
      expect(customerGrowthRate({ customersAtStart: 80, customersAtEnd: 0, newCustomers: 0 }).value?.toString()).toBe('-1');
      expect(customerGrowthRate({ customersAtStart: 80, customersAtEnd: 80, newCustomers: 7 }).value?.toString()).toBe('0');
    });

    it('more than doubling: (7 − 3) / 3 = 4/3', () => {
      expect(customerGrowthRate({ customersAtStart: 3, customersAtEnd: 7, newCustomers: 4 }).value?.toString()).toBe(
        '1.333333333333333333333333333333333333333',
      );
    });

    it('does not need N ≤ E: new customers who also left do not matter to growth', () => {
      // S 100, N 35, E 30 (so C = 105): (30 − 100) / 100 = −0.7
      expect(customerGrowthRate({ customersAtStart: 100, customersAtEnd: 30, newCustomers: 35 }).value?.toString()).toBe('-0.7');
    });

    it('newCustomers may be left out', () => {
      expect(customerGrowthRate({ customersAtStart: 100, customersAtEnd: 90 }).value?.toString()).toBe('-0.1');
      // with C only: N = E + C − S = 90 + 20 − 100 = 10 ≥ 0, consistent
      expect(customerGrowthRate({ customersAtStart: 100, customersAtEnd: 90, churnedCustomers: 20 }).value?.toString()).toBe('-0.1');
    });
  });

  describe('edges', () => {
    it('S = 0 is undefined, with the reason', () => {
      const r = customerGrowthRate({ customersAtStart: 0, customersAtEnd: 12, newCustomers: 12 });
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no customers at period start (S = 0)');
      expect(r.calculation).toBe('CGR = (E − S) / S = (12 − 0) / 0 = undefined (no customers at period start (S = 0))');
    });

    it('returns a frozen, JSON-serialisable result and leaves a frozen input alone', () => {
      const r = customerGrowthRate(deepFrozen({ customersAtStart: 200, customersAtEnd: 150 }));
      expect(Object.isFrozen(r)).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual({ value: '-0.25', formula: 'CGR = (E − S) / S', calculation: 'CGR = (E − S) / S = (150 − 200) / 200 = -0.25' });
    });
  });

  describe('validation', () => {
    it('E > S + N is impossible', () => {
      expect(issuesOf(() => customerGrowthRate({ customersAtStart: 100, customersAtEnd: 140, newCustomers: 30 }))[0]).toMatchObject({
        code: 'inconsistent',
        path: 'customersAtEnd',
        message: 'customerGrowthRate: customersAtEnd (140) must not exceed customersAtStart + newCustomers (100 + 30 = 130)',
      });
    });

    it('a churned count that disagrees with E = S + N − C', () => {
      expect(pathsOf(() => customerGrowthRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, churnedCustomers: 9 }))).toEqual([
        'churnedCustomers',
      ]);
    });

    it('without N, a churned count too small for the fall (it would need negative new customers)', () => {
      // S 100 → E 80 needs C ≥ 20
      expect(issuesOf(() => customerGrowthRate({ customersAtStart: 100, customersAtEnd: 80, churnedCustomers: 15 }))[0]).toMatchObject({
        code: 'inconsistent',
        path: 'churnedCustomers',
        message: 'customerGrowthRate: churnedCustomers (15) must be at least customersAtStart − customersAtEnd (100 − 80 = 20): the customers fell by more than were lost',
      });
    });

    it('reports every bad count, each with its path', () => {
      expect(pathsOf(() => customerGrowthRate({ customersAtStart: -1, customersAtEnd: NaN, newCustomers: 0.5, churnedCustomers: '1' } as never))).toEqual([
        'customersAtStart',
        'customersAtEnd',
        'newCustomers',
        'churnedCustomers',
      ]);
      expect(pathsOf(() => customerGrowthRate({} as never))).toEqual(['customersAtStart', 'customersAtEnd']);
      expect(pathsOf(() => customerGrowthRate('100' as never))).toEqual(['']);
    });

    it('rejects a period end before its start, with or without N', () => {
      const period = { periodStart: '2026-04-01T00:00:00Z', periodEnd: '2026-01-01T00:00:00Z' };
      expect(pathsOf(() => customerGrowthRate({ customersAtStart: 1, customersAtEnd: 1, newCustomers: 0, ...period }))).toEqual(['periodEnd']);
      expect(pathsOf(() => customerGrowthRate({ customersAtStart: 1, customersAtEnd: 1, ...period }))).toEqual(['periodEnd']);
    });
  });
});
