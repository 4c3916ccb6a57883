import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { InstantSchema } from '../../src/core/isoInstant.js';
import { categoryOf, ConfidenceOptionsSchema, ConfidenceSchema, criticalValue, fromFloat, npsStatistics, NpsScoreSchema } from '../../src/core/nps.js';
import { checkAgainstScale, isWhole, RatingResponsesSchema, RatingScaleSchema, WholeNumberSchema } from '../../src/core/ratingScale.js';
import { apportionedShares, largestRemainderFirst, SHARE_PLACES } from '../../src/core/shares.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

const issues = (schema: z.ZodType, v: unknown, root = 'x') => issuesOf(() => parseInput('f', schema, v, root));

describe('isoInstant.InstantSchema', () => {
  const P = 'must be an ISO-8601 timestamp with an offset ("2026-03-01T09:30:00+08:00") or a valid Date';
  const ms = (v: unknown) => parseInput('f', InstantSchema, v, 'at');

  it('accepts an offset or Z, with or without seconds and fraction', () => {
    expect(ms('2026-03-01T09:30:00+08:00')).toBe(Date.UTC(2026, 2, 1, 1, 30));
    expect(ms('2026-03-01T09:30+08:00')).toBe(Date.UTC(2026, 2, 1, 1, 30));
    expect(ms('2026-03-01T09:30:15.25Z')).toBe(Date.UTC(2026, 2, 1, 9, 30, 15, 250));
    expect(ms('2026-03-01T23:59:59-23:59')).toBe(Date.UTC(2026, 2, 1, 23, 59, 59) + (23 * 60 + 59) * 60_000);
    expect(ms('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
    expect(ms('2026-04-30T00:00:00Z')).toBe(Date.UTC(2026, 3, 30));
    expect(ms(new Date(7))).toBe(7);
  });

  it.each([
    '2026-03-01T09:30:00', // no offset
    '2026-03-01T09:30:00+0800', // offset without a colon
    '2026-03-01 09:30:00Z',
    '2026-03-01',
    '2026-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-01T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T23:60:00Z',
    '2026-03-01T23:59:60Z',
    '2026-03-01T00:00:00+24:00',
    '2026-03-01T00:00:00+00:60',
    'x2026-03-01T00:00:00Z',
    '2026-03-01T00:00:00Zx',
    '+2026-03-01T00:00:00Z', // a signed year needs six digits
    '-000000-03-01T00:00:00Z', // minus zero is not a year
    '2026-03-01T24:00:00Z', // Date.parse reads 24:00 as the next midnight
    '2026-02-30T00:00:00Z', // Date.parse rolls 30 February over to 2 March
  ])('rejects %j with the value in the message', (s) => {
    expect(issues(InstantSchema, s, 'at')).toEqual([{ code: 'custom', path: 'at', message: `f: at ${P}, got ${JSON.stringify(s)}` }]);
  });

  it('an invalid Date and a number', () => {
    expect(issues(InstantSchema, new Date(NaN), 'at').map((i) => i.message)).toEqual([`f: at ${P}, got a Date`]);
    expect(issues(InstantSchema, 5, 'at').map((i) => i.message)).toEqual([`f: at ${P}, got 5`]);
  });
});

describe('rating scales', () => {
  it('isWhole: safe integers, negative included', () => {
    expect([0, -3, 2 ** 53 - 1].map(isWhole)).toEqual([true, true, true]);
    expect([0.5, 2 ** 53, NaN, '1', undefined].map(isWhole)).toEqual([false, false, false, false, false]);
  });

  it('WholeNumberSchema words both failures', () => {
    expect(issues(WholeNumberSchema, 1.5)).toEqual([{ code: 'not_whole', path: 'x', message: 'f: x must be a whole number, got 1.5' }]);
    expect(issues(WholeNumberSchema, '1')).toEqual([{ code: 'invalid_type', path: 'x', message: 'f: x must be a whole number, got "1"' }]);
    expect(parseInput('f', WholeNumberSchema, -4)).toBe(-4);
  });

  it('the scale: max above min', () => {
    expect(parseInput('f', RatingScaleSchema, { min: 1, max: 2 })).toEqual({ min: 1, max: 2 });
    expect(issues(RatingScaleSchema, { min: 5, max: 5 }, 'scale')).toEqual([
      { code: 'inconsistent', path: 'scale.max', message: 'f: scale.max (5) must be greater than min (5)' },
    ]);
    expect(issues(RatingScaleSchema, { min: 5, max: 1 }, 'scale')[0]?.message).toBe('f: scale.max (1) must be greater than min (5)');
    expect(issues(RatingScaleSchema, { min: 5.5, max: 1 }, 'scale').map((i) => i.path)).toEqual(['scale.min']);
    expect(issues(RatingScaleSchema, { min: 5, max: 1.5 }, 'scale').map((i) => i.path)).toEqual(['scale.max']);
  });

  it('answers against the scale: both ends belong to it', () => {
    const schema = z
      .object({ responses: RatingResponsesSchema, scale: z.object({ min: z.unknown(), max: z.unknown() }) })
      .superRefine((v, ctx) => checkAgainstScale(v.responses, v.scale, ctx));
    const run = (responses: unknown[], min: unknown, max: unknown) => {
      const r = schema.safeParse({ responses, scale: { min, max } });
      return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message, (i as { params?: { code?: string } }).params?.code]);
    };
    expect(run([1, 5, 3], 1, 5)).toEqual([]);
    expect(run([0, 6, 3], 1, 5)).toEqual([
      ['responses.0', 'must be on the scale 1–5, got 0', 'out_of_scale'],
      ['responses.1', 'must be on the scale 1–5, got 6', 'out_of_scale'],
    ]);
    expect(run([-3], -2, 2)).toEqual([['responses.0', 'must be on the scale -2–2, got -3', 'out_of_scale']]);
    // through parseInput: the custom code and the path
    expect(issuesOf(() => parseInput('f', schema, { responses: [1, 6], scale: { min: 1, max: 5 } }))).toEqual([
      { code: 'out_of_scale', path: 'responses[1]', message: 'f: responses[1] must be on the scale 1–5, got 6' },
    ]);
    // no check against a scale that is itself bad
    expect(run([9], 5, 5)).toEqual([]);
    expect(run([9], 5, 1)).toEqual([]);
    expect(run([9], 1.5, 5)).toEqual([]);
    expect(run([9], 1, 5.5)).toEqual([]);
    expect(run([9], undefined, 5)).toEqual([]);
  });
});

