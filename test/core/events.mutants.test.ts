import { describe, expect, it } from 'vitest';
import {
  ACQUIRED,
  CHUNK,
  CHUNK_BITS,
  CHURNED,
  decimalsOf,
  decimalToMinor,
  DECIMAL_AMOUNT,
  EventBuilder,
  EventReader,
  fastAmountNumber,
  fastAmountString,
  isCollected,
  MAX_ISSUES,
  MoneySums,
  positionOf,
  PURCHASE,
  REACTIVATED,
  readEvents,
  readEventsInto,
  readStatusEvents,
  StatusLogSink,
  TYPE_NAMES,
  type CollectedEvents,
} from '../../src/core/events.js';
import { Decimal } from '../../src/core/decimal.js';
import {
  ACTIVE,
  anomaly,
  buildTimelines,
  byTimeThenPosition,
  chunkOf,
  firstAcquisitions,
  offsetIn,
  PROBLEMS,
  sortAnomalies,
  step,
  throwAnomalies,
} from '../../src/core/timeline.js';
import { collectEvents } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

const T0 = Date.UTC(2026, 2, 1);
const at = (h: number) => new Date(T0 + h * 3_600_000).toISOString().replace('.000Z', 'Z');
const ev = (customerId: string, type: string, h: number, amount?: unknown) => ({ customerId, type, at: at(h), ...(amount === undefined ? {} : { amount }) });
/** Every event of collected events as [customer id, type name, epoch ms, minor]. */
const rows = (c: CollectedEvents) => c.chunks.flatMap((ch) => Array.from(ch.at, (a, j) => [c.ids[ch.customer[j]!], TYPE_NAMES[ch.type[j]!], a, ch.minor[j]]));

describe('constants', () => {
  it('type codes and chunk size', () => {
    expect([ACQUIRED, CHURNED, REACTIVATED, PURCHASE]).toEqual([0, 1, 2, 3]);
    expect(TYPE_NAMES).toEqual(['acquired', 'churned', 'reactivated', 'purchase']);
    expect([CHUNK_BITS, CHUNK, MAX_ISSUES, DECIMAL_AMOUNT]).toEqual([16, 65_536, 100, -1]);
  });
});

describe('amounts', () => {
  it('decimalToMinor: exact hundredths up to 2^53 − 1, −0 as 0', () => {
    expect(decimalToMinor(new Decimal('12.34'))).toBe(1234);
    expect(decimalToMinor(new Decimal('-1.5'))).toBe(-150);
    expect(decimalToMinor(new Decimal('1.005'))).toBeNaN();
    expect(Object.is(decimalToMinor(new Decimal('-0')), 0)).toBe(true);
    expect(decimalToMinor(new Decimal(2 ** 53 - 1).div(100))).toBe(2 ** 53 - 1);
    expect(decimalToMinor(new Decimal(2 ** 53).div(100))).toBeNaN();
    expect(decimalToMinor(new Decimal(-(2 ** 53) + 1).div(100))).toBe(-(2 ** 53) + 1);
    expect(decimalToMinor(new Decimal(-(2 ** 53)).div(100))).toBeNaN();
  });

  it('fastAmountString: up to 13 integer digits and 2 decimals', () => {
    expect(fastAmountString('0')).toBe(0);
    expect(fastAmountString('9')).toBe(900);
    expect(fastAmountString('1234567890123')).toBe(123_456_789_012_300);
    expect(fastAmountString('12345678901234')).toBeNaN();
    expect(fastAmountString('1.5')).toBe(150);
    expect(fastAmountString('1.05')).toBe(105);
    expect(fastAmountString('0.99')).toBe(99);
    expect(fastAmountString('1.90')).toBe(190);
    for (const s of ['1.', '1.a', '1.5a', '1.:', '1./', '1.5:', '1.5/', '1:', '/1', ':1', '1.555', '1..5', 'a']) expect(fastAmountString(s), s).toBeNaN();
  });

  it('fastAmountNumber: [0, 1e12) with at most 2 decimals, −0 as 0', () => {
    expect(fastAmountNumber(0)).toBe(0);
    expect(Object.is(fastAmountNumber(-0), 0)).toBe(true);
    expect(fastAmountNumber(0.1)).toBe(10);
    expect(fastAmountNumber(19.99)).toBe(1999);
    expect(fastAmountNumber(999_999_999_999.99)).toBe(99_999_999_999_999);
    expect(fastAmountNumber(1e12)).toBeNaN();
    expect(fastAmountNumber(-0.01)).toBeNaN();
    expect(fastAmountNumber(0.001)).toBeNaN();
  });
});

