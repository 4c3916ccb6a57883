import { describe, expect, it } from 'vitest';
import { MetricInputError, valueTier } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/segments/valueTier.ts.
const amounts = (xs: readonly (string | number)[]) => xs.map((totalAmount, i) => ({ customerId: `c${i}`, totalAmount }));
const asOf = '2026-04-01T00:00:00Z';

describe('valueTier (mutation survivors)', () => {
  it('a quantile outside 0…1 is named with its value', () => {
    expect(issuesOf(() => valueTier(amounts([1]), { by: 'totalAmount', quantiles: { high: 1.2, medium: 0.5 } }))).toEqual([
      { code: 'custom', path: 'options.quantiles.high', message: 'valueTier: options.quantiles.high must be a quantile between 0 and 1, got 1.2' },
    ]);
  });

  it('tenure without asOf: a "required" issue that says why', () => {
    expect(issuesOf(() => valueTier([{ customerId: 'a', firstPurchaseAt: '2026-01-01T00:00:00Z' }], { by: 'tenure', thresholds: { high: 2, medium: 1 } }))).toEqual([
      { code: 'required', path: 'options.asOf', message: 'valueTier: options.asOf is required when by is "tenure"' },
    ]);
  });

  it('the error names the function', () => {
    try {
      valueTier(amounts(['x']), { by: 'totalAmount', thresholds: { high: 2, medium: 1 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MetricInputError);
      expect((e as MetricInputError).functionName).toBe('valueTier');
    }
  });

  it('a first purchase at asOf itself is 0 days of tenure, not an error', () => {
    // asOf − firstPurchaseAt = 0 ms → 0 whole days; 0 < 180 → low
    const r = valueTier([{ customerId: 'a', firstPurchaseAt: asOf }], { by: 'tenure', thresholds: { high: 365, medium: 180 }, asOf });
    expect(r.customers[0]!.value.toString()).toBe('0');
    expect(r.customers[0]!.tier).toBe('low');
  });

  it('no reason key unless the cuts are undefined', () => {
    expect('reason' in valueTier(amounts([1, 2]), { by: 'totalAmount', thresholds: { high: 2, medium: 1 } })).toBe(false);
    expect('reason' in valueTier(amounts([1, 2]), { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } })).toBe(false);
    expect('reason' in valueTier([], { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } })).toBe(true);
  });
});
