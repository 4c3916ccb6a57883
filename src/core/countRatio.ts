import type { z } from 'zod';
import { isCount } from './snapshot.js';

/**
 * A cross-field rule for a ratio of two counts that cannot exceed 1: `numerator` must not exceed
 * `denominator` (both as they are named in the input).
 */
export function notAbove(numerator: string, denominator: string) {
  return (v: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const a = v[numerator];
    const b = v[denominator];
    if (isCount(a) && isCount(b) && a > b) {
      ctx.addIssue({
        code: 'custom',
        path: [numerator],
        params: { code: 'inconsistent' },
        message: `(${a}) must not exceed ${denominator} (${b})`,
      });
    }
  };
}
