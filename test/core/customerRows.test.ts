import { describe, expect, it } from 'vitest';
import {
  compareCodeUnits,
  instantMs,
  IssueList,
  midRankScores,
  parseWithUniqueIds,
  percentileInc,
  wholeDays,
} from '../../src/core/customerRows.js';
import { Decimal } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

describe('customer-row helpers', () => {
  it('instantMs reads canonical ISO-8601 instants with an offset, and valid Dates only', () => {
    expect(instantMs('2026-03-01T08:00:00+08:00')).toBe(Date.UTC(2026, 2, 1));
    expect(instantMs('2026-03-01T00:00Z')).toBe(Date.UTC(2026, 2, 1));
    expect(instantMs('2026-03-01T00:00:00.5-0130')).toBe(Date.UTC(2026, 2, 1, 1, 30, 0, 500));
    expect(instantMs('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
    expect(instantMs(new Date(0))).toBe(0);
    for (const bad of [
      '2026-03-01T00:00:00', // no offset
      '2026-03-01', // a date is not an instant
      '2026-02-29T00:00:00Z', // no 29 February in 2026
      '2026-13-01T00:00:00Z',
      '2026-00-01T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T00:60:00Z',
      '2026-01-01T00:00:60Z',
      '2026-01-01T00:00:00+24:00',
      '2026-01-01T00:00:00+01:60',
      new Date(NaN),
      1_700_000_000_000,
      null,
    ]) {
      expect(instantMs(bad), String(bad)).toBeUndefined();
    }
  });

  it('wholeDays rounds elapsed 24-hour days down', () => {
    expect(wholeDays(0, 86_400_000 * 2 - 1)).toBe(1);
    expect(wholeDays(0, 86_400_000 * 2)).toBe(2);
  });

  it('midRankScores: n = 4 distinct values give 1, 2, 4, 5 (⌊5·(i + ½)/4⌋ + 1); other k', () => {
    // i = 0: 5·0.5/4 = 0.625 → 1; i = 1: 1.875 → 2; i = 2: 3.125 → 4; i = 3: 4.375 → 5
    expect(midRankScores([10, 20, 30, 40], (a, b) => a - b)).toEqual([1, 2, 4, 5]);
    // quartiles (k = 4) of 1…4: ⌊4·(i + ½)/4⌋ + 1 = i + 1
    expect(midRankScores([4, 3, 2, 1], (a, b) => a - b, 4)).toEqual([4, 3, 2, 1]);
    expect(midRankScores([], (a: number, b: number) => a - b)).toEqual([]);
  });

  it('percentileInc at the ends and on an exact rank', () => {
    const v = ['1', '2', '4'].map((s) => new Decimal(s));
    expect(percentileInc(v, new Decimal(0)).value.toString()).toBe('1');
    expect(percentileInc(v, new Decimal(1))).toEqual({ value: new Decimal(4), calculation: 'v[3] = 4' });
    expect(percentileInc(v, new Decimal('0.75')).calculation).toBe('v[2] + 0.5 × (v[3] − v[2]) = 2 + 0.5 × (4 − 2) = 3');
  });

  it('compareCodeUnits orders by UTF-16 code units', () => {
    expect(['b', 'a', 'B', 'a'].sort(compareCodeUnits)).toEqual(['B', 'a', 'a', 'b']);
  });

  it('IssueList names the input as a whole when the path is empty', () => {
    const list = new IssueList('f');
    list.throwIfAny();
    list.add('bad', '', 'is wrong');
    expect(issuesOf(() => list.throwIfAny())).toEqual([{ code: 'bad', path: '', message: 'f: input is wrong' }]);
  });

  it('parseWithUniqueIds passes foreign errors through and survives unreadable rows', () => {
    expect(() =>
      parseWithUniqueIds('f', () => {
        throw new RangeError('x');
      }, []),
    ).toThrow(RangeError);
    const hostile = [
      Object.defineProperty({}, 'customerId', {
        get() {
          throw new Error('nope');
        },
      }),
    ];
    const issues = issuesOf(() =>
      parseWithUniqueIds(
        'f',
        () => {
          const list = new IssueList('f');
          list.add('unreadable_input', 'customers', 'could not be read');
          list.throwIfAny();
        },
        hostile,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['customers']);
    expect(parseWithUniqueIds('f', () => 42, 'not rows')).toBe(42);
  });
});
