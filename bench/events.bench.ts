// Events benchmark: snapshot + customer summaries from raw event objects (string timestamps and
// amounts, as they come from a file), against (a) a hand-written single-pass loop with plain
// floats over pre-parsed event objects (ids as strings in a Map, instants and amounts as numbers),
// (a′) the same loop over typed arrays with integer customer ids (a floor: no parsing, no lookup),
// and (b) DuckDB loading the same CSV and running the same aggregation in SQL. The library runs
// two ways: collect once then ask both questions, and streamed (each question reads the events
// itself and keeps only what it needs). Medians of ≥ 5 runs, ratios, peak RSS, agreement.
//
//   npm run bench -- events                  1M and 5M events, then 10M streamed in a child process
//   BENCH_QUICK=1 npm run bench -- events    100k events, 3 runs, no streaming child
//   BENCH_1M=1 npm run bench -- events       1M events only (BENCH_RUNS runs, default 5)
//   BENCH_STREAM_CHILD=10000000 [BENCH_STREAM_MODE=collect] node --import tsx bench/events.bench.ts
//                                            the 10M run alone: streamed (default) or collected first
//
// Nothing here is asserted on time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectEvents, customerSummaries, snapshotFromEvents, type CustomerEvent } from '../src/index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 0, 1);
const SPAN_S = 3 * 365 * 86_400; // three years, in seconds
const PERIOD = { quarter: '2025-Q3' } as const;
const P_START = Date.UTC(2025, 6, 1);
const P_END = Date.UTC(2025, 9, 1);
const AS_OF = '2025-12-31T23:59:59.999Z';
const AS_OF_MS = Date.parse(AS_OF);
const TYPES = ['acquired', 'churned', 'reactivated', 'purchase'] as const;

/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Log {
  n: number;
  customers: number;
  at: Float64Array; // epoch ms, time order
  cust: Int32Array;
  type: Uint8Array;
  cents: Float64Array;
}

/**
 * ≈ `events` events for `customers` customers over three years: one acquisition each, 25 % churn,
 * 40 % of those reactivated; purchases after acquisition with power-law (Pareto α = 1.2) counts
 * per customer and log-normal 2-decimal amounts. Sorted by time, as an export would be.
 */
export function generate(events: number, customers: number, seed = 42): Log {
  const r = rng(seed);
  const acq = new Float64Array(customers);
  const status: number[] = []; // [relSec, cust, type] triples
  for (let k = 0; k < customers; k++) {
    const a = Math.floor(r() * SPAN_S * 0.9);
    acq[k] = a;
    status.push(a, k, 0);
    if (r() < 0.25) {
      const c = a + 1 + Math.floor(r() * (SPAN_S - a - 2));
      status.push(c, k, 1);
      if (r() < 0.4 && c < SPAN_S - 2) status.push(c + 1 + Math.floor(r() * (SPAN_S - c - 2)), k, 2);
    }
  }
  const nStatus = status.length / 3;
  const nPurchases = Math.max(0, events - nStatus);
  const w = new Float64Array(customers);
  let sw = 0;
  for (let k = 0; k < customers; k++) sw += w[k] = Math.pow(1 - r(), -1 / 1.2);
  const n = nStatus + nPurchases;
  const keys = new Float64Array(n);
  const cust = new Int32Array(n);
  const type = new Uint8Array(n);
  const cents = new Float64Array(n);
  let i = 0;
  for (let s = 0; s < status.length; s += 3) {
    keys[i] = status[s]! * 2 ** 23 + i;
    cust[i] = status[s + 1]!;
    type[i] = status[s + 2]!;
    i++;
  }
  // Purchases: floor of each customer's share, the remainder to random customers.
  const counts = new Int32Array(customers);
  let given = 0;
  for (let k = 0; k < customers; k++) given += counts[k] = Math.floor((nPurchases * w[k]!) / sw);
  while (given < nPurchases) (counts[Math.floor(r() * customers)]!++, given++);
  for (let k = 0; k < customers; k++) {
    for (let j = 0; j < counts[k]!; j++) {
      const t = acq[k]! + 1 + Math.floor(r() * (SPAN_S - acq[k]! - 1));
      keys[i] = t * 2 ** 23 + i;
      cust[i] = k;
      type[i] = 3;
      // log-normal around 25.00 (Box–Muller)
      const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
      cents[i] = Math.max(1, Math.round(Math.exp(3.2 + 0.8 * z) * 100));
      i++;
    }
  }
  keys.sort();
  const at = new Float64Array(n);
  const c2 = new Int32Array(n);
  const t2 = new Uint8Array(n);
  const m2 = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const key = keys[j]!;
    const src = key % 2 ** 23;
    at[j] = T0 + ((key - src) / 2 ** 23) * 1000;
    c2[j] = cust[src]!;
    t2[j] = type[src]!;
    m2[j] = cents[src]!;
  }
  return { n, customers, at, cust: c2, type: t2, cents: m2 };
}

