import { describe, expect, it } from 'vitest';
import { Decimal, churnRate, customerChurnRate, customerGrowthRate, customerRetentionRate } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('customerRetentionRate', () => {
  describe('golden cases', () => {
    it('API.md worked example: S 100, E 120, N 30', () => {
      // (120 − 30) / 100 = 90 / 100 = 0.9
      const r = customerRetentionRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 });
      expect(r.value?.toString()).toBe('0.9');
      expect(r.formula).toBe('CRR = (E − N) / S');
      expect(r.calculation).toBe('CRR = (E − N) / S = (120 − 30) / 100 = 0.9');
      expect(r.reason).toBeUndefined();
    });

    it('seed 000 §2 in words: (end − new) / start, hand case with a repeating quotient', () => {
      // (200 − 50) / 300 = 150 / 300 = 0.5
      expect(customerRetentionRate({ customersAtStart: 300, customersAtEnd: 200, newCustomers: 50 }).value?.toString()).toBe('0.5');
      // (2 − 0) / 3 = 0.6666…, exact to 40 significant digits, half-even in the last digit
      expect(customerRetentionRate({ customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 }).value?.toString()).toBe(
        '0.6666666666666666666666666666666666666667',
      );
    });

    it('everyone kept: (S + N − N) / S = 1; everyone lost but the new: (N − N) / S = 0', () => {
      expect(customerRetentionRate({ customersAtStart: 40, customersAtEnd: 45, newCustomers: 5 }).value?.toString()).toBe('1');
      expect(customerRetentionRate({ customersAtStart: 40, customersAtEnd: 5, newCustomers: 5 }).value?.toString()).toBe('0');
    });

    it('accepts the churned count when it agrees: E = S + N − C, 120 = 100 + 30 − 10', () => {
      const r = customerRetentionRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, churnedCustomers: 10 });
      expect(r.value?.toString()).toBe('0.9');
    });
  });

  describe('edges', () => {
    it('S = 0 is undefined, with the reason, never NaN', () => {
      const r = customerRetentionRate({ customersAtStart: 0, customersAtEnd: 7, newCustomers: 7 });
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no customers at period start (S = 0)');
      expect(r.calculation).toBe('CRR = (E − N) / S = (7 − 7) / 0 = undefined (no customers at period start (S = 0))');
    });

    it('returns a frozen, JSON-serialisable result and leaves a frozen input alone', () => {
      const input = deepFrozen({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 });
      const r = customerRetentionRate(input);
      expect(Object.isFrozen(r)).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual({
        value: '0.9',
        formula: 'CRR = (E − N) / S',
        calculation: 'CRR = (E − N) / S = (120 − 30) / 100 = 0.9',
      });
      expect(Decimal.isDecimal(r.value)).toBe(true);
    });
  });

  describe('validation', () => {
    it('N > E: new customers churned inside the period, so CRR cannot say who stayed', () => {
      const issues = issuesOf(() => customerRetentionRate({ customersAtStart: 100, customersAtEnd: 30, newCustomers: 35 }));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'inconsistent', path: 'newCustomers' });
      expect(issues[0]?.message).toMatch(/^customerRetentionRate: newCustomers \(35\) must not exceed customersAtEnd \(30\)/);
      expect(issues[0]?.message).toContain('startCohortRetentionRate');
    });

    it('E > S + N is impossible', () => {
      const issues = issuesOf(() => customerRetentionRate({ customersAtStart: 100, customersAtEnd: 140, newCustomers: 30 }));
      expect(issues[0]?.path).toBe('customersAtEnd');
      expect(issues[0]?.message).toBe(
        'customerRetentionRate: customersAtEnd (140) must not exceed customersAtStart + newCustomers (100 + 30 = 130)',
      );
    });

    it('a churned count that disagrees with E = S + N − C', () => {
      expect(
        pathsOf(() => customerRetentionRate({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, churnedCustomers: 9 })),
      ).toEqual(['churnedCustomers']);
    });

    it('reports every bad count, each with its path', () => {
      const bad = { customersAtStart: -1, customersAtEnd: 1.5, newCustomers: '3' };
      expect(pathsOf(() => customerRetentionRate(bad as never))).toEqual(['customersAtStart', 'customersAtEnd', 'newCustomers']);
    });

    it.each([NaN, Infinity, -Infinity, 2 ** 53, null, undefined, '100', {}])('rejects customersAtStart = %s', (v) => {
      expect(pathsOf(() => customerRetentionRate({ customersAtStart: v, customersAtEnd: 0, newCustomers: 0 } as never))).toEqual([
        'customersAtStart',
      ]);
    });

    it('rejects a missing or non-object input', () => {
      expect(pathsOf(() => customerRetentionRate(null as never))).toEqual(['']);
      expect(pathsOf(() => customerRetentionRate({} as never))).toEqual(['customersAtStart', 'customersAtEnd', 'newCustomers']);
    });

    it('rejects a period end before its start', () => {
      expect(
        pathsOf(() =>
          customerRetentionRate({
            customersAtStart: 1,
            customersAtEnd: 1,
            newCustomers: 0,
            periodStart: '2026-04-01T00:00:00Z',
            periodEnd: '2026-01-01T00:00:00Z',
          }),
        ),
      ).toEqual(['periodEnd']);
    });

    it('names a period bound of the wrong type and the problem, in every snapshot function', () => {
      // Each used to give zod's "periodStart Invalid input" for anything but a string or a Date.
      const snapshot = { customersAtStart: 10, customersAtEnd: 10, newCustomers: 0, churnedCustomers: 0 };
      const ts = 'must be an ISO-8601 timestamp or a valid Date';
      expect(issuesOf(() => customerRetentionRate({ ...snapshot, periodStart: 5 as never }))).toEqual([
        { code: 'invalid_union', path: 'periodStart', message: `customerRetentionRate: periodStart ${ts}, got 5` },
      ]);
      expect(issuesOf(() => customerChurnRate({ ...snapshot, periodEnd: null as never }))).toEqual([
        { code: 'invalid_union', path: 'periodEnd', message: `customerChurnRate: periodEnd ${ts}, got null` },
      ]);
      expect(issuesOf(() => customerGrowthRate({ ...snapshot, periodEnd: true as never }))[0]?.message).toBe(`customerGrowthRate: periodEnd ${ts}, got true`);
      expect(issuesOf(() => churnRate({ churnedCustomers: 0, customersAtStart: 10, periodStart: {} as never }))[0]?.message).toBe(
        `churnRate: periodStart ${ts}, got an object`,
      );
      expect(issuesOf(() => customerRetentionRate({ ...snapshot, periodEnd: new Date(NaN) }))[0]?.message).toBe(`customerRetentionRate: periodEnd ${ts}, got a Date`);
    });

    it('turns a throwing getter into its own error', () => {
      const hostile = Object.defineProperty({}, 'customersAtStart', {
        enumerable: true,
        get() {
          throw new TypeError('nope');
        },
      });
      expect(issuesOf(() => customerRetentionRate(hostile as never))[0]?.code).toBe('unreadable_input');
    });
  });
});
