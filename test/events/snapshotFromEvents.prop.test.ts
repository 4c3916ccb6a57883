import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectEvents, mergeCollectedEvents, snapshotFromEvents, startCohortRetentionRate } from '../../src/index.js';
import { canonical, general, instantArb, logArb, ZONES } from './arbitraries.js';
import { referenceSnapshot } from './reference.js';

const periodArb = fc.oneof(
  fc.tuple(instantArb, instantArb).filter(([a, b]) => a !== b).map(([a, b]) => ({ start: new Date(Math.min(a, b)).toISOString(), end: new Date(Math.max(a, b)).toISOString() })),
  fc.record({ month: fc.constantFrom('2025-03', '2025-10', '2026-01', '2026-06'), timeZone: fc.constantFrom(...ZONES) }),
  fc.record({ quarter: fc.constantFrom('2025-Q2', '2026-Q1'), timeZone: fc.constantFrom(...ZONES) }),
);

const counts = (s: ReturnType<typeof snapshotFromEvents>) => ({
  S: s.customersAtStart,
  E: s.customersAtEnd,
  N: s.newCustomers,
  C: s.churnedCustomers,
  R: s.reactivatedCustomers,
  anomalies: s.anomalies.length,
});

describe('snapshotFromEvents properties', () => {
  it('agrees with a naive reference of the counting rules, and E = S + N − C', () => {
    fc.assert(
      fc.property(logArb, periodArb, (log, period) => {
        const s = snapshotFromEvents(log.map(canonical), period);
        const ref = referenceSnapshot(log, Date.parse(s.periodStart), Date.parse(s.periodEnd));
        expect(counts(s)).toEqual(ref);
        expect(s.customersAtEnd).toBe(s.customersAtStart + s.newCustomers - s.churnedCustomers);
        expect(s.reactivatedCustomers).toBeLessThanOrEqual(s.newCustomers);
      }),
      { numRuns: 300 },
    );
  });

  it('input order does not matter (when no customer has two events at one instant)', () => {
    const unique = logArb.map((log) => log.map((e, i) => ({ ...e, at: e.at + i })));
    fc.assert(
      fc.property(unique, periodArb, fc.integer(), (log, period, seed) => {
        const shuffled = log.map((e, i) => ({ e, k: Math.sin(seed + i) })).sort((x, y) => x.k - y.k).map((x) => x.e);
        const a = snapshotFromEvents(log.map(canonical), period);
        const b = snapshotFromEvents(shuffled.map(canonical), period);
        expect(counts(b)).toEqual(counts(a));
        expect(startCohortRetentionRate(shuffled.map(canonical), period).value).toEqual(startCohortRetentionRate(log.map(canonical), period).value);
      }),
    );
  });

  it('the general path (other offsets, Dates, number and Decimal amounts) gives identical results', () => {
    fc.assert(
      fc.property(logArb, periodArb, (log, period) => {
        const a = snapshotFromEvents(log.map(canonical), period);
        const b = snapshotFromEvents(log.map(general), period);
        expect(b).toEqual(a);
      }),
    );
  });

  it('split and merge equals one pass', () => {
    fc.assert(
      fc.property(logArb, periodArb, fc.array(fc.nat(), { maxLength: 4 }), (log, period, cuts) => {
        const events = log.map(canonical);
        const points = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...points, events.length];
        const parts = bounds.slice(1).map((end, i) => collectEvents(events.slice(bounds[i], end)));
        expect(snapshotFromEvents(mergeCollectedEvents(parts), period)).toEqual(snapshotFromEvents(events, period));
      }),
    );
  });
});