const idOf = (k: number): string => 'C' + String(k).padStart(6, '0');

/** The event as it would come from a file: every field a fresh string. */
export function eventAt(log: Log, j: number): CustomerEvent {
  const t = log.type[j]!;
  const at = new Date(log.at[j]!).toISOString();
  return t === 3
    ? { customerId: idOf(log.cust[j]!), type: 'purchase', at, amount: (log.cents[j]! / 100).toFixed(2) }
    : { customerId: idOf(log.cust[j]!), type: TYPES[t] as 'acquired' | 'churned' | 'reactivated', at };
}

/** Every event of the log as {@link eventAt} makes it, in log order. */
export function eventObjects(log: Log): CustomerEvent[] {
  const events: CustomerEvent[] = new Array(log.n);
  for (let j = 0; j < log.n; j++) events[j] = eventAt(log, j);
  return events;
}

interface Figures {
  S: number;
  E: number;
  N: number;
  C: number;
  rows: number;
  frequency: number;
  recency: number;
  T: number;
  purchases: number;
  totalCents: number;
  monetary: number;
}

type Ours = { s: ReturnType<typeof snapshotFromEvents>; rows: ReturnType<typeof customerSummaries> };

/** The library, streamed: each question reads the events itself (a fresh iterable each time). */
function oursStreamed(events: () => Iterable<CustomerEvent>): Ours {
  const s = snapshotFromEvents(events(), PERIOD);
  const rows = customerSummaries(events(), { asOf: AS_OF });
  return { s, rows };
}

/** The library: collect once (validating every event), then the snapshot and the summaries. */
const phases: number[][] = [];
function ours(events: CustomerEvent[] | Iterable<CustomerEvent>): Ours {
  const t0 = performance.now();
  const c = collectEvents(events);
  const t1 = performance.now();
  const s = snapshotFromEvents(c, PERIOD);
  const t2 = performance.now();
  const rows = customerSummaries(c, { asOf: AS_OF });
  phases.push([t1 - t0, t2 - t1, performance.now() - t2]);
  return { s, rows };
}
const medianOf = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function figuresOf({ s, rows }: Ours): Figures {
  const f: Figures = { S: s.customersAtStart, E: s.customersAtEnd, N: s.newCustomers, C: s.churnedCustomers, rows: rows.length, frequency: 0, recency: 0, T: 0, purchases: 0, totalCents: 0, monetary: 0 };
  for (const r of rows) {
    f.frequency += r.frequency;
    f.recency += r.recency;
    f.T += r.T;
    f.purchases += r.purchaseCount;
    f.totalCents += r.totalAmount.times(100).toNumber();
    f.monetary += r.monetaryValue.toNumber();
  }
  return f;
}

