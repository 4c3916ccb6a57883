import type { z } from 'zod';

/**
 * Pass the issues of a nested `safeParse` on to the enclosing schema's context, under `path`,
 * keeping each message and its code (as the custom code {@link toIssues} reads). Used where a
 * schema reads a value by hand (cost lines keyed by arbitrary names, result-or-decimal items)
 * instead of through a zod object.
 */
export function relayIssues(ctx: z.RefinementCtx, issues: readonly z.core.$ZodIssue[], path: readonly PropertyKey[]): void {
  for (const iss of issues) {
    const code = iss.code === 'custom' && typeof iss.params?.['code'] === 'string' ? iss.params['code'] : iss.code;
    ctx.addIssue({ code: 'custom', path: [...path, ...iss.path], message: iss.message, params: { code } });
  }
}