describe('largestRemainderFirst: a consistent comparator, whichever way the sort calls it', () => {
  // remainders of indexes 0, 1, 2: 5, 9, 5
  const cmp = largestRemainderFirst([5n, 9n, 5n]);
  it('the larger remainder first, in both argument orders', () => {
    expect(Math.sign(cmp(1, 0))).toBe(-1); // 9 before 5
    expect(Math.sign(cmp(0, 1))).toBe(1);
    expect(Math.sign(cmp(2, 1))).toBe(1);
    expect(Math.sign(cmp(1, 2))).toBe(-1);
  });
  it('on a tie the earlier index first, in both argument orders', () => {
    expect(Math.sign(cmp(0, 2))).toBe(-1);
    expect(Math.sign(cmp(2, 0))).toBe(1);
    expect(cmp(2, 2)).toBe(0);
  });
});

describe('apportionedShares', () => {
  const S = (counts: number[], total: number) => apportionedShares(counts, total).map((d) => d.toString());
  const third = (last: string) => `0.${'3'.repeat(SHARE_PLACES - 1)}${last}`;

  it('38 places; thirds: the first takes the extra unit', () => {
    expect(SHARE_PLACES).toBe(38);
    expect(S([1, 1, 1], 3)).toEqual([third('4'), third('3'), third('3')]);
  });

  it('the largest remainder wins, not the order', () => {
    // 1/3 = 0.33…3|33…, 2/3 = 0.66…6|66…: floors 0.33…3 + 0.66…6 = 0.99…9, one unit missing;
    // remainders 1 and 2 (of 3): the second (2/3) takes it → 0.66…7
    expect(S([1, 2], 3)).toEqual([third('3'), `0.${'6'.repeat(37)}7`]);
    expect(S([2, 1], 3)).toEqual([`0.${'6'.repeat(37)}7`, third('3')]);
  });

  it('two units missing: the two largest remainders, ties in order', () => {
    // sevenths: 1/7 = 0.142857…, floors leave (1·10^38 mod 7) = 2, (2·10^38 mod 7) = 4, (4·10^38 mod 7) = 1 sevenths over
    // 10^38 mod 7 = 2 (10^6 ≡ 1, 10^38 = 10^36·10^2 ≡ 2): remainders 2, 4, 1 → sum 7 = one unit; the 2/7 share takes it
    const s = apportionedShares([1, 2, 4], 7);
    expect(s.reduce((a, b) => a.plus(b)).toString()).toBe('1');
    expect(s.map((d) => d.toString())).toEqual([
      '0.14285714285714285714285714285714285714',
      '0.28571428571428571428571428571428571429',
      '0.57142857142857142857142857142857142857',
    ]);
    // 1/6 each of six: floor(10^38 / 6) = 1666…6 (a 1 and 37 sixes), remainder 10^38 mod 6 = 4 each;
    // the floors sum to 6 × 0.1666…6 = 0.99…96, four units short: the first four (a tie) take one each
    const up = `0.1${'6'.repeat(36)}7`;
    const down = `0.1${'6'.repeat(37)}`;
    expect(S([1, 1, 1, 1, 1, 1], 6)).toEqual([up, up, up, up, down, down]);
  });

  it('agrees with an independent largest-remainder reference on long breakdowns (the sort merges runs)', () => {
    // Reference: floors and remainders in BigInt; a stable sort by remainder, largest first, so
    // that ties keep the given order; the missing units go to the first in that order.
    const reference = (counts: number[]): string[] => {
      const total = counts.reduce((a, b) => a + b, 0);
      const scale = 10n ** 38n;
      const t = BigInt(total);
      const floors = counts.map((c) => (BigInt(c) * scale) / t);
      const rems = counts.map((c) => (BigInt(c) * scale) % t);
      let missing = Number(scale - floors.reduce((a, b) => a + b, 0n));
      const order = counts.map((_, i) => i).sort((x, y) => (rems[y]! > rems[x]! ? 1 : rems[y]! < rems[x]! ? -1 : 0));
      for (const i of order) if (missing-- > 0) floors[i]! += 1n;
      // f / 10^38 written out: "0." and 38 digits without trailing zeros, or "1", or "0"
      return floors.map((f) => (f === scale ? '1' : f === 0n ? '0' : `0.${f.toString().padStart(38, '0').replace(/0+$/, '')}`));
    };
    const patterns: number[][] = [
      [...Array(75).fill(3), ...Array(75).fill(1)], // total 300: remainders 0 then 100 (10^38 mod 300 = 100)
      [...Array(40).fill(1), ...Array(60).fill(3), ...Array(40).fill(2), ...Array(60).fill(3), ...Array(40).fill(1)],
      Array.from({ length: 400 }, (_, i) => ((i * 7919) % 13) + 1),
      Array.from({ length: 300 }, (_, i) => (i < 100 ? 2 : i < 200 ? 1 : 2)),
    ];
    for (const counts of patterns) {
      const total = counts.reduce((a, b) => a + b, 0);
      expect(S(counts, total)).toEqual(reference(counts));
    }
  });

  it('exact shares stay exact; total 0 gives zeros; a zero count gets 0', () => {
    expect(S([1, 3], 4)).toEqual(['0.25', '0.75']);
    expect(S([0, 5], 5)).toEqual(['0', '1']);
    expect(S([0, 0], 0)).toEqual(['0', '0']);
    expect(S([], 0)).toEqual([]);
  });
});

