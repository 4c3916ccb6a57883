import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cohortRetention,
  collectEvents,
  customerSummaries,
  MetricInputError,
  repeatPurchaseRate,
  snapshotFromEvents,
  startCohortRetentionRate,
  type CustomerEvent,
} from '../../src/index.js';
import { readStatusEvents } from '../../src/core/events.js';
import { canonical, general, instantArb, logArb, ZONES } from './arbitraries.js';

// Events that are not collected stream through each function, which keeps only what its question
// needs (status events and possible anomalies; per-customer summary state). Collected events go
// through the log. The two must give the same answer, anomalies and their input positions
// included, whatever the order and form of the events.

const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
function* once(events: CustomerEvent[]): Generator<CustomerEvent> {
  yield* events;
}
const periodArb = fc.oneof(
  fc.record({ month: fc.constantFrom('2025-01', '2025-06', '2026-02', '2026-12'), timeZone: fc.constantFrom(...ZONES) }),
  fc.tuple(instantArb, instantArb).map(([a, b]) => ({ start: new Date(Math.min(a, b)), end: new Date(Math.max(a, b) + 3_600_000) })),
);

describe('streamed events equal collected events', () => {
  it('snapshot (anomalies included), start-cohort retention, repeat purchases and cohorts', () => {
    fc.assert(
      fc.property(logArb, periodArb, fc.boolean(), fc.constantFrom('month' as const, 'quarter' as const), (log, period, useGeneral, granularity) => {
        const events = log.map((e, i) => (useGeneral ? general(e, i) : canonical(e)));
        const collected = collectEvents(events);
        expect(plain(snapshotFromEvents(once(events), period))).toEqual(plain(snapshotFromEvents(collected, period)));
        expect(plain(startCohortRetentionRate(once(events), period))).toEqual(plain(startCohortRetentionRate(collected, period)));
        expect(plain(repeatPurchaseRate(once(events), period))).toEqual(plain(repeatPurchaseRate(collected, period)));
        expect(plain(cohortRetention(once(events), { granularity }))).toEqual(plain(cohortRetention(collected, { granularity })));
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('dense logs (two customers, ten hours): the same snapshot, anomalies included', () => {
    const base = Date.UTC(2026, 0, 1);
    const dense = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b'),
        type: fc.constantFrom('acquired' as const, 'churned' as const, 'reactivated' as const, 'purchase' as const),
        at: fc.integer({ min: 0, max: 10 }).map((h) => base + h * 3_600_000),
        cents: fc.constant(100),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(dense, fc.integer({ min: 0, max: 12 }), (log, h) => {
        const events = log.map(canonical);
        const period = { start: new Date(base), end: new Date(base + h * 3_600_000 + 1) };
        expect(plain(snapshotFromEvents(once(events), period))).toEqual(plain(snapshotFromEvents(collectEvents(events), period)));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('strict mode lists the same anomalies at the same input positions', () => {
    fc.assert(
      fc.property(logArb, periodArb, (log, period) => {
        const events = log.map(canonical);
        const issues = (input: Parameters<typeof snapshotFromEvents>[0]): unknown => {
          try {
            snapshotFromEvents(input, period, { strict: true });
            return 'no anomalies';
          } catch (err) {
            expect(err).toBeInstanceOf(MetricInputError);
            return (err as MetricInputError).issues;
          }
        };
        expect(issues(once(events))).toEqual(issues(collectEvents(events)));
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('customer summaries, any order and form', () => {
    fc.assert(
      fc.property(
        logArb,
        fc.record({ asOf: instantArb, timeUnit: fc.constantFrom('day' as const, 'week' as const, 'month' as const), timeZone: fc.constantFrom(...ZONES) }),
        fc.boolean(),
        (log, o, reversed) => {
          const events = (reversed ? [...log].reverse() : log).map((e, i) => (i % 3 === 0 ? general(e, i) : canonical(e)));
          const opts = { ...o, asOf: new Date(o.asOf) };
          expect(plain(customerSummaries(once(events), opts))).toEqual(plain(customerSummaries(collectEvents(events), opts)));
        },
      ),
      { numRuns: 80 },
    );
  }, 30_000);
});

describe('what a status question keeps of a stream', () => {
  it('drops purchases at or after an acquisition already read; keeps status events and earlier purchases', () => {
    const events: CustomerEvent[] = [
      { customerId: 'a', type: 'purchase', at: '2026-01-01T00:00:00Z', amount: '5' }, // before any acquisition of a: kept (may be an anomaly)
      { customerId: 'a', type: 'acquired', at: '2026-01-02T00:00:00Z' },
      { customerId: 'a', type: 'purchase', at: '2026-01-02T00:00:00Z', amount: '5' }, // same instant, later position: dropped
      { customerId: 'a', type: 'purchase', at: '2026-01-09T00:00:00Z', amount: '5' }, // after: dropped
      { customerId: 'b', type: 'purchase', at: '2026-03-01T00:00:00Z', amount: '5' }, // b never acquired: kept
      { customerId: 'a', type: 'churned', at: '2026-02-01T00:00:00Z' },
    ];
    const { log, maxAt } = readStatusEvents('test', once(events));
    // kept: positions 0, 1, 4, 5 → 4 events; the latest instant read is b's purchase (2026-03-01)
    expect(log.length).toBe(4);
    expect(maxAt).toBe(Date.parse('2026-03-01T00:00:00Z'));
    const anomalies = snapshotFromEvents(once(events), { quarter: '2026-Q1' }).anomalies.map((a) => [a.customerId, a.index]);
    // a's first purchase precedes its acquisition (index 0); b's purchase has no acquisition (index 4)
    expect(anomalies).toEqual([
      ['a', 0],
      ['b', 4],
    ]);
  });

  it('a purchase read after an acquisition but a millisecond before it is an anomaly', () => {
    const events: CustomerEvent[] = [
      { customerId: 'a', type: 'acquired', at: '2026-01-02T00:00:00.001Z' },
      { customerId: 'a', type: 'purchase', at: '2026-01-02T00:00:00.000Z', amount: '5' },
    ];
    expect(snapshotFromEvents(once(events), { month: '2026-01' }).anomalies.map((a) => a.index)).toEqual([1]);
  });

  it('an acquisition read after a purchase it precedes makes that purchase no anomaly', () => {
    const events: CustomerEvent[] = [
      { customerId: 'a', type: 'purchase', at: '2026-01-05T00:00:00Z', amount: '5' },
      { customerId: 'a', type: 'acquired', at: '2026-01-02T00:00:00Z' },
    ];
    expect(snapshotFromEvents(once(events), { month: '2026-01' }).anomalies).toEqual([]);
    // S 0, E 1, N 1 (acquired in January)
    expect(snapshotFromEvents(once(events), { month: '2026-01' }).newCustomers).toBe(1);
  });
});

describe('streamed summaries recount periods that arrive out of order', () => {
  // Purchases of one customer, out of time order, centuries apart and before 1970, so the
  // period steps the stream records are large and negative.
  const events: CustomerEvent[] = [
    { customerId: 'x', type: 'purchase', at: '1969-12-31T12:00:00Z', amount: '10' },
    { customerId: 'x', type: 'purchase', at: '2100-01-01T00:00:00Z', amount: '20' },
    { customerId: 'x', type: 'purchase', at: '1969-12-31T18:00:00Z', amount: '30' },
    { customerId: 'x', type: 'purchase', at: '1800-06-01T00:00:00Z', amount: '40' },
  ];
  it.each(['day', 'week', 'month'] as const)('by %s: three periods, so frequency 2', (timeUnit) => {
    const [row] = customerSummaries(once(events), { asOf: '2100-12-31T00:00:00Z', timeUnit });
    // periods with a purchase: 1800-06-01's, 1969-12-31's (twice), 2100-01-01's → 3 (the two
    // 1969-12-31 purchases share a day, an ISO week and a month) → frequency 3 − 1 = 2
    expect(row?.frequency).toBe(2);
    expect(row?.purchaseCount).toBe(4);
    // first period 1800-06: 40; total 10 + 20 + 30 + 40 = 100; monetary (100 − 40) / 2 = 30
    expect(row?.monetaryValue.toString()).toBe('30');
    // mean amount 100 / 4 = 25
    expect(row?.averageAmount.toString()).toBe('25');
    expect(plain(row)).toEqual(plain(customerSummaries(collectEvents(events), { asOf: '2100-12-31T00:00:00Z', timeUnit })[0]));
  });
});

describe('streamed summaries: long period lists of interleaved customers', () => {
  it('thirty days in a scrambled order, for two customers read alternately', () => {
    // Customer y buys on day (7i mod 30) of January–February 2026 for i = 0 … 29: every one of the
    // 30 days once, in a scrambled order; z buys on the same days in reverse order. Each list
    // runs to 30 steps (more than one storage block), and both are out of order.
    const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d, 12)).toISOString();
    const events: CustomerEvent[] = [];
    for (let i = 0; i < 30; i++) {
      events.push({ customerId: 'y', type: 'purchase', at: day((7 * i) % 30), amount: '1' });
      events.push({ customerId: 'z', type: 'purchase', at: day((7 * (29 - i)) % 30), amount: '2' });
    }
    const rows = customerSummaries(once(events), { asOf: '2026-03-01T00:00:00Z' });
    // 30 distinct days → frequency 29; recency: day 29 − day 0 = 29
    expect(rows.map((r) => [r.customerId, r.frequency, r.recency, r.purchaseCount])).toEqual([
      ['y', 29, 29, 30],
      ['z', 29, 29, 30],
    ]);
    // y: total 30 × 1 = 30, first day's 1 → (30 − 1) / 29 = 1; z: (60 − 2) / 29 = 2
    expect(rows.map((r) => r.monetaryValue.toString())).toEqual(['1', '2']);
  });
});

describe('streamed events: bad input is reported as from an array', () => {
  const bad: unknown[] = [
    { customerId: 'a', type: 'acquired', at: '2026-01-01T00:00:00Z' },
    { customerId: 'a', type: 'purchase', at: '2026-01-02T00:00:00Z', amount: '-5' },
    { customerId: 7, type: 'churned', at: '2026-01-03' },
  ];
  function* gen(): Generator<CustomerEvent> {
    yield* bad as CustomerEvent[];
  }
  const calls: [string, (events: Iterable<CustomerEvent>) => unknown][] = [
    ['snapshotFromEvents', (e) => snapshotFromEvents(e, { month: '2026-01' })],
    ['startCohortRetentionRate', (e) => startCohortRetentionRate(e, { month: '2026-01' })],
    ['cohortRetention', (e) => cohortRetention(e, { granularity: 'month' })],
    ['customerSummaries', (e) => customerSummaries(e, { asOf: '2026-02-01T00:00:00Z' })],
  ];
  const pathsOf = (f: () => unknown): string[] => {
    try {
      f();
    } catch (err) {
      expect(err).toBeInstanceOf(MetricInputError);
      return (err as MetricInputError).issues.map((i) => i.path);
    }
    throw new Error('no error');
  };
  it.each(calls)('%s: the same issue paths from a generator as from an array', (_, call) => {
    const fromGenerator = pathsOf(() => call(gen()));
    // events[1].amount is negative; events[2] has a number id and an instant without an offset
    expect(fromGenerator).toEqual(expect.arrayContaining(['events[1].amount', 'events[2].customerId', 'events[2].at']));
    expect(fromGenerator).toEqual(pathsOf(() => call(bad as CustomerEvent[])));
  });
  it.each(calls)('%s: an iterator that throws is unreadable input', (_, call) => {
    function* broken(): Generator<CustomerEvent> {
      yield bad[0] as CustomerEvent;
      throw new Error('disk gone');
    }
    try {
      call(broken());
      expect.unreachable();
    } catch (err) {
      expect((err as MetricInputError).issues).toEqual([
        expect.objectContaining({ code: 'unreadable_input', path: 'events', message: expect.stringContaining('after 1 events (disk gone)') }),
      ]);
    }
  });
});

