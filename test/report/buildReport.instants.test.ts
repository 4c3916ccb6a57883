import { describe, expect, it } from 'vitest';
import { buildReport, type Report } from '../../src/index.js';
import { metric, table } from '../helpers/report.js';

// buildReport reads each event's `at` as readEvents does (the library's instant parser), not with
// `new Date()`: the forms Date.parse refuses (an hour-only offset, a comma before the fraction)
// are instants like any other, in the purchases, the churn reasons, the status history and the
// default asOf.

/** The counts column of the lifecycle table: potential, new, active, loyal, churned. */
const stages = (r: Report) => table(r, 'lifecycleStages')?.rows.map((x) => x[1]);

describe('buildReport reads event timestamps in every form the library accepts', () => {
  it('an hour-only offset (+08)', () => {
    // '2026-02-10T18:00:00+08' is 10:00Z on 10 Feb. a and b since 1 Jan; a buys 10 on 10 Feb;
    // b leaves on 20 Feb. February: S = 2, C = 1; purchases 10 in 1 by 1 buyer: AOV 10 / 1 = 10,
    // f 1 / 1 = 1, L = S / C = 2 / 1 = 2 → CLV 10 × 1 × 2 = 20; ALV: a's 10 over 1 customer = 10.
    // Lifecycle at asOf (the latest event, 20 Feb): a new (first purchase 9 days 14 h before, < 30
    // days), b churned → potential 0, new 1, active 0, loyal 0, churned 1.
    const r = buildReport(
      {
        events: [
          { customerId: 'a', type: 'acquired', at: '2026-01-01T00:00:00Z' },
          { customerId: 'b', type: 'acquired', at: '2026-01-01T00:00:00Z' },
          { customerId: 'a', type: 'purchase', at: '2026-02-10T18:00:00+08', amount: '10' },
          { customerId: 'b', type: 'churned', at: '2026-02-20T00:00:00Z', reason: 'price' },
        ],
      },
      { month: '2026-02' },
    );
    expect([metric(r, 'customerLifetimeValue')?.value, metric(r, 'averageLifetimeValue')?.value]).toEqual(['20', '10']);
    expect(stages(r)).toEqual(['0', '1', '0', '0', '1']);
  });

  it('a comma before the fraction (10:00:00,5Z), beside a Date', () => {
    // ',5' is half a second: '2026-02-10T10:00:00,5Z' is 10:00:00.500Z, '2026-02-20T00:00:00,5Z'
    // 00:00:00.500Z. a (acquired by a Date) and b since 1 Jan; a buys 10 on 10 Feb; b leaves on
    // 20 Feb for 'price'. asOf defaults to the latest timestamp: b's churn, 2026-02-20T00:00:00.500Z.
    // February: S = 2, C = 1, one purchase of 10 by one buyer → CLV 10 × (1 / 1) × (2 / 1) = 20.
    // Churn reasons: 'price' once, share 1 / 1 = 1. Lifecycle at asOf: a new (first purchase
    // 9 days 14 h before), b churned → 0, 1, 0, 0, 1.
    const r = buildReport(
      {
        events: [
          { customerId: 'a', type: 'acquired', at: new Date(Date.UTC(2026, 0, 1)) },
          { customerId: 'b', type: 'acquired', at: '2026-01-01T00:00:00Z' },
          { customerId: 'a', type: 'purchase', at: '2026-02-10T10:00:00,5Z', amount: '10' },
          { customerId: 'b', type: 'churned', at: '2026-02-20T00:00:00,5Z', reason: 'price' },
        ],
      },
      { month: '2026-02' },
    );
    expect(r.asOf).toBe('2026-02-20T00:00:00.500Z');
    expect(metric(r, 'customerLifetimeValue')?.value).toBe('20');
    expect(r.charts.churnReasons?.bars).toEqual([{ label: 'price', count: 1, share: '1' }]);
    expect(stages(r)).toEqual(['0', '1', '0', '0', '1']);
  });

  it('a churn whose only odd form is its own timestamp is in the churn reasons and the status history', () => {
    // '2026-02-20T08:00:00+08' is 00:00Z on 20 Feb. a and b since 1 Jan; b leaves then, for
    // 'price'; no purchases; asOf given (28 Feb), so only the churn's own reading is tested. Churn
    // reasons of February: 'price' once, share 1 / 1 = 1. Lifecycle at asOf: a has no purchase
    // (potential), b churned → potential 1, new 0, active 0, loyal 0, churned 1.
    const r = buildReport(
      {
        events: [
          { customerId: 'a', type: 'acquired', at: '2026-01-01T00:00:00Z' },
          { customerId: 'b', type: 'acquired', at: '2026-01-01T00:00:00Z' },
          { customerId: 'b', type: 'churned', at: '2026-02-20T08:00:00+08', reason: 'price' },
        ],
      },
      { month: '2026-02' },
      { asOf: '2026-02-28T00:00:00Z' },
    );
    expect(r.charts.churnReasons?.bars).toEqual([{ label: 'price', count: 1, share: '1' }]);
    expect(table(r, 'churnReasons')?.rows.map((x) => x.slice(0, 2))).toEqual([['price', '1']]);
    expect(stages(r)).toEqual(['1', '0', '0', '0', '1']);
  });
});
