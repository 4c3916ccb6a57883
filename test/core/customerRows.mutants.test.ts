import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  compareCodeUnits,
  compareDecimals,
  CustomerIdSchema,
  DAY_MS,
  evenIfRowsFailed,
  InstantSchema,
  instantMs,
  isoOf,
  IssueList,
  midRankScores,
  parseWithUniqueIds,
  percentileInc,
  uniqueCustomerIds,
  wholeDays,
} from '../../src/core/customerRows.js';
import { Decimal } from '../../src/core/decimal.js';
import { MetricInputError } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

const P = 'must be an ISO-8601 timestamp with an offset ("2026-03-01T08:00:00+08:00") or a valid Date';

describe('customerRows.instantMs', () => {
  it('every accepted form', () => {
    expect(instantMs('2026-03-01T08:00:00+08:00')).toBe(Date.UTC(2026, 2, 1));
    expect(instantMs('2026-03-01T08:00:00+0800')).toBe(Date.UTC(2026, 2, 1));
    expect(instantMs('2026-03-01T08:00+08:00')).toBe(Date.UTC(2026, 2, 1));
    expect(instantMs('2026-03-01T00:00:00.123456789Z')).toBe(Date.UTC(2026, 2, 1) + 123);
    expect(instantMs('2026-03-01T23:59:59-23:59')).toBe(Date.UTC(2026, 2, 1, 23, 59, 59) + (23 * 60 + 59) * 60_000);
    for (const [y, m, d] of [[2026, 1, 31], [2026, 4, 30], [2026, 12, 31], [2000, 2, 29], [2024, 2, 29]] as const) {
      const s = `${y}-${String(m).padStart(2, '0')}-${d}T00:00:00Z`;
      expect(instantMs(s), s).toBe(Date.UTC(y, m - 1, d));
    }
    expect(instantMs(new Date(12))).toBe(12);
  });

  it.each([
    '2026-03-01T08:00:00+08', // hours only
    '2026-03-01 08:00:00Z',
    '2026-03-01t08:00:00Z',
    '2026-03-01T08:00:00z',
    '2026-03-01T08:00:00.Z',
    '2026-03-01T08:00:00.1234567890Z',
    '2026-03-01T08:00:00,1Z',
    '2026-04-31T00:00:00Z',
    '2100-02-29T00:00:00Z',
    '2026-12-32T00:00:00Z',
    'x2026-03-01T08:00:00Z',
    '2026-03-01T08:00:00Zx',
    '+2026-03-01T08:00:00Z', // a signed year needs six digits
    '-000000-03-01T08:00:00Z', // minus zero is not a year
  ])('undefined for %j', (s) => {
    expect(instantMs(s)).toBeUndefined();
  });

  it('reads an expanded year as Date#toISOString writes it (test/core/expandedYears.test.ts has more)', () => {
    expect(instantMs('+002026-03-01T08:00:00Z')).toBe(Date.UTC(2026, 2, 1, 8));
  });

  it('undefined for a non-string whose text is a timestamp', () => {
    expect(instantMs({ toString: () => '2026-03-01T00:00:00Z' })).toBeUndefined();
    expect(instantMs(['2026-03-01T00:00:00Z'])).toBeUndefined();
  });

  it('InstantSchema: required, the problem with the value, epoch ms out', () => {
    const S = z.object({ at: InstantSchema });
    expect(parseInput('f', S, { at: '2026-03-01T00:00:00Z' })).toEqual({ at: Date.UTC(2026, 2, 1) });
    expect(issuesOf(() => parseInput('f', S, {}))).toEqual([{ code: 'custom', path: 'at', message: 'f: at is required' }]);
    expect(issuesOf(() => parseInput('f', S, { at: '2026-03-01' }))).toEqual([{ code: 'custom', path: 'at', message: `f: at ${P}, got "2026-03-01"` }]);
    expect(parseInput('f', CustomerIdSchema, '__proto__')).toBe('__proto__');
  });
});

