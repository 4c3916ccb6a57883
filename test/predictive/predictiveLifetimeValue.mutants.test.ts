// predictiveLifetimeValue beyond the golden value (Stryker survivors): the calculation text term by
// term, the month rows, the exact messages and codes of every validation rule, and which rules
// stay quiet when the fields they compare are missing.
import { describe, expect, it } from 'vitest';
import { predictiveLifetimeValue } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { bgNbdEq10 } from './paper.js';

const bg = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
const gg = { kind: 'gamma-gamma', params: { p: 6.25, q: 3.74, v: 15.44 } } as const;
const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: '22.35' };
const FORMULA = 'CLV = Σ_{i=1..n} M · (E[Y(i·k)] − E[Y((i − 1)·k)]) / (1 + d)^i';

/** E[Y(t)] of CDNOW customer 1 from FHL 2005 eq. 10 (test/predictive/paper.ts). */
const E = (t: number) => bgNbdEq10(0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86, t);
/** Six significant digits, as the calculation text shows its numbers. */
const six = (n: number) => String(Number(n.toPrecision(6)));
// M = 6.25 · (15.44 + 2 · 22.35) / (6.25 · 2 + 3.74 − 1) = 375.875 / 15.24 = 24.66371… → "24.6637"
const M = 375.875 / 15.24;

describe('predictiveLifetimeValue: the calculation text and the month rows', () => {
  it('three months at 1 %: two terms written out, then "+ …", then the total', () => {
    const r = predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer, months: 3, monthlyDiscountRate: 0.01 });
    const e1 = E(4.345);
    const e2 = E(8.69) - E(4.345);
    const e3 = E(13.035) - E(8.69);
    const total = (M * e1) / 1.01 + (M * e2) / 1.01 ** 2 + (M * e3) / 1.01 ** 3;
    expect(six(M)).toBe('24.6637');
    expect(r.calculation).toBe(
      `${FORMULA} with n = 3, k = 4.345 weeks per month, M = 24.6637, d = 0.01: 24.6637 · ${six(e1)} / 1.01^1 + 24.6637 · ${six(e2)} / 1.01^2 + … = ${six(total)}`,
    );
    expect(r.formula).toBe(FORMULA);
    expect(r.value).toBeCloseTo(total, 10);
    expect(r.monthlyDiscountRate).toBe(0.01);
    expect(r.expectedPurchases).toBeCloseTo(E(13.035), 10);
    expect(r.months.map((m) => m.month)).toEqual([1, 2, 3]);
    [e1, e2, e3].forEach((e, i) => {
      const row = r.months[i]!;
      expect(row.expectedPurchases).toBeCloseTo(e, 10);
      expect(row.discountFactor).toBeCloseTo(1 / 1.01 ** (i + 1), 14);
      expect(row.value).toBeCloseTo((M * e) / 1.01 ** (i + 1), 10);
    });
  });
  it('one month: one term, no "+" at all; two months: two terms, no "…"', () => {
    const one = predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer, months: 1, monthlyDiscountRate: 0 });
    // d = 0: 1 + d = 1, so the term is M · E(k) / 1^1
    expect(one.calculation).toBe(`${FORMULA} with n = 1, k = 4.345 weeks per month, M = 24.6637, d = 0: 24.6637 · ${six(E(4.345))} / 1^1 = ${six(M * E(4.345))}`);
    const two = predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer, months: 2, monthlyDiscountRate: '0.5' });
    const e2 = E(8.69) - E(4.345);
    // d = 0.5: total = M · e1 / 1.5 + M · e2 / 2.25
    expect(two.calculation).toBe(
      `${FORMULA} with n = 2, k = 4.345 weeks per month, M = 24.6637, d = 0.5: 24.6637 · ${six(E(4.345))} / 1.5^1 + 24.6637 · ${six(e2)} / 1.5^2 = ${six((M * E(4.345)) / 1.5 + (M * e2) / 2.25)}`,
    );
  });
});

