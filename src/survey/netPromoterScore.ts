import { z } from 'zod';
import { Decimal, HUNDRED } from '../core/decimal.js';
import { ConfidenceOptionsSchema, criticalValue, npsStatistics, NpsScoreSchema, type CategoryCount } from '../core/nps.js';
import { metricResult, show, type MetricResult } from '../core/result.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link netPromoterScore}: the answers, whole numbers from 0 to 10.
 * @category Survey
 */
export const NetPromoterScoreInputSchema = z.array(NpsScoreSchema);

/** @category Survey */
export type NetPromoterScoreInput = z.input<typeof NetPromoterScoreInputSchema>;

const ArgumentsSchema = z.object({ scores: NetPromoterScoreInputSchema, options: ConfidenceOptionsSchema });

/** Options of {@link netPromoterScore}. @category Survey */
export interface NetPromoterScoreOptions {
  /** Confidence level of the interval, strictly between 0 and 1 (default 0.95). */
  readonly confidence?: number;
}

/** @category Survey */
export interface NetPromoterScoreResult extends MetricResult {
  /** Number of answers. */
  readonly n: number;
  /** Answers of 9–10: count and share of n (share null when n = 0). */
  readonly promoters: CategoryCount;
  /** Answers of 7–8. */
  readonly passives: CategoryCount;
  /** Answers of 0–6. */
  readonly detractors: CategoryCount;
  /** Standard error of the score, in points: 100 · √((p + d − (p − d)²) / n); 0 when every answer is in one category. */
  readonly standardError: Decimal | null;
  /** z · SE, in points. */
  readonly marginOfError: Decimal | null;
  /** [score − margin, score + margin], each clamped to −100…100. */
  readonly confidenceInterval: readonly [Decimal, Decimal] | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The two-sided critical value z at that level (1.959963984540054 at 0.95), 16 significant digits. */
  readonly criticalValue: Decimal;
  /** The standard error, margin and interval with the counts substituted. */
  readonly intervalCalculation: string | null;
}

const MINUS_100 = new Decimal(-100);

/**
 * Net promoter score (NPS, 净推荐值) on the −100…100 scale, with its margin of error.
 *
 * The share of promoters (9–10) minus the share of detractors (0–6) among the answers to the 0–10
 * recommendation question, in points (the convention of the field: 30, not 0.3). Passives (7–8)
 * count in n only. The score comes with the three counts and shares and with its sampling
 * uncertainty: the standard error, the margin of error at a chosen confidence (default 95 %) and
 * the interval, clamped to −100…100. To test whether two surveys differ, use
 * {@link compareNetPromoterScores}.
 *
 * @formula NPS = 100 × (P − D) / n, with P promoters, D detractors, n answers. With p = P / n and
 * d = D / n: variance = p + d − (p − d)², SE = 100 × √(variance / n), margin = z × SE where z is
 * the two-sided normal quantile at the confidence level (Φ⁻¹(0.975) = 1.959963984540054 at 95 %).
 * @source seed 003 §5 (NPS = 推荐者比例 − 贬损者比例), seed 004 §3.3 (the three categories); the
 * variance of a difference of two multinomial shares is the standard one (e.g. Rocks 2016,
 * "Confidence intervals for NPS").
 * @param scores - The answers, whole numbers from 0 to 10.
 * @param options - `confidence` (default 0.95), strictly between 0 and 1.
 * @returns A Decimal from −100 to 100 in points; `null` with a reason when there are no answers.
 * One answer, or answers all in one category, give a standard error of 0 (not undefined).
 * @throws {@link MetricInputError} naming each bad answer (`scores[3]`) and a bad
 * `options.confidence`.
 * @example
 * const r = netPromoterScore([10, 10, 9, 9, 9, 8, 8, 7, 3, 0]);
 * r.calculation; // => 'NPS = 100 × (P − D) / n = 100 × (5 − 2) / 10 = 30'
 * r.promoters; // => { count: 5, share: '0.5' }
 * r.standardError?.toFixed(4); // => '24.6982'
 * r.confidenceInterval?.map((x) => x.toFixed(2)); // => ['-18.41', '78.41']
 * @see {@link npsCategory}, {@link compareNetPromoterScores}, {@link customerSatisfactionScore}
 * @category Survey
 */
export function netPromoterScore(scores: NetPromoterScoreInput, options: NetPromoterScoreOptions = {}): NetPromoterScoreResult {
  // One schema over both arguments, so that every problem is reported at once.
  const { scores: list, options: opts } = parseInput('netPromoterScore', ArgumentsSchema, { scores, options });
  const confidence = opts?.confidence ?? 0.95;
  const st = npsStatistics(list);
  const z = criticalValue(confidence);
  const { n, promoters: p, detractors: d } = st;
  let margin: Decimal | null = null;
  let interval: [Decimal, Decimal] | null = null;
  let intervalCalculation: string | null = null;
  if (st.value !== null && st.standardError !== null) {
    margin = z.times(st.standardError);
    interval = [Decimal.max(MINUS_100, st.value.minus(margin)), Decimal.min(HUNDRED, st.value.plus(margin))];
    intervalCalculation =
      `SE = 100 × √(((P + D) × n − (P − D)²) / n³) = 100 × √(((${p.count} + ${d.count}) × ${n} − (${p.count} − ${d.count})²) / ${n}³)` +
      ` = 100 × √(${st.varianceNumerator.toString()} / ${new Decimal(n).pow(3).toString()}) = ${st.standardError.toString()}; margin = z × SE = ${z.toString()} × SE = ${margin.toString()};` +
      ` interval = [${show(st.value)} − margin, ${show(st.value)} + margin] clamped to −100…100 = [${interval[0].toString()}, ${interval[1].toString()}]`;
  }
  return metricResult(
    {
      formula: 'NPS = 100 × (P − D) / n',
      substituted: `100 × (${p.count} − ${d.count}) / ${n}`,
      value: st.value,
      reason: 'no answers (n = 0)',
    },
    {
      n,
      promoters: st.promoters,
      passives: st.passives,
      detractors: st.detractors,
      standardError: st.standardError,
      marginOfError: margin,
      confidenceInterval: interval,
      confidence,
      criticalValue: z,
      intervalCalculation,
    },
  );
}
