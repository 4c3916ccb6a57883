import { describe, expect, it } from 'vitest';
import { compareNetPromoterScores } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Tests written to kill surviving mutants of src/survey/compareNetPromoterScores.ts.
describe('compareNetPromoterScores (mutation survivors)', () => {
  it('both surveys unanimous with the same score: z = 0, p = 1, no testReason', () => {
    // A = [10, 10]: P = 2, D = 0, n = 2 → NPS 100; variance numerator (2+0)×2 − (2−0)² = 0 → SE 0
    // B = [9]: P = 1, n = 1 → NPS 100; numerator (1+0)×1 − 1² = 0 → SE 0
    // Δ = 100 − 100 = 0; SE_Δ = √(0² + 0²) = 0; both 0 → z = 0, p = 1; 1 < 0.05 is false
    const r = compareNetPromoterScores([10, 10], [9]);
    expect(r.value?.toString()).toBe('0');
    expect(r.z?.toString()).toBe('0');
    expect(r.pValue?.toString()).toBe('1');
    expect(r.significant).toBe(false);
    expect('testReason' in r).toBe(false);
    expect(r.testCalculation).toBe(
      'SE_Δ = √(SE_A² + SE_B²) = √(0² + 0²) = 0; z = ΔNPS / SE_Δ = 0 (no difference and no variance); p = 2 × (1 − Φ(|z|)) = 1',
    );
  });

  it('both surveys unanimous with different scores: z and p undefined, with a testReason', () => {
    // A = [0]: D = 1, n = 1 → NPS −100, numerator (0+1)×1 − (0−1)² = 0 → SE 0
    // B = [10]: NPS 100, SE 0; Δ = 100 − (−100) = 200 ≠ 0 with SE_Δ = 0 → undefined test
    const r = compareNetPromoterScores([0], [10]);
    expect(r.value?.toString()).toBe('200');
    expect(r.calculation).toBe('ΔNPS = NPS_B − NPS_A = 100 − (-100) = 200');
    expect(r.z).toBeNull();
    expect(r.pValue).toBeNull();
    expect(r.significant).toBeNull();
    expect(r.testReason).toBe(
      'both surveys have a standard error of 0 (each answered within one category) and their scores differ, so the normal test is undefined',
    );
    expect(r.testCalculation).toBe('SE_Δ = √(SE_A² + SE_B²) = √(0² + 0²) = 0; z = ΔNPS / SE_Δ = undefined; p = 2 × (1 − Φ(|z|)) = undefined');
  });

  it('a survey without answers: the difference and the test are undefined, shown as "undefined"', () => {
    // A empty → NPS_A undefined; B = [10] → 100; Δ undefined, so no test at all
    const a = compareNetPromoterScores([], [10]);
    expect(a.value).toBeNull();
    expect(a.reason).toBe('survey A has no answers');
    expect(a.calculation).toBe('ΔNPS = NPS_B − NPS_A = 100 − undefined = undefined (survey A has no answers)');
    expect(a.testReason).toBe('the difference is undefined');
    expect(a.testCalculation).toBeNull();
    expect(a.standardError).toBeNull();
    // B empty, A = [0] → −100 shown in parentheses
    const b = compareNetPromoterScores([0], []);
    expect(b.calculation).toBe('ΔNPS = NPS_B − NPS_A = undefined − (-100) = undefined (survey B has no answers)');
    expect(b.testReason).toBe('the difference is undefined');
  });

  it('error messages start with the function name', () => {
    const issues = issuesOf(() => compareNetPromoterScores([11], []));
    expect(issues.map((i) => i.path)).toEqual(['scoresA[0]']);
    expect(issues[0]!.message.startsWith('compareNetPromoterScores: scoresA[0] ')).toBe(true);
  });
});
