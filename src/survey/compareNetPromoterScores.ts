import { z } from 'zod';
import { Decimal, ONE, ZERO } from '../core/decimal.js';
import { ConfidenceOptionsSchema, fromFloat, npsStatistics, NpsScoreSchema } from '../core/nps.js';
import { twoSidedPValue } from '../core/normal.js';
import { metricResult, show, type MetricResult } from '../core/result.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link compareNetPromoterScores}: the answers of one survey (0–10 whole numbers); the
 * function takes two of them.
 * @category Survey
 */
export const CompareNetPromoterScoresInputSchema = z.array(NpsScoreSchema);

/** @category Survey */
export type CompareNetPromoterScoresInput = z.input<typeof CompareNetPromoterScoresInputSchema>;

const ArgumentsSchema = z.object({
  scoresA: CompareNetPromoterScoresInputSchema,
  scoresB: CompareNetPromoterScoresInputSchema,
  options: ConfidenceOptionsSchema,
});

/** Options of {@link compareNetPromoterScores}. @category Survey */
export interface CompareNetPromoterScoresOptions {
  /** Confidence level of the test, strictly between 0 and 1 (default 0.95): significant when pValue < 1 − confidence. */
  readonly confidence?: number;
}

/** One side of the comparison. @category Survey */
export interface NpsSide {
  readonly n: number;
  readonly value: Decimal | null;
  readonly standardError: Decimal | null;
}

/** @category Survey */
export interface CompareNetPromoterScoresResult extends MetricResult {
  /** Survey A (the earlier or baseline survey). */
  readonly a: NpsSide;
  /** Survey B (the later or compared survey). */
  readonly b: NpsSide;
  /** NPS_B − NPS_A in points (the same as `value`). */
  readonly difference: Decimal | null;
  /** Standard error of the difference: √(SE_A² + SE_B²), in points. */
  readonly standardError: Decimal | null;
  /** difference / standard error; null (with `testReason`) when it is undefined. */
  readonly z: Decimal | null;
  /** Two-sided p-value P(|Z| ≥ |z|) under the normal approximation, 16 significant digits. */
  readonly pValue: Decimal | null;
  /** pValue < 1 − confidence; null when pValue is. */
  readonly significant: boolean | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** Why `z` and `pValue` are null; present only then. */
  readonly testReason?: string;
  /** The test with the numbers substituted; null when the difference is undefined. */
  readonly testCalculation: string | null;
}

/**
 * Change of the net promoter score between two surveys (ΔNPS), with a two-sided z-test.
 *
 * Compares survey B with survey A (say, the quarter after a change against the quarter before):
 * the difference NPS_B − NPS_A in points, the z statistic that divides it by the standard error
 * of the difference, its two-sided p-value and whether it is significant at the chosen confidence.
 * The surveys are taken as independent samples; each side's standard error is that of
 * {@link netPromoterScore}.
 *
 * @formula ΔNPS = NPS_B − NPS_A; SE_Δ = √(SE_A² + SE_B²); z = ΔNPS / SE_Δ;
 * p = 2 × (1 − Φ(|z|)); significant when p < 1 − confidence. When both surveys have SE 0 (each
 * answered unanimously within one category) and the difference is 0, z = 0 and p = 1; with a
 * difference that is not 0, z and p are undefined (null, with `testReason`).
 * @source seed 003 §5, seed 004 §3.3 (the score); the normal test of a difference of independent
 * estimates is the standard one (the NPS variance as in {@link netPromoterScore}).
 * @param scoresA - Answers of survey A (whole numbers 0–10).
 * @param scoresB - Answers of survey B.
 * @param options - `confidence` (default 0.95).
 * @returns The difference in points (−200…200); `null` with a reason when either survey has no
 * answers.
 * @throws {@link MetricInputError} naming each bad answer (`scoresA[2]`, `scoresB[0]`) and a bad
 * `options.confidence`.
 * @example
 * const r = compareNetPromoterScores([10, 9, 9, 8, 7, 6, 5, 3, 2, 0], [10, 10, 9, 9, 9, 8, 8, 7, 3, 0]);
 * r.calculation; // => 'ΔNPS = NPS_B − NPS_A = 30 − (-20) = 50'
 * r.pValue !== null && r.pValue.lt('0.05'); // => false
 * r.significant; // => false
 * @see {@link netPromoterScore}, {@link npsCategory}
 * @category Survey
 */
export function compareNetPromoterScores(
  scoresA: CompareNetPromoterScoresInput,
  scoresB: CompareNetPromoterScoresInput,
  options: CompareNetPromoterScoresOptions = {},
): CompareNetPromoterScoresResult {
  // One schema over all three arguments, so that every problem is reported at once.
  const { scoresA: listA, scoresB: listB, options: opts } = parseInput(
    'compareNetPromoterScores',
    ArgumentsSchema,
    { scoresA, scoresB, options },
  );
  const confidence = opts?.confidence ?? 0.95;
  const A = npsStatistics(listA);
  const B = npsStatistics(listB);
  const side = (s: typeof A): NpsSide => ({ n: s.n, value: s.value, standardError: s.standardError });
  const difference = A.value !== null && B.value !== null ? B.value.minus(A.value) : null;
  let se: Decimal | null = null;
  let z: Decimal | null = null;
  let pValue: Decimal | null = null;
  let testReason: string | undefined;
  let testCalculation: string | null = null;
  if (difference !== null) {
    se = A.standardError!.pow(2).plus(B.standardError!.pow(2)).sqrt();
    if (!se.isZero()) {
      z = difference.div(se);
      pValue = fromFloat(twoSidedPValue(z.toNumber()));
    } else if (difference.isZero()) {
      z = ZERO;
      pValue = ONE;
    } else {
      testReason =
        'both surveys have a standard error of 0 (each answered within one category) and their scores differ, so the normal test is undefined';
    }
    const zText = se.isZero() ? (z === null ? 'undefined' : '0 (no difference and no variance)') : `${show(difference)} / ${se.toString()} = ${z!.toString()}`;
    testCalculation = `SE_Δ = √(SE_A² + SE_B²) = √(${A.standardError!.toString()}² + ${B.standardError!.toString()}²) = ${se.toString()}; z = ΔNPS / SE_Δ = ${zText}; p = 2 × (1 − Φ(|z|)) = ${pValue === null ? 'undefined' : pValue.toString()}`;
  } else {
    testReason = 'the difference is undefined';
  }
  const alpha = ONE.minus(new Decimal(String(confidence)));
  return metricResult(
    {
      formula: 'ΔNPS = NPS_B − NPS_A',
      substituted: `${B.value === null ? 'undefined' : show(B.value)} − ${A.value === null ? 'undefined' : show(A.value)}`,
      value: difference,
      reason: A.n === 0 && B.n === 0 ? 'neither survey has answers' : A.n === 0 ? 'survey A has no answers' : 'survey B has no answers',
    },
    {
      a: side(A),
      b: side(B),
      difference,
      standardError: se,
      z,
      pValue,
      significant: pValue === null ? null : pValue.lt(alpha),
      confidence,
      ...(testReason === undefined ? {} : { testReason }),
      testCalculation,
    },
  );
}