describe('EventReader and EventBuilder', () => {
  it('canonical and general events land alike: types, instants, hundredths, decimal amounts', () => {
    const c = readEvents('f', [
      ev('a', 'acquired', 0),
      { customerId: 'a', type: 'purchase', at: '2026-03-01T09:00:00+08:00', amount: '2.5' }, // general instant
      ev('b', 'purchase', 2, 3.25),
      ev('b', 'purchase', 3, '1.005'), // three decimals: kept as a string
      ev('b', 'purchase', 4, new Decimal('7')),
      ev('a', 'churned', 5),
      { ...ev('a', 'reactivated', 6), reason: 'came back' },
    ]);
    expect(c.kind).toBe('customer-metrics/collected-events');
    expect(c.length).toBe(7);
    expect(c.ids).toEqual(['a', 'b']);
    expect(rows(c)).toEqual([
      ['a', 'acquired', T0, 0],
      ['a', 'purchase', T0 + 3_600_000, 250],
      ['b', 'purchase', T0 + 2 * 3_600_000, 325],
      ['b', 'purchase', T0 + 3 * 3_600_000, -1],
      ['b', 'purchase', T0 + 4 * 3_600_000, 700],
      ['a', 'churned', T0 + 5 * 3_600_000, 0],
      ['a', 'reactivated', T0 + 6 * 3_600_000, 0],
    ]);
    expect(c.decimals).toEqual([[3, '1.005']]);
    expect(decimalsOf(c).get(3)?.toString()).toBe('1.005');
    expect(Object.isFrozen(c)).toBe(true);
    expect(isCollected(c)).toBe(true);
  });

  it('a reason that is not a string is refused with its path', () => {
    expect(issuesOf(() => readEvents('f', [{ ...ev('a', 'acquired', 0), reason: 5 }]))).toEqual([
      { code: 'invalid_type', path: 'events[0].reason', message: 'f: events[0].reason must be a string, got 5' },
    ]);
    expect(issuesOf(() => readEvents('f', [ev('a', 'acquired', 0), ev('a', 'purchase', 1, '-1')], 'log'))).toEqual([
      { code: 'custom', path: 'log[1].amount', message: 'f: log[1].amount must not be negative, got -1' },
    ]);
    expect(issuesOf(() => readEvents('f', [ev('a', 'refund', 0)]))).toEqual([
      { code: 'invalid_union', path: 'events[0].type', message: 'f: events[0].type must be one of "acquired", "churned", "reactivated", "purchase", got "refund"' },
    ]);
  });

  it('an event that is not an object is refused, not skipped', () => {
    // the problem phrase of zod's invalid_type for an object: "must be an object, got <value>"
    expect(issuesOf(() => readEvents('f', [5, ev('a', 'acquired', 0), null]))).toEqual([
      { code: 'invalid_type', path: 'events[0]', message: 'f: events[0] must be an object, got 5' },
      { code: 'invalid_type', path: 'events[2]', message: 'f: events[2] must be an object, got null' },
    ]);
  });

  it('the same id after another is interned again correctly', () => {
    const c = readEvents('f', [ev('a', 'acquired', 0), ev('b', 'acquired', 0), ev('a', 'churned', 1), ev('a', 'purchase', 1, '1'), ev('b', 'churned', 2)]);
    expect(rows(c).map((r) => r[0])).toEqual(['a', 'b', 'a', 'a', 'b']);
  });

  it('stops at 100 problems and says so; an iterable too', () => {
    const bad = Array.from({ length: 150 }, () => ({ customerId: 1 }));
    const issues = issuesOf(() => readEvents('f', bad));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[MAX_ISSUES]).toEqual({ code: 'too_many_issues', path: 'events', message: 'f: events has more problems than the first 100 listed; reading stopped there' });
    const gen = function* () {
      for (let i = 0; i < 150; i++) yield { customerId: 1 };
    };
    expect(issuesOf(() => readEvents('f', gen()))).toHaveLength(MAX_ISSUES + 1);
    // 99 problems: no closing note
    const fewer = issuesOf(() => readEvents('f', bad.slice(0, 33)));
    expect(fewer.some((i) => i.code === 'too_many_issues')).toBe(false);
  });

  it('exactly 100 one-issue events: the note is added', () => {
    const bad = Array.from({ length: 100 }, (_, i) => ({ ...ev('a', 'acquired', i), at: 'x' }));
    const issues = issuesOf(() => readEvents('f', bad));
    expect(issues).toHaveLength(101);
    expect(issues[100]?.code).toBe('too_many_issues');
    const ninetyNine = issuesOf(() => readEvents('f', bad.slice(0, 99)));
    expect(ninetyNine).toHaveLength(99);
  });

  it('reading stops at the 100th problem: an unreadable event after it is never touched', () => {
    const bad = Array.from({ length: 100 }, (_, i): unknown => ({ ...ev('a', 'acquired', i), at: 'x' }));
    const arr = bad.slice();
    Object.defineProperty(arr, 100, { get: () => { throw new Error('touched'); } });
    arr.length = 101;
    const issues = issuesOf(() => readEvents('f', arr));
    expect(issues.map((i) => i.code).slice(-2)).toEqual(['custom', 'too_many_issues']);
    const gen = function* () {
      yield* bad;
      throw new Error('touched');
    };
    expect(issuesOf(() => readEvents('f', gen())).at(-1)?.code).toBe('too_many_issues');
  });

  it('an event with two problems at the 100th place keeps only the first', () => {
    const bad = Array.from({ length: 99 }, (_, i): unknown => ({ ...ev('a', 'acquired', i), at: 'x' }));
    bad.push({ customerId: 'a', type: 'purchase', at: 'x', amount: '-1' });
    const issues = issuesOf(() => readEvents('f', bad));
    expect(issues).toHaveLength(101);
    expect(issues.slice(-2).map((i) => i.path)).toEqual(['events[99].at', 'events']);
  });

  it('a reader that fails part-way names the position', () => {
    const gen = function* () {
      yield ev('a', 'acquired', 0);
      yield ev('a', 'churned', 1);
      throw new Error('disk gone');
    };
    expect(issuesOf(() => readEvents('f', gen()))).toEqual([{ code: 'unreadable_input', path: 'events', message: 'f: events could not be read after 2 events (disk gone)' }]);
    const arr = [ev('a', 'acquired', 0)];
    Object.defineProperty(arr, 1, { get: () => { throw 'raw'; } }); // eslint-disable-line no-throw-literal
    arr.length = 2;
    expect(issuesOf(() => readEvents('f', arr))[0]?.message).toBe('f: events could not be read after 1 events (raw)');
  });

  it('not an array nor an iterable', () => {
    expect(issuesOf(() => readEvents('f', 5))).toEqual([{ code: 'invalid_type', path: 'events', message: 'f: events must be an array or an iterable of events, got 5' }]);
    expect(issuesOf(() => readEvents('f', { length: 0 }, 'log'))[0]?.message).toBe('f: log must be an array or an iterable of events, got an object');
    expect(issuesOf(() => readEvents('f', 'abc'))[0]?.code).toBe('invalid_type');
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(issuesOf(() => readEvents('f', trap))).toEqual([{ code: 'unreadable_input', path: 'events', message: 'f: events could not be read (trap)' }]);
  });

  it('builder: a second chunk after 65 536 events, trimmed at the end', () => {
    const b = new EventBuilder();
    for (let i = 0; i < CHUNK + 2; i++) b.push(b.intern(i % 2 ? 'x' : 'y'), CHURNED, i, 0);
    const c = b.finish();
    expect(c.length).toBe(CHUNK + 2);
    expect(c.chunks.map((ch) => ch.at.length)).toEqual([CHUNK, 2]);
    expect(Array.from(c.chunks[1]!.at)).toEqual([CHUNK, CHUNK + 1]);
    expect(positionOf(c.chunks[1]!, 1, 1)).toBe(CHUNK + 1);
    expect(chunkOf(CHUNK + 1)).toBe(1);
    expect(offsetIn(CHUNK + 1)).toBe(1);
    expect(chunkOf(CHUNK - 1)).toBe(0);
    expect(offsetIn(CHUNK - 1)).toBe(CHUNK - 1);
  });

  it('builder: exactly one full chunk is kept whole; a positioned log keeps positions', () => {
    const b = new EventBuilder();
    for (let i = 0; i < CHUNK; i++) b.push(0, CHURNED, i, 0);
    b.intern('only');
    expect(b.finish().chunks.map((ch) => ch.at.length)).toEqual([CHUNK]);
    const p = new EventBuilder(true);
    p.pushAt(p.intern('a'), ACQUIRED, 10, 0, 7);
    p.pushAt(p.intern('a'), CHURNED, 20, 0, 9);
    const c = p.finish();
    expect([positionOf(c.chunks[0]!, 0, 0), positionOf(c.chunks[0]!, 0, 1)]).toEqual([7, 9]);
    expect(Array.from((c.chunks[0] as { pos?: Float64Array }).pos!)).toEqual([7, 9]);
  });

  it('EventReader with the default builder', () => {
    const r = new EventReader('f');
    r.add(ev('a', 'acquired', 0));
    r.add(ev('b', 'purchase', 1, '0.5'));
    expect(r.full).toBe(false);
    expect(rows(r.finish())).toEqual([
      ['a', 'acquired', T0, 0],
      ['b', 'purchase', T0 + 3_600_000, 50],
    ]);
  });
});

