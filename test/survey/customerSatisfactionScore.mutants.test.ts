import { describe, expect, it } from 'vitest';
import { customerSatisfactionScore } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/survey/customerSatisfactionScore.ts.
describe('customerSatisfactionScore (mutation survivors)', () => {
  it('a threshold below the scale is refused with its own issue', () => {
    // 0 < min 1 of the default 1–5 scale
    expect(issuesOf(() => customerSatisfactionScore([5], { satisfiedAtLeast: 0 }))).toEqual([
      { code: 'out_of_scale', path: 'options.satisfiedAtLeast', message: 'customerSatisfactionScore: options.satisfiedAtLeast must be on the scale 1–5, got 0' },
    ]);
  });

  it('a threshold that is not whole is reported once, as not whole', () => {
    // 0.5 is below 1 but not whole: only the "not whole" issue, no out-of-scale one
    expect(pathsOf(() => customerSatisfactionScore([5], { satisfiedAtLeast: 0.5 }))).toEqual(['options.satisfiedAtLeast']);
    expect(issuesOf(() => customerSatisfactionScore([5], { satisfiedAtLeast: 0.5 }))[0]!.code).toBe('not_whole');
  });

  it('with a bad scale the threshold is not checked against it', () => {
    // scale 5–1: max not above min → one issue at options.scale.max; 7 is not compared with it
    expect(pathsOf(() => customerSatisfactionScore([], { scale: { min: 5, max: 1 }, satisfiedAtLeast: 7 }))).toEqual(['options.scale.max']);
    // scale 3–3 (min = max): the same
    expect(pathsOf(() => customerSatisfactionScore([], { scale: { min: 3, max: 3 }, satisfiedAtLeast: 5 }))).toEqual(['options.scale.max']);
    // scale 1.5–5: min not whole → the threshold 0 is not compared with it
    expect(pathsOf(() => customerSatisfactionScore([], { scale: { min: 1.5, max: 5 }, satisfiedAtLeast: 0 }))).toEqual(['options.scale.min']);
    // scale 0–5.5: max not whole → the threshold 9 is not compared with it
    expect(pathsOf(() => customerSatisfactionScore([], { scale: { min: 0, max: 5.5 }, satisfiedAtLeast: 9 }))).toEqual(['options.scale.max']);
  });

  it('options null is one issue, not an unreadable input', () => {
    expect(issuesOf(() => customerSatisfactionScore([1], null as unknown as object)).map((i) => [i.code, i.path])).toEqual([['invalid_type', 'options']]);
  });
});
