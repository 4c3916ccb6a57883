import type { z } from 'zod';
import { categoryOf, NpsScoreSchema } from '../core/nps.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link npsCategory}: one answer to the 0–10 recommendation question, a whole number.
 * @category Survey
 */
export const NpsCategoryInputSchema = NpsScoreSchema;

/** @category Survey */
export type NpsCategoryInput = z.input<typeof NpsCategoryInputSchema>;

/** The three NPS categories. @category Survey */
export type NpsCategoryResult = 'promoter' | 'passive' | 'detractor';

/**
 * NPS category (NPS 分类) of one answer: promoter (推荐者 / 忠诚), passive (被动者 / 被动) or
 * detractor (贬损者 / 贬低).
 *
 * The answer to "on a scale of 0 to 10, how likely are you to recommend us?" sorts a customer into
 * one of three groups; the net promoter score ({@link netPromoterScore}) is built from the shares
 * of the groups.
 *
 * @formula 9–10 → promoter, 7–8 → passive, 0–6 → detractor.
 * @source seed 003 §5 (推荐者、被动者、贬损者), seed 004 §3.3 (忠诚 9–10, 被动 7–8, 贬低 0–6).
 * @param score - A whole number from 0 to 10.
 * @returns `'promoter'`, `'passive'` or `'detractor'`.
 * @throws {@link MetricInputError} (path `score`) when the score is not a whole number from 0 to 10.
 * @example
 * npsCategory(9); // => 'promoter'
 * npsCategory(7); // => 'passive'
 * npsCategory(6); // => 'detractor'
 * @see {@link netPromoterScore}, {@link compareNetPromoterScores}
 * @category Survey
 */
export function npsCategory(score: NpsCategoryInput): NpsCategoryResult {
  return categoryOf(parseInput('npsCategory', NpsCategoryInputSchema, score, 'score'));
}