describe('collected events as input', () => {
  const good = readEvents('f', [ev('a', 'acquired', 0), ev('a', 'purchase', 1, '1.005'), ev('b', 'purchase', 2, '3')]);
  const problem = (patch: Record<string, unknown>, chunkPatch?: Record<string, unknown>) => {
    const value = { ...good, ...(chunkPatch ? { chunks: [{ ...good.chunks[0]!, ...chunkPatch }] } : {}), ...patch };
    try {
      readEvents('g', value, 'log');
      return undefined;
    } catch {
      const issues = issuesOf(() => readEvents('g', value, 'log'));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid_collected_events', 'log']]);
      return issues[0]?.message.replace('g: log is marked as collected events but ', '');
    }
  };
  const ch = good.chunks[0]!;

  it('passes through unchanged when well formed', () => {
    expect(readEvents('g', good)).toBe(good);
    expect(readEventsInto('g', good, new StatusLogSink())).toBe(good);
  });

  it('instants within the range of Dates, inclusive', () => {
    expect(problem({}, { at: Float64Array.from([8.64e15, -8.64e15, 0]) })).toBeUndefined();
    expect(problem({}, { at: Float64Array.from([0, 8.64e15 + 1, 0]) })).toBe('chunks[0].at[1] is not a valid instant');
    expect(problem({}, { at: Float64Array.from([0, 0, -8.64e15 - 1]) })).toBe('chunks[0].at[2] is not a valid instant');
    // whole milliseconds only: every instant the reader makes is one, and a fractional one would be
    // written back unlike Date#toISOString (which truncates −0.5 to 0, "1970-01-01T00:00:00.000Z")
    expect(problem({}, { at: Float64Array.from([0, -0.5, 0]) })).toBe('chunks[0].at[1] is not a valid instant');
    expect(problem({}, { at: Float64Array.from([0, 0, 1.5]) })).toBe('chunks[0].at[2] is not a valid instant');
    expect(problem({}, { at: Float64Array.from([-0, 1, -1]) })).toBeUndefined();
  });

  it('customer indexes, types and amounts', () => {
    expect(problem({}, { customer: Int32Array.from([0, -1, 1]) })).toBe('chunks[0].customer[1] is not an index into ids');
    expect(problem({}, { customer: Int32Array.from([0, 0, 2]) })).toBe('chunks[0].customer[2] is not an index into ids');
    expect(problem({}, { type: Uint8Array.from([2, 3, 4]) })).toBe('chunks[0].type[2] is not an event type');
    // a status event's minor is not read
    expect(problem({}, { minor: Float64Array.from([NaN, -1, 300]) })).toBeUndefined();
    expect(problem({}, { minor: Float64Array.from([0, -1, 2 ** 53 - 1]) })).toBeUndefined();
    expect(problem({}, { minor: Float64Array.from([0, -1, 2 ** 53 + 2]) })).toBe('chunks[0].minor[2] is not an amount');
    expect(problem({}, { minor: Float64Array.from([0, -1, 1.5]) })).toBe('chunks[0].minor[2] is not an amount');
    expect(problem({}, { minor: Float64Array.from([0, -1, NaN]) })).toBe('chunks[0].minor[2] is not an amount');
    // −1 only for an amount listed in decimals (position 1 here)
    expect(problem({}, { minor: Float64Array.from([0, -1, -1]) })).toBe('chunks[0].minor[2] is not an amount');
    expect(problem({ decimals: [] })).toBe('chunks[0].minor[1] is not an amount');
  });

  it('the shape of ids, chunks, decimals and length', () => {
    expect(problem({ ids: 'ab' })).toBe('ids must be an array of strings');
    expect(problem({ ids: ['a', 2] })).toBe('ids must be an array of strings');
    expect(problem({ chunks: {} })).toBe('chunks must be an array');
    expect(problem({ decimals: 'x' })).toBe('decimals must be an array');
    expect(problem({ decimals: [[1, '1.005'], 'x'] })).toBe('decimals[1] must be [position, decimal string]');
    expect(problem({ decimals: [['1', '1.005']] })).toBe('decimals[0] must be [position, decimal string]');
    expect(problem({ decimals: [[1, 1.005]] })).toBe('decimals[0] must be [position, decimal string]');
    expect(problem({ decimals: [[1, '1.0.5']] })).toBe('decimals[0] must be [position, decimal string]');
    expect(problem({ chunks: [null] })).toBe('chunks[0] must hold the typed arrays at, customer, type and minor');
    expect(problem({ chunks: [5] })).toBe('chunks[0] must hold the typed arrays at, customer, type and minor');
    for (const key of ['at', 'customer', 'type', 'minor']) {
      expect(problem({}, { [key]: [0, 0, 0] }), key).toBe('chunks[0] must hold the typed arrays at, customer, type and minor');
    }
    for (const [key, make] of [['customer', () => new Int32Array(2)], ['type', () => new Uint8Array(4)], ['minor', () => new Float64Array(2)]] as const) {
      expect(problem({}, { [key]: make() }), key).toBe('chunks[0] has arrays of inconsistent lengths');
    }
    // a chunk before the last must be full
    expect(problem({ chunks: [ch, ch], length: 6 })).toBe('chunks[0] has arrays of inconsistent lengths');
    expect(problem({ length: 2 })).toBe('length (2) does not match the events held (3)');
    expect(problem({ length: '3' })).toBe('length (3) does not match the events held (3)');
  });

  it('a marked value whose fields throw is unreadable', () => {
    const value = { kind: 'customer-metrics/collected-events', get ids() { throw new Error('gone'); } };
    expect(issuesOf(() => readEvents('g', value, 'log'))).toEqual([{ code: 'unreadable_input', path: 'log', message: 'g: log could not be read (gone)' }]);
    expect(isCollected({ kind: 'other' })).toBe(false);
    expect(isCollected(null)).toBe(false);
    expect(isCollected('customer-metrics/collected-events')).toBe(false);
  });

  it('a chunk that is undefined, or a function carrying the typed arrays, is not a chunk', () => {
    expect(problem({ chunks: [undefined] })).toBe('chunks[0] must hold the typed arrays at, customer, type and minor');
    const fnChunk = Object.assign(() => 0, { at: ch.at, customer: ch.customer, type: ch.type, minor: ch.minor });
    expect(problem({ chunks: [fnChunk] })).toBe('chunks[0] must hold the typed arrays at, customer, type and minor');
  });

  it('a listed position still needs −1 or a whole number as its minor', () => {
    // position 1 is listed in decimals ([1, '1.005']): 1.5 there is neither −1 nor whole hundredths
    expect(problem({}, { minor: Float64Array.from([0, 1.5, 300]) })).toBe('chunks[0].minor[1] is not an amount');
    expect(problem({}, { minor: Float64Array.from([0, NaN, 300]) })).toBe('chunks[0].minor[1] is not an amount');
  });
});