describe('predictiveLifetimeValue: validation messages and codes', () => {
  const base = { purchaseModel: bg, spendModel: gg, customer, months: 12, monthlyDiscountRate: 0.01 };
  it('months: type, whole number, at least 1, at most 1200 all say the same sentence', () => {
    for (const [months, shown] of [
      ['x', '"x"'],
      [1.5, '1.5'],
      [0, '0'],
      [1201, '1201'],
    ] as const) {
      const issues = issuesOf(() => predictiveLifetimeValue({ ...base, months } as never));
      expect(issues).toEqual([
        expect.objectContaining({ path: 'months', message: `predictiveLifetimeValue: months must be a whole number of months from 1 to 1200, got ${shown}` }),
      ]);
    }
    expect(predictiveLifetimeValue({ ...base, months: 1200, monthlyDiscountRate: 0.5 }).months).toHaveLength(1200);
  });
  it('a negative discount rate names its value', () => {
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, monthlyDiscountRate: '-0.10' }))).toEqual([
      expect.objectContaining({ path: 'monthlyDiscountRate', message: 'predictiveLifetimeValue: monthlyDiscountRate must not be negative, got -0.1' }),
    ]);
  });
  it('timeUnit other than the model’s: the whole sentence and the code', () => {
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, timeUnit: 'day' }))).toEqual([
      {
        code: 'inconsistent',
        path: 'timeUnit',
        message:
          'predictiveLifetimeValue: timeUnit ("day") must match the purchase model\'s timeUnit ("week"): the customer\'s recency and T are read in the model\'s unit',
      },
    ]);
    // the same unit is fine
    expect(predictiveLifetimeValue({ ...base, timeUnit: 'week' }).timeUnit).toBe('week');
  });
  it('recency after T: message and code; recency equal to T is fine', () => {
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, customer: { ...customer, recency: 40 } }))).toEqual([
      { code: 'inconsistent', path: 'customer.recency', message: 'predictiveLifetimeValue: customer.recency (40) must not exceed T (38.86)' },
    ]);
    expect(predictiveLifetimeValue({ ...base, customer: { ...customer, recency: 38.86 } }).value).toBeGreaterThan(0);
  });
  it('cross-field rules stay quiet when a side is missing or not a number', () => {
    // no purchase model: one issue, no timeUnit comparison and no TypeError
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, purchaseModel: undefined, timeUnit: 'week' } as never))).toEqual([
      { code: 'invalid_type', path: 'purchaseModel', message: 'predictiveLifetimeValue: purchaseModel is required' },
    ]);
    // a model without a timeUnit: only that field is reported, not a mismatch with undefined
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, purchaseModel: { kind: 'bg-nbd', params: bg.params }, timeUnit: 'week' } as never)).map((i) => i.path)).toEqual([
      'purchaseModel.timeUnit',
    ]);
    // no customer
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, customer: undefined } as never))).toEqual([
      { code: 'invalid_type', path: 'customer', message: 'predictiveLifetimeValue: customer is required' },
    ]);
    // recency or T not a number: only the type issue
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, customer: { ...customer, recency: '40' } } as never)).map((i) => i.path)).toEqual(['customer.recency']);
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, customer: { ...customer, T: '1' } } as never)).map((i) => i.path)).toEqual(['customer.T']);
  });
  it('a spend model with an infinite mean: the whole message, naming this function', () => {
    // frequency 0: p·x + q = 0.1 · 0 + 0.5 = 0.5 ≤ 1, so E[M] = p v / (q − 1) has no finite value
    expect(
      issuesOf(() =>
        predictiveLifetimeValue({ ...base, spendModel: { kind: 'gamma-gamma', params: { p: 0.1, q: 0.5, v: 1 } }, customer: { frequency: 0, recency: 0, T: 5, monetaryValue: 0 } }),
      ),
    ).toEqual([
      {
        code: 'infinite_mean',
        path: 'spendModel.params.q',
        message: 'predictiveLifetimeValue: spendModel.params.q (0.5) must make p·x + q exceed 1 (here 0.1 · 0 + 0.5): otherwise the expected spend is infinite',
      },
    ]);
  });
  it('an overflowing expectation: the whole message', () => {
    const purchaseModel = { kind: 'bg-nbd', params: { r: 1e300, alpha: 1e-300, a: 0.5, b: 2 }, timeUnit: 'week' } as const;
    expect(issuesOf(() => predictiveLifetimeValue({ ...base, purchaseModel, customer: { frequency: 6, recency: 40, T: 65, monetaryValue: 250 } }))).toEqual([
      {
        code: 'not_computable',
        path: 'purchaseModel.params',
        message: 'predictiveLifetimeValue: purchaseModel.params give no finite expectation for this customer',
      },
    ]);
  });
});
