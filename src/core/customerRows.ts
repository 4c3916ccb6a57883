import { z } from 'zod';
import { Decimal } from './decimal.js';
import { MetricInputError, type MetricInputIssue } from './errors.js';
import { daysInMonth } from './instant.js';
import { show } from './result.js';
import { describeValue } from './schemas.js';

/**
 * Shared pieces of the customer-level segment functions (`valueTier`, `rfmScores`,
 * `lifecycleStage`, `segmentBy`): instants, customer-row checks, whole-day arithmetic and the
 * two quantile conventions (mid-rank scores and PERCENTILE.INC cut points).
 */

/** One day in milliseconds: the segment functions count elapsed 24-hour days, independent of time zones. */
export const DAY_MS = 86_400_000;

// Canonical ISO-8601 instant with an explicit offset: date (a year of four digits, or a sign and
// six as Date#toISOString writes years outside 0000–9999), time to minutes or seconds (with an
// optional fraction), and `Z` or ±hh:mm / ±hhmm.
const ISO_INSTANT = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

/** Epoch milliseconds of an ISO-8601 string with an offset or a valid Date; `undefined` for anything else. */
export function instantMs(value: unknown): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? undefined : t;
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO_INSTANT.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second, offH, offM] = m.slice(1).map((s) => (s === undefined ? 0 : Number(s))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!)) return undefined;
  if (hour! > 23 || minute! > 59 || second! > 59 || offH! > 23 || offM! > 59) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

const instantProblem = 'must be an ISO-8601 timestamp with an offset ("2026-03-01T08:00:00+08:00") or a valid Date';

/** An instant: an ISO-8601 string with an offset (`Z` or ±hh:mm) or a valid `Date`; parsed to epoch milliseconds. */
export const InstantSchema = z
  .custom<string | Date>(() => true)
  // A refinement rather than a type check, so that a bad instant does not stop the row list's own checks.
  .refine((v) => instantMs(v) !== undefined, {
    error: (iss) => (iss.input === undefined ? 'is required' : `${instantProblem}, got ${describeValue(iss.input)}`),
  })
  .transform((v) => instantMs(v)!);

/** A customer id: any string, `__proto__` and `constructor` included. */
export const CustomerIdSchema = z.string();

/**
 * Reports every repeated `customerId` of an array of rows (at `<index>.customerId`, naming the
 * first occurrence). Safe on rows that failed their own checks; pair it with {@link evenIfRowsFailed}
 * so that it runs even then.
 */
export function uniqueCustomerIds(rows: readonly unknown[], ctx: z.RefinementCtx, prefix: readonly PropertyKey[] = []): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = typeof row === 'object' && row !== null ? (row as { customerId?: unknown }).customerId : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else {
      ctx.addIssue({
        code: 'custom',
        path: [...prefix, i, 'customerId'],
        params: { code: 'duplicate' },
        message: `${describeValue(id)} repeats the customer of customers[${first}]`,
      });
    }
  });
}

/** Refinement option: run on an array even when some of its items failed (so repeated ids are reported together with bad fields). */
export const evenIfRowsFailed = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };

/**
 * Run `parse` (a {@link parseInput} call) and add the repeated-id issues of the raw `rows` (at
 * `customers[i].customerId`) that zod could not report because some row failed a type check
 * first, so that every problem is reported at once.
 */
export function parseWithUniqueIds<T>(functionName: string, parse: () => T, rows: unknown, root = 'customers'): T {
  let issues: MetricInputIssue[] = [];
  let out: T | undefined;
  try {
    out = parse();
  } catch (e) {
    if (!(e instanceof MetricInputError)) throw e;
    issues = [...e.issues];
  }
  if (issues.length === 0) return out as T;
  if (Array.isArray(rows)) {
    try {
      const extra: MetricInputIssue[] = [];
      uniqueCustomerIds(rows, {
        addIssue(iss: { path?: PropertyKey[]; message?: string; params?: Record<string, unknown> }) {
          const path = `${root}[${String(iss.path![0])}].customerId`;
          if (!issues.some((i) => i.path === path)) extra.push({ code: 'duplicate', path, message: `${functionName}: ${path} ${iss.message!}` });
        },
      } as unknown as z.RefinementCtx);
      issues.push(...extra);
    } catch {
      // An unreadable row was already reported by the parse.
    }
  }
  throw new MetricInputError(functionName, issues);
}