// Arrays are read into the log; other iterables stream through the sink.
function* streamOf<T>(items: readonly T[]): Generator<T> {
  yield* items;
}

describe('StatusLogSink and readStatusEvents', () => {
  it('keeps status events and only the purchases before a first acquisition already read', () => {
    const events = [
      ev('a', 'purchase', 1, '1'), // before any acquisition of a: kept (may be an anomaly)
      ev('a', 'acquired', 2),
      ev('a', 'purchase', 2, '1'), // at the acquisition: dropped
      ev('a', 'purchase', 3, '1.005'), // after: dropped (a decimal amount too)
      ev('a', 'purchase', 1.5, '1'), // earlier than the acquisition: kept
      ev('b', 'purchase', 9, '1'),
    ];
    const { log, maxAt } = readStatusEvents('f', streamOf(events));
    expect(maxAt).toBe(T0 + 9 * 3_600_000);
    expect(rows(log)).toEqual([
      ['a', 'purchase', T0 + 3_600_000, 0],
      ['a', 'acquired', T0 + 2 * 3_600_000, 0],
      ['a', 'purchase', T0 + 1.5 * 3_600_000, 0],
      ['b', 'purchase', T0 + 9 * 3_600_000, 0],
    ]);
    expect(Array.from((log.chunks[0] as { pos?: Float64Array }).pos!)).toEqual([0, 1, 4, 5]);
  });

  it('an earlier acquisition read later moves the first acquisition back', () => {
    const { log } = readStatusEvents('f', streamOf([ev('a', 'acquired', 5), ev('a', 'acquired', 1), ev('a', 'purchase', 3, '2')]));
    expect(rows(log).map((r) => r[1])).toEqual(['acquired', 'acquired']);
    const later = readStatusEvents('f', streamOf([ev('a', 'acquired', 1), ev('a', 'acquired', 5), ev('a', 'purchase', 3, '2')]));
    expect(rows(later.log).map((r) => r[1])).toEqual(['acquired', 'acquired']);
  });

  it('more than 1024 customers', () => {
    const events = Array.from({ length: 1100 }, (_, i) => ev(`c${i}`, 'acquired', 0)).concat(Array.from({ length: 1100 }, (_, i) => ev(`c${i}`, 'purchase', 1, '1')));
    const { log } = readStatusEvents('f', streamOf(events));
    expect(log.length).toBe(1100);
    // an array goes through the whole log instead: 2 × 1100 events
    expect(readStatusEvents('f', events).log.length).toBe(2200);
  });

  it('collected events: the latest instant of all; none: −∞', () => {
    const c = readEvents('f', [ev('a', 'acquired', 3), ev('a', 'purchase', 7, '1'), ev('a', 'churned', 5)]);
    expect(readStatusEvents('f', c)).toEqual({ log: c, maxAt: T0 + 7 * 3_600_000 });
    expect(readStatusEvents('f', []).maxAt).toBe(-Infinity);
    expect(readStatusEvents('f', readEvents('f', [])).maxAt).toBe(-Infinity);
    const s = new StatusLogSink();
    s.pushDecimal(s.intern('z'), 5);
    expect(s.maxAt).toBe(5);
  });

  it('readEventsInto validates and reports like readEvents', () => {
    expect(issuesOf(() => readEventsInto('f', streamOf([{}]), new StatusLogSink())).map((i) => i.path)).toEqual(['events[0].type']);
    expect(readEventsInto('f', streamOf([ev('a', 'acquired', 0)]), new StatusLogSink())).toBeUndefined();
    // an array is read into the log and returned
    expect(readEventsInto('f', [ev('a', 'acquired', 0)], new StatusLogSink())?.length).toBe(1);
  });
});

