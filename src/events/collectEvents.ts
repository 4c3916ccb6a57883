import { CHUNK, CustomerEventsSchema, DECIMAL_AMOUNT, EventReader, PURCHASE, isCollected, readEvents, type CollectedEvents, type CustomerEvent, type CustomerEvents } from '../core/events.js';
import { MetricInputError, type MetricInputIssue } from '../core/errors.js';
import { describeValue } from '../core/schemas.js';

/**
 * Input of {@link collectEvents}: the events (an array here; the function also takes any
 * iterable).
 * @category Events
 */
export const CollectEventsInputSchema = CustomerEventsSchema;

/** @category Events */
export type CollectEventsInput = CustomerEvents;

/** @category Events */
export type CollectEventsResult = CollectedEvents;

/**
 * Collect events (事件预处理): read, validate and store a stream of events once, compactly, so
 * that several questions can be asked of it (this period's and the previous period's snapshot,
 * cohorts, summaries) without reading the source again, and so that parts of a large log can be
 * read in parallel (worker threads, other machines) and combined with
 * {@link mergeCollectedEvents}.
 *
 * Customer ids are interned to integers, instants kept as epoch milliseconds, and amounts as
 * exact integer hundredths (amounts with more decimals, or beyond 2^53 hundredths, are kept as
 * decimal strings). The result is plain data (typed arrays), which `postMessage` can transfer.
 * Every event function accepts it in place of the events, with identical results.
 *
 * @formula none: a storage step.
 * @source the library's own design (issue "From raw events to metrics … at a million events").
 * @param events - An array or any iterable of events (a generator reading a file line by line).
 * @returns The {@link CollectedEvents}.
 * @throws {@link MetricInputError} naming every bad event field (`events[3].at`), at most 100.
 * @example
 * const log = collectEvents([
 *   { customerId: 'a', type: 'acquired', at: '2026-01-05T00:00:00Z' },
 *   { customerId: 'a', type: 'purchase', at: '2026-01-06T00:00:00Z', amount: '12.50' },
 * ]);
 * log.length; // => 2
 * snapshotFromEvents(log, { month: '2026-01' }).newCustomers; // => 1
 * @see {@link mergeCollectedEvents}, {@link collectEventsAsync}
 * @category Events
 */
export function collectEvents(events: CollectEventsInput): CollectEventsResult {
  return readEvents('collectEvents', events);
}

/**
 * Collect events from an async source (a Node stream's lines, a `fetch` body) — the async
 * form of {@link collectEvents}, with the same validation and result.
 *
 * @formula none: a storage step.
 * @source the library's own design.
 * @param events - An async iterable (or an iterable) of events.
 * @returns A promise of the {@link CollectedEvents}.
 * @throws {@link MetricInputError} (as a rejection) naming every bad event field.
 * @example
 * // (see docs/events.md, "Streaming a file", for a Node example)
 * typeof collectEventsAsync; // => 'function'
 * @see {@link collectEvents}
 * @category Events
 */
export async function collectEventsAsync(events: AsyncIterable<CustomerEvent> | Iterable<CustomerEvent>): Promise<CollectEventsResult> {
  const fn = 'collectEventsAsync';
  const isAsync = typeof events === 'object' && events !== null && typeof (events as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  if (!isAsync) return readEvents(fn, events);
  const r = new EventReader(fn);
  try {
    for await (const e of events as AsyncIterable<unknown>) {
      r.add(e);
      if (r.full) break;
    }
  } catch (cause) {
    r.unreadable(cause);
  }
  return r.finish();
}

/**
 * Merge collected events (合并事件分片): combine parts collected separately (in worker threads,
 * on other machines, from several files) into one, as if the parts' events had been read one
 * after the other in the given order.
 *
 * Order of the parts matters only for events of one customer at the same instant, which the
 * counting rules take in input order. Every result computed from the merge equals the result of
 * one pass over the concatenated events (a property test).
 *
 * @formula none: concatenation, with customer ids re-interned.
 * @source the library's own design.
 * @param parts - {@link CollectedEvents} values, in input order.
 * @returns The merged {@link CollectedEvents}.
 * @throws {@link MetricInputError} when a part is not collected events (path `parts[i]`).
 * @example
 * const a = collectEvents([{ customerId: 'x', type: 'acquired', at: '2026-01-05T00:00:00Z' }]);
 * const b = collectEvents([{ customerId: 'x', type: 'churned', at: '2026-02-05T00:00:00Z' }]);
 * const all = mergeCollectedEvents([a, b]);
 * all.length; // => 2
 * snapshotFromEvents(all, { quarter: '2026-Q1' }).churnedCustomers; // => 1
 * @see {@link collectEvents}
 * @category Events
 */
export function mergeCollectedEvents(parts: readonly CollectedEvents[]): CollectedEvents {
  const fn = 'mergeCollectedEvents';
  let checked: CollectedEvents[];
  try {
    if (!Array.isArray(parts)) {
      throw new MetricInputError(fn, [{ code: 'invalid_type', path: 'parts', message: `${fn}: parts must be an array, got ${describeValue(parts)}` }]);
    }
    // An index loop, not flatMap/map: those skip the holes of a sparse array.
    const bad: MetricInputIssue[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (!isCollected(parts[i])) {
        bad.push({ code: 'invalid_type', path: `parts[${i}]`, message: `${fn}: parts[${i}] must be collected events (from collectEvents), got ${describeValue(parts[i])}` });
      }
    }
    if (bad.length > 0) throw new MetricInputError(fn, bad);
    // Each part's structure is checked as every event function checks collected events.
    checked = [];
    for (let i = 0; i < parts.length; i++) checked.push(readEvents(fn, parts[i], `parts[${i}]`));
  } catch (cause) {
    if (cause instanceof MetricInputError) throw cause;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new MetricInputError(fn, [{ code: 'unreadable_input', path: 'parts', message: `${fn}: parts could not be read (${why})` }]);
  }
  const r = new EventReader(fn);
  const b = r.builder;
  for (const part of checked) {
    const map = Int32Array.from(part.ids.map((id: string) => b.intern(id)));
    const dec = new Map<number, string>(part.decimals);
    for (let ci = 0; ci < part.chunks.length; ci++) {
      const ch = part.chunks[ci]!;
      for (let j = 0; j < ch.at.length; j++) {
        const m = ch.minor[j]!;
        if (ch.type[j] === PURCHASE && m === DECIMAL_AMOUNT) b.pushDecimal(map[ch.customer[j]!]!, ch.at[j]!, dec.get(ci * CHUNK + j)!);
        else b.push(map[ch.customer[j]!]!, ch.type[j]!, ch.at[j]!, m);
      }
    }
  }
  return r.finish();
}
