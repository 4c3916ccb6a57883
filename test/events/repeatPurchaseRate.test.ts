import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatPurchaseRate } from '../../src/index.js';
import { pathsOf } from '../helpers/errors.js';
import { canonical, logArb } from './arbitraries.js';
import { buy, st } from './helpers.js';

describe('repeatPurchaseRate', () => {
  it('seed 001 FAQ 2 / seed 002 FAQ 3: repeat buyers over buyers, hand-worked', () => {
    // March: a buys 3 times, b twice (same day: two purchases), c once, d only in April; e acquires but never buys.
    // P = 3 (a, b, c), R = 2 (a, b): 2 / 3.
    const r = repeatPurchaseRate(
      [
        buy('a', '2026-03-01T00:00:00Z'),
        buy('a', '2026-03-05T00:00:00Z'),
        buy('a', '2026-03-31T23:59:59Z'),
        buy('b', '2026-03-02T09:00:00Z'),
        buy('b', '2026-03-02T10:00:00Z'),
        buy('c', '2026-03-03T00:00:00Z'),
        buy('c', '2026-04-01T00:00:00Z'), // at the end: outside
        buy('d', '2026-04-02T00:00:00Z'),
        st('e', 'acquired', '2026-03-03T00:00:00Z'),
      ],
      { month: '2026-03' },
    );
    expect(r.calculation).toBe('RPR = R / P = 2 / 3 = 0.6666666666666666666666666666666666666667');
    expect([r.repeatCustomers, r.purchasingCustomers]).toEqual([2, 3]);
  });

  it('nobody bought: undefined with a reason', () => {
    const r = repeatPurchaseRate([], { year: '2026' });
    expect(r.value).toBeNull();
    expect(r.reason).toBe('no purchases in the period (P = 0)');
  });

  it('rejects a missing amount with its path', () => {
    expect(pathsOf(() => repeatPurchaseRate([{ customerId: 'a', type: 'purchase', at: '2026-03-01T00:00:00Z' }] as never, { year: '2026' }))).toEqual([
      'events[0].amount',
    ]);
  });

  it('property: within 0…1 and independent of input order', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const events = log.map(canonical);
        const a = repeatPurchaseRate(events, { year: '2025', timeZone: 'Pacific/Chatham' });
        const b = repeatPurchaseRate([...events].reverse(), { year: '2025', timeZone: 'Pacific/Chatham' });
        expect(b).toEqual(a);
        if (a.value) expect(a.value.gte(0) && a.value.lte(1)).toBe(true);
      }),
    );
  });
});