describe('MoneySums', () => {
  it('sums hundredths exactly, spilling past 2^53', () => {
    const m = new MoneySums(2);
    m.add(0, 2 ** 53 - 2);
    m.add(0, 1); // 2^53 − 1: still plain
    expect(m.isPlain(0)).toBe(true);
    m.add(0, 5); // would exceed: spill
    expect(m.isPlain(0)).toBe(false);
    expect(m.isPlain(1)).toBe(true);
    // (2^53 − 1) + 5 = 9007199254740996
    expect(m.totalMinor(0).toString()).toBe('9007199254740996');
    m.addDecimal(1, new Decimal('0.005'));
    m.add(1, 100);
    // 0.005 × 100 + 100 = 100.5 hundredths
    expect(m.totalMinor(1).toString()).toBe('100.5');
    m.reset(0);
    expect(m.totalMinor(0).toString()).toBe('0');
    expect(m.isPlain(0)).toBe(true);
    m.grow(3);
    expect(m.totalMinor(1).toString()).toBe('100.5');
    expect(m.totalMinor(2).toString()).toBe('0');
    m.add(2, 7);
    expect(m.minor[2]).toBe(7);
  });
});

describe('timeline', () => {
  it('step: every state and type', () => {
    const NEVER = 0;
    const ACTIVE_EVER = 3;
    const LEFT = 2;
    expect(ACTIVE).toBe(1);
    expect([step(NEVER, ACQUIRED), step(ACTIVE_EVER, ACQUIRED), step(LEFT, ACQUIRED)]).toEqual([3, -1, 3]);
    expect([step(NEVER, REACTIVATED), step(ACTIVE_EVER, REACTIVATED), step(LEFT, REACTIVATED)]).toEqual([-2, -3, 3]);
    expect([step(NEVER, CHURNED), step(ACTIVE_EVER, CHURNED), step(LEFT, CHURNED)]).toEqual([-4, 2, -4]);
    expect(PROBLEMS).toEqual({
      [-1]: 'acquired while already active',
      [-2]: 'reactivated but never acquired',
      [-3]: 'reactivated while already active',
      [-4]: 'churned while not active',
      [-5]: 'purchase before the first acquisition',
    });
  });

  it('byTimeThenPosition: by time, then position, in both argument orders', () => {
    // events 0, 1, 2 at times 5, 3, 5 and input positions 7, 9, 4
    const cmp = byTimeThenPosition(Float64Array.from([5, 3, 5]), Float64Array.from([7, 9, 4]));
    expect([Math.sign(cmp(1, 0)), Math.sign(cmp(0, 1))]).toEqual([-1, 1]); // time 3 before 5
    expect([Math.sign(cmp(2, 0)), Math.sign(cmp(0, 2))]).toEqual([-1, 1]); // same time: position 4 before 7
    expect(cmp(0, 0)).toBe(0);
  });

  it('buildTimelines: status events before until, by customer, sorted by time then position', () => {
    const c = readEvents('f', [
      ev('a', 'churned', 5),
      ev('b', 'acquired', 1),
      ev('a', 'acquired', 2),
      ev('a', 'purchase', 3, '1'),
      ev('a', 'reactivated', 5),
      ev('a', 'churned', 9),
    ]);
    const t = buildTimelines(c, T0 + 9 * 3_600_000);
    expect(Array.from(t.offsets)).toEqual([0, 3, 4]);
    expect(Array.from(t.type)).toEqual([ACQUIRED, CHURNED, REACTIVATED, ACQUIRED]);
    expect(Array.from(t.pos)).toEqual([2, 0, 4, 1]);
    expect(Array.from(t.at)).toEqual([T0 + 2 * 3_600_000, T0 + 5 * 3_600_000, T0 + 5 * 3_600_000, T0 + 3_600_000]);
    const all = buildTimelines(c);
    expect(Array.from(all.offsets)).toEqual([0, 4, 5]);
    const first = firstAcquisitions(t, 2);
    expect(Array.from(first.at)).toEqual([T0 + 2 * 3_600_000, T0 + 3_600_000]);
    expect(Array.from(first.pos)).toEqual([2, 1]);
    const none = firstAcquisitions(buildTimelines(readEvents('f', [ev('a', 'churned', 1)])), 1);
    expect(Number.isNaN(none.at[0])).toBe(true);
    expect(Number.isNaN(none.pos[0])).toBe(true);
    // a customer without an acquisition next to one with: nothing is borrowed from the neighbour
    const pair = firstAcquisitions(buildTimelines(readEvents('f', [ev('a', 'churned', 1), ev('b', 'acquired', 2)])), 2);
    expect(Number.isNaN(pair.at[0])).toBe(true);
    expect(pair.at[1]).toBe(T0 + 2 * 3_600_000);
  });

  it('buildTimelines sorts a later customer whose only two events came in reverse', () => {
    const c = readEvents('f', [ev('a', 'acquired', 1), ev('b', 'acquired', 3), ev('a', 'churned', 4), ev('b', 'churned', 2)]);
    const t = buildTimelines(c);
    expect(Array.from(t.offsets)).toEqual([0, 2, 4]);
    // b's events: churned at 2 (position 3) before acquired at 3 (position 1)
    expect(Array.from(t.type)).toEqual([ACQUIRED, CHURNED, CHURNED, ACQUIRED]);
    expect(Array.from(t.pos)).toEqual([0, 2, 3, 1]);
    expect(Array.from(t.at)).toEqual([1, 4, 2, 3].map((h) => T0 + h * 3_600_000));
  });

  it('anomalies: built, sorted by time then index, thrown with their paths', () => {
    const c = readEvents('f', [ev('x"y', 'acquired', 1)]);
    const a = anomaly(c, 0, ACQUIRED, T0, -1, 4);
    expect(a).toEqual({ customerId: 'x"y', type: 'acquired', at: '2026-03-01T00:00:00.000Z', problem: 'acquired while already active', index: 4 });
    expect(Object.isFrozen(a)).toBe(true);
    const b = anomaly(c, 0, PURCHASE, T0 - 1, -5, 9);
    const d = anomaly(c, 0, CHURNED, T0, -4, 2);
    expect(sortAnomalies([a, b, d]).map((x) => x.index)).toEqual([9, 2, 4]);
    expect(issuesOf(() => throwAnomalies('f', [d, a]))).toEqual([
      { code: 'anomaly', path: 'events[2]', message: 'f: events[2] churned while not active (churned of customer "x\\"y" at 2026-03-01T00:00:00.000Z)' },
      { code: 'anomaly', path: 'events[4]', message: 'f: events[4] acquired while already active (acquired of customer "x\\"y" at 2026-03-01T00:00:00.000Z)' },
    ]);
    expect(issuesOf(() => throwAnomalies('f', [b], 'log'))[0]?.path).toBe('log[9]');
  });
});

