import { describe, expect, it } from 'vitest';
import { Decimal, averageLifetimeValue, customerLifetimeValue } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';

describe('averageLifetimeValue', () => {
  describe('golden cases (seed 004 §3.2: the mean of the customers’ CLVs; hand arithmetic)', () => {
    it('three customers', () => {
      // (7500 + 3000 + 1500) / 3 = 12000 / 3 = 4000
      const r = averageLifetimeValue(['7500', '3000', '1500']);
      expect(r.value?.toString()).toBe('4000');
      expect(r.count).toBe(3);
      expect(r.total.toString()).toBe('12000');
      expect(r.formula).toBe('ALV = Σ CLV / n');
      expect(r.calculation).toBe('ALV = Σ CLV / n = (7500 + 3000 + 1500) / 3 = 4000');
    });

    it('CLV results are read by their value: seed 004’s 7,500 and a customer worth 500', () => {
      // (7500 + 500) / 2 = 4000
      const clv = customerLifetimeValue({ yearlyRevenue: 1000, years: 10, acquisitionCost: 2500 });
      expect(averageLifetimeValue([clv, 500]).value?.toString()).toBe('4000');
    });

    it('negative values count as they are; shown in parentheses', () => {
      // (100 + (−40)) / 2 = 60 / 2 = 30
      const r = averageLifetimeValue([100, '-40']);
      expect(r.value?.toString()).toBe('30');
      expect(r.calculation).toBe('ALV = Σ CLV / n = (100 + (-40)) / 2 = 30');
    });

    it('one value; exact decimals', () => {
      expect(averageLifetimeValue([new Decimal('12.5')]).calculation).toBe('ALV = Σ CLV / n = 12.5 / 1 = 12.5');
      // (0.1 + 0.2) / 2 = 0.15
      expect(averageLifetimeValue([0.1, 0.2]).value?.toString()).toBe('0.15');
    });

    it('more than 12 values: the calculation shows their total', () => {
      // 13 values of 1..13: total 91, 91 / 13 = 7
      const r = averageLifetimeValue(Array.from({ length: 13 }, (_, i) => i + 1));
      expect(r.calculation).toBe('ALV = Σ CLV / n = 91 / 13 = 7');
    });
  });

  describe('edges', () => {
    it('empty is undefined, with the reason', () => {
      const r = averageLifetimeValue([]);
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no lifetime values to average (n = 0)');
      expect(r.calculation).toBe('ALV = Σ CLV / n = 0 / 0 = undefined (no lifetime values to average (n = 0))');
      expect(r.count).toBe(0);
    });

    it('returns a frozen, JSON-serialisable result and leaves a frozen input alone', () => {
      const r = averageLifetimeValue(deepFrozen(['1', '2']));
      expect(Object.isFrozen(r)).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual({ value: '1.5', formula: 'ALV = Σ CLV / n', calculation: 'ALV = Σ CLV / n = (1 + 2) / 2 = 1.5', count: 2, total: '3' });
    });
  });

  describe('validation', () => {
    it('names every bad item by its index, values[i] or values[i].value', () => {
      expect(pathsOf(() => averageLifetimeValue(['1', '1,000', 3, NaN, { value: 'x' }, { value: 5 }] as never))).toEqual([
        'values[1]',
        'values[3]',
        'values[4].value',
      ]);
      expect(issuesOf(() => averageLifetimeValue([1, '1,000']))[0]?.message).toBe(
        'averageLifetimeValue: values[1] must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal, got "1,000"',
      );
    });

    it('a result whose value is null says why', () => {
      expect(issuesOf(() => averageLifetimeValue([{ value: null, reason: 'no customers at period start (S = 0)' }]))).toEqual([
        {
          code: 'undefined_value',
          path: 'values[0].value',
          message: 'averageLifetimeValue: values[0].value is null: the metric was undefined for this customer (no customers at period start (S = 0))',
        },
      ]);
      expect(issuesOf(() => averageLifetimeValue([{ value: null }]))[0]?.message).toBe(
        'averageLifetimeValue: values[0].value is null: the metric was undefined for this customer',
      );
    });

    it('rejects a non-array input at values', () => {
      expect(pathsOf(() => averageLifetimeValue('100' as never))).toEqual(['values']);
      expect(pathsOf(() => averageLifetimeValue(undefined as never))).toEqual(['values']);
      expect(pathsOf(() => averageLifetimeValue([null, undefined, {}] as never))).toEqual(['values[0]', 'values[1]', 'values[2]']);
    });
  });
});

// Added after `npm run mutate value` (docs/quality.md): the calculation lists up to 12 values.
describe('averageLifetimeValue: listing the values in the calculation', () => {
  it('lists exactly 12 values, and shows the total from 13 on', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => i + 1); // Σ 1…12 = 78; 78 / 12 = 6.5
    expect(averageLifetimeValue(twelve).calculation).toBe('ALV = Σ CLV / n = (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12) / 12 = 6.5');
    const thirteen = Array.from({ length: 13 }, (_, i) => i + 1); // Σ 1…13 = 91; 91 / 13 = 7
    expect(averageLifetimeValue(thirteen).calculation).toBe('ALV = Σ CLV / n = 91 / 13 = 7');
  });
});
