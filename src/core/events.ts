import { z } from 'zod';
import { Decimal } from './decimal.js';
import { MetricInputError, type MetricInputIssue } from './errors.js';
import { InstantSchema, parseCanonicalInstant } from './instant.js';
import { DECIMAL_STRING, NonNegativeDecimalSchema, describeValue } from './schemas.js';
import { parseInput } from './validate.js';

/** Event type codes in the compact log. */
export const ACQUIRED = 0;
export const CHURNED = 1;
export const REACTIVATED = 2;
export const PURCHASE = 3;
export const TYPE_NAMES = ['acquired', 'churned', 'reactivated', 'purchase'] as const;

const typeProblem = (input: unknown): string =>
  `must be one of "acquired", "churned", "reactivated", "purchase", got ${describeValue(input)}`;

const StatusEventSchema = z.object({
  customerId: z.string(),
  type: z.enum(['acquired', 'churned', 'reactivated']),
  at: InstantSchema,
  reason: z.string().optional(),
});

const PurchaseEventSchema = z.object({
  customerId: z.string(),
  type: z.literal('purchase'),
  at: InstantSchema,
  amount: NonNegativeDecimalSchema,
});

/**
 * One customer event: a status change (`acquired`, `churned`, `reactivated`, with an optional
 * `reason`) or a `purchase` with its `amount` (a non-negative decimal: string, number or
 * Decimal). `at` is an ISO-8601 timestamp with an offset, or a Date. Other keys are ignored.
 *
 * @example
 * CustomerEventSchema.safeParse({ customerId: 'c1', type: 'purchase', at: '2026-03-01T10:00:00Z', amount: '19.90' }).success; // => true
 * CustomerEventSchema.safeParse({ customerId: 'c1', type: 'acquired', at: '2026-03-01 10:00' }).success; // => false
 * @category Events
 */
export const CustomerEventSchema = z.discriminatedUnion('type', [StatusEventSchema, PurchaseEventSchema], {
  error: (iss) => (iss.code === 'invalid_union' ? typeProblem((iss.input as { type?: unknown } | undefined)?.type) : undefined),
});

/** An event as the event functions accept it. @category Events */
export type CustomerEvent = z.input<typeof CustomerEventSchema>;

/**
 * An array of events, for validating at your own boundary. The event functions accept any
 * iterable (and {@link CollectedEvents}) and validate each event themselves, with paths like
 * `events[3].at`.
 *
 * @category Events
 */
export const CustomerEventsSchema = z.array(CustomerEventSchema);

/** The events every event function accepts: an array or any iterable of events, or collected events. @category Events */
export type CustomerEvents = Iterable<CustomerEvent> | CollectedEvents;

/** One block of the compact log (struct of arrays). @category Events */
export interface EventChunk {
  /** Epoch milliseconds. */
  readonly at: Float64Array;
  /** Index into `ids`. */
  readonly customer: Int32Array;
  /** 0 acquired, 1 churned, 2 reactivated, 3 purchase. */
  readonly type: Uint8Array;
  /** Purchase amount in hundredths (exact non-negative integer), or −1 when the amount is kept in `decimals`. */
  readonly minor: Float64Array;
}

/**
 * Events read, validated and stored compactly: customer ids interned to integers, instants as
 * epoch milliseconds, amounts as exact integer hundredths (other amounts as decimal strings).
 * Plain data (arrays and typed arrays), so it can be sent to or from a worker thread. Made by
 * {@link collectEvents}, combined by {@link mergeCollectedEvents}, and accepted by every event
 * function in place of the events.
 *
 * @category Events
 */
export interface CollectedEvents {
  readonly kind: 'customer-metrics/collected-events';
  /** Number of events, in input order. */
  readonly length: number;
  /** Customer ids, in order of first appearance. */
  readonly ids: readonly string[];
  readonly chunks: readonly EventChunk[];
  /** `[position, decimal string]` of amounts outside the integer-hundredths fast path. */
  readonly decimals: readonly (readonly [number, string])[];
}

