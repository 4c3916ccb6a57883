import { describe, expect, it } from 'vitest';
import { expectedAverageSpend, expectedPurchases, predictiveLifetimeValue, type MetricInputError } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';
import { bgNbdEq10 } from './paper.js';

const bg = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
const gg = { kind: 'gamma-gamma', params: { p: 6.25, q: 3.74, v: 15.44 } } as const;
const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: '22.35' };

describe('predictiveLifetimeValue', () => {
  describe('golden cases', () => {
    it('CDNOW customer 1, 12 months at 1 % a month, weeks: the lifetimes monthly loop worked from eq. 10 and eq. 5', () => {
      // M = 6.25 · (15.44 + 2 · 22.35) / (6.25 · 2 + 3.74 − 1) = 375.875 / 15.24 (Gamma-Gamma note eq. 5)
      const M = 375.875 / 15.24;
      let expected = 0;
      for (let i = 1; i <= 12; i++) {
        const inMonth = bgNbdEq10(0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86, i * 4.345) - bgNbdEq10(0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86, (i - 1) * 4.345);
        expected += (M * inMonth) / 1.01 ** i;
      }
      const r = predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer, months: 12, timeUnit: 'week', monthlyDiscountRate: 0.01 });
      expect(r.value).toBeCloseTo(expected, 8);
      expect(r.unitsPerMonth).toBe(4.345);
      expect(r.timeUnit).toBe('week');
      expect(r.expectedAverageSpend).toBeCloseTo(M, 12);
      expect(r.months).toHaveLength(12);
      expect(r.months[0]?.discountFactor).toBeCloseTo(1 / 1.01, 15);
      expect(r.expectedPurchases).toBeCloseTo(bgNbdEq10(0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86, 12 * 4.345), 9);
      expect(r.calculation).toMatch(/^CLV = Σ_\{i=1\.\.n\} M · \(E\[Y\(i·k\)\] − E\[Y\(\(i − 1\)·k\)\]\) \/ \(1 \+ d\)\^i with n = 12, k = 4\.345 weeks per month/);
      expect(Object.isFrozen(r)).toBe(true);
    });
    it('a month is 30 days, 4.345 weeks or 1 month: with no discount the value is M · E[Y(n·k)]', () => {
      for (const [unit, k] of [
        ['day', 30],
        ['month', 1],
      ] as const) {
        const m = { ...bg, timeUnit: unit };
        const r = predictiveLifetimeValue({ purchaseModel: m, spendModel: gg, customer, months: 6, monthlyDiscountRate: '0' });
        expect(r.unitsPerMonth).toBe(k);
        expect(r.value).toBeCloseTo((375.875 / 15.24) * bgNbdEq10(0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86, 6 * k), 8);
      }
    });
    it('works with a Pareto/NBD purchase model too', () => {
      const pn = { kind: 'pareto-nbd', params: { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, timeUnit: 'week' } as const;
      const r = predictiveLifetimeValue(deepFrozen({ purchaseModel: pn, spendModel: gg, customer, months: 24, monthlyDiscountRate: 0.01 }));
      expect(r.value).toBeGreaterThan(0);
      expect(r.months).toHaveLength(24);
    });
  });

  describe('validation', () => {
    it('a time unit other than the model’s is an error, not a silent conversion', () => {
      const issues = issuesOf(() =>
        predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer, months: 12, timeUnit: 'day', monthlyDiscountRate: 0.01 }),
      );
      expect(issues[0]?.path).toBe('timeUnit');
      expect(issues[0]?.message).toMatch(/^predictiveLifetimeValue: timeUnit \("day"\) must match the purchase model's timeUnit \("week"\)/);
    });
    it('months, discount rate, customer fields', () => {
      expect(
        pathsOf(() =>
          predictiveLifetimeValue({
            purchaseModel: bg,
            spendModel: gg,
            customer: { frequency: 2, recency: 40, T: 38.86, monetaryValue: 'x' },
            months: 1.5,
            monthlyDiscountRate: -0.1,
          }),
        ),
      // recency 40 > T 38.86 is reported beside the bad monetaryValue: every problem at once.
      ).toEqual(['customer.monetaryValue', 'customer.recency', 'months', 'monthlyDiscountRate']);
      expect(
        pathsOf(() =>
          predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer: { ...customer, recency: 40 }, months: 1, monthlyDiscountRate: 0 }),
        ),
      ).toEqual(['customer.recency']);
      expect(
        pathsOf(() =>
          predictiveLifetimeValue({
            purchaseModel: bg,
            spendModel: { kind: 'gamma-gamma', params: { p: 0.1, q: 0.5, v: 1 } },
            customer: { frequency: 0, recency: 0, T: 5, monetaryValue: 0 },
            months: 3,
            monthlyDiscountRate: 0,
          }),
        ),
      ).toEqual(['spendModel.params.q']);
    });
  });
});

