// Cases that pin behaviour the golden and validation tests left loose (found by mutation testing):
// one bad argument on its own, a scale on one side only, scales that differ in one bound.
import { describe, expect, it } from 'vitest';
import { healthScore, healthTrend, SEED_004_HEALTH_MODEL } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';
import { SEED_OBS } from './fixtures.js';

const codesAndPaths = (fn: () => unknown) => issuesOf(fn).map((i) => [i.code, i.path, i.message]);

describe('healthTrend: one bad argument on its own', () => {
  it('only the previous score is bad', () => {
    expect(pathsOf(() => healthTrend({ value: 1 }, { value: 'x' }))).toEqual(['previous.value']);
  });

  it('a bad score value is worded as every decimal is, not as zod words a failed union', () => {
    const [issue] = issuesOf(() => healthTrend({ value: 1 }, { value: 'x' }));
    expect(issue?.message).toMatch(/^healthTrend: previous\.value must be a decimal/);
    expect(issue?.message).toContain('got "x"');
    // null stays a valid value (a score that could not be computed): no change to compare
    expect(healthTrend({ value: 1 }, { value: null }).value).toBeNull();
  });

  it('only the options are bad', () => {
    expect(codesAndPaths(() => healthTrend({ value: 1 }, { value: 2 }, { tolerance: '-1' }))).toEqual([
      ['custom', 'options.tolerance', 'healthTrend: options.tolerance must not be negative, got -1'],
    ]);
  });
});

describe('healthTrend: scales', () => {
  // the seed worked example: 8 + 10 + 8 = 26 on the 3–30 scale
  const full = healthScore(SEED_OBS, SEED_004_HEALTH_MODEL);

  it('a scale on one side only is not compared: the change is computed', () => {
    // 24 − 26 = −2; 26 − 24 = 2
    const a = healthTrend({ value: 24 }, full);
    expect(a.value?.toString()).toBe('-2');
    expect(a.direction).toBe('down');
    const b = healthTrend(full, { value: 24 });
    expect(b.value?.toString()).toBe('2');
    expect(b.direction).toBe('up');
  });

  it('scales that share one bound but not the other still differ', () => {
    expect(codesAndPaths(() => healthTrend({ value: 10, scale: { min: 3, max: 30 } }, { value: 10, scale: { min: 3, max: 40 } }))).toEqual([
      ['scale_mismatch', 'previous.scale', 'healthTrend: previous.scale (3 to 40) differs from current.scale (3 to 30): the scores come from different models'],
    ]);
    expect(codesAndPaths(() => healthTrend({ value: 10, scale: { min: 3, max: 30 } }, { value: 10, scale: { min: 4, max: 30 } }))).toEqual([
      ['scale_mismatch', 'previous.scale', 'healthTrend: previous.scale (4 to 30) differs from current.scale (3 to 30): the scores come from different models'],
    ]);
  });
});