/** `minor` of a purchase whose amount is kept as a decimal string in `decimals` (amounts are never negative). */
export const DECIMAL_AMOUNT = -1;

export const CHUNK_BITS = 16;
export const CHUNK = 1 << CHUNK_BITS;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** At most this many input problems are listed; reading stops after it. */
export const MAX_ISSUES = 100;

function newChunk(positioned = false): EventChunk {
  const chunk = { at: new Float64Array(CHUNK), customer: new Int32Array(CHUNK), type: new Uint8Array(CHUNK), minor: new Float64Array(CHUNK) };
  if (!positioned) return chunk;
  const withPos: PositionedChunk = { ...chunk, pos: new Float64Array(CHUNK) };
  return withPos;
}

/** A decimal amount as exact hundredths, or NaN when it has more than 2 places or exceeds 2^53 hundredths. */
export function decimalToMinor(d: Decimal): number {
  const t = d.times(100);
  return t.isInteger() && t.abs().lte(MAX_SAFE) ? t.toNumber() + 0 : NaN;
}

/** Fast path for a plain amount string `123`, `123.4`, `123.45` (≤ 13 integer digits). */
export function fastAmountString(s: string): number {
  const n = s.length;
  let i = 0;
  let v = 0;
  while (i < n) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
    i++;
  }
  if (i === 0 || i > 13) return NaN;
  if (i === n) return v * 100;
  if (s.charCodeAt(i) !== 46) return NaN;
  const fd = n - i - 1;
  const c1 = s.charCodeAt(i + 1) - 48;
  if (fd < 1 || fd > 2 || c1 < 0 || c1 > 9) return NaN;
  if (fd === 1) return v * 100 + c1 * 10;
  const c2 = s.charCodeAt(i + 2) - 48;
  return c2 < 0 || c2 > 9 ? NaN : v * 100 + c1 * 10 + c2;
}

/** Fast path for a number amount in [0, 1e12) with at most 2 decimal places. */
export function fastAmountNumber(a: number): number {
  if (!(a >= 0 && a < 1e12)) return NaN;
  const m = Math.round(a * 100);
  return m / 100 === a ? m + 0 : NaN;
}

/**
 * Where the reader puts each valid event: a log ({@link EventBuilder}), a log of only what one
 * question needs ({@link StatusLogSink}), or an accumulator that keeps no log at all. Events
 * arrive in input order, one call per event, only while no input problem has been found.
 */
export interface EventSink {
  /** The customer's index (0, 1, 2, … in order of first appearance). */
  intern(id: string): number;
  push(customer: number, type: number, at: number, minor: number): void;
  /** A purchase whose amount is outside the integer-hundredths fast path. */
  pushDecimal(customer: number, at: number, amount: string): void;
}

/** A chunk of a log that keeps only some events: `pos` holds each kept event's input position. */
type PositionedChunk = EventChunk & { readonly pos?: Float64Array };

/** The input position of event j of chunk ci (its place in the events as given). */
export function positionOf(ch: EventChunk, ci: number, j: number): number {
  const pos = (ch as PositionedChunk).pos;
  return pos === undefined ? ci * CHUNK + j : pos[j]!;
}

/** Builds a {@link CollectedEvents} one event at a time. */
export class EventBuilder implements EventSink {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  readonly chunks: EventChunk[] = [];
  readonly decimals: [number, string][] = [];
  length = 0;
  private cur: EventChunk;
  private pos = 0;

  /** `positioned`: the log keeps only some events, each with its input position (see {@link positionOf}). */
  constructor(private readonly positioned = false) {
    this.cur = newChunk(positioned);
    this.chunks.push(this.cur);
  }

