import { describe, expect, it } from 'vitest';
import {
  MetricInputError,
  collectEvents,
  collectEventsAsync,
  customerSummaries,
  mergeCollectedEvents,
  snapshotFromEvents,
  type CollectedEvents,
} from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { buy, st } from './helpers.js';

// Tests written against the survivors of `npm run mutate events` (see docs/quality.md).
const rejection = async (p: Promise<unknown>): Promise<readonly unknown[]> => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MetricInputError);
  return (err as MetricInputError).issues;
};

describe('collectEvents: mutation survivors', () => {
  it('names itself in its messages', () => {
    expect(issuesOf(() => collectEvents(42 as never))).toEqual([
      { code: 'invalid_type', path: 'events', message: 'collectEvents: events must be an array or an iterable of events, got 42' },
    ]);
  });
});

describe('collectEventsAsync: mutation survivors', () => {
  it('refuses null with the library error (a rejection), not a TypeError', async () => {
    expect(await rejection(collectEventsAsync(null as never))).toEqual([
      { code: 'invalid_type', path: 'events', message: 'collectEventsAsync: events must be an array or an iterable of events, got null' },
    ]);
  });

  it('refuses an object that is not iterable, and a function even if it carries an async iterator', async () => {
    expect(await rejection(collectEventsAsync({} as never))).toEqual([
      { code: 'invalid_type', path: 'events', message: 'collectEventsAsync: events must be an array or an iterable of events, got an object' },
    ]);
    // Event sources are objects, as for collectEvents (whose iterables must be objects too).
    const callable = Object.assign(() => 0, {
      async *[Symbol.asyncIterator]() {
        yield st('a', 'acquired', '2026-01-05T00:00:00Z');
      },
    });
    expect(await rejection(collectEventsAsync(callable as never))).toEqual([
      { code: 'invalid_type', path: 'events', message: 'collectEventsAsync: events must be an array or an iterable of events, got a function' },
    ]);
  });

  it('takes collected events as they are', async () => {
    const log = collectEvents([st('a', 'acquired', '2026-01-05T00:00:00Z')]);
    expect(await collectEventsAsync(log as never)).toBe(log);
  });

  it('stops reading an async source after 100 problems: what comes later is never pulled', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield { customerId: 'a', type: 'acquired', at: 'soon' };
      }
      pulled++;
      throw new Error('should not be reached');
    }
    const issues = (await rejection(collectEventsAsync(source() as never))) as { path: string }[];
    // 100 bad `at` fields, then the note that reading stopped
    expect(issues).toHaveLength(101);
    expect(issues[99]?.path).toBe('events[99].at');
    expect(issues[100]).toEqual({
      code: 'too_many_issues',
      path: 'events',
      message: 'collectEventsAsync: events has more problems than the first 100 listed; reading stopped there',
    });
    expect(pulled).toBe(100);
  });
});

describe('mergeCollectedEvents: mutation survivors', () => {
  it('names every problem with its code, path and message', () => {
    expect(issuesOf(() => mergeCollectedEvents('x' as never))).toEqual([
      { code: 'invalid_type', path: 'parts', message: 'mergeCollectedEvents: parts must be an array, got "x"' },
    ]);
    expect(issuesOf(() => mergeCollectedEvents([collectEvents([]), [] as never]))).toEqual([
      { code: 'invalid_type', path: 'parts[1]', message: 'mergeCollectedEvents: parts[1] must be collected events (from collectEvents), got an array' },
    ]);
    const trap = new Proxy([collectEvents([])], {
      get: () => {
        throw new Error('trap');
      },
    });
    expect(issuesOf(() => mergeCollectedEvents(trap))).toEqual([
      { code: 'unreadable_input', path: 'parts', message: 'mergeCollectedEvents: parts could not be read (trap)' },
    ]);
  });

  it('keeps a status event a status event whatever its amount field holds', () => {
    // A status event's `minor` carries no meaning (only purchases' amounts are checked), so a log
    // sent from elsewhere may hold −1 there: the merge must not read it as a decimal amount.
    const log = collectEvents([st('a', 'acquired', '2026-01-05T00:00:00Z')]);
    const odd = { ...log, chunks: [{ ...log.chunks[0]!, minor: Float64Array.from([-1]) }] } as CollectedEvents;
    const s = snapshotFromEvents(mergeCollectedEvents([odd]), { month: '2026-01' });
    // a is new in January; nothing makes no sense
    expect([s.newCustomers, s.customersAtEnd, s.anomalies.length]).toEqual([1, 1, 0]);
  });

  it('keeps an amount outside the hundredths fast path in a second chunk (past 65,536 events)', () => {
    // 65,536 purchases of 1 by a fill the first chunk; b's 0.001 is event 65,536, in the second.
    const base = Date.UTC(2026, 0, 1);
    const events = Array.from({ length: 65_536 }, (_, i) => buy('a', new Date(base + i * 1_000).toISOString(), '1'));
    events.push(buy('b', '2026-01-02T00:00:00Z', '0.001'));
    const part = collectEvents(events);
    expect(part.chunks).toHaveLength(2);
    const rows = customerSummaries(mergeCollectedEvents([part]), { asOf: '2026-01-03T00:00:00Z' });
    // a: 65,536 × 1 = 65536; b: 0.001
    expect(rows.map((r) => [r.customerId, r.totalAmount.toString()])).toEqual([
      ['a', '65536'],
      ['b', '0.001'],
    ]);
  });
});