describe('NPS statistics', () => {
  it('categories at the boundaries', () => {
    expect([0, 6, 7, 8, 9, 10].map(categoryOf)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('NpsScoreSchema: whole numbers 0 to 10', () => {
    for (const ok of [0, 10]) expect(parseInput('f', NpsScoreSchema, ok)).toBe(ok);
    expect(issues(NpsScoreSchema, 11)).toEqual([{ code: 'out_of_range', path: 'x', message: 'f: x must be a whole number from 0 to 10, got 11' }]);
    expect(issues(NpsScoreSchema, -1)[0]?.code).toBe('out_of_range');
    expect(issues(NpsScoreSchema, 9.5)[0]?.code).toBe('out_of_range');
    expect(issues(NpsScoreSchema, '9')).toEqual([{ code: 'invalid_type', path: 'x', message: 'f: x must be a whole number from 0 to 10, got "9"' }]);
  });

  it('confidence strictly between 0 and 1', () => {
    expect(parseInput('f', ConfidenceSchema, 0.9)).toBe(0.9);
    expect(issues(ConfidenceSchema, 0)).toEqual([{ code: 'too_small', path: 'x', message: 'f: x must be strictly between 0 and 1, got 0' }]);
    expect(issues(ConfidenceSchema, 1)).toEqual([{ code: 'too_big', path: 'x', message: 'f: x must be strictly between 0 and 1, got 1' }]);
    expect(issues(ConfidenceSchema, '0.9')).toEqual([{ code: 'invalid_type', path: 'x', message: 'f: x must be a number strictly between 0 and 1, got "0.9"' }]);
    expect(parseInput('f', ConfidenceOptionsSchema, undefined)).toBeUndefined();
    expect(parseInput('f', ConfidenceOptionsSchema, {})).toEqual({});
    expect(parseInput('f', ConfidenceOptionsSchema, { confidence: 0.9 })).toEqual({ confidence: 0.9 });
    expect(issues(ConfidenceOptionsSchema, { confidence: 1 }, 'options').map((i) => i.path)).toEqual(['options.confidence']);
  });

  it('counts, shares, score and standard error', () => {
    // 10, 9 promoters; 8 passive; 0, 6 detractors: n = 5, P = 2, A = 1, D = 2
    const s = npsStatistics([10, 9, 8, 0, 6]);
    expect(s.n).toBe(5);
    expect([s.promoters.count, s.passives.count, s.detractors.count]).toEqual([2, 1, 2]);
    expect([s.promoters.share?.toString(), s.passives.share?.toString(), s.detractors.share?.toString()]).toEqual(['0.4', '0.2', '0.4']);
    // 100 · (2 − 2) / 5 = 0
    expect(s.value?.toString()).toBe('0');
    // (P + D)·n − (P − D)² = 4 · 5 − 0 = 20; SE = 100 · √(20 / 125) = 100 · 0.4 = 40
    expect(s.varianceNumerator.toString()).toBe('20');
    expect(s.standardError?.toString()).toBe('40');
  });

  it('all promoters: variance 0, SE exactly 0; none: nulls', () => {
    const s = npsStatistics([9, 10, 10]);
    expect(s.value?.toString()).toBe('100');
    // (3 + 0)·3 − (3 − 0)² = 9 − 9 = 0
    expect(s.varianceNumerator.toString()).toBe('0');
    expect(s.standardError?.toString()).toBe('0');
    const e = npsStatistics([]);
    expect([e.n, e.value, e.standardError, e.promoters.share, e.passives.count]).toEqual([0, null, null, null, 0]);
    expect(e.varianceNumerator.toString()).toBe('0');
  });

  it('a negative score, P − D squared', () => {
    // 3 detractors, 1 promoter: n = 4, 100 · (1 − 3) / 4 = −50; numerator 4·4 − (−2)² = 12; SE = 100·√(12/64) = 100·√0.1875
    const s = npsStatistics([0, 1, 2, 10]);
    expect(s.value?.toString()).toBe('-50');
    expect(s.varianceNumerator.toString()).toBe('12');
    expect(s.standardError?.toFixed(10)).toBe('43.3012701892'); // 100 · 0.4330127018922193…
  });

  it('fromFloat keeps 16 significant digits; criticalValue(0.95) = 1.959963984540054', () => {
    expect(fromFloat(0.1 + 0.2).toString()).toBe('0.3'); // 0.30000000000000004 to 16 digits
    expect(fromFloat(1 / 3).toString()).toBe('0.3333333333333333');
    expect(fromFloat(-2.5).toString()).toBe('-2.5');
    expect(criticalValue(0.95).toString()).toBe('1.959963984540054');
    // Φ⁻¹(0.95) = 1.64485362695147271… (to 18 digits), so 16 digits round up to …473
    expect(criticalValue(0.9).toString()).toBe('1.644853626951473');
  });
});