// Surviving mutants of the fast reader (EventReader.fast), core mutation run of 2026-12-06. The
// fast path must accept exactly what the general (zod) path accepts, with the same values, and
// read each field the way it documents; these inputs reach the guards the run left untested.
describe('fast reader: refuses and reads what the general path would', () => {
  const AT = '2026-03-01T00:00:00Z'; // canonical: the fast path reads it

  it('an empty type is refused, not read as a known one', () => {
    expect(issuesOf(() => collectEvents([{ customerId: 'a', type: '', at: AT } as never]))).toEqual([
      {
        code: 'invalid_union',
        path: 'events[0].type',
        message: 'collectEvents: events[0].type must be one of "acquired", "churned", "reactivated", "purchase", got ""',
      },
    ]);
  });

  it('a status event: its reason is checked and a stray amount is ignored', () => {
    // Other keys are ignored: the amount of a status event is neither read as money nor a licence
    // to skip the reason check.
    expect(issuesOf(() => collectEvents([{ customerId: 'a', type: 'acquired', at: AT, amount: '5', reason: 5 } as never]))).toEqual([
      { code: 'invalid_type', path: 'events[0].reason', message: 'collectEvents: events[0].reason must be a string, got 5' },
    ]);
    const c = collectEvents([{ customerId: 'a', type: 'churned', at: AT, amount: '5', reason: 'moved' } as never]);
    // a status event's minor is 0 (EventChunk.minor holds purchase amounts only)
    expect([c.chunks[0]!.type[0], c.chunks[0]!.minor[0]]).toEqual([CHURNED, 0]);
  });

  it('a canonical status event reads its reason itself: a throwing getter ends the reading there', () => {
    // The fast path reads `reason` of every canonical status event, so a getter that throws is
    // the input failing to be read (after the 1 event before it), not a problem of one event.
    for (const type of ['acquired', 'churned', 'reactivated']) {
      const bad = { customerId: 'a', type, at: AT, get reason(): string { throw new Error('gone'); } };
      expect(issuesOf(() => collectEvents([{ customerId: 'a', type: 'acquired', at: AT }, bad] as never)), type).toEqual([
        { code: 'unreadable_input', path: 'events', message: 'collectEvents: events could not be read after 1 events (gone)' },
      ]);
    }
  });

  it('an amount that is neither a string nor a number is refused by the general path, not thrown on', () => {
    // The problem phrase of DecimalLikeSchema: "must be a decimal: …, got <value>"
    const problem = 'must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal';
    for (const [amount, shown] of [[['1'], 'an array'], [{ length: 1 }, 'an object'], [5n, '5n'], [true, 'true'], [null, 'null']] as const) {
      expect(issuesOf(() => collectEvents([{ customerId: 'a', type: 'purchase', at: AT, amount } as never])), shown).toEqual([
        { code: 'invalid_union', path: 'events[0].amount', message: `collectEvents: events[0].amount ${problem}, got ${shown}` },
      ]);
    }
  });
});

