import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotFromEvents, startCohortRetentionRate } from '../../src/index.js';
import { pathsOf } from '../helpers/errors.js';
import { canonical, logArb } from './arbitraries.js';
import { st } from './helpers.js';

const Q1 = { quarter: '2026-Q1' } as const;

describe('startCohortRetentionRate', () => {
  it('hand-worked: 3 at start, one lost, one leaves and returns, new customers play no part', () => {
    // a stays, b churns in February, c churns and is reactivated; d and e are new (e also lost).
    // S = 3, K = 2 (a, c): SCRR = 2 / 3. CRR would read (E − N) / S with E = 3, N = 2: (3 − 2) / 3 = 1/3.
    const events = [
      st('a', 'acquired', '2025-06-01T00:00:00Z'),
      st('b', 'acquired', '2025-06-01T00:00:00Z'),
      st('c', 'acquired', '2025-06-01T00:00:00Z'),
      st('b', 'churned', '2026-02-01T00:00:00Z'),
      st('c', 'churned', '2026-02-01T00:00:00Z'),
      st('c', 'reactivated', '2026-03-01T00:00:00Z'),
      st('d', 'acquired', '2026-01-10T00:00:00Z'),
      st('e', 'acquired', '2026-01-10T00:00:00Z'),
      st('e', 'churned', '2026-01-20T00:00:00Z'),
    ];
    const r = startCohortRetentionRate(events, Q1);
    expect(r.calculation).toBe('SCRR = K / S = 2 / 3 = 0.6666666666666666666666666666666666666667');
    expect([r.customersAtStart, r.retainedCustomers, r.periodLabel]).toEqual([3, 2, '2026-Q1']);
    const s = snapshotFromEvents(events, Q1);
    expect([s.customersAtStart, s.customersAtEnd, s.newCustomers, s.churnedCustomers]).toEqual([3, 3, 2, 2]);
  });

  it('S = 0 is undefined with a reason', () => {
    const r = startCohortRetentionRate([st('a', 'acquired', '2026-01-10T00:00:00Z')], Q1);
    expect(r.value).toBeNull();
    expect(r.reason).toBe('no customers active at period start (S = 0)');
  });

  it('rejects bad periods and events', () => {
    expect(pathsOf(() => startCohortRetentionRate([], { year: '26' }))).toEqual(['period.year']);
    expect(pathsOf(() => startCohortRetentionRate([{ customerId: 'a' }] as never, Q1))).toEqual(['events[0].type']);
  });

  it('property: within 0…1, and K ≤ min(S, E)', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const events = log.map(canonical);
        const r = startCohortRetentionRate(events, { month: '2025-06' });
        const s = snapshotFromEvents(events, { month: '2025-06' });
        expect(r.customersAtStart).toBe(s.customersAtStart);
        expect(r.retainedCustomers).toBeLessThanOrEqual(Math.min(s.customersAtStart, s.customersAtEnd));
        if (r.value) expect(r.value.gte(0) && r.value.lte(1)).toBe(true);
      }),
    );
  });
});
