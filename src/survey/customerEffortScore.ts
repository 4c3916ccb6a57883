import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { checkAgainstScale, isWhole, RatingResponsesSchema, RatingScaleSchema } from '../core/ratingScale.js';
import { metricResult, type MetricResult } from '../core/result.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link customerEffortScore}: the answers, whole numbers on the survey's scale (the
 * range is checked against `options.scale`).
 * @category Survey
 */
export const CustomerEffortScoreInputSchema = RatingResponsesSchema;

/** @category Survey */
export type CustomerEffortScoreInput = z.input<typeof CustomerEffortScoreInputSchema>;

/** Options of {@link customerEffortScore}. @category Survey */
export interface CustomerEffortScoreOptions {
  /** The answer scale, whole numbers `{ min, max }` with at least 3 points (default `{ min: 1, max: 7 }`). */
  readonly scale?: { readonly min: number; readonly max: number };
  /** True when a low answer means "easy" (default false: 7 = very easy on 1–7). */
  readonly lowerIsEasier?: boolean;
}

/** @category Survey */
export interface CustomerEffortScoreResult extends MetricResult {
  /** Number of answers. */
  readonly n: number;
  /** Answers on the two easy points. */
  readonly easy: number;
  /** easy / n, a ratio in 0…1 (null when there are no answers). */
  readonly easyShare: Decimal | null;
  /** The two points that count as easy: `[max − 1, max]`, or `[min, min + 1]` when lower is easier. */
  readonly easyAnswers: readonly [number, number];
  /** The scale used. */
  readonly scale: { readonly min: number; readonly max: number };
  /** Whether low answers count as easy. */
  readonly lowerIsEasier: boolean;
}

const ArgumentsSchema = z
  .object({
    responses: CustomerEffortScoreInputSchema,
    options: z
      .object({
        scale: RatingScaleSchema.optional(),
        lowerIsEasier: z.boolean({ error: (iss) => `must be true or false, got ${typeof iss.input}` }).optional(),
      })
      .optional(),
  })
  .superRefine(
    (v, ctx) => {
    const scale = v?.options?.scale ?? { min: 1, max: 7 };
    if (isWhole(scale.min) && isWhole(scale.max) && scale.max - scale.min === 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', 'scale', 'max'],
        params: { code: 'inconsistent' },
        message: `(${scale.max}) must be at least min + 2 (${scale.min} + 2): the effort scale needs at least 3 points`,
      });
    }
    if (Array.isArray(v?.responses)) checkAgainstScale(v.responses, scale, ctx);
  },
    // Also when a field failed its own check, so that every problem is reported at once.
    { when: () => true },
  );

/**
 * Customer effort score (CES, 客户费力度): the mean effort answer, with the share of "easy" answers.
 *
 * Asks how easy it was to get something done (solve a problem, place an order). `value` is the
 * mean of the raw answers on the scale, the usual headline; `easyShare` is the share of answers on
 * the two easiest points, which reads like CSAT. The default scale is 1–7 with 7 = very easy; with
 * `lowerIsEasier: true` the two lowest points count as easy instead (the mean is unchanged: always
 * of the raw answers).
 *
 * @formula CES = Σ answer / n; easyShare = easy / n, with easy = answers on the top two points
 * (`max − 1`, `max`), or the bottom two (`min`, `min + 1`) when lower is easier.
 * @source the field's convention (customer effort score); the seeds name service efficiency
 * (seed 003 §10) but give no effort formula.
 * @param responses - Whole-number answers on the scale.
 * @param options - `scale` (default `{ min: 1, max: 7 }`, at least 3 points) and `lowerIsEasier` (default false).
 * @returns The mean answer, a Decimal on the scale; `null` with a reason when there are no answers.
 * @throws {@link MetricInputError} naming each answer that is not a whole number on the scale
 * (`responses[3]`), and a bad `options.scale.min`, `options.scale.max` or `options.lowerIsEasier`.
 * @example
 * const r = customerEffortScore([7, 6, 6, 5, 3, 7, 2, 6]);
 * r.calculation; // => 'CES = Σ answer / n = 42 / 8 = 5.25'
 * r.easyShare?.toString(); // => '0.625'
 * customerEffortScore([1, 2, 5], { scale: { min: 1, max: 5 }, lowerIsEasier: true }).easy; // => 2
 * @see {@link customerSatisfactionScore}, {@link netPromoterScore}
 * @category Survey
 */
export function customerEffortScore(responses: CustomerEffortScoreInput, options: CustomerEffortScoreOptions = {}): CustomerEffortScoreResult {
  const { responses: list, options: opts } = parseInput('customerEffortScore', ArgumentsSchema, { responses, options });
  const scale = { min: opts?.scale?.min ?? 1, max: opts?.scale?.max ?? 7 };
  const lowerIsEasier = opts?.lowerIsEasier ?? false;
  const easyAnswers: [number, number] = lowerIsEasier ? [scale.min, scale.min + 1] : [scale.max - 1, scale.max];
  const n = list.length;
  const easy = list.filter((r) => r >= easyAnswers[0] && r <= easyAnswers[1]).length;
  const sum = list.reduce((a, r) => a.plus(r), new Decimal(0));
  return metricResult(
    {
      formula: 'CES = Σ answer / n',
      substituted: `${sum.toString()} / ${n}`,
      value: n === 0 ? null : sum.div(n),
      reason: 'no answers (n = 0)',
    },
    { n, easy, easyShare: n === 0 ? null : new Decimal(easy).div(n), easyAnswers, scale, lowerIsEasier },
  );
}
