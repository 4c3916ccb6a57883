import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { relayIssues } from '../../src/core/relay.js';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf } from '../helpers/errors.js';

describe('relayIssues', () => {
  const inner = z.number().superRefine((n, ctx) => {
    if (n < 0) ctx.addIssue({ code: 'custom', params: { code: 'negative' }, message: `must not be negative, got ${n}` });
    if (n > 9) ctx.addIssue({ code: 'custom', message: 'is too big' });
  });
  const outer = z.object({
    items: z.unknown().transform((v, ctx) => {
      const r = inner.safeParse(v);
      if (r.success) return r.data;
      relayIssues(ctx, r.error.issues, ['deep']);
      return z.NEVER;
    }),
  });

  it('keeps each message, prefixes the path, and carries a custom code through', () => {
    expect(issuesOf(() => parseInput('f', outer, { items: -1 }))).toEqual([{ code: 'negative', path: 'items.deep', message: 'f: items.deep must not be negative, got -1' }]);
  });

  it('keeps the code of a plain custom issue and of a zod issue', () => {
    expect(issuesOf(() => parseInput('f', outer, { items: 10 }))[0]?.code).toBe('custom');
    expect(issuesOf(() => parseInput('f', outer, { items: 'x' }))[0]).toMatchObject({ code: 'invalid_type', path: 'items.deep' });
  });
});
