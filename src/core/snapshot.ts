import { z } from 'zod';
import { CountSchema, describeValue } from './schemas.js';

const instantProblem = (iss: { input?: unknown }) => `must be an ISO-8601 timestamp or a valid Date, got ${describeValue(iss.input)}`;
// The union names the problem too: without its own message a number or an invalid Date got zod's "Invalid input".
const Instant = z
  .union([z.string(), z.date()], { error: instantProblem })
  .refine((v) => !Number.isNaN(typeof v === 'string' ? Date.parse(v) : v.getTime()), { error: instantProblem });

/** The fields of a period snapshot, before any consistency rule. */
export const SnapshotFields = {
  /** S: customers active at the start of the period. */
  customersAtStart: CountSchema,
  /** E: customers active at the end of the period. */
  customersAtEnd: CountSchema,
  /** N: new customers acquired during the period. */
  newCustomers: CountSchema,
  /** C: customers lost during the period (optional; when given, E = S + N − C must hold). */
  churnedCustomers: CountSchema.optional(),
  periodStart: Instant.optional(),
  periodEnd: Instant.optional(),
};

/** True for a count that passed {@link CountSchema}'s checks (refinements may still run after a failed one). */
export function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

type SnapshotShape = {
  customersAtStart: number;
  customersAtEnd: number;
  newCustomers: number;
  churnedCustomers?: number | undefined;
  periodStart?: string | Date | undefined;
  periodEnd?: string | Date | undefined;
};

/**
 * The rules every period snapshot obeys: E ≤ S + N, E = S + N − C when C is given, and the
 * period's end after its start. With `newAllRetained`, also N ≤ E (the assumption of CRR and CCR
 * that every new customer is still there at the end).
 */
export function snapshotRules(newAllRetained: boolean) {
  return (s: SnapshotShape, ctx: z.RefinementCtx): void => {
    const { customersAtStart: S, customersAtEnd: E, newCustomers: N, churnedCustomers: C } = s;
    // Cross-field rules only between fields that passed their own checks.
    if (!isCount(S) || !isCount(E) || !isCount(N) || (C !== undefined && !isCount(C))) return;
    if (E > S + N) {
      ctx.addIssue({
        code: 'custom',
        path: ['customersAtEnd'],
        params: { code: 'inconsistent' },
        message: `(${E}) must not exceed customersAtStart + newCustomers (${S} + ${N} = ${S + N})`,
      });
    }
    if (newAllRetained && N > E) {
      ctx.addIssue({
        code: 'custom',
        path: ['newCustomers'],
        params: { code: 'inconsistent' },
        message: `(${N}) must not exceed customersAtEnd (${E}): the formula assumes every new customer is still there at period end; for a period in which new customers also left, use startCohortRetentionRate on the events`,
      });
    }
    if (C !== undefined && E <= S + N && C !== S + N - E) {
      ctx.addIssue({
        code: 'custom',
        path: ['churnedCustomers'],
        params: { code: 'inconsistent' },
        message: `(${C}) must equal customersAtStart + newCustomers − customersAtEnd (${S} + ${N} − ${E} = ${S + N - E})`,
      });
    }
    if (s.periodStart !== undefined && s.periodEnd !== undefined) {
      const a = new Date(s.periodStart).getTime();
      const b = new Date(s.periodEnd).getTime();
      if (b <= a) {
        ctx.addIssue({ code: 'custom', path: ['periodEnd'], params: { code: 'inconsistent' }, message: 'must be after periodStart' });
      }
    }
  };
}

/**
 * A period snapshot: S, E, N and optionally C and the period's bounds. Consistent when
 * E ≤ S + N and, if C is given, E = S + N − C.
 *
 * @category Core
 */
export const PeriodSnapshotSchema = z.object(SnapshotFields).superRefine(snapshotRules(false));
/** @category Core */
export type PeriodSnapshot = z.input<typeof PeriodSnapshotSchema>;
