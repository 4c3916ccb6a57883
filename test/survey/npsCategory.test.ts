import { describe, expect, it } from 'vitest';
import { npsCategory } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';

describe('npsCategory', () => {
  it('seed 004 §3.3: 9–10 loyal (promoter), 7–8 passive, 0–6 detractor', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((s) => npsCategory(s))).toEqual(Array(7).fill('detractor'));
    expect([7, 8].map((s) => npsCategory(s))).toEqual(['passive', 'passive']);
    expect([9, 10].map((s) => npsCategory(s))).toEqual(['promoter', 'promoter']);
  });

  it.each([11, -1, 8.5, NaN, Infinity, '9', null, undefined, {}])('rejects %s with the path score', (v) => {
    const issues = issuesOf(() => npsCategory(v as never));
    expect(issues.map((i) => i.path)).toEqual(['score']);
    expect(issues[0]?.message).toMatch(/^npsCategory: score must be a whole number from 0 to 10, got /);
  });

  it('names the offending value', () => {
    expect(issuesOf(() => npsCategory(11))[0]?.message).toBe('npsCategory: score must be a whole number from 0 to 10, got 11');
    expect(pathsOf(() => npsCategory(-0.5))).toEqual(['score']);
  });
});