describe('reading the events container', () => {
  it('undefined, a string and a function are neither events nor collected events', () => {
    // A string is iterable but not a container of events; a function is not an object even when
    // it carries the collected-events mark.
    const marked = Object.assign(() => 0, { kind: 'customer-metrics/collected-events' });
    for (const [input, shown] of [[undefined, 'undefined'], ['abc', '"abc"'], [marked, 'a function']] as const) {
      expect(issuesOf(() => collectEvents(input as never)), shown).toEqual([
        { code: 'invalid_type', path: 'events', message: `collectEvents: events must be an array or an iterable of events, got ${shown}` },
      ]);
    }
  });

  it('check() reports the closing note without adding it to the reader', () => {
    const r = new EventReader('f');
    for (let i = 0; i < MAX_ISSUES; i++) r.add({ customerId: 1 });
    // each { customerId: 1 } event has one issue (its type is checked first by the union): 100 issues
    expect(r.issues).toHaveLength(MAX_ISSUES);
    expect(issuesOf(() => r.check())).toHaveLength(MAX_ISSUES + 1);
    expect(r.issues).toHaveLength(MAX_ISSUES);
    expect(issuesOf(() => r.check())).toHaveLength(MAX_ISSUES + 1);
  });
});

describe('an events container whose iterator cannot be read', () => {
  it('is unreadable input, named with the problem', () => {
    const trap = { get [Symbol.iterator](): never { throw new Error('no iterator'); } };
    expect(issuesOf(() => collectEvents(trap as never))).toEqual([
      { code: 'unreadable_input', path: 'events', message: 'collectEvents: events could not be read (no iterator)' },
    ]);
    expect(issuesOf(() => readEventsInto('f', trap, new StatusLogSink(), 'log'))).toEqual([
      { code: 'unreadable_input', path: 'log', message: 'f: log could not be read (no iterator)' },
    ]);
  });
});

