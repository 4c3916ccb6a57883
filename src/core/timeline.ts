import { CHUNK, CHUNK_BITS, PURCHASE, TYPE_NAMES, positionOf, type CollectedEvents } from './events.js';
import { MetricInputError } from './errors.js';
import { iso } from './instant.js';

/**
 * An event that made no sense under the counting rules and so changed nothing: `acquired` or
 * `reactivated` while active, `churned` while not active, `reactivated` for a customer never
 * acquired, a purchase before the customer's first acquisition. `index` is the event's position
 * in the input.
 *
 * @category Events
 */
export interface EventAnomaly {
  readonly customerId: string;
  readonly type: 'acquired' | 'churned' | 'reactivated' | 'purchase';
  readonly at: string;
  readonly problem: string;
  readonly index: number;
}

/** Status bits: 1 = active, 2 = acquired at least once. */
export const ACTIVE = 1;
const EVER = 2;

/** Problem phrases of the anomaly codes returned by {@link step}. */
export const PROBLEMS: Record<number, string> = {
  [-1]: 'acquired while already active',
  [-2]: 'reactivated but never acquired',
  [-3]: 'reactivated while already active',
  [-4]: 'churned while not active',
  [-5]: 'purchase before the first acquisition',
};

/** Apply one status event to a state; a negative result is an anomaly code (state unchanged). */
export function step(state: number, type: number): number {
  if (type === 0) return state & ACTIVE ? -1 : ACTIVE | EVER;
  if (type === 2) return (state & EVER) === 0 ? -2 : state & ACTIVE ? -3 : state | ACTIVE;
  return state & ACTIVE ? state & ~ACTIVE : -4;
}

/**
 * The status events (`acquired`, `churned`, `reactivated`) before `until`, grouped by customer
 * and sorted by time, same-instant events in input order: customer k's events are
 * `offsets[k] … offsets[k + 1] − 1`.
 */
export interface Timelines {
  readonly offsets: Int32Array;
  readonly pos: Float64Array;
  readonly at: Float64Array;
  readonly type: Uint8Array;
}

export function buildTimelines(c: CollectedEvents, until = Infinity): Timelines {
  const n = c.ids.length;
  const offsets = new Int32Array(n + 1);
  for (const ch of c.chunks) {
    const len = ch.at.length;
    for (let j = 0; j < len; j++) if (ch.type[j]! !== PURCHASE && ch.at[j]! < until) offsets[ch.customer[j]! + 1]!++;
  }
  for (let k = 0; k < n; k++) offsets[k + 1]! += offsets[k]!;
  const total = offsets[n]!;
  const pos = new Float64Array(total);
  const at = new Float64Array(total);
  const type = new Uint8Array(total);
  const fill = offsets.slice(0, n);
  let unsorted: Set<number> | undefined;
  for (let ci = 0; ci < c.chunks.length; ci++) {
    const ch = c.chunks[ci]!;
    const len = ch.at.length;
    for (let j = 0; j < len; j++) {
      const t = ch.type[j]!;
      const a = ch.at[j]!;
      if (t === PURCHASE || !(a < until)) continue;
      const k = ch.customer[j]!;
      const p = fill[k]!++;
      if (p > offsets[k]! && at[p - 1]! > a) (unsorted ??= new Set()).add(k);
      pos[p] = positionOf(ch, ci, j);
      at[p] = a;
      type[p] = t;
    }
  }
  if (unsorted) {
    for (const k of unsorted) {
      const lo = offsets[k]!;
      const hi = offsets[k + 1]!;
      const idx = Array.from({ length: hi - lo }, (_, i) => lo + i);
      idx.sort(byTimeThenPosition(at, pos));
      const p2 = idx.map((i) => pos[i]!);
      const a2 = idx.map((i) => at[i]!);
      const t2 = idx.map((i) => type[i]!);
      pos.set(p2, lo);
      at.set(a2, lo);
      type.set(t2, lo);
    }
  }
  return { offsets, pos, at, type };
}

/**
 * The order of a customer's status events: by time, then by input position. A consistent
 * comparator (its sign flips when its arguments are swapped), so the order does not rest on the
 * way one engine's sort happens to call it.
 */
export function byTimeThenPosition(at: Float64Array, pos: Float64Array): (x: number, y: number) => number {
  return (x, y) => at[x]! - at[y]! || pos[x]! - pos[y]!;
}

/** Position → (chunk, offset) helpers. */
export const chunkOf = (p: number): number => p >>> CHUNK_BITS;
export const offsetIn = (p: number): number => p & (CHUNK - 1);

/** Build an anomaly record. */
export function anomaly(c: CollectedEvents, customer: number, type: number, at: number, code: number, index: number): EventAnomaly {
  return Object.freeze({
    customerId: c.ids[customer]!,
    type: TYPE_NAMES[type]!,
    at: iso(at),
    problem: PROBLEMS[code]!,
    index,
  });
}

/** Sort anomalies by time, then input position. */
export function sortAnomalies(list: EventAnomaly[]): EventAnomaly[] {
  return list.sort((x, y) => Date.parse(x.at) - Date.parse(y.at) || x.index - y.index);
}

/** Strict mode: every anomaly as an input problem at `events[index]`. */
export function throwAnomalies(fn: string, list: readonly EventAnomaly[], root = 'events'): never {
  throw new MetricInputError(
    fn,
    list.map((a) => ({
      code: 'anomaly',
      path: `${root}[${a.index}]`,
      message: `${fn}: ${root}[${a.index}] ${a.problem} (${a.type} of customer ${JSON.stringify(a.customerId)} at ${a.at})`,
    })),
  );
}

/**
 * The first `acquired` event of each customer before `until` (time, then position); NaN when none.
 */
export function firstAcquisitions(t: Timelines, n: number): { at: Float64Array; pos: Float64Array } {
  const at = new Float64Array(n).fill(NaN);
  const pos = new Float64Array(n).fill(NaN);
  for (let k = 0; k < n; k++) {
    for (let p = t.offsets[k]!; p < t.offsets[k + 1]!; p++) {
      if (t.type[p] === 0) {
        at[k] = t.at[p]!;
        pos[k] = t.pos[p]!;
        break;
      }
    }
  }
  return { at, pos };
}
