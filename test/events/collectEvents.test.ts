import { describe, expect, it } from 'vitest';
import { Decimal, collectEvents, collectEventsAsync, customerSummaries, mergeCollectedEvents, snapshotFromEvents } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';
import { buy, st } from './helpers.js';

describe('collectEvents', () => {
  it('stores ids interned, instants as epoch ms and amounts as exact hundredths', () => {
    const c = collectEvents([st('a', 'acquired', '2026-01-01T00:00:00Z'), buy('a', '2026-01-02T00:00:00.5+01:00', '12.5'), buy('b', '2026-01-03T00:00:00Z', '0.125')]);
    expect(c.length).toBe(3);
    expect(c.ids).toEqual(['a', 'b']);
    const ch = c.chunks[0]!;
    expect([...ch.customer]).toEqual([0, 0, 1]);
    expect([...ch.type]).toEqual([0, 3, 3]);
    expect(ch.at[1]).toBe(Date.parse('2026-01-01T23:00:00.500Z'));
    expect(ch.minor[1]).toBe(1250);
    // 0.125 has three places: kept exactly as a decimal string, marked −1 in `minor` (never NaN: results hold no NaN)
    expect(ch.minor[2]).toBe(-1);
    expect(c.decimals).toEqual([[2, '0.125']]);
  });

  it('spans several chunks and merges them back identically', () => {
    const events = Array.from({ length: 70_000 }, (_, i) => buy(`c${i % 50}`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), '1.01'));
    const all = collectEvents(events);
    expect(all.chunks.length).toBe(2);
    const merged = mergeCollectedEvents([collectEvents(events.slice(0, 33_333)), collectEvents(events.slice(33_333))]);
    const opts = { asOf: '2026-03-01T00:00:00Z' };
    expect(customerSummaries(merged, opts)).toEqual(customerSummaries(all, opts));
    expect(customerSummaries(all, opts)[0]?.totalAmount.toString()).toBe(new Decimal('1.01').times(1400).toString());
  });

  it('keeps decimal amounts through a merge', () => {
    const a = collectEvents([buy('x', '2026-01-01T00:00:00Z', '0.001')]);
    const b = collectEvents([buy('x', '2026-01-02T00:00:00Z', '0.002')]);
    expect(customerSummaries(mergeCollectedEvents([a, b]), { asOf: '2026-01-03T00:00:00Z' })[0]?.totalAmount.toString()).toBe('0.003');
  });

  it('collects from an async source with the same result, and reports a bad one', async () => {
    const events = [st('a', 'acquired', '2026-01-01T00:00:00Z'), buy('a', '2026-01-02T00:00:00Z', '3')];
    async function* source() {
      for (const e of events) yield e;
    }
    expect(await collectEventsAsync(source())).toEqual(collectEvents(events));
    expect(await collectEventsAsync(events)).toEqual(collectEvents(events));
    async function* bad() {
      yield { customerId: 'a', type: 'acquired', at: 'then' };
    }
    await expect(collectEventsAsync(bad() as never)).rejects.toMatchObject({ issues: [{ path: 'events[0].at' }] });
    async function* broken() {
      yield events[0]!;
      throw new Error('socket closed');
    }
    await expect(collectEventsAsync(broken())).rejects.toMatchObject({ issues: [{ code: 'unreadable_input', path: 'events' }] });
  });

  it('rejects parts that are not collected events', () => {
    expect(pathsOf(() => mergeCollectedEvents([collectEvents([]), [] as never]))).toEqual(['parts[1]']);
    expect(pathsOf(() => mergeCollectedEvents('x' as never))).toEqual(['parts']);
    expect(snapshotFromEvents(mergeCollectedEvents([]), { year: '2026' }).customersAtStart).toBe(0);
  });

  it('is what a throwing getter becomes an error of', () => {
    const hostile = Object.defineProperty({}, 'customerId', {
      enumerable: true,
      get() {
        throw new TypeError('nope');
      },
    });
    expect(issuesOf(() => collectEvents([hostile as never]))[0]).toMatchObject({ code: 'unreadable_input', path: 'events' });
  });
});
