import { MetricInputError, type MetricInputIssue } from '../core/errors.js';
import { DecimalLikeSchema, type DecimalLike } from '../core/schemas.js';
import { fail, parseInput } from '../core/validate.js';
import { attempt, DEFAULT_HEALTH_TIERS, HealthTiersSchema, roundHalfAway, tierOf, type HealthTiers } from './model.js';

/**
 * Input of {@link healthTier}: the score, a decimal (string, number or `Decimal`).
 * @category Health
 */
export const HealthTierInputSchema = DecimalLikeSchema;

/** @category Health */
export type HealthTierInput = DecimalLike;

/** The second argument of {@link healthTier}: the tiers, `[{ name, min, max }]` (see {@link HealthTiersSchema}). @category Health */
export type HealthTierOptions = HealthTiers;

/** The name of the tier. @category Health */
export type HealthTierResult = string;

/**
 * Health tier (健康度区间): the named tier a health score falls in.
 *
 * Places a score on a health model's scale into one of a set of named, inclusive whole-number
 * ranges. A fractional score (from weights, or from rescaling when behaviours are missing) is
 * placed by rounding it half away from zero (20.5 → 21), the score itself staying exact in
 * {@link healthScore}'s result. The default tiers are for seed 004's three behaviours on the 3–30
 * scale: 3–10 `at-risk`, 11–20 `steady`, 21–30 `vip`.
 *
 * @formula tier = the tier t with t.min ≤ round(H) ≤ t.max, round = half away from zero.
 * @source seed 004 §2 (21–30 = VIP, "the most active customers score above 20"); the ranges below
 * 21 are this library's choice, as the article's figure holding them is missing from its text.
 * @param score - The health score (a decimal).
 * @param tiers - Inclusive whole-number ranges `[{ name, min, max }]` with no gap or overlap;
 * default {@link DEFAULT_HEALTH_TIERS}.
 * @returns The tier's name.
 * @throws {@link MetricInputError} when the score is not a decimal, the tiers are malformed
 * (gap, overlap, duplicate name, max below min, with the tier's path), or the rounded score lies
 * outside every tier.
 * @example
 * healthTier(24); // => 'vip'
 * healthTier('20.5'); // => 'vip'
 * healthTier('20.49'); // => 'steady'
 * healthTier(55, [{ name: 'red', min: 0, max: 50 }, { name: 'yellow', min: 51, max: 75 }, { name: 'green', min: 76, max: 100 }]); // => 'yellow'
 * @see {@link healthScore}, {@link DEFAULT_HEALTH_TIERS}
 * @category Health
 */
export function healthTier(score: HealthTierInput, tiers: HealthTierOptions = DEFAULT_HEALTH_TIERS): HealthTierResult {
  const issues: MetricInputIssue[] = [];
  const h = attempt(issues, () => parseInput('healthTier', HealthTierInputSchema, score, 'score'));
  const list = attempt(issues, () => parseInput('healthTier', HealthTiersSchema, tiers, 'tiers'));
  if (h === undefined || list === undefined) throw new MetricInputError('healthTier', issues);
  const whole = roundHalfAway(h);
  const tier = whole.abs().lte(Number.MAX_SAFE_INTEGER) ? tierOf(list, whole.toNumber()) : undefined;
  if (tier === undefined) {
    const lo = Math.min(...list.map((t) => t.min));
    const hi = Math.max(...list.map((t) => t.max));
    fail('healthTier', 'out_of_range', 'score', `(${h.toString()}) lies outside every tier (${lo} to ${hi})`);
  }
  return tier.name;
}
