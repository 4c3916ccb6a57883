import { describe, expect, it } from 'vitest';
import { repeatPurchaseRate } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { buy } from './helpers.js';

// Tests written against the survivors of `npm run mutate events` (see docs/quality.md).
describe('repeatPurchaseRate: mutation survivors', () => {
  it('a customer who bought 300 times in the period is one buyer and one repeat buyer', () => {
    // The per-customer purchase count saturates at 2: a counter that kept counting would wrap
    // around in a byte after 256 purchases and count the customer as a new buyer again.
    // a: 300 purchases in March, b: one. P = 2 (a, b), R = 1 (a): 1 / 2 = 0.5.
    const base = Date.UTC(2026, 2, 1);
    const events = Array.from({ length: 300 }, (_, i) => buy('a', new Date(base + i * 60_000).toISOString()));
    events.push(buy('b', '2026-03-10T00:00:00Z'));
    const r = repeatPurchaseRate(events, { month: '2026-03' });
    expect(r.calculation).toBe('RPR = R / P = 1 / 2 = 0.5');
    expect([r.repeatCustomers, r.purchasingCustomers]).toEqual([1, 2]);
  });

  it('the period is [start, end): a purchase at start counts, one a millisecond before does not', () => {
    // x: 02-28 23:59:59.999 (before March) and 03-10 → one purchase in March.
    // y: 03-01 00:00 (the start) and 03-15 → two. P = 2 (x, y), R = 1 (y): 1 / 2 = 0.5.
    const r = repeatPurchaseRate(
      [buy('x', '2026-02-28T23:59:59.999Z'), buy('x', '2026-03-10T00:00:00Z'), buy('y', '2026-03-01T00:00:00Z'), buy('y', '2026-03-15T00:00:00Z')],
      { month: '2026-03' },
    );
    expect(r.calculation).toBe('RPR = R / P = 1 / 2 = 0.5');
  });

  it('names itself in its messages', () => {
    const issues = issuesOf(() => repeatPurchaseRate([{ customerId: 'a', type: 'purchase', at: '2026-03-01T00:00:00Z' }] as never, { year: '2026' }));
    expect(issues.map((i) => i.path)).toEqual(['events[0].amount']);
    expect(issues[0]?.message).toMatch(/^repeatPurchaseRate: events\[0\]\.amount must be a decimal/);
  });
});