// Survivors of the second core run (2026-12-06b): the fast reader's first guards. Each input
// here passes the guard's neighbours, so only the guard keeps it off the fast path.
describe('fast reader: what it leaves to the general path', () => {
  const AT = '2026-03-01T00:00:00Z'; // canonical: the fast path reads it

  it('a null or missing event is an invalid event, not unreadable input', () => {
    // null is not an object: "must be an object, got null" (validate.ts problemOf, invalid_type);
    // an undefined input with nothing received is "is required"
    expect(issuesOf(() => collectEvents([null] as never))).toEqual([
      { code: 'invalid_type', path: 'events[0]', message: 'collectEvents: events[0] must be an object, got null' },
    ]);
    expect(issuesOf(() => collectEvents([{ customerId: 'a', type: 'acquired', at: AT }, undefined] as never))).toEqual([
      { code: 'invalid_type', path: 'events[1]', message: 'collectEvents: events[1] is required' },
    ]);
  });

  it('a customer id that is not a string is refused even when everything else is canonical', () => {
    expect(issuesOf(() => collectEvents([{ customerId: 5, type: 'acquired', at: AT }] as never))).toEqual([
      { code: 'invalid_type', path: 'events[0].customerId', message: 'collectEvents: events[0].customerId must be a string, got 5' },
    ]);
  });

  it('a String object holding a canonical timestamp is not a timestamp', () => {
    // InstantSchema takes a string primitive or a Date; a String object is "an object" (describeValue)
    const problem = 'must be an ISO-8601 timestamp with an offset (like "2026-03-01T00:00:00Z" or "2026-03-01T08:00:00+08:00") or a valid Date';
    // eslint-disable-next-line no-new-wrappers
    const boxed = new String(AT);
    expect(issuesOf(() => collectEvents([{ customerId: 'a', type: 'acquired', at: boxed }] as never))).toEqual([
      { code: 'custom', path: 'events[0].at', message: `collectEvents: events[0].at ${problem}, got an object` },
    ]);
  });

  it('a canonical purchase reads its amount itself: a throwing getter ends the reading there', () => {
    // As for a status event's reason: the fast path reads `amount` of a canonical purchase, so a
    // getter that throws is the input failing to be read after the 1 event before it.
    const bad = { customerId: 'a', type: 'purchase', at: AT, get amount(): string { throw new Error('gone'); } };
    expect(issuesOf(() => collectEvents([{ customerId: 'a', type: 'acquired', at: AT }, bad] as never))).toEqual([
      { code: 'unreadable_input', path: 'events', message: 'collectEvents: events could not be read after 1 events (gone)' },
    ]);
  });
});