  intern(id: string): number {
    let k = this.index.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.ids.push(id);
      this.index.set(id, k);
    }
    return k;
  }

  /** Keep an event that was at input position `position` (a positioned log). */
  pushAt(customer: number, type: number, at: number, minor: number, position: number): void {
    this.push(customer, type, at, minor);
    (this.cur as PositionedChunk).pos![this.pos - 1] = position;
  }

  push(customer: number, type: number, at: number, minor: number): void {
    if (this.pos === CHUNK) {
      this.cur = newChunk(this.positioned);
      this.chunks.push(this.cur);
      this.pos = 0;
    }
    const c = this.cur;
    const p = this.pos++;
    c.at[p] = at;
    c.customer[p] = customer;
    c.type[p] = type;
    c.minor[p] = minor;
    this.length++;
  }

  pushDecimal(customer: number, at: number, amount: string): void {
    this.decimals.push([this.length, amount]);
    this.push(customer, PURCHASE, at, DECIMAL_AMOUNT);
  }

  finish(): CollectedEvents {
    // Trim the last chunk so that nothing unused is carried (or sent to a worker).
    const last = this.chunks.length - 1;
    const n = this.length - last * CHUNK;
    const c = this.chunks[last]!;
    if (n < CHUNK) {
      const trimmed = { at: c.at.slice(0, n), customer: c.customer.slice(0, n), type: c.type.slice(0, n), minor: c.minor.slice(0, n) };
      const pos = (c as PositionedChunk).pos;
      if (pos === undefined) this.chunks[last] = trimmed;
      else {
        const withPos: PositionedChunk = { ...trimmed, pos: pos.slice(0, n) };
        this.chunks[last] = withPos;
      }
    }
    return Object.freeze({
      kind: 'customer-metrics/collected-events' as const,
      length: this.length,
      ids: this.ids,
      chunks: this.chunks,
      decimals: this.decimals,
    });
  }
}

type Loose = { customerId?: unknown; type?: unknown; at?: unknown; amount?: unknown; reason?: unknown };

/** Reads events into a sink (by default a log): fast path for canonical events, zod for everything else. */
export class EventReader<S extends EventSink = EventBuilder> {
  readonly issues: MetricInputIssue[] = [];
  private position = 0;
  private lastId: string | undefined;
  private lastK = 0;
  constructor(
    private readonly fn: string,
    readonly builder: S = new EventBuilder() as EventSink as S,
    private readonly root = 'events',
  ) {}

  get full(): boolean {
    return this.issues.length >= MAX_ISSUES;
  }

  /** Read one event (the next position). */
  add(e: unknown): void {
    const i = this.position;
    if (!this.fast(e as Loose)) this.slow(e, i);
    this.position = i + 1;
  }

  private fast(e: Loose): boolean {
    if (typeof e !== 'object' || e === null) return false;
    const id = e.customerId;
    const type = e.type;
    const at = e.at;
    if (typeof id !== 'string' || typeof at !== 'string') return false;
    let code: number;
    if (type === 'purchase') code = PURCHASE;
    else if (type === 'acquired') code = ACQUIRED;
    else if (type === 'churned') code = CHURNED;
    else if (type === 'reactivated') code = REACTIVATED;
    else return false;
    const ms = parseCanonicalInstant(at);
    if (ms !== ms) return false;
    let minor = 0;
    if (code === PURCHASE) {
      const a = e.amount;
      minor = typeof a === 'string' ? fastAmountString(a) : typeof a === 'number' ? fastAmountNumber(a) : NaN;
      if (minor !== minor) return false;
    } else {
      const r = e.reason;
      if (r !== undefined && typeof r !== 'string') return false;
    }
    const b = this.builder;
    let k: number;
    if (id === this.lastId) k = this.lastK;
    else {
      k = b.intern(id);
      this.lastId = id;
      this.lastK = k;
    }
    b.push(k, code, ms, minor);
    return true;
  }

