import { describe, expect, it } from 'vitest';
import { Decimal, churnRate } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('churnRate', () => {
  describe('golden cases', () => {
    it('seed 002 §3: churned / total customers, with the start as the total (default base)', () => {
      // 10 / 100 = 0.1
      const r = churnRate({ churnedCustomers: 10, customersAtStart: 100 });
      expect(r.value?.toString()).toBe('0.1');
      expect(r.base).toBe('start');
      expect(r.baseCustomers.toString()).toBe('100');
      expect(r.formula).toBe('churn rate = C / S');
      expect(r.calculation).toBe('churn rate = C / S = 10 / 100 = 0.1');
    });

    it('average base: C / ((S + E) / 2)', () => {
      // S 100, E 110: base (100 + 110) / 2 = 105; 21 / 105 = 0.2
      const r = churnRate({ churnedCustomers: 21, customersAtStart: 100, customersAtEnd: 110, base: 'average' });
      expect(r.value?.toString()).toBe('0.2');
      expect(r.base).toBe('average');
      expect(r.baseCustomers.toString()).toBe('105');
      expect(r.calculation).toBe('churn rate = C / ((S + E) / 2) = 21 / ((100 + 110) / 2) = 0.2');
    });

    it('average base with a half: (3 + 2) / 2 = 2.5; 1 / 2.5 = 0.4', () => {
      const r = churnRate({ churnedCustomers: 1, customersAtStart: 3, customersAtEnd: 2, base: 'average' });
      expect(r.value?.toString()).toBe('0.4');
      expect(r.baseCustomers.toString()).toBe('2.5');
    });

    it('end base: C / E', () => {
      // 12 / 80 = 0.15
      const r = churnRate({ churnedCustomers: 12, customersAtStart: 90, customersAtEnd: 80, base: 'end' });
      expect(r.value?.toString()).toBe('0.15');
      expect(r.calculation).toBe('churn rate = C / E = 12 / 80 = 0.15');
      expect(r.base).toBe('end');
    });

    it('explicit count, e.g. start plus new (Stripe-style): 12 / (100 + 20) = 0.1', () => {
      const r = churnRate({ churnedCustomers: 12, customersAtStart: 100, base: { count: 120 } });
      expect(r.value?.toString()).toBe('0.1');
      expect(r.base).toBe('count');
      expect(r.baseCustomers.toString()).toBe('120');
      expect(r.calculation).toBe('churn rate = C / B = 12 / 120 = 0.1');
    });

    it('explicit count may be a decimal (a daily average) given as string, number or Decimal', () => {
      // 5 / 62.5 = 0.08
      for (const count of ['62.5', 62.5, new Decimal('62.5')]) {
        expect(churnRate({ churnedCustomers: 5, customersAtStart: 60, base: { count } }).value?.toString()).toBe('0.08');
      }
    });

    it('seed 004 §3: won customers lost / won customers held, the same formula over the won subset', () => {
      // 6 won customers lost out of 40 held: 6 / 40 = 0.15
      expect(churnRate({ churnedCustomers: 6, customersAtStart: 40 }).value?.toString()).toBe('0.15');
    });

    it('start base above 1 is a value: new customers also churned (S 10, N 8, C 12, E 6)', () => {
      // E = 10 + 8 − 12 = 6; 12 / 10 = 1.2
      const r = churnRate({ churnedCustomers: 12, customersAtStart: 10, customersAtEnd: 6, newCustomers: 8 });
      expect(r.value?.toString()).toBe('1.2');
    });

    it('accepts a whole snapshot (extra fields are checked, not used)', () => {
      const r = churnRate({ churnedCustomers: 10, customersAtStart: 100, customersAtEnd: 120, newCustomers: 30, periodStart: '2026-01-01T00:00:00Z' });
      expect(r.value?.toString()).toBe('0.1');
    });
  });

  describe('edges', () => {
    it.each([
      [{ churnedCustomers: 0, customersAtStart: 0 }, 'no customers at period start (S = 0)', 'churn rate = C / S = 0 / 0'],
      [{ churnedCustomers: 0, customersAtStart: 0, customersAtEnd: 0, base: 'average' as const }, 'no customers at period start or end ((S + E) / 2 = 0)', 'churn rate = C / ((S + E) / 2) = 0 / ((0 + 0) / 2)'],
      [{ churnedCustomers: 4, customersAtStart: 4, customersAtEnd: 0, base: 'end' as const }, 'no customers at period end (E = 0)', 'churn rate = C / E = 4 / 0'],
      [{ churnedCustomers: 4, customersAtStart: 4, base: { count: 0 } }, 'the explicit base count is 0 (B = 0)', 'churn rate = C / B = 4 / 0'],
    ])('zero base is undefined with a reason: %o', (input, reason, calc) => {
      const r = churnRate(input);
      expect(r.value).toBeNull();
      expect(r.reason).toBe(reason);
      expect(r.calculation).toBe(`${calc} = undefined (${reason})`);
    });

    it('returns a frozen, JSON-serialisable result and leaves a frozen input alone', () => {
      const r = churnRate(deepFrozen({ churnedCustomers: 12, customersAtStart: 100, base: { count: 120 } }));
      expect(Object.isFrozen(r)).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual({
        value: '0.1',
        formula: 'churn rate = C / B',
        calculation: 'churn rate = C / B = 12 / 120 = 0.1',
        base: 'count',
        baseCustomers: '120',
      });
    });
  });

  describe('validation', () => {
    it.each(['average', 'end'] as const)('base %s needs customersAtEnd', (base) => {
      expect(issuesOf(() => churnRate({ churnedCustomers: 1, customersAtStart: 10, base }))).toEqual([
        { code: 'required', path: 'customersAtEnd', message: `churnRate: customersAtEnd is required when base is '${base}'` },
      ]);
    });

    it.each([
      [250, 'base'],
      ['middle', 'base'],
      [{ count: -1 }, 'base.count'],
      [{ count: '1,000' }, 'base.count'],
      [{ size: 3 }, 'base'],
      [{ count: 3, extra: 1 }, 'base'],
      [null, 'base'],
    ])('rejects base %o at %s', (base, path) => {
      expect(pathsOf(() => churnRate({ churnedCustomers: 1, customersAtStart: 10, base } as never))).toEqual([path]);
    });

    it('says what a base may be', () => {
      expect(issuesOf(() => churnRate({ churnedCustomers: 1, customersAtStart: 10, base: 250 } as never))[0]?.message).toBe(
        `churnRate: base must be 'start', 'average', 'end' or an explicit count { count: n }, got 250`,
      );
    });

    it('a churned count that contradicts E = S + N − C', () => {
      expect(issuesOf(() => churnRate({ churnedCustomers: 11, customersAtStart: 100, customersAtEnd: 120, newCustomers: 30 }))[0]).toMatchObject({
        code: 'inconsistent',
        path: 'churnedCustomers',
        message: 'churnRate: churnedCustomers (11) must equal customersAtStart + newCustomers − customersAtEnd (100 + 30 − 120 = 10)',
      });
    });

    it('without N: a churned count too small for the fall from S to E', () => {
      expect(issuesOf(() => churnRate({ churnedCustomers: 5, customersAtStart: 100, customersAtEnd: 90 }))[0]).toMatchObject({
        code: 'inconsistent',
        path: 'churnedCustomers',
      });
    });

    it('without E: more churned than ever were there (C > S + N)', () => {
      expect(issuesOf(() => churnRate({ churnedCustomers: 140, customersAtStart: 100, newCustomers: 30 }))[0]).toMatchObject({
        code: 'inconsistent',
        path: 'churnedCustomers',
        message: 'churnRate: churnedCustomers (140) must not exceed customersAtStart + newCustomers (100 + 30 = 130)',
      });
    });

    it('E > S + N is impossible', () => {
      expect(pathsOf(() => churnRate({ churnedCustomers: 0, customersAtStart: 100, customersAtEnd: 140, newCustomers: 30 }))).toEqual(['customersAtEnd']);
    });

    it('reports every bad field, each with its path', () => {
      expect(pathsOf(() => churnRate({ churnedCustomers: -1, customersAtStart: 1.5, customersAtEnd: 'x', newCustomers: null, base: 'mean' } as never))).toEqual([
        'churnedCustomers',
        'customersAtStart',
        'customersAtEnd',
        'newCustomers',
        'base',
      ]);
      expect(pathsOf(() => churnRate({} as never))).toEqual(['churnedCustomers', 'customersAtStart']);
      expect(pathsOf(() => churnRate(null as never))).toEqual(['']);
    });

    it('rejects a period end before its start', () => {
      expect(
        pathsOf(() => churnRate({ churnedCustomers: 1, customersAtStart: 10, periodStart: '2026-02-01T00:00:00Z', periodEnd: new Date('2026-01-01T00:00:00Z') })),
      ).toEqual(['periodEnd']);
    });
  });
});
