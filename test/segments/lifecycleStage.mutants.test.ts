import { describe, expect, it } from 'vitest';
import { MetricInputError, lifecycleStage } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/segments/lifecycleStage.ts.
const asOf = '2026-04-01T00:00:00Z';
// 365 days before asOf is 2025-04-01T00:00Z (no 29 February in between).
const buyer = (customerId: string, purchaseCount: number, firstPurchaseAt: string, lastPurchaseAt: string, extra: object = {}) => ({
  customerId,
  purchaseCount,
  firstPurchaseAt,
  lastPurchaseAt,
  ...extra,
});
const one = (row: object) => lifecycleStage([row as never], { asOf }).customers[0]!;

describe('lifecycleStage (mutation survivors)', () => {
  it('rules given without `loyal` take both loyal defaults', () => {
    expect(lifecycleStage([], { asOf, rules: { churnAfterDays: 60 } }).rules).toEqual({
      newWithinDays: 30,
      loyal: { minPurchases: 3, withinDays: 365 },
      churnAfterDays: 60,
    });
  });

  it('a last purchase date or purchaseDates alone need purchaseCount', () => {
    const rows = [
      { customerId: 'a', lastPurchaseAt: '2026-03-01T00:00:00Z' },
      { customerId: 'b', purchaseDates: ['2026-03-01T00:00:00Z'] },
    ];
    expect(issuesOf(() => lifecycleStage(rows, { asOf })).map((i) => [i.code, i.path])).toEqual([
      ['required', 'customers[0].purchaseCount'],
      ['required', 'customers[1].purchaseCount'],
    ]);
  });

  it('a lead with an empty purchaseDates list, and churned: false without a date, are valid', () => {
    expect(one({ customerId: 'lead', purchaseDates: [] })).toMatchObject({ stage: 'potential', rule: 'noPurchase' });
    // First purchase 12 days before asOf: new.
    expect(one(buyer('a', 1, '2026-03-20T00:00:00Z', '2026-03-20T00:00:00Z', { churned: false })).stage).toBe('new');
  });

  it('explicit churn: at asOf itself, on the day of the last purchase, and a lead lost before buying', () => {
    // churnedAt = asOf ≤ asOf, last purchase before it: churned (else first purchase 22 days ago → new).
    expect(one(buyer('a', 2, '2026-03-10T00:00:00Z', '2026-03-30T00:00:00Z', { churnedAt: asOf }))).toMatchObject({
      stage: 'churned',
      reason: 'churned at 2026-04-01T00:00:00.000Z',
    });
    // Last purchase at the churn instant is not a purchase after it: churned (else 2 purchases in the window → active).
    expect(one(buyer('b', 2, '2025-12-01T00:00:00Z', '2026-02-01T00:00:00Z', { churnedAt: '2026-02-01T00:00:00Z' }))).toMatchObject({
      stage: 'churned',
      rule: 'churnFlag',
    });
    // A lead with no purchase at all and a churn date: churned, not potential.
    expect(one({ customerId: 'c', churnedAt: '2026-01-01T00:00:00Z' })).toEqual({
      customerId: 'c',
      stage: 'churned',
      rule: 'churnFlag',
      reason: 'churned at 2026-01-01T00:00:00.000Z',
    });
  });

  it('one purchase in the loyalty window counted from purchaseDates reads "1 purchase"', () => {
    // 2024-06-01 is before the window start 2025-04-01, 2026-01-10 inside: 1 < 3. Last purchase
    // 2026-01-10 → 21 + 28 + 31 = 80 days < 180: not churned; first purchase long ago: not new.
    const dates = ['2024-06-01T00:00:00Z', '2026-01-10T00:00:00Z'];
    expect(one(buyer('a', 2, dates[0]!, dates[1]!, { purchaseDates: dates })).reason).toBe(
      '1 purchase in the 365 days before asOf (loyal from 3); active within 180 days',
    );
  });

  it('without purchaseDates, the window start is excluded for the first and the last purchase', () => {
    // First purchase exactly at asOf − 365 days is outside the half-open window, the last (31 days ago) inside:
    // how many fall in the window is unknown, so all 3 count.
    expect(one(buyer('a', 3, '2025-04-01T00:00:00Z', '2026-03-01T00:00:00Z'))).toMatchObject({
      stage: 'loyal',
      reason: '3 purchases in total (without purchaseDates the 365-day window cannot be applied) (loyal from 3)',
    });
    // Last purchase exactly at asOf − 365 days: none in the window (activity 12 days ago keeps it from churning).
    expect(one(buyer('b', 9, '2024-01-01T00:00:00Z', '2025-04-01T00:00:00Z', { lastActivityAt: '2026-03-20T00:00:00Z' }))).toMatchObject({
      stage: 'active',
      reason: 'no purchase in the 365 days before asOf (loyal from 3); active within 180 days',
    });
  });

  it('the error names the function', () => {
    try {
      lifecycleStage([{ customerId: 'a', purchaseCount: -1 }], { asOf });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MetricInputError);
      expect((e as MetricInputError).functionName).toBe('lifecycleStage');
    }
  });
});