  private slow(e: unknown, i: number): void {
    let v: z.output<typeof CustomerEventSchema>;
    try {
      v = parseInput(this.fn, CustomerEventSchema, e, `${this.root}[${i}]`);
    } catch (err) {
      for (const iss of (err as MetricInputError).issues) if (this.issues.length < MAX_ISSUES) this.issues.push(iss);
      return;
    }
    if (this.issues.length > 0) return; // the result will be an error anyway
    const b = this.builder;
    const c = b.intern(v.customerId);
    if (v.type === 'purchase') {
      const minor = decimalToMinor(v.amount);
      if (minor === minor) b.push(c, PURCHASE, v.at, minor);
      else b.pushDecimal(c, v.at, v.amount.toString());
    } else {
      b.push(c, TYPE_NAMES.indexOf(v.type), v.at, 0);
    }
  }

  /** Throw when problems were found; else the collected events (for a reader into a log). */
  finish(): CollectedEvents {
    this.check();
    return (this.builder as EventSink as EventBuilder).finish();
  }

  /** Throw when problems were found. */
  check(): void {
    if (this.issues.length > 0) {
      const list = this.issues.slice();
      if (list.length >= MAX_ISSUES) {
        list.push({
          code: 'too_many_issues',
          path: this.root,
          message: `${this.fn}: ${this.root} has more problems than the first ${MAX_ISSUES} listed; reading stopped there`,
        });
      }
      throw new MetricInputError(this.fn, list);
    }
  }

  /** Report that reading the input itself failed (a throwing iterator or getter). */
  unreadable(cause: unknown): never {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new MetricInputError(this.fn, [
      ...this.issues,
      { code: 'unreadable_input', path: this.root, message: `${this.fn}: ${this.root} could not be read after ${this.position} events (${why})` },
    ]);
  }
}

/** True for a {@link CollectedEvents} value. */
export function isCollected(v: unknown): v is CollectedEvents {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'customer-metrics/collected-events';
}

function isIterable(v: unknown): v is Iterable<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/**
 * Why a value marked as collected events is not well formed (a hand-made or damaged one), or
 * undefined when it is: every instant finite, every customer index in range, every type known,
 * every amount an exact hundredths integer or a listed decimal string, lengths consistent.
 */
function collectedProblem(v: CollectedEvents): string | undefined {
  const { ids, chunks, decimals, length } = v;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return 'ids must be an array of strings';
  if (!Array.isArray(chunks)) return 'chunks must be an array';
  if (!Array.isArray(decimals)) return 'decimals must be an array';
  const listed = new Set<number>();
  for (const [k, entry] of decimals.entries()) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'number' || typeof entry[1] !== 'string' || !DECIMAL_STRING.test(entry[1])) {
      return `decimals[${k}] must be [position, decimal string]`;
    }
    listed.add(entry[0]);
  }
  let total = 0;
  for (const [ci, ch] of chunks.entries()) {
    if (
      typeof ch !== 'object' || ch === null ||
      !(ch.at instanceof Float64Array) || !(ch.customer instanceof Int32Array) ||
      !(ch.type instanceof Uint8Array) || !(ch.minor instanceof Float64Array)
    ) {
      return `chunks[${ci}] must hold the typed arrays at, customer, type and minor`;
    }
    // `pos` marks the library's own internal partial logs (positionOf); a caller's collected
    // events never carry it, and a forged one would put wrong input positions in anomalies.
    if ('pos' in ch) return `chunks[${ci}] has a pos field, which collected events never carry`;
    const { at: ats, customer, type, minor } = ch;
    const n = ats.length;
    if (customer.length !== n || type.length !== n || minor.length !== n || (ci < chunks.length - 1 && n !== CHUNK)) {
      return `chunks[${ci}] has arrays of inconsistent lengths`;
    }
    const nIds = ids.length;
    for (let j = 0; j < n; j++) {
      const at = ats[j]!;
      const c = customer[j]!;
      const t = type[j]!;
      // Comparisons written so that NaN fails them: a whole-millisecond instant within a Date's
      // range (the reader makes no other; a fractional one would be written back differently from
      // Date#toISOString, which truncates), a customer index in range, a known type, and a
      // purchase amount that is a safe integer ≥ 0 (or DECIMAL_AMOUNT, −1, for an amount listed in
      // `decimals`).
      if (!(at >= -8.64e15 && at <= 8.64e15 && Math.trunc(at) === at)) return `chunks[${ci}].at[${j}] is not a valid instant`;
      if (c < 0 || c >= nIds) return `chunks[${ci}].customer[${j}] is not an index into ids`;
      if (t >= PURCHASE) {
        if (t > PURCHASE) return `chunks[${ci}].type[${j}] is not an event type`;
        const m = minor[j]!;
        if (!(m >= 0 && m <= MAX_SAFE && Math.floor(m) === m) && !(m === DECIMAL_AMOUNT && listed.has(ci * CHUNK + j))) {
          return `chunks[${ci}].minor[${j}] is not an amount`;
        }
      }
    }
    total += n;
  }
  return total === length ? undefined : `length (${String(length)}) does not match the events held (${total})`;
}

