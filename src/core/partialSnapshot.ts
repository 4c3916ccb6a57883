import type { z } from 'zod';
import { isCount, snapshotRules } from './snapshot.js';

type PartialSnapshotShape = {
  customersAtStart: number;
  customersAtEnd?: number | undefined;
  newCustomers?: number | undefined;
  churnedCustomers?: number | undefined;
  periodStart?: string | Date | undefined;
  periodEnd?: string | Date | undefined;
};

const present = (n: unknown): boolean => n !== undefined;

/**
 * The rules of a period snapshot of which only some counts are known (S always; E, N, C when
 * given), for the metrics that read fewer fields than the full snapshot (`customerGrowthRate`,
 * `churnRate`). With S, E and N all given it applies {@link snapshotRules}`(false)` unchanged;
 * otherwise it checks what the known counts imply through E = S + N − C with N, C ≥ 0:
 * - E and C without N: N = E + C − S must not be negative, so C ≥ S − E;
 * - N and C without E: E = S + N − C must not be negative, so C ≤ S + N;
 * and always that the period ends after it starts.
 */
export function partialSnapshotRules() {
  const full = snapshotRules(false);
  return (s: PartialSnapshotShape, ctx: z.RefinementCtx): void => {
    const { customersAtStart: S, customersAtEnd: E, newCustomers: N, churnedCustomers: C } = s;
    // Cross-field rules only between fields that passed their own checks; S is always required.
    if (!isCount(S) || [E, N, C].some((n) => present(n) && !isCount(n))) return;
    if (present(E) && present(N)) {
      full({ ...s, customersAtEnd: E!, newCustomers: N! }, ctx);
      return;
    }
    if (present(E) && present(C) && E! + C! < S) {
      ctx.addIssue({
        code: 'custom',
        path: ['churnedCustomers'],
        params: { code: 'inconsistent' },
        message: `(${C}) must be at least customersAtStart − customersAtEnd (${S} − ${E!} = ${S - E!}): the customers fell by more than were lost`,
      });
    }
    if (present(N) && present(C) && C! > S + N!) {
      ctx.addIssue({
        code: 'custom',
        path: ['churnedCustomers'],
        params: { code: 'inconsistent' },
        message: `(${C}) must not exceed customersAtStart + newCustomers (${S} + ${N!} = ${S + N!})`,
      });
    }
    if (s.periodStart !== undefined && s.periodEnd !== undefined) {
      if (new Date(s.periodEnd).getTime() <= new Date(s.periodStart).getTime()) {
        ctx.addIssue({ code: 'custom', path: ['periodEnd'], params: { code: 'inconsistent' }, message: 'must be after periodStart' });
      }
    }
  };
}