describe('predictiveLifetimeValue applies the rules of the purchase and spend histories', () => {
  // The customer used to be read through `.shape` of PurchaseHistorySchema and SpendHistorySchema,
  // which drops their cross-field rules: these rows were accepted although expectedPurchases,
  // probabilityAlive, expectedAverageSpend and the fits refuse them.
  const plv = (c: Record<string, unknown>) => () =>
    predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer: c as never, months: 3, monthlyDiscountRate: 0.01 });

  it('recency must be 0 when frequency is 0', () => {
    expect(issuesOf(plv({ frequency: 0, recency: 5, T: 10, monetaryValue: 0 }))).toEqual([
      {
        code: 'inconsistent',
        path: 'customer.recency',
        message: 'predictiveLifetimeValue: customer.recency (5) must be 0 when frequency is 0 (no repeat purchase, so no last repeat purchase)',
      },
    ]);
  });
  it('recency must not exceed T', () => {
    expect(issuesOf(plv({ frequency: 2, recency: 12, T: 10, monetaryValue: 5 }))).toEqual([
      { code: 'inconsistent', path: 'customer.recency', message: 'predictiveLifetimeValue: customer.recency (12) must not exceed T (10)' },
    ]);
  });
  it('monetaryValue must be positive when frequency > 0, and never negative', () => {
    const positive = (got: string) =>
      `predictiveLifetimeValue: customer.monetaryValue must be greater than 0 when frequency is above 0, got ${got} (Gamma-Gamma models positive spends; leave out refunds and zero-value orders)`;
    expect(issuesOf(plv({ frequency: 2, recency: 5, T: 10, monetaryValue: -5 }))).toEqual([
      { code: 'not_positive', path: 'customer.monetaryValue', message: positive('-5') },
    ]);
    expect(issuesOf(plv({ frequency: 2, recency: 5, T: 10, monetaryValue: '0' }))).toEqual([
      { code: 'not_positive', path: 'customer.monetaryValue', message: positive('0') },
    ]);
    expect(issuesOf(plv({ frequency: 0, recency: 0, T: 10, monetaryValue: -5 }))).toEqual([
      { code: 'negative', path: 'customer.monetaryValue', message: 'predictiveLifetimeValue: customer.monetaryValue must not be negative, got -5' },
    ]);
  });
  it('one bad T gives one issue, not a second "recency must not exceed T"', () => {
    expect(issuesOf(plv({ frequency: 2, recency: 5, T: -1, monetaryValue: 5 }))).toEqual([
      { code: 'too_small', path: 'customer.T', message: 'predictiveLifetimeValue: customer.T must be a non-negative finite number, got -1' },
    ]);
    expect(pathsOf(plv({ frequency: 2, recency: 5, T: 'x', monetaryValue: 5 }))).toEqual(['customer.T']);
  });
  it('gives the issues the single-purpose functions give for the same row, with its own name', () => {
    const rows = [
      { frequency: 0, recency: 5, T: 10, monetaryValue: 0 },
      { frequency: 0, recency: 5, T: 3, monetaryValue: 5 },
      { frequency: 2, recency: 12, T: 10, monetaryValue: -5 },
      { frequency: 2, recency: 5, T: -1, monetaryValue: 0 },
      { frequency: 1.5, recency: 5, T: 10, monetaryValue: 5 },
      { frequency: 0, recency: 0, T: 10, monetaryValue: '-0.01' },
    ];
    // The issues of a call, or none when it returns.
    const issuesIfAny = (fn: () => unknown) => {
      try {
        fn();
        return [];
      } catch {
        return issuesOf(fn);
      }
    };
    for (const row of rows) {
      const own = issuesOf(plv(row));
      const purchase = issuesIfAny(() => expectedPurchases(bg, row as never, 1));
      const spend = issuesIfAny(() => expectedAverageSpend(gg, row as never));
      const renamed = [...purchase, ...spend.filter((i) => i.path !== 'customer.frequency')].map((i) => ({
        ...i,
        message: i.message.replace(/^\w+:/, 'predictiveLifetimeValue:'),
      }));
      expect(new Set(own.map((i) => JSON.stringify(i)))).toEqual(new Set(renamed.map((i) => JSON.stringify(i))));
      expect(own).toHaveLength(renamed.length);
    }
  });
});

describe('predictiveLifetimeValue at the edge of the parameter space', () => {
  it('refuses parameters whose expectation overflows instead of returning 0', () => {
    // Parameters no fit produces but a stored model could hold: (α + T)^(r + x) overflows float64.
    const purchaseModel = {
      kind: 'bg-nbd', params: { r: 1e300, alpha: 1e-300, a: 0.5, b: 2 }, logLikelihood: -1149.1,
      standardErrors: { r: null, alpha: null, a: null, b: null }, converged: false, reason: 'no interior maximum',
      iterations: 40, gradientNorm: 0, timeUnit: 'week', customers: 65, penalizer: 0,
    };
    const spendModel = { ...purchaseModel, kind: 'gamma-gamma', params: { p: 6.25, q: 3.74, v: 15.44 }, standardErrors: { p: null, q: null, v: null }, customersSkipped: 0 };
    const customer = { frequency: 6, recency: 40, T: 65, monetaryValue: 250 };
    let issues: readonly { code: string; path: string }[] = [];
    try {
      predictiveLifetimeValue({ purchaseModel, spendModel, customer, months: 12, monthlyDiscountRate: 0.01 } as never);
    } catch (e) {
      issues = (e as MetricInputError).issues;
    }
    expect(issues).toEqual([expect.objectContaining({ code: 'not_computable', path: 'purchaseModel.params' })]);
  });
});
