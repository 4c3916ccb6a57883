import { describe, expect, it } from 'vitest';
import { Decimal, customerLifetimeValue } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('customerLifetimeValue', () => {
  describe('golden cases', () => {
    it('seed 004 §3.2 worked example: 1,000 a year for 10 years, 2,500 to win and keep → 7,500', () => {
      // 1000 × 10 − 2500 = 10000 − 2500 = 7500 (the article prints `1,100*10-2500=7500`, a typo)
      const r = customerLifetimeValue({ yearlyRevenue: 1000, years: 10, acquisitionCost: 2500 });
      expect(r.value.toString()).toBe('7500');
      expect(r.form).toBe('yearlyRevenue');
      expect(r.timeUnit).toBe('year');
      expect(r.lifetimeRevenue.toString()).toBe('10000');
      expect(r.formula).toBe('CLV = R × Y − CAC');
      expect(r.calculation).toBe('CLV = R × Y − CAC = 1000 per year × 10 years − 2500 = 7500');
    });

    it("seed 004's printed arithmetic is a typo: 1,100 a year would give 8,500, not 7,500", () => {
      // 1100 × 10 − 2500 = 11000 − 2500 = 8500
      expect(customerLifetimeValue({ yearlyRevenue: 1100, years: 10, acquisitionCost: 2500 }).value.toString()).toBe('8500');
    });

    it('seed 004 §3.2 with the cost split into winning and keeping: R × Y − (CAC + SC)', () => {
      // 1000 × 10 − (1500 + 1000) = 7500
      const r = customerLifetimeValue({ yearlyRevenue: '1000', years: '10', acquisitionCost: '1500', servicingCost: '1000' });
      expect(r.value.toString()).toBe('7500');
      expect(r.calculation).toBe('CLV = R × Y − (CAC + SC) = 1000 per year × 10 years − (1500 + 1000) = 7500');
      expect(r.acquisitionCost.toString()).toBe('1500');
      expect(r.servicingCost.toString()).toBe('1000');
    });

    it('seed 000 §4: average order value × purchase frequency × lifespan, no costs', () => {
      // 50 × 4 × 3 = 600
      const r = customerLifetimeValue({ averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3 });
      expect(r.value.toString()).toBe('600');
      expect(r.form).toBe('orderValue');
      expect(r.timeUnit).toBeUndefined();
      expect(r.formula).toBe('CLV = AOV × f × L');
      expect(r.calculation).toBe('CLV = AOV × f × L = 50 × 4 × 3 = 600');
    });

    it('the time unit shows in the calculation: 80 × 1.5 per month × 24 months', () => {
      // 80 × 1.5 × 24 = 120 × 24 = 2880
      const r = customerLifetimeValue({ averageOrderValue: '80', purchaseFrequency: '1.5', lifespan: 24, timeUnit: 'month' });
      expect(r.calculation).toBe('CLV = AOV × f × L = 80 × 1.5 per month × 24 months = 2880');
      expect(r.timeUnit).toBe('month');
      // one unit is singular: 10 × 2 per week × 1 week = 20
      expect(customerLifetimeValue({ averageOrderValue: 10, purchaseFrequency: 2, lifespan: 1, timeUnit: 'week' }).calculation).toBe(
        'CLV = AOV × f × L = 10 × 2 per week × 1 week = 20',
      );
    });

    it('seed 001 §1: (AOV × f) × L − acquisition cost', () => {
      // (120 × 2.5) × 4 − 350 = 300 × 4 − 350 = 1200 − 350 = 850
      const r = customerLifetimeValue({ averageOrderValue: '120', purchaseFrequency: '2.5', lifespan: '4', timeUnit: 'year', acquisitionCost: '350' });
      expect(r.value.toString()).toBe('850');
      expect(r.calculation).toBe('CLV = AOV × f × L − CAC = 120 × 2.5 per year × 4 years − 350 = 850');
    });

    it('a customer who costs more than they bring is a negative value, not an error', () => {
      // 20 × 1 × 2 − 100 = 40 − 100 = −60
      const r = customerLifetimeValue({ averageOrderValue: 20, purchaseFrequency: 1, lifespan: 2, acquisitionCost: 100 });
      expect(r.value.toString()).toBe('-60');
      expect(r.calculation).toBe('CLV = AOV × f × L − CAC = 20 × 1 × 2 − 100 = -60');
    });

    it('servicing cost alone, and exact decimals: 19.99 × 3 × 2 − 0.94', () => {
      // 19.99 × 3 = 59.97; × 2 = 119.94; − 0.94 = 119
      const r = customerLifetimeValue({ averageOrderValue: '19.99', purchaseFrequency: 3, lifespan: 2, servicingCost: '0.94' });
      expect(r.value.toString()).toBe('119');
      expect(r.formula).toBe('CLV = AOV × f × L − SC');
    });
  });

  describe('edges', () => {
    it('a zero lifespan is a zero value, never undefined', () => {
      const r = customerLifetimeValue({ averageOrderValue: 50, purchaseFrequency: 4, lifespan: 0 });
      expect(r.value.toString()).toBe('0');
      expect(r.reason).toBeUndefined();
    });

    it("timeUnit 'year' is allowed with the yearly form", () => {
      expect(customerLifetimeValue({ yearlyRevenue: 10, years: 2, timeUnit: 'year' }).value.toString()).toBe('20');
    });

    it('returns a frozen, JSON-serialisable result and leaves a frozen input alone', () => {
      const r = customerLifetimeValue(deepFrozen({ averageOrderValue: new Decimal(5), purchaseFrequency: '2', lifespan: 3, timeUnit: 'day' as const }));
      expect(Object.isFrozen(r)).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual({
        value: '30',
        formula: 'CLV = AOV × f × L',
        calculation: 'CLV = AOV × f × L = 5 × 2 per day × 3 days = 30',
        form: 'orderValue',
        lifetimeRevenue: '30',
        acquisitionCost: '0',
        servicingCost: '0',
        timeUnit: 'day',
      });
    });
  });

  describe('validation', () => {
    it('negative amounts, each with its path', () => {
      expect(
        pathsOf(() => customerLifetimeValue({ averageOrderValue: -1, purchaseFrequency: '-2', lifespan: -3, acquisitionCost: -4, servicingCost: -5 })),
      ).toEqual(['averageOrderValue', 'purchaseFrequency', 'lifespan', 'acquisitionCost', 'servicingCost']);
      expect(issuesOf(() => customerLifetimeValue({ averageOrderValue: -1, purchaseFrequency: 1, lifespan: 1 }))[0]?.message).toBe(
        'customerLifetimeValue: averageOrderValue must not be negative, got -1',
      );
      expect(pathsOf(() => customerLifetimeValue({ yearlyRevenue: '-1', years: -1 }))).toEqual(['yearlyRevenue', 'years']);
    });

    it('mixing the two forms', () => {
      expect(issuesOf(() => customerLifetimeValue({ averageOrderValue: 50, yearlyRevenue: 1000, years: 10 }))).toEqual([
        {
          code: 'inconsistent',
          path: '',
          message:
            'customerLifetimeValue: input mixes the order-value form (averageOrderValue) with the yearly-revenue form (yearlyRevenue, years): give the fields of one form only',
        },
      ]);
    });

    it('missing fields of the chosen form', () => {
      expect(issuesOf(() => customerLifetimeValue({ averageOrderValue: 50 }))).toEqual([
        { code: 'invalid_type', path: 'purchaseFrequency', message: 'customerLifetimeValue: purchaseFrequency is required' },
        { code: 'invalid_type', path: 'lifespan', message: 'customerLifetimeValue: lifespan is required' },
      ]);
      expect(pathsOf(() => customerLifetimeValue({ years: 3 }))).toEqual(['yearlyRevenue']);
      expect(pathsOf(() => customerLifetimeValue({}))).toEqual(['averageOrderValue', 'purchaseFrequency', 'lifespan']);
      expect(pathsOf(() => customerLifetimeValue({ acquisitionCost: 10 }))).toEqual(['averageOrderValue', 'purchaseFrequency', 'lifespan']);
    });

    it('a time unit other than year with the yearly form, and an unknown unit', () => {
      expect(issuesOf(() => customerLifetimeValue({ yearlyRevenue: 10, years: 2, timeUnit: 'month' }))[0]).toEqual({
        code: 'inconsistent',
        path: 'timeUnit',
        message: `customerLifetimeValue: timeUnit must be 'year' or left out with the yearly-revenue form, got "month"`,
      });
      expect(pathsOf(() => customerLifetimeValue({ averageOrderValue: 1, purchaseFrequency: 1, lifespan: 1, timeUnit: 'fortnight' } as never))).toEqual([
        'timeUnit',
      ]);
    });

    it('non-decimals and a non-object input', () => {
      expect(pathsOf(() => customerLifetimeValue({ averageOrderValue: '1,000', purchaseFrequency: NaN, lifespan: Infinity }))).toEqual([
        'averageOrderValue',
        'purchaseFrequency',
        'lifespan',
      ]);
      expect(pathsOf(() => customerLifetimeValue(null as never))).toEqual(['']);
    });
  });
});

// Cases added to kill the mutants that survived `npm run mutate value` (docs/quality.md).
describe('customerLifetimeValue: details the mutation run asked for', () => {
  it('names a quarterly time unit in the calculation', () => {
    // 50 × 4 per quarter × 3 quarters = 600
    expect(customerLifetimeValue({ averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, timeUnit: 'quarter' }).calculation).toBe(
      'CLV = AOV × f × L = 50 × 4 per quarter × 3 quarters = 600',
    );
  });

  it('subtracts a servicing cost on its own', () => {
    // 50 × 4 × 3 − 60 = 540
    expect(customerLifetimeValue({ averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, servicingCost: 60 }).calculation).toBe(
      'CLV = AOV × f × L − SC = 50 × 4 × 3 − 60 = 540',
    );
  });

  it('lists every field of each form when two forms are mixed', () => {
    expect(issuesOf(() => customerLifetimeValue({ averageOrderValue: 50, purchaseFrequency: 4, yearlyRevenue: 1000 } as never))[0]?.message).toBe(
      'customerLifetimeValue: input mixes the order-value form (averageOrderValue, purchaseFrequency) with the yearly-revenue form (yearlyRevenue): give the fields of one form only',
    );
  });
});