/** (a) Plain floats over pre-parsed, time-ordered arrays: one pass, no validation. */
function floatLoop(log: Log): Figures {
  const K = log.customers;
  const active = new Uint8Array(K);
  let atStart: Uint8Array | undefined;
  const isNew = new Uint8Array(K);
  let activeCount = 0;
  let S = -1;
  let E = -1;
  let N = 0;
  const count = new Float64Array(K);
  const sum = new Float64Array(K);
  const first = new Float64Array(K);
  const last = new Float64Array(K);
  const distinct = new Float64Array(K);
  const firstAmt = new Float64Array(K);
  for (let j = 0; j < log.n; j++) {
    const a = log.at[j]!;
    const k = log.cust[j]!;
    const t = log.type[j]!;
    if (S < 0 && a >= P_START) {
      S = activeCount;
      atStart = active.slice();
    }
    if (E < 0 && a >= P_END) E = activeCount;
    if (t === 3) {
      if (a > AS_OF_MS) continue;
      const d = Math.floor(a / DAY);
      const amt = log.cents[j]! / 100;
      if (count[k] === 0) {
        first[k] = last[k] = d;
        distinct[k] = 1;
        firstAmt[k] = amt;
      } else if (d !== last[k]) {
        distinct[k]!++;
        last[k] = d;
      } else if (d === first[k]) firstAmt[k]! += amt;
      count[k]!++;
      sum[k]! += amt;
    } else if (t === 1) {
      active[k] = 0;
      activeCount--;
    } else {
      active[k] = 1;
      activeCount++;
      if (atStart && E < 0 && !atStart[k] && !isNew[k]) (isNew[k] = 1), N++;
    }
  }
  if (S < 0) S = activeCount;
  if (E < 0) E = activeCount;
  const A = Math.floor(AS_OF_MS / DAY);
  const f: Figures = { S, E, N, C: S + N - E, rows: 0, frequency: 0, recency: 0, T: 0, purchases: 0, totalCents: 0, monetary: 0 };
  for (let k = 0; k < K; k++) {
    if (count[k] === 0) continue;
    const freq = distinct[k]! - 1;
    f.rows++;
    f.frequency += freq;
    f.recency += last[k]! - first[k]!;
    f.T += A - first[k]!;
    f.purchases += count[k]!;
    f.totalCents += Math.round(sum[k]! * 100);
    f.monetary += freq === 0 ? 0 : (sum[k]! - firstAmt[k]!) / freq;
  }
  return f;
}

/** An event as parsed from a file by a hand-written reader: numbers for the instant and amount. */
interface Parsed {
  customerId: string;
  type: number; // 0 acquired, 1 churned, 2 reactivated, 3 purchase
  at: number;
  amount: number;
}

interface State {
  active: boolean;
  activeAtStart: boolean;
  isNew: boolean;
  count: number;
  sum: number;
  first: number;
  last: number;
  distinct: number;
  firstAmt: number;
}

/** Per-run state of the hand-written loops (a) and (a″). */
class FloatRun {
  readonly customers = new Map<string, State>();
  activeCount = 0;
  S = -1;
  E = -1;
  N = 0;

  step(id: string, type: number, a: number, amount: number): void {
    if (this.S < 0 && a >= P_START) {
      this.S = this.activeCount;
      for (const st of this.customers.values()) st.activeAtStart = st.active;
    }
    if (this.E < 0 && a >= P_END) this.E = this.activeCount;
    let st = this.customers.get(id);
    if (st === undefined) {
      st = { active: false, activeAtStart: false, isNew: false, count: 0, sum: 0, first: 0, last: 0, distinct: 0, firstAmt: 0 };
      this.customers.set(id, st);
    }
    if (type === 3) {
      if (a > AS_OF_MS) return;
      const d = Math.floor(a / DAY);
      if (st.count === 0) {
        st.first = st.last = d;
        st.distinct = 1;
        st.firstAmt = amount;
      } else if (d !== st.last) {
        st.distinct++;
        st.last = d;
      } else if (d === st.first) st.firstAmt += amount;
      st.count++;
      st.sum += amount;
    } else if (type === 1) {
      st.active = false;
      this.activeCount--;
    } else {
      st.active = true;
      this.activeCount++;
      if (this.S >= 0 && this.E < 0 && !st.activeAtStart && !st.isNew) (st.isNew = true), this.N++;
    }
  }

  figures(): Figures {
    const S = this.S < 0 ? this.activeCount : this.S;
    const E = this.E < 0 ? this.activeCount : this.E;
    const A = Math.floor(AS_OF_MS / DAY);
    const f: Figures = { S, E, N: this.N, C: S + this.N - E, rows: 0, frequency: 0, recency: 0, T: 0, purchases: 0, totalCents: 0, monetary: 0 };
    for (const st of this.customers.values()) {
      if (st.count === 0) continue;
      const freq = st.distinct - 1;
      f.rows++;
      f.frequency += freq;
      f.recency += st.last - st.first;
      f.T += A - st.first;
      f.purchases += st.count;
      f.totalCents += Math.round(st.sum * 100);
      f.monetary += freq === 0 ? 0 : (st.sum - st.firstAmt) / freq;
    }
    return f;
  }
}

