import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, customerLifetimeValue } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

// Non-negative amounts with up to 4 decimals, as strings.
const amount = fc.integer({ min: 0, max: 1e10 }).map((n) => new Decimal(n).div(10000).toString());
const orderForm = fc.record(
  { averageOrderValue: amount, purchaseFrequency: amount, lifespan: amount, acquisitionCost: amount, servicingCost: amount },
  { requiredKeys: ['averageOrderValue', 'purchaseFrequency', 'lifespan'] },
);

describe('customerLifetimeValue properties', () => {
  it('equals AOV × f × L − CAC − SC exactly (terminating decimals stay exact)', () => {
    fc.assert(
      fc.property(orderForm, (i) => {
        const expected = new Decimal(i.averageOrderValue)
          .times(i.purchaseFrequency)
          .times(i.lifespan)
          .minus(i.acquisitionCost ?? 0)
          .minus(i.servicingCost ?? 0);
        const r = customerLifetimeValue(i);
        expect(r.value.eq(expected)).toBe(true);
        expect(r.value.eq(r.lifetimeRevenue.minus(r.acquisitionCost).minus(r.servicingCost))).toBe(true);
      }),
    );
  });

  it('the yearly form is the order form with one purchase of R a year', () => {
    fc.assert(
      fc.property(amount, amount, amount, (R, Y, cost) => {
        const yearly = customerLifetimeValue({ yearlyRevenue: R, years: Y, acquisitionCost: cost });
        const order = customerLifetimeValue({ averageOrderValue: R, purchaseFrequency: 1, lifespan: Y, acquisitionCost: cost });
        expect(yearly.value.eq(order.value)).toBe(true);
      }),
    );
  });

  it('never increases when a cost is added, and is at most the lifetime revenue', () => {
    fc.assert(
      fc.property(orderForm, amount, (i, extra) => {
        const base = customerLifetimeValue(i);
        const more = customerLifetimeValue({ ...i, servicingCost: new Decimal(i.servicingCost ?? 0).plus(extra) });
        expect(more.value.lte(base.value)).toBe(true);
        expect(base.value.lte(base.lifetimeRevenue)).toBe(true);
      }),
    );
  });

  it('number, string and Decimal inputs give equal results', () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e3), fc.nat(100), (aov, f, L) => {
        const forms = [
          { averageOrderValue: aov, purchaseFrequency: f, lifespan: L },
          { averageOrderValue: String(aov), purchaseFrequency: String(f), lifespan: String(L) },
          { averageOrderValue: new Decimal(aov), purchaseFrequency: new Decimal(f), lifespan: new Decimal(L) },
        ];
        expect(new Set(forms.map((x) => JSON.stringify(customerLifetimeValue(x)))).size).toBe(1);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(orderForm, (i) => {
        const copy = { ...i };
        customerLifetimeValue(deepFrozen(i));
        expect(i).toEqual(copy);
      }),
    );
  });
});
