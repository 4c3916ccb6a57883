import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { checkAgainstScale, isWhole, RatingResponsesSchema, RatingScaleSchema, WholeNumberSchema } from '../core/ratingScale.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link customerSatisfactionScore}: the answers, whole numbers on the survey's scale
 * (the range is checked against `options.scale`).
 * @category Survey
 */
export const CustomerSatisfactionScoreInputSchema = RatingResponsesSchema;

/** @category Survey */
export type CustomerSatisfactionScoreInput = z.input<typeof CustomerSatisfactionScoreInputSchema>;

/** Options of {@link customerSatisfactionScore}. @category Survey */
export interface CustomerSatisfactionScoreOptions {
  /** The answer scale, whole numbers `{ min, max }` (default `{ min: 1, max: 5 }`). */
  readonly scale?: { readonly min: number; readonly max: number };
  /** The lowest answer that counts as satisfied (default: the top two points, `max − 1`; 4 on 1–5). */
  readonly satisfiedAtLeast?: number;
}

/** @category Survey */
export interface CustomerSatisfactionScoreResult extends MetricResult {
  /** Number of answers. */
  readonly n: number;
  /** Answers at or above `satisfiedAtLeast`. */
  readonly satisfied: number;
  /** Answers below it. */
  readonly notSatisfied: number;
  /** Mean of the raw answers, on the scale (null when there are none). */
  readonly mean: Decimal | null;
  /** The scale used. */
  readonly scale: { readonly min: number; readonly max: number };
  /** The threshold used. */
  readonly satisfiedAtLeast: number;
}

const ArgumentsSchema = z
  .object({
    responses: CustomerSatisfactionScoreInputSchema,
    options: z.object({ scale: RatingScaleSchema.optional(), satisfiedAtLeast: WholeNumberSchema.optional() }).optional(),
  })
  .superRefine(
    (v, ctx) => {
    const scale = v?.options?.scale ?? { min: 1, max: 5 };
    if (Array.isArray(v?.responses)) checkAgainstScale(v.responses, scale, ctx);
    const t = v?.options?.satisfiedAtLeast;
    if (isWhole(t) && isWhole(scale.min) && isWhole(scale.max) && scale.min < scale.max && (t < scale.min || t > scale.max)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', 'satisfiedAtLeast'],
        params: { code: 'out_of_scale' },
        message: `must be on the scale ${scale.min}–${scale.max}, got ${t}`,
      });
    }
  },
    // Also when a field failed its own check, so that every problem is reported at once.
    { when: () => true },
  );

/**
 * Customer satisfaction score (CSAT, 客户满意度): the share of satisfied answers.
 *
 * Of the answers to a satisfaction question, the share at or above a threshold: by the field's
 * top-two-box convention, 4 and 5 on a 1–5 scale. The seeds describe satisfaction surveys without a
 * formula; the scale and the threshold are options with these defaults. The mean answer is given
 * beside it, since two surveys with the same share can differ in how satisfied the satisfied are.
 *
 * @formula CSAT = satisfied / n, with satisfied = answers ≥ `satisfiedAtLeast`, n = answers;
 * mean = Σ answer / n.
 * @source seed 000 §1 and seed 003 §1 (satisfaction surveys, 客户满意度调查); the top-two-box
 * threshold is the field's convention.
 * @param responses - Whole-number answers on the scale.
 * @param options - `scale` (default `{ min: 1, max: 5 }`) and `satisfiedAtLeast` (default `max − 1`).
 * @returns A ratio in 0…1 (not a percentage); `null` with a reason when there are no answers.
 * @throws {@link MetricInputError} naming each answer that is not a whole number on the scale
 * (`responses[3]`), and a bad `options.scale.min`, `options.scale.max` or `options.satisfiedAtLeast`.
 * @example
 * const r = customerSatisfactionScore([5, 4, 4, 3, 5, 2, 4, 5, 1, 4]);
 * r.calculation; // => 'CSAT = satisfied / n = 7 / 10 = 0.7'
 * r.mean?.toString(); // => '3.7'
 * customerSatisfactionScore([9, 7, 10], { scale: { min: 0, max: 10 }, satisfiedAtLeast: 8 }).value?.toString(); // => '0.6666666666666666666666666666666666666667'
 * @see {@link customerEffortScore}, {@link netPromoterScore}
 * @category Survey
 */
export function customerSatisfactionScore(
  responses: CustomerSatisfactionScoreInput,
  options: CustomerSatisfactionScoreOptions = {},
): CustomerSatisfactionScoreResult {
  const { responses: list, options: opts } = parseInput('customerSatisfactionScore', ArgumentsSchema, { responses, options });
  const scale = { min: opts?.scale?.min ?? 1, max: opts?.scale?.max ?? 5 };
  const threshold = opts?.satisfiedAtLeast ?? scale.max - 1;
  const n = list.length;
  const satisfied = list.filter((r) => r >= threshold).length;
  const sum = list.reduce((a, r) => a.plus(r), new Decimal(0));
  return metricResult(
    {
      formula: 'CSAT = satisfied / n',
      substituted: `${satisfied} / ${n}`,
      value: n === 0 ? null : new Decimal(satisfied).div(n),
      reason: 'no answers (n = 0)',
    },
    { n, satisfied, notSatisfied: n - satisfied, mean: n === 0 ? null : sum.div(n), scale, satisfiedAtLeast: threshold },
  );
}