/** Collects issues in the library's format and throws them together. */
export class IssueList {
  private readonly list: MetricInputIssue[] = [];
  constructor(private readonly functionName: string) {}
  add(code: string, path: string, problem: string): void {
    this.list.push({ code, path, message: `${this.functionName}: ${path === '' ? 'input' : path} ${problem}` });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new MetricInputError(this.functionName, this.list);
  }
}

/** Whole 24-hour days elapsed from `fromMs` to `toMs` (rounded down; `toMs` ≥ `fromMs`). */
export function wholeDays(fromMs: number, toMs: number): number {
  return Math.floor((toMs - fromMs) / DAY_MS);
}

/** An ISO string of an instant in UTC, for echoing `asOf` in results. */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Mid-rank quantile scores 1…k of `items`, ordered from worst to best by `compare` (negative
 * when `a` is worse than `b`). With `below` the number of strictly worse items and `ties` the
 * number of items equal to this one (itself included), out of n:
 *
 *   score = floor(k · (below + ties / 2) / n) + 1
 *
 * i.e. the item's mid-rank percentile, cut into k equal bands. Equal values always share a score;
 * with distinct values every band holds ⌊n/k⌋ or ⌈n/k⌉ items; a single item or an all-equal set
 * sits at the 50th percentile (the middle score for odd k). Computed in integers, exactly.
 */
export function midRankScores<T>(items: readonly T[], compare: (a: T, b: T) => number, k = 5): number[] {
  const n = items.length;
  const order = items.map((_, i) => i).sort((a, b) => compare(items[a]!, items[b]!));
  const scores = new Array<number>(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && compare(items[order[start]!]!, items[order[end]!]!) === 0) end += 1;
    const score = Math.floor((k * (2 * start + (end - start))) / (2 * n)) + 1;
    for (let j = start; j < end; j += 1) scores[order[j]!] = score;
    start = end;
  }
  return scores;
}

/**
 * The q-th percentile of ascending `sorted` values, interpolating linearly between the closest
 * ranks (spreadsheets' PERCENTILE.INC, numpy's default): position h = q · (n − 1) (0-based),
 * value = v[⌊h⌋] + (h − ⌊h⌋) · (v[⌊h⌋ + 1] − v[⌊h⌋]). Exact in decimals. Returns the value and the
 * worked arithmetic (1-based ranks).
 */
export function percentileInc(sorted: readonly Decimal[], q: Decimal): { value: Decimal; calculation: string } {
  const n = sorted.length;
  const h = q.times(n - 1);
  const lo = h.floor().toNumber();
  const frac = h.minus(lo);
  const a = sorted[lo]!;
  if (frac.isZero() || lo + 1 >= n) {
    return { value: a, calculation: `v[${lo + 1}] = ${show(a)}` };
  }
  const b = sorted[lo + 1]!;
  const value = a.plus(frac.times(b.minus(a)));
  return {
    value,
    calculation: `v[${lo + 1}] + ${show(frac)} × (v[${lo + 2}] − v[${lo + 1}]) = ${show(a)} + ${show(frac)} × (${show(b)} − ${show(a)}) = ${show(value)}`,
  };
}

/** Compare two decimals (for sorting). */
export function compareDecimals(a: Decimal, b: Decimal): number {
  return a.comparedTo(b);
}

/** Compare two strings by UTF-16 code units (locale-independent). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
