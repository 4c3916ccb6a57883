import { describe, expect, it } from 'vitest';
import { customerEffortScore } from '../../src/index.js';
import { issuesOf, pathsOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/survey/customerEffortScore.ts.
describe('customerEffortScore (mutation survivors)', () => {
  it('a scale not starting at 1 is used as given', () => {
    // scale 2–6, lower easier → easy answers [2, 3]; answers 2, 3, 6 → easy 2 of 3; mean (2+3+6)/3 = 11/3
    const r = customerEffortScore([2, 3, 6], { scale: { min: 2, max: 6 }, lowerIsEasier: true });
    expect(r.scale).toEqual({ min: 2, max: 6 });
    expect(r.easyAnswers).toEqual([2, 3]);
    expect(r.easy).toBe(2);
    expect(r.calculation).toBe('CES = Σ answer / n = 11 / 3 = 3.666666666666666666666666666666666666667');
  });

  it('a two-point scale is refused with its own issue', () => {
    // max − min = 2 − 1 = 1: only 2 points, the effort scale needs 3
    expect(issuesOf(() => customerEffortScore([1], { scale: { min: 1, max: 2 } }))).toEqual([
      {
        code: 'inconsistent',
        path: 'options.scale.max',
        message: 'customerEffortScore: options.scale.max (2) must be at least min + 2 (1 + 2): the effort scale needs at least 3 points',
      },
    ]);
  });

  it('non-whole scale ends one apart are reported as not whole, not as a two-point scale', () => {
    // 1.5 and 2.5 differ by 1 but are not whole: the scale schema names both, nothing more
    expect(pathsOf(() => customerEffortScore([], { scale: { min: 1.5, max: 2.5 } }))).toEqual(['options.scale.min', 'options.scale.max']);
    // 2^53 − 1 is whole (a safe integer), 2^53 is not, and 2^53 − (2^53 − 1) = 1 exactly in doubles:
    // only max is reported (not whole), no two-point issue
    const m = Number.MAX_SAFE_INTEGER;
    expect(pathsOf(() => customerEffortScore([], { scale: { min: m, max: m + 1 } }))).toEqual(['options.scale.max']);
  });

  it('answers are checked against the scale even when another answer is not whole; a non-array is one issue', () => {
    // 'x' is not whole (responses[0]); 9 is whole but off the default 1–7 scale (responses[1])
    expect(pathsOf(() => customerEffortScore(['x' as unknown as number, 9]))).toEqual(['responses[0]', 'responses[1]']);
    expect(issuesOf(() => customerEffortScore(null as unknown as number[])).map((i) => [i.code, i.path])).toEqual([['invalid_type', 'responses']]);
  });

  it('options null is one issue, not an unreadable input', () => {
    expect(issuesOf(() => customerEffortScore([1], null as unknown as object)).map((i) => [i.code, i.path])).toEqual([['invalid_type', 'options']]);
  });

  it('a non-boolean lowerIsEasier is named with its type', () => {
    expect(issuesOf(() => customerEffortScore([1], { lowerIsEasier: 'yes' as unknown as boolean }))).toEqual([
      { code: 'invalid_type', path: 'options.lowerIsEasier', message: 'customerEffortScore: options.lowerIsEasier must be true or false, got string' },
    ]);
  });
});