describe('uniqueCustomerIds and parseWithUniqueIds', () => {
  const Rows = z
    .array(z.object({ customerId: z.string(), n: z.number() }))
    .superRefine((rows, ctx) => uniqueCustomerIds(rows, ctx), evenIfRowsFailed);

  it('each repeat names the first occurrence; non-string ids and non-objects are skipped', () => {
    const rows = [{ customerId: 'a', n: 1 }, { customerId: 'b', n: 1 }, { customerId: 'a', n: 1 }, { customerId: 'a', n: 1 }];
    expect(issuesOf(() => parseInput('f', Rows, rows, 'customers'))).toEqual([
      { code: 'duplicate', path: 'customers[2].customerId', message: 'f: customers[2].customerId "a" repeats the customer of customers[0]' },
      { code: 'duplicate', path: 'customers[3].customerId', message: 'f: customers[3].customerId "a" repeats the customer of customers[0]' },
    ]);
    const ctxIssues: unknown[] = [];
    uniqueCustomerIds([null, 5, { customerId: 1 }, { customerId: 1 }, { customerId: 'x' }, { customerId: 'x' }], { addIssue: (i: unknown) => ctxIssues.push(i) } as never, ['rows']);
    expect(ctxIssues).toEqual([{ code: 'custom', path: ['rows', 5, 'customerId'], params: { code: 'duplicate' }, message: '"x" repeats the customer of customers[4]' }]);
  });

  it('an undefined row is skipped like any other non-object', () => {
    const ctxIssues: unknown[] = [];
    const ctx = { addIssue: (i: unknown) => ctxIssues.push(i) } as never;
    // rows 1 and 3 share "y"; rows 0 and 2 are no objects and are passed over
    uniqueCustomerIds([undefined, { customerId: 'y' }, undefined, { customerId: 'y' }], ctx);
    expect(ctxIssues).toEqual([{ code: 'custom', path: [3, 'customerId'], params: { code: 'duplicate' }, message: '"y" repeats the customer of customers[1]' }]);
  });

  it('evenIfRowsFailed runs on arrays only', () => {
    expect(evenIfRowsFailed.when({ value: [] })).toBe(true);
    expect(evenIfRowsFailed.when({ value: {} })).toBe(false);
    // with it, a repeat is reported together with a bad field
    const rows = [{ customerId: 'a', n: 'x' }, { customerId: 'a', n: 1 }];
    expect(issuesOf(() => parseInput('f', Rows, rows, 'customers')).map((i) => i.path)).toEqual(['customers[0].n', 'customers[1].customerId']);
  });

  it('parseWithUniqueIds adds repeats the parse could not report, once, under the root', () => {
    const rows = [{ customerId: 'a' }, { customerId: 'a' }, { customerId: 'b' }, { customerId: 'b' }];
    const parse = () => {
      throw new MetricInputError('f', [
        { code: 'invalid_type', path: 'rows[0].n', message: 'f: rows[0].n is required' },
        { code: 'duplicate', path: 'rows[3].customerId', message: 'f: rows[3].customerId already' },
      ]);
    };
    expect(issuesOf(() => parseWithUniqueIds('f', parse, rows, 'rows'))).toEqual([
      { code: 'invalid_type', path: 'rows[0].n', message: 'f: rows[0].n is required' },
      { code: 'duplicate', path: 'rows[3].customerId', message: 'f: rows[3].customerId already' },
      { code: 'duplicate', path: 'rows[1].customerId', message: 'f: rows[1].customerId "a" repeats the customer of customers[0]' },
    ]);
    // default root "customers"; rows that are not an array add nothing
    expect(issuesOf(() => parseWithUniqueIds('f', parse, rows)).map((i) => i.path)).toEqual([
      'rows[0].n',
      'rows[3].customerId',
      'customers[1].customerId',
      'customers[3].customerId',
    ]);
    expect(issuesOf(() => parseWithUniqueIds('f', parse, { 0: rows[0] })).map((i) => i.path)).toEqual(['rows[0].n', 'rows[3].customerId']);
    expect(parseWithUniqueIds('f', () => 'fine', rows)).toBe('fine');
    // rows that are not an array (a Set has forEach too) get no repeat check
    const set = new Set([{ customerId: 'a' }, { customerId: 'a' }]);
    expect(issuesOf(() => parseWithUniqueIds('f', parse, set)).map((i) => i.path)).toEqual(['rows[0].n', 'rows[3].customerId']);
  });
});

describe('IssueList', () => {
  it('collects in order and throws them together', () => {
    const list = new IssueList('g');
    list.add('a', 'x', 'is bad');
    list.add('b', '', 'is worse');
    let caught: MetricInputError | undefined;
    try {
      list.throwIfAny();
    } catch (e) {
      caught = e as MetricInputError;
    }
    expect(caught?.functionName).toBe('g');
    expect(caught?.issues).toEqual([
      { code: 'a', path: 'x', message: 'g: x is bad' },
      { code: 'b', path: '', message: 'g: input is worse' },
    ]);
  });
});