/**
 * (a) Plain floats over pre-parsed event objects, as a developer would write it by hand: one
 * pass, per-customer state in a Map keyed by the id string, no validation, float money. Like every
 * loop here it relies on the events being in time order (the library does not).
 */
function floatLoopObjects(events: readonly Parsed[]): Figures {
  const run = new FloatRun();
  for (let j = 0; j < events.length; j++) {
    const e = events[j]!;
    run.step(e.customerId, e.type, e.at, e.amount);
  }
  return run.figures();
}

const TYPE_CODE: Record<string, number> = { acquired: 0, churned: 1, reactivated: 2, purchase: 3 };

/**
 * (a″) The same hand-written loop over the very event objects the library reads (string instants
 * and amounts): `Date.parse` and `Number` per event, no validation, float money.
 */
function floatLoopStrings(events: readonly CustomerEvent[]): Figures {
  const run = new FloatRun();
  for (let j = 0; j < events.length; j++) {
    const e = events[j]!;
    const type = TYPE_CODE[e.type]!;
    run.step(e.customerId, type, Date.parse(e.at as string), type === 3 ? Number((e as { amount: string }).amount) : 0);
  }
  return run.figures();
}

function writeCsv(log: Log, file: string): void {
  const parts: string[] = ['customer_id,type,at,amount\n'];
  const block: string[] = [];
  for (let j = 0; j < log.n; j++) {
    const t = log.type[j]!;
    block.push(`${idOf(log.cust[j]!)},${TYPES[t]},${new Date(log.at[j]!).toISOString()},${t === 3 ? (log.cents[j]! / 100).toFixed(2) : ''}\n`);
    if (block.length === 100_000) parts.push(block.splice(0).join(''));
  }
  parts.push(block.join(''));
  writeFileSync(file, parts.join(''));
}

/**
 * `withRows`: also read the 100,000 summary rows into JavaScript objects, ordered by customer id, with
 * the fields the library's rows carry (first and last purchase as ISO strings, count, exact total
 * as a decimal string, mean amount, frequency, recency, T, monetary value), as a program that wants
 * the rows, not only the table inside DuckDB, has to. (b) and (b1) leave the rows in DuckDB.
 */
