import { describe, expect, it } from 'vitest';
import { collectEvents, snapshotFromEvents } from '../../src/index.js';
import { buy } from './helpers.js';

// Tests written against the survivors of `npm run mutate events` (see docs/quality.md).
describe('snapshotFromEvents: mutation survivors', () => {
  it('a purchase at the period end is outside it: no anomaly; one a millisecond earlier is one', () => {
    // Neither x nor y was ever acquired. y's purchase (index 1) is inside March: an anomaly;
    // x's (index 0) is at the end, 04-01 00:00, outside the half-open period: not read.
    const events = [buy('x', '2026-04-01T00:00:00Z'), buy('y', '2026-03-31T23:59:59.999Z')];
    for (const input of [events, collectEvents(events)]) {
      const s = snapshotFromEvents(input, { month: '2026-03' });
      expect(s.anomalies).toEqual([
        { customerId: 'y', type: 'purchase', at: '2026-03-31T23:59:59.999Z', problem: 'purchase before the first acquisition', index: 1 },
      ]);
    }
  });
});