describe('days and quantiles', () => {
  it('wholeDays, isoOf, DAY_MS', () => {
    expect(DAY_MS).toBe(86_400_000);
    expect(wholeDays(0, 0)).toBe(0);
    expect(wholeDays(5, 5 + DAY_MS - 1)).toBe(0);
    expect(wholeDays(5, 5 + DAY_MS)).toBe(1);
    expect(wholeDays(0, 10 * DAY_MS + 1)).toBe(10);
    expect(isoOf(DAY_MS)).toBe('1970-01-02T00:00:00.000Z');
  });

  it('midRankScores: ties share the mid-rank score', () => {
    const cmp = (a: number, b: number) => a - b;
    // [1, 1, 2, 3], k = 5: the 1s: ⌊5·(0 + 2/2)·2/8⌋… = ⌊5·2/8⌋ + 1 = 2; the 2: ⌊5·(2·2 + 1)/8⌋ + 1 = ⌊25/8⌋ + 1 = 4;
    // the 3: ⌊5·(2·3 + 1)/8⌋ + 1 = ⌊35/8⌋ + 1 = 5
    expect(midRankScores([1, 1, 2, 3], cmp)).toEqual([2, 2, 4, 5]);
    expect(midRankScores([3, 2, 1, 1], cmp)).toEqual([5, 4, 2, 2]);
    // one item, or all equal: ⌊5·n/(2n)⌋ + 1 = ⌊2.5⌋ + 1 = 3
    expect(midRankScores([7], cmp)).toEqual([3]);
    expect(midRankScores([7, 7, 7], cmp)).toEqual([3, 3, 3]);
    // ten distinct values, k = 5: ⌊5·(2i + 1)/20⌋ + 1 = 1, 1, 2, 2, 3, 3, 4, 4, 5, 5
    expect(midRankScores([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], cmp)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // with the library's decimal comparator (which throws on a missing item): 3 < 5 < 5 → ⌊5·1/6⌋ + 1 = 1, ⌊5·(2·1 + 2)/6⌋ + 1 = 4
    expect(midRankScores(['5', '3', '5'].map((s) => new Decimal(s)), compareDecimals)).toEqual([4, 1, 4]);
    // k = 3 on [1, 2, 2, 3]: the 1: ⌊3·1/8⌋ + 1 = 1; the 2s: ⌊3·(2 + 2)/8⌋ + 1 = 2; the 3: ⌊3·7/8⌋ + 1 = 3
    expect(midRankScores([2, 3, 1, 2], cmp, 3)).toEqual([2, 3, 1, 2]);
  });

  it('percentileInc: exact ranks, interpolation, negatives shown in parentheses', () => {
    const v = ['-4', '-2', '0', '10', '12'].map((s) => new Decimal(s));
    // h = 0.375 · 4 = 1.5: v[2] + 0.5 × (v[3] − v[2]) = −2 + 0.5 × 2 = −1
    expect(percentileInc(v, new Decimal('0.375'))).toEqual({
      value: new Decimal(-1),
      calculation: 'v[2] + 0.5 × (v[3] − v[2]) = (-2) + 0.5 × (0 − (-2)) = (-1)',
    });
    // h = 0 → v[1]; h = 0.25 · 4 = 1 → v[2] exactly
    expect(percentileInc(v, new Decimal(0))).toEqual({ value: new Decimal(-4), calculation: 'v[1] = (-4)' });
    expect(percentileInc(v, new Decimal('0.25')).calculation).toBe('v[2] = (-2)');
    // h = 0.9 · 4 = 3.6: v[4] + 0.6 × (v[5] − v[4]) = 10 + 0.6 × 2 = 11.2
    expect(percentileInc(v, new Decimal('0.9')).calculation).toBe('v[4] + 0.6 × (v[5] − v[4]) = 10 + 0.6 × (12 − 10) = 11.2');
    // one value: h = 0 whatever q
    expect(percentileInc([new Decimal(5)], new Decimal('0.3'))).toEqual({ value: new Decimal(5), calculation: 'v[1] = 5' });
  });

  it('comparators', () => {
    expect(compareDecimals(new Decimal(1), new Decimal(2))).toBe(-1);
    expect(compareDecimals(new Decimal(2), new Decimal('2.0'))).toBe(0);
    expect(compareDecimals(new Decimal(3), new Decimal(2))).toBe(1);
    expect(compareCodeUnits('a', 'b')).toBe(-1);
    expect(compareCodeUnits('b', 'a')).toBe(1);
    expect(compareCodeUnits('a', 'a')).toBe(0);
    expect(compareCodeUnits('Z', 'a')).toBe(-1);
  });
});