/** The rows (b2) read last, for a row-by-row spot check against the library's. */
let duckRows: Record<string, unknown>[] = [];
async function duck(file: string, threads?: number, withRows = false): Promise<{ run: () => Promise<Figures>; close: () => void }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run("SET TimeZone = 'UTC'");
  if (threads !== undefined) await con.run(`SET threads = ${threads}`);
  const ts = (ms: number) => String(ms);
  const run = async (): Promise<Figures> => {
    await con.run(
      `CREATE OR REPLACE TABLE ev AS SELECT customer_id, kind, epoch_ms(ts) AS ms, amount FROM read_csv('${file}', header = true,
         columns = {'customer_id': 'VARCHAR', 'kind': 'VARCHAR', 'ts': 'TIMESTAMPTZ', 'amount': 'DECIMAL(18,2)'})`,
    );
    const snap = (
      await con.runAndReadAll(`
      WITH st AS (
        SELECT customer_id,
          arg_max(kind, ms) FILTER (WHERE kind <> 'purchase' AND ms < ${ts(P_START)}) AS before_s,
          arg_max(kind, ms) FILTER (WHERE kind <> 'purchase' AND ms < ${ts(P_END)}) AS before_e,
          bool_or(kind IN ('acquired', 'reactivated') AND ms >= ${ts(P_START)} AND ms < ${ts(P_END)}) AS act_in
        FROM ev WHERE kind <> 'purchase' GROUP BY customer_id)
      SELECT count(*) FILTER (WHERE before_s IN ('acquired', 'reactivated'))::INTEGER,
             count(*) FILTER (WHERE before_e IN ('acquired', 'reactivated'))::INTEGER,
             count(*) FILTER (WHERE coalesce(before_s, '') NOT IN ('acquired', 'reactivated') AND act_in)::INTEGER
      FROM st`)
    ).getRows()[0]!;
    await con.run(`
      CREATE OR REPLACE TABLE summaries AS
      WITH p AS (
        SELECT customer_id, (ms // 86400000) AS day, sum(amount) AS amt, count(*) AS n, min(ms) AS first_ms, max(ms) AS last_ms
        FROM ev WHERE kind = 'purchase' AND ms <= ${ts(AS_OF_MS)} GROUP BY 1, 2)
      SELECT customer_id, count(*) - 1 AS frequency, max(day) - min(day) AS recency,
             ${Math.floor(AS_OF_MS / DAY)} - min(day) AS T, sum(n) AS purchases, sum(amt) AS total,
             CASE WHEN count(*) > 1 THEN (sum(amt) - arg_min(amt, day)) / (count(*) - 1) ELSE 0 END AS monetary,
             min(first_ms) AS first_ms, max(last_ms) AS last_ms
      FROM p GROUP BY 1`);
    if (withRows) {
      const read = (
        await con.runAndReadAll(
          `SELECT customer_id AS "customerId", strftime(make_timestamp(first_ms * 1000), '%Y-%m-%dT%H:%M:%S.%gZ') AS "firstPurchaseAt",
             strftime(make_timestamp(last_ms * 1000), '%Y-%m-%dT%H:%M:%S.%gZ') AS "lastPurchaseAt", purchases::INTEGER AS "purchaseCount",
             total::VARCHAR AS "totalAmount", (total / purchases)::DOUBLE AS "averageAmount", frequency::INTEGER AS frequency,
             recency::INTEGER AS recency, T::INTEGER AS "T", monetary::DOUBLE AS "monetaryValue"
           FROM summaries ORDER BY customer_id`,
        )
      ).getRowObjectsJS();
      duckRows = read;
    }
    const agg = (
      await con.runAndReadAll(
        'SELECT count(*)::DOUBLE, sum(frequency)::DOUBLE, sum(recency)::DOUBLE, sum(T)::DOUBLE, sum(purchases)::DOUBLE, (sum(total) * 100)::DOUBLE, sum(monetary)::DOUBLE FROM summaries',
      )
    ).getRows()[0]!;
    const [S, E, N] = snap.map(Number) as [number, number, number];
    const [rows, frequency, recency, T, purchases, totalCents, monetary] = agg.map(Number) as number[];
    return { S, E, N, C: S + N - E, rows: rows!, frequency: frequency!, recency: recency!, T: T!, purchases: purchases!, totalCents: totalCents!, monetary: monetary! };
  };
  return { run, close: () => con.closeSync() };
}

async function timeIt<T>(runs: number, fn: () => T | Promise<T>): Promise<{ median: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, result };
}

function agree(a: Figures, b: Figures): string[] {
  const bad: string[] = [];
  for (const k of Object.keys(a) as (keyof Figures)[]) {
    const tol = k === 'monetary' ? 1e-6 * Math.max(1, Math.abs(a[k])) : 0;
    if (Math.abs(a[k] - b[k]) > tol) bad.push(`${k}: ${a[k]} vs ${b[k]}`);
  }
  return bad;
}

/** Every 997th row of (b2) against the library's row at the same place, field by field. */
function sameRows(mine: Ours['rows'], theirs: Record<string, unknown>[]): string[] {
  if (mine.length !== theirs.length) return [`${mine.length} rows vs ${theirs.length}`];
  const bad: string[] = [];
  for (let i = 0; i < mine.length && bad.length < 5; i += 997) {
    const m = mine[i]!;
    const t = theirs[i]!;
    const same =
      m.customerId === t['customerId'] && m.firstPurchaseAt === t['firstPurchaseAt'] && m.lastPurchaseAt === t['lastPurchaseAt'] &&
      m.purchaseCount === t['purchaseCount'] && m.totalAmount.equals(t['totalAmount'] as string) && m.frequency === t['frequency'] &&
      m.recency === t['recency'] && m.T === t['T'] && Math.abs(m.averageAmount.toNumber() - (t['averageAmount'] as number)) < 1e-9 &&
      Math.abs(m.monetaryValue.toNumber() - (t['monetaryValue'] as number)) < 1e-9;
    if (!same) bad.push(`row ${i}: ${JSON.stringify(m)} vs ${JSON.stringify(t)}`);
  }
  return bad;
}

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