/** Read events (an array, any iterable, or already-collected events) for function `fn`. */
export function readEvents(fn: string, events: unknown, root = 'events'): CollectedEvents {
  const collected = readCollected(fn, events, root);
  if (collected !== undefined) return collected;
  const r = new EventReader(fn, new EventBuilder(), root);
  readInto(r, events, fn, root);
  return r.finish();
}

/**
 * Events for `fn` as collected events when they are (checked) or an array (read into the log:
 * the events are in memory already, and the log's tight loops are faster than a sink's), else
 * read one by one into `sink` (validated, nothing else kept) and undefined: how a function that
 * keeps less than the whole log streams an iterable through.
 */
export function readEventsInto(fn: string, events: unknown, sink: EventSink, root = 'events'): CollectedEvents | undefined {
  const collected = readCollected(fn, events, root);
  if (collected !== undefined) return collected;
  if (Array.isArray(events)) return readEvents(fn, events, root);
  const r = new EventReader(fn, sink, root);
  readInto(r, events, fn, root);
  r.check();
  return undefined;
}

/** The input as checked collected events, or undefined when it is not marked as collected. */
function readCollected(fn: string, events: unknown, root: string): CollectedEvents | undefined {
  try {
    if (!isCollected(events)) return undefined;
    const problem = collectedProblem(events);
    if (problem !== undefined) {
      throw new MetricInputError(fn, [
        { code: 'invalid_collected_events', path: root, message: `${fn}: ${root} is marked as collected events but ${problem}` },
      ]);
    }
    return events;
  } catch (cause) {
    if (cause instanceof MetricInputError) throw cause;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new MetricInputError(fn, [{ code: 'unreadable_input', path: root, message: `${fn}: ${root} could not be read (${why})` }]);
  }
}

/** Feed every event of an array or iterable to the reader (problems are kept in the reader). */
function readInto(r: EventReader<EventSink>, events: unknown, fn: string, root: string): void {
  let iterable: boolean;
  try {
    iterable = !Array.isArray(events) && isIterable(events);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new MetricInputError(fn, [{ code: 'unreadable_input', path: root, message: `${fn}: ${root} could not be read (${why})` }]);
  }
  if (Array.isArray(events)) {
    try {
      for (let i = 0; i < events.length && !r.full; i++) r.add(events[i]);
    } catch (cause) {
      r.unreadable(cause);
    }
  } else if (iterable) {
    try {
      for (const e of events as Iterable<unknown>) {
        r.add(e);
        if (r.full) break;
      }
    } catch (cause) {
      r.unreadable(cause);
    }
  } else {
    throw new MetricInputError(fn, [
      {
        code: 'invalid_type',
        path: root,
        message: `${fn}: ${root} must be an array or an iterable of events, got ${describeValue(events)}`,
      },
    ]);
  }
}

/**
 * A positioned log of what the status questions (snapshot, start-cohort retention, cohorts)
 * need: every `acquired`, `churned` and `reactivated` event, and only the purchases that may
 * still turn out to precede the customer's first acquisition (an anomaly). A purchase at or
 * after an `acquired` event already read can never be one, since a customer's first acquisition
 * only moves earlier as more events are read; it is dropped. So an iterable of millions of
 * purchases streams through in memory proportional to customers and status events.
 */
