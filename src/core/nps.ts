import { z } from 'zod';
import { Decimal, HUNDRED, ZERO } from './decimal.js';
import { describeValue } from './schemas.js';
import { twoSidedCriticalValue } from './normal.js';

const scoreProblem = (iss: { input?: unknown }) => `must be a whole number from 0 to 10, got ${describeValue(iss.input)}`;

/** One answer to the 0–10 "how likely are you to recommend us" question. */
export const NpsScoreSchema = z
  .number({ error: scoreProblem })
  // One refinement (not .int().min().max()): one issue per bad answer, and zod's .int() would stop
  // the cross-field checks of the enclosing object from running.
  .refine((v) => Number.isInteger(v) && v >= 0 && v <= 10, { error: scoreProblem, params: { code: 'out_of_range' } });

/** The confidence level of an interval or a test: strictly between 0 and 1 (default 0.95). */
export const ConfidenceSchema = z
  .number({ error: (iss) => `must be a number strictly between 0 and 1, got ${describeValue(iss.input)}` })
  .gt(0, { error: (iss) => `must be strictly between 0 and 1, got ${describeValue(iss.input)}` })
  .lt(1, { error: (iss) => `must be strictly between 0 and 1, got ${describeValue(iss.input)}` });

/** Options with a confidence level. */
export const ConfidenceOptionsSchema = z.object({ confidence: ConfidenceSchema.optional() }).optional();

/** The NPS category of one valid score. */
export function categoryOf(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** A category's count and its share of all answers (null when there are none). @category Survey */
export interface CategoryCount {
  readonly count: number;
  readonly share: Decimal | null;
}

/** Everything the NPS and its comparison need from one set of valid scores. */
export interface NpsStatistics {
  readonly n: number;
  readonly promoters: CategoryCount;
  readonly passives: CategoryCount;
  readonly detractors: CategoryCount;
  readonly value: Decimal | null;
  readonly standardError: Decimal | null;
  /** p + d − (p − d)², written as an exact fraction of counts. */
  readonly varianceNumerator: Decimal;
}

/** Count the categories and compute the score and its standard error (in points). */
export function npsStatistics(scores: readonly number[]): NpsStatistics {
  let P = 0;
  let A = 0;
  let D = 0;
  for (const s of scores) {
    const c = categoryOf(s);
    if (c === 'promoter') P += 1;
    else if (c === 'passive') A += 1;
    else D += 1;
  }
  const n = scores.length;
  const share = (k: number) => (n === 0 ? null : new Decimal(k).div(n));
  // variance = p + d − (p − d)² = ((P + D)·n − (P − D)²) / n², so variance / n has the integer
  // numerator (P + D)·n − (P − D)² over n³: exact before the one square root.
  const varianceNumerator = new Decimal(P + D).times(n).minus(new Decimal(P - D).pow(2));
  return {
    n,
    promoters: { count: P, share: share(P) },
    passives: { count: A, share: share(A) },
    detractors: { count: D, share: share(D) },
    value: n === 0 ? null : HUNDRED.times(P - D).div(n),
    standardError: n === 0 ? null : varianceNumerator.isZero() ? ZERO : HUNDRED.times(varianceNumerator.div(new Decimal(n).pow(3)).sqrt()),
    varianceNumerator,
  };
}

/** A float64 statistic as a Decimal with 16 significant digits (all a double carries). */
export function fromFloat(x: number): Decimal {
  return new Decimal(Number(x.toPrecision(16)).toString());
}

/** The two-sided critical value at `confidence`, as a Decimal (0.95 → 1.959963984540054). */
export function criticalValue(confidence: number): Decimal {
  return fromFloat(twoSidedCriticalValue(confidence));
}
