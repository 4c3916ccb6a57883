// expectedPurchases, probabilityAlive and expectedAverageSpend beyond their golden values (Stryker
// survivors): the refusal of an overflowing expectation with its whole message, and results that
// stay inside their documented ranges.
import { describe, expect, it } from 'vitest';
import { expectedAverageSpend, expectedPurchases, probabilityAlive } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { bgNbdPAlive } from './paper.js';

describe('expectedPurchases: an expectation that overflows float64', () => {
  it('is refused with one not_computable issue on model.params, whole message', () => {
    // (α + T)^(r + x) with r = 1e300 overflows: no finite expectation exists in float64
    const model = { kind: 'bg-nbd', params: { r: 1e300, alpha: 1e-300, a: 0.5, b: 2 }, timeUnit: 'week' } as const;
    expect(issuesOf(() => expectedPurchases(model, { frequency: 6, recency: 40, T: 65 }, 52))).toEqual([
      { code: 'not_computable', path: 'model.params', message: 'expectedPurchases: model.params give no finite expectation for this customer' },
    ]);
  });
});

describe('probabilityAlive: a probability, never outside 0…1', () => {
  it('a purchase at T with a tiny a is alive with 1 / (1 + a/(b + x − 1)) just below 1', () => {
    const model = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 1e-9, b: 2.426 }, timeUnit: 'week' } as const;
    // t_x = T: ((α + T)/(α + t_x))^(r + x) = 1, so P = 1 / (1 + 1e-9 / 2.426)
    const p = probabilityAlive(model, { frequency: 1, recency: 38.86, T: 38.86 });
    expect(p).toBeCloseTo(1 / (1 + 1e-9 / 2.426), 15);
    expect(p).toBeLessThan(1);
    expect(p).toBe(bgNbdPAlive(0.243, 4.414, 1e-9, 2.426, 1, 38.86, 38.86));
  });
});

describe('expectedAverageSpend', () => {
  it('a non-object customer is one issue on customer', () => {
    expect(issuesOf(() => expectedAverageSpend({ kind: 'gamma-gamma', params: { p: 6.25, q: 3.74, v: 15.44 } }, null as never)).map((i) => i.path)).toEqual([
      'customer',
    ]);
  });
});

describe('input errors carry the function name', () => {
  const bg = { kind: 'bg-nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
  const gg = { kind: 'gamma-gamma', params: { p: 6.25, q: 3.74, v: 15.44 } } as const;
  it('expectedAverageSpend, expectedPurchases and probabilityAlive: "<function>: <path> <problem>"', () => {
    expect(issuesOf(() => expectedAverageSpend(gg, { frequency: -1, monetaryValue: 3 }))).toEqual([
      { code: 'too_small', path: 'customer.frequency', message: 'expectedAverageSpend: customer.frequency must be a non-negative whole number, got -1' },
    ]);
    expect(issuesOf(() => expectedPurchases(bg, { frequency: 1, recency: 1, T: 2 }, -1))).toEqual([
      { code: 'too_small', path: 't', message: 'expectedPurchases: t must be a non-negative finite number, got -1' },
    ]);
    expect(issuesOf(() => probabilityAlive(bg, { frequency: 1, recency: 3, T: 2 }))).toEqual([
      { code: 'inconsistent', path: 'customer.recency', message: 'probabilityAlive: customer.recency (3) must not exceed T (2)' },
    ]);
  });
});
