import { describe, expect, it } from 'vitest';
import { collectEvents, mergeCollectedEvents, snapshotFromEvents, type CollectedEvents } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Collected events are plain data that can travel between workers and machines, so a damaged or
// hand-made one must be refused with the library's error, never turned into NaN. (Found by the
// fuzz suite: a merged part whose `at` was a string gave NaN instants.)
const good = collectEvents([
  { customerId: 'a', type: 'acquired', at: '2026-01-05T00:00:00Z' },
  { customerId: 'a', type: 'purchase', at: '2026-01-06T00:00:00Z', amount: '12.505' },
  { customerId: 'b', type: 'purchase', at: '2026-01-07T00:00:00Z', amount: '3.10' },
]);
const chunk = good.chunks[0]!;
const forged = (patch: Partial<Record<keyof CollectedEvents, unknown>>) => ({ ...good, ...patch }) as unknown as CollectedEvents;
const withChunk = (patch: Record<string, unknown>) => forged({ chunks: [{ ...chunk, ...patch }] });

describe('collected events are checked before use', () => {
  it('accepts what collectEvents made, including an amount kept as a decimal string', () => {
    expect(snapshotFromEvents(good, { month: '2026-01' }).newCustomers).toBe(1);
    expect(mergeCollectedEvents([good, good]).length).toBe(6);
  });

  it.each([
    ['ids', forged({ ids: [1] }), 'ids must be an array of strings'],
    ['chunks', forged({ chunks: 'x' }), 'chunks must be an array'],
    ['decimals', forged({ decimals: {} }), 'decimals must be an array'],
    ['a decimal entry', forged({ decimals: [[1, '12,505']] }), 'decimals[0] must be [position, decimal string]'],
    ['a chunk', forged({ chunks: [{ at: [1] }] }), 'chunks[0] must hold the typed arrays at, customer, type and minor'],
    ['lengths', withChunk({ type: new Uint8Array(2) }), 'chunks[0] has arrays of inconsistent lengths'],
    ['an instant', withChunk({ at: Float64Array.from([NaN, 0, 0]) }), 'chunks[0].at[0] is not a valid instant'],
    ['fractional instant', withChunk({ at: Float64Array.from([0, -0.5, 0]) }), 'chunks[0].at[1] is not a valid instant'],
    ['a customer', withChunk({ customer: Int32Array.from([0, 0, 7]) }), 'chunks[0].customer[2] is not an index into ids'],
    ['a type', withChunk({ type: Uint8Array.from([0, 3, 9]) }), 'chunks[0].type[2] is not an event type'],
    ['an amount', withChunk({ minor: Float64Array.from([0, -1, -5]) }), 'chunks[0].minor[2] is not an amount'],
    ['the length', forged({ length: 4 }), 'length (4) does not match the events held (3)'],
  ])('refuses a damaged %s', (_what, value, problem) => {
    const issues = issuesOf(() => snapshotFromEvents(value, { month: '2026-01' }));
    expect(issues).toEqual([
      { code: 'invalid_collected_events', path: 'events', message: `snapshotFromEvents: events is marked as collected events but ${problem}` },
    ]);
    expect(issuesOf(() => mergeCollectedEvents([good, value]))[0]?.path).toBe('parts[1]');
  });

  it('turns an input that throws while being looked at into its own error', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(issuesOf(() => collectEvents(trap as never))[0]).toMatchObject({ code: 'unreadable_input', path: 'events' });
    expect(issuesOf(() => mergeCollectedEvents(new Proxy([good], { get: () => { throw new Error('trap'); } }) as never))[0]?.code).toBe(
      'unreadable_input',
    );
  });
});

describe('collected events with a forged pos field', () => {
  it('are refused, so anomaly positions can never be NaN or strings', () => {
    const c = collectEvents([
      { customerId: 'a', type: 'churned', at: '2026-01-02T00:00:00Z' },
      { customerId: 'a', type: 'purchase', at: '2026-01-03T00:00:00Z', amount: '1' },
    ]);
    const forged = { ...c, chunks: [{ ...c.chunks[0]!, pos: 'xy' }] } as unknown as CollectedEvents;
    expect(issuesOf(() => snapshotFromEvents(forged, { month: '2026-01' }))).toEqual([
      {
        code: 'invalid_collected_events',
        path: 'events',
        message: 'snapshotFromEvents: events is marked as collected events but chunks[0] has a pos field, which collected events never carry',
      },
    ]);
  });
});
