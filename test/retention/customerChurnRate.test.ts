import { describe, expect, it } from 'vitest';
import { Decimal, customerChurnRate, customerRetentionRate } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('customerChurnRate', () => {
  describe('golden cases', () => {
    it('API.md snapshot S 100, E 120, N 30: the complement of its CRR 0.9', () => {
      // (100 − 120 + 30) / 100 = 10 / 100 = 0.1
      const r = customerChurnRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 });
      expect(r.value?.toString()).toBe('0.1');
      expect(r.formula).toBe('CCR = (S − E + N) / S');
      expect(r.calculation).toBe('CCR = (S − E + N) / S = (100 − 120 + 30) / 100 = 0.1');
      expect(r.reason).toBeUndefined();
    });

    it('seed 001 §4 in words: (start − end + new) / start, hand cases', () => {
      // (300 − 200 + 50) / 300 = 150 / 300 = 0.5
      expect(customerChurnRate({ customersAtStart: 300, customersAtEnd: 200, newCustomers: 50 }).value?.toString()).toBe('0.5');
      // (3 − 2 + 0) / 3 = 1/3 = 0.3333…, 40 significant digits
      expect(customerChurnRate({ customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 }).value?.toString()).toBe(
        '0.3333333333333333333333333333333333333333',
      );
    });

    it('nobody lost: (40 − 45 + 5) / 40 = 0; everyone lost but the new: (40 − 5 + 5) / 40 = 1', () => {
      expect(customerChurnRate({ customersAtStart: 40, customersAtEnd: 45, newCustomers: 5 }).value?.toString()).toBe('0');
      expect(customerChurnRate({ customersAtStart: 40, customersAtEnd: 5, newCustomers: 5 }).value?.toString()).toBe('1');
    });

    it('CRR + CCR = 1 on the repeating-decimal case: 2/3 + 1/3', () => {
      // (2 − 0) / 3 = 0.666…7 and (3 − 2 + 0) / 3 = 0.333…3; rounded half-even they still add up to 1
      const s = { customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 };
      expect(customerRetentionRate(s).value!.plus(customerChurnRate(s).value!).eq(1)).toBe(true);
    });

    it('accepts the churned count when it agrees: 120 = 100 + 30 − 10', () => {
      expect(customerChurnRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, churnedCustomers: 10 }).value?.toString()).toBe('0.1');
    });
  });

  describe('edges', () => {
    it('S = 0 is undefined, with the reason, never NaN', () => {
      const r = customerChurnRate({ customersAtStart: 0, customersAtEnd: 7, newCustomers: 7 });
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no customers at period start (S = 0)');
      expect(r.calculation).toBe('CCR = (S − E + N) / S = (0 − 7 + 7) / 0 = undefined (no customers at period start (S = 0))');
    });

    it('returns a frozen, JSON-serialisable result and leaves a frozen input alone', () => {
      const input = deepFrozen({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 });
      const r = customerChurnRate(input);
      expect(Object.isFrozen(r)).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual({
        value: '0.1',
        formula: 'CCR = (S − E + N) / S',
        calculation: 'CCR = (S − E + N) / S = (100 − 120 + 30) / 100 = 0.1',
      });
      expect(Decimal.isDecimal(r.value)).toBe(true);
    });
  });

  describe('validation (the same rules as customerRetentionRate)', () => {
    it('N > E: new customers churned inside the period', () => {
      const issues = issuesOf(() => customerChurnRate({ customersAtStart: 100, customersAtEnd: 30, newCustomers: 35 }));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'inconsistent', path: 'newCustomers' });
      expect(issues[0]?.message).toMatch(/^customerChurnRate: newCustomers \(35\) must not exceed customersAtEnd \(30\)/);
      expect(issues[0]?.message).toContain('startCohortRetentionRate');
    });

    it('E > S + N is impossible', () => {
      expect(issuesOf(() => customerChurnRate({ customersAtStart: 100, customersAtEnd: 140, newCustomers: 30 }))[0]?.message).toBe(
        'customerChurnRate: customersAtEnd (140) must not exceed customersAtStart + newCustomers (100 + 30 = 130)',
      );
    });

    it('a churned count that disagrees with E = S + N − C', () => {
      expect(pathsOf(() => customerChurnRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, churnedCustomers: 9 }))).toEqual([
        'churnedCustomers',
      ]);
    });

    it('reports every bad count, each with its path', () => {
      const bad = { customersAtStart: -1, customersAtEnd: 1.5, newCustomers: '3' };
      expect(pathsOf(() => customerChurnRate(bad as never))).toEqual(['customersAtStart', 'customersAtEnd', 'newCustomers']);
      expect(issuesOf(() => customerChurnRate(bad as never))[0]?.message).toBe(
        'customerChurnRate: customersAtStart must be a non-negative whole number, got -1',
      );
    });

    it('rejects a missing or non-object input', () => {
      expect(pathsOf(() => customerChurnRate(undefined as never))).toEqual(['']);
      expect(pathsOf(() => customerChurnRate({} as never))).toEqual(['customersAtStart', 'customersAtEnd', 'newCustomers']);
    });

    it('rejects a period end before its start', () => {
      expect(
        pathsOf(() =>
          customerChurnRate({ customersAtStart: 1, customersAtEnd: 1, newCustomers: 0, periodStart: '2026-04-01T00:00:00Z', periodEnd: '2026-04-01T00:00:00Z' }),
        ),
      ).toEqual(['periodEnd']);
    });
  });
});
