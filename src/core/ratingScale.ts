import { z } from 'zod';
import { describeValue } from './schemas.js';

const whole = (iss: { input?: unknown }) => `must be a whole number, got ${describeValue(iss.input)}`;

/** A whole number (a safe integer, negative allowed): a point of a rating scale. */
export const WholeNumberSchema = z
  .number({ error: whole })
  // A refinement, not .int(): zod's .int() would stop the enclosing object's cross-field checks.
  .refine((v) => Number.isSafeInteger(v), { error: whole, params: { code: 'not_whole' } });

/** True for a number that passed `WholeNumberSchema`. */
export function isWhole(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

/** A rating scale `{ min, max }` of whole-number points, min below max. */
export const RatingScaleSchema = z
  .object({ min: WholeNumberSchema, max: WholeNumberSchema })
  .superRefine((s, ctx) => {
    if (isWhole(s.min) && isWhole(s.max) && s.max <= s.min) {
      ctx.addIssue({ code: 'custom', path: ['max'], params: { code: 'inconsistent' }, message: `(${s.max}) must be greater than min (${s.min})` });
    }
  });

/** A rating scale as given: `{ min, max }`. */
export type RatingScale = z.input<typeof RatingScaleSchema>;

/** An array of whole-number answers; their range is checked against the scale by `checkAgainstScale`. */
export const RatingResponsesSchema = z.array(WholeNumberSchema);

/**
 * Cross-field check of answers against a valid scale: each answer outside `[min, max]` is an issue
 * at `responses[i]`.
 */
export function checkAgainstScale(responses: readonly unknown[], scale: { min: unknown; max: unknown }, ctx: z.RefinementCtx): void {
  const { min, max } = scale;
  if (!isWhole(min) || !isWhole(max) || max <= min) return;
  responses.forEach((r, i) => {
    if (isWhole(r) && (r < min || r > max)) {
      ctx.addIssue({ code: 'custom', path: ['responses', i], params: { code: 'out_of_scale' }, message: `must be on the scale ${min}–${max}, got ${r}` });
    }
  });
}