export class StatusLogSink implements EventSink {
  readonly log = new EventBuilder(true);
  /** The latest instant of any event read (purchases included). */
  maxAt = -Infinity;
  private firstAcquired = new Float64Array(1024).fill(Infinity);
  private position = 0;

  intern(id: string): number {
    const k = this.log.intern(id);
    if (k >= this.firstAcquired.length) {
      const grown = new Float64Array(this.firstAcquired.length * 2).fill(Infinity);
      grown.set(this.firstAcquired);
      this.firstAcquired = grown;
    }
    return k;
  }

  push(customer: number, type: number, at: number, minor: number): void {
    const position = this.position++;
    if (at > this.maxAt) this.maxAt = at;
    if (type === PURCHASE) {
      if (this.firstAcquired[customer]! <= at) return;
    } else if (type === ACQUIRED && at < this.firstAcquired[customer]!) {
      this.firstAcquired[customer] = at;
    }
    this.log.pushAt(customer, type, at, type === PURCHASE ? 0 : minor, position);
  }

  pushDecimal(customer: number, at: number): void {
    this.push(customer, PURCHASE, at, 0);
  }
}

/**
 * The events a status question needs: collected events as they are, anything else streamed
 * through a {@link StatusLogSink}. `maxAt` is the latest instant of any event (−∞ for none).
 */
export function readStatusEvents(fn: string, events: unknown): { log: CollectedEvents; maxAt: number } {
  const sink = new StatusLogSink();
  const collected = readEventsInto(fn, events, sink);
  if (collected !== undefined) {
    let maxAt = -Infinity;
    for (const ch of collected.chunks) for (let j = 0; j < ch.at.length; j++) if (ch.at[j]! > maxAt) maxAt = ch.at[j]!;
    return { log: collected, maxAt };
  }
  return { log: sink.log.finish(), maxAt: sink.maxAt };
}

/** Amount of the event at global position `i` as a Decimal (for the few outside the fast path). */
export function decimalsOf(c: CollectedEvents): Map<number, Decimal> {
  const m = new Map<number, Decimal>();
  for (const [i, s] of c.decimals) m.set(i, new Decimal(s));
  return m;
}

/**
 * Exact money accumulator per customer: integer hundredths summed in float64 while they stay
 * below 2^53, spilling into a Decimal before they would not.
 */
export class MoneySums {
  minor: Float64Array;
  private readonly spill = new Map<number, Decimal>();
  constructor(n: number) {
    this.minor = new Float64Array(n);
  }
  /** Room for customers 0 … n − 1 (sums kept). */
  grow(n: number): void {
    const m = new Float64Array(n);
    m.set(this.minor);
    this.minor = m;
  }
  add(c: number, m: number): void {
    const s = this.minor[c]!;
    if (s + m > MAX_SAFE) {
      this.spill.set(c, (this.spill.get(c) ?? new Decimal(0)).plus(s));
      this.minor[c] = m;
    } else {
      this.minor[c] = s + m;
    }
  }
  addDecimal(c: number, d: Decimal): void {
    this.spill.set(c, (this.spill.get(c) ?? new Decimal(0)).plus(d.times(100)));
  }
  /** True when customer c's sum is held entirely as float64 hundredths (no spill). */
  isPlain(c: number): boolean {
    return this.spill.size === 0 || !this.spill.has(c);
  }
  /** Forget customer c's sum (start again from 0). */
  reset(c: number): void {
    this.minor[c] = 0;
    this.spill.delete(c);
  }
  /** The total in hundredths, exact. */
  totalMinor(c: number): Decimal {
    const sp = this.spill.get(c);
    return sp === undefined ? new Decimal(this.minor[c]!) : sp.plus(this.minor[c]!);
  }
}