async function measure(size: number, customers: number, runs: number): Promise<number> {
  const log = generate(size, customers);
  const dir = mkdtempSync(join(tmpdir(), 'cm-bench-'));
  const file = join(dir, 'events.csv');
  try {
    writeCsv(log, file);
    const events = eventObjects(log);
    // Pre-parsed objects for (a): fresh id strings, as a reader would make them.
    const parsed: Parsed[] = new Array(log.n);
    for (let j = 0; j < log.n; j++) parsed[j] = { customerId: idOf(log.cust[j]!), type: log.type[j]!, at: log.at[j]!, amount: log.cents[j]! / 100 };
    const rssBefore = process.resourceUsage().maxRSS;
    phases.length = 0;
    const a = await timeIt(runs, () => ours(events));
    const [pc, ps, pr] = [0, 1, 2].map((i) => medianOf(phases.map((p) => p[i]!)));
    // A generator over the array: arrays themselves are read into the log.
    const st = await timeIt(runs, () =>
      oursStreamed(function* (): Generator<CustomerEvent> {
        yield* events;
      }),
    );
    const rssOurs = process.resourceUsage().maxRSS;
    const o = await timeIt(runs, () => floatLoopObjects(parsed));
    const os = await timeIt(runs, () => floatLoopStrings(events));
    const b = await timeIt(runs, () => floatLoop(log));
    const d = await duck(file);
    const c = await timeIt(runs, d.run);
    d.close();
    const d1 = await duck(file, 1);
    const c1 = await timeIt(runs, d1.run);
    d1.close();
    const d2 = await duck(file, undefined, true);
    const c2 = await timeIt(runs, d2.run);
    d2.close();
    const rssDuck = process.resourceUsage().maxRSS;
    const mine = figuresOf(a.result);
    const problems = [
      ...agree(mine, figuresOf(st.result)).map((p) => `streamed: ${p}`),
      ...agree(mine, o.result).map((p) => `float objects: ${p}`),
      ...agree(mine, os.result).map((p) => `float strings: ${p}`),
      ...agree(mine, b.result).map((p) => `float arrays: ${p}`),
      ...agree(mine, c.result).map((p) => `duckdb: ${p}`),
      ...agree(mine, c1.result).map((p) => `duckdb 1 thread: ${p}`),
      ...agree(mine, c2.result).map((p) => `duckdb with rows: ${p}`),
      ...sameRows(a.result.rows, duckRows).map((p) => `duckdb rows: ${p}`),
    ];
    console.log(`\n## ${log.n.toLocaleString('en')} events, ${customers.toLocaleString('en')} customers (${runs} runs, medians)`);
    console.log(`library (collect + snapshot + summaries, from strings): ${(a.median / 1000).toFixed(3)} s`);
    console.log(`  of which: collect (read + validate + intern) ${(pc! / 1000).toFixed(3)} s, snapshot ${(ps! / 1000).toFixed(3)} s, summaries (pass + ${customers.toLocaleString('en')} exact rows) ${(pr! / 1000).toFixed(3)} s`);
    console.log(`library streamed (snapshot and summaries each read the events):  ${(st.median / 1000).toFixed(3)} s`);
    const best = Math.min(a.median, st.median);
    console.log(`(a) plain-float loop over pre-parsed objects (Map by id): ${(o.median / 1000).toFixed(3)} s   library / (a) = ${(a.median / o.median).toFixed(2)}× collected, ${(st.median / o.median).toFixed(2)}× streamed`);
    console.log(`(a″) the same loop over the library's string events (Date.parse, Number): ${(os.median / 1000).toFixed(3)} s   library / (a″) = ${(a.median / os.median).toFixed(2)}× collected`);
    console.log(`(a′) plain-float loop over typed arrays (integer ids):   ${(b.median / 1000).toFixed(3)} s   library / (a′) = ${(best / b.median).toFixed(2)}× (faster way)`);
    console.log(`(b) DuckDB load CSV + same aggregation in SQL:           ${(c.median / 1000).toFixed(3)} s   library / duckdb = ${(a.median / c.median).toFixed(2)}× collected, ${(st.median / c.median).toFixed(2)}× streamed`);
    console.log(`(b1) DuckDB as (b), one thread (SET threads = 1):   ${(c1.median / 1000).toFixed(3)} s   library / duckdb = ${(a.median / c1.median).toFixed(2)}× collected`);
    console.log(`(b2) DuckDB as (b), and the summary rows read into JS objects:   ${(c2.median / 1000).toFixed(3)} s   library / duckdb = ${(a.median / c2.median).toFixed(2)}× collected`);
    console.log(`peak RSS: after data generation ${mb(rssBefore)}, after library runs ${mb(rssOurs)}, after DuckDB ${mb(rssDuck)} (process-wide peaks)`);
    console.log(`snapshot ${PERIOD.quarter}: S ${mine.S}, E ${mine.E}, N ${mine.N}, C ${mine.C}; ${mine.rows} summary rows, Σfrequency ${mine.frequency}`);
    console.log(problems.length === 0 ? 'agreement: all agree (counts, periods and cents exactly; Σ monetary to 1e-6 relative)' : `DISAGREEMENT: ${problems.join('; ')}`);
    return Math.min(a.median, st.median);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Child-process task: `size` events from a generator (never all in memory), and peak RSS. Mode
 * `stream` (default): the snapshot and the summaries each read the generator's events (run twice,
 * as a file would be read twice) and keep only what they need. Mode `collect`: collected once into
 * the compact log, then both questions.
 */
function streamChild(size: number): void {
  const mode = process.env['BENCH_STREAM_MODE'] === 'collect' ? 'collect' : 'stream';
  const customers = 100_000;
  const perCustomer = Math.round(size / customers);
  function* events(): Generator<CustomerEvent> {
    const r = rng(7);
    // Customer by customer (a file sorted by customer): acquisition, then purchases in time order.
    for (let k = 0; k < customers; k++) {
      const id = idOf(k);
      let t = T0 + Math.floor(r() * SPAN_S * 0.5) * 1000;
      yield { customerId: id, type: 'acquired', at: new Date(t).toISOString() };
      for (let j = 1; j < perCustomer; j++) {
        t += Math.floor(r() * 20 * 86_400) * 1000;
        yield { customerId: id, type: 'purchase', at: new Date(t).toISOString(), amount: (Math.round(r() * 10_000) / 100).toFixed(2) };
      }
    }
  }
  // RSS of the process before reading anything (Node, and the tsx loader when run under it).
  const startRssKb = Math.round(process.memoryUsage().rss / 1024);
  const t = performance.now();
  const f = figuresOf(mode === 'collect' ? ours(events()) : oursStreamed(events));
  const s = (performance.now() - t) / 1000;
  console.log(JSON.stringify({ mode, events: perCustomer * customers, seconds: s, maxRssKb: process.resourceUsage().maxRSS, startRssKb, rows: f.rows, S: f.S, E: f.E }));
}

export async function run(): Promise<void> {
  const quick = process.env['BENCH_QUICK'] === '1';
  console.log(`events bench (${quick ? 'quick' : 'full'}), node ${process.version}`);
  if (quick) {
    await measure(100_000, 10_000, 3);
    return;
  }
  if (process.env['BENCH_1M'] === '1') {
    // 1M only (BENCH_RUNS runs, default 5), then nothing else: for iterating on the events path.
    await measure(1_000_000, 100_000, Number(process.env['BENCH_RUNS'] ?? '5'));
    return;
  }
  const t1 = await measure(1_000_000, 100_000, 5);
  const t5 = await measure(5_000_000, 100_000, 5);
  console.log(`\n5M / 1M cost ratio (library): ${(t5 / t1).toFixed(2)}×`);
  const self = fileURLToPath(import.meta.url);
  for (const mode of ['stream', 'collect']) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', self], {
      env: { ...process.env, BENCH_STREAM_CHILD: '10000000', BENCH_STREAM_MODE: mode },
      encoding: 'utf8',
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    try {
      const o = JSON.parse(line) as { events: number; seconds: number; maxRssKb: number; startRssKb: number; rows: number };
      console.log(
        `\n## 10M ${mode === 'stream' ? 'streamed (each question reads the generator)' : 'collected first'}: ${o.events.toLocaleString('en')} events from a generator in a fresh process: ${o.seconds.toFixed(2)} s, peak RSS ${mb(o.maxRssKb)} (${mb(o.startRssKb)} before reading; ${o.rows} summary rows)`,
      );
    } catch {
      console.log(`10M ${mode} run failed: ${child.stderr}`);
    }
  }
}

if (process.env['BENCH_STREAM_CHILD']) streamChild(Number(process.env['BENCH_STREAM_CHILD']));
