import { z } from 'zod';
import type { Decimal } from '../core/decimal.js';
import { InstantSchema } from '../core/isoInstant.js';
import { frozen } from '../core/result.js';
import { describeValue } from '../core/schemas.js';
import { apportionedShares } from '../core/shares.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link churnReasonBreakdown}: the churns, as `{ customerId, reason? }` records or as
 * `churned` events `{ customerId, type: 'churned', at, reason? }`.
 * @category Survey
 */
export const ChurnReasonBreakdownInputSchema = z.array(
  z.object({
    customerId: z.string({ error: (iss) => `must be a string (any string is a valid id), got ${describeValue(iss.input)}` }),
    type: z.literal('churned', { error: (iss) => `must be 'churned' when given (pass only churn events), got ${describeValue(iss.input)}` }).optional(),
    at: InstantSchema.optional(),
    reason: z.string({ error: (iss) => `must be a string, null or absent, got ${describeValue(iss.input)}` }).nullable().optional(),
  }),
);

/** @category Survey */
export type ChurnReasonBreakdownInput = z.input<typeof ChurnReasonBreakdownInputSchema>;

/** Options of {@link churnReasonBreakdown}: none. @category Survey */
export type ChurnReasonBreakdownOptions = Record<never, never>;

/** One reason's row. @category Survey */
export interface ChurnReasonRow {
  /** The reason as given, or null for churns without a reason (absent, null or ""). */
  readonly reason: string | null;
  readonly count: number;
  /** count / churns; the shares sum to exactly 1. */
  readonly share: Decimal;
}

/** @category Survey */
export interface ChurnReasonBreakdownResult {
  readonly formula: string;
  /** Number of churns (a customer lost twice counts twice). */
  readonly churns: number;
  /** Number of distinct customers among them. */
  readonly customers: number;
  /** By count descending; ties by reason in code-unit order, the missing-reason row after named reasons with the same count. */
  readonly rows: readonly ChurnReasonRow[];
}

/**
 * Churn reasons breakdown (客户流失原因统计): how many churns had each reason, and their share.
 *
 * Recording a reason with each lost customer (price at renewal too high, slow service, product
 * hard to understand, frequent faults…) and counting them shows where to act first. Reasons are
 * open-ended strings, compared exactly as given (no trimming or case folding). A churn without a
 * reason is counted in its own row, never dropped.
 *
 * @formula share(reason) = churns with that reason / all churns.
 * Shares are exact to 38 decimal places and apportioned by largest remainder, so they sum to
 * exactly 1.
 * @source seed 004 §3.1 (a "churn reason" field on each lost customer, counted in the won-customer statistics).
 * @param churns - `[{ customerId, reason? }]` or churned events `[{ customerId, type: 'churned', at, reason? }]`.
 * @returns A frozen breakdown: `churns`, `customers` (distinct) and `rows` sorted by count
 * descending, ties by reason in code-unit order with the missing-reason row last among equals.
 * Empty input gives no rows.
 * @throws {@link MetricInputError} for a customer id or reason of the wrong type
 * (`churns[2].reason`), a `type` other than `'churned'`, or a bad `at`.
 * @example
 * const b = churnReasonBreakdown([
 *   { customerId: 'a', reason: 'price' },
 *   { customerId: 'b', reason: 'service' },
 *   { customerId: 'c', reason: 'price' },
 *   { customerId: 'd' },
 * ]);
 * b.rows.map((r) => [r.reason, r.count, r.share.toString()]); // => [['price', 2, '0.5'], ['service', 1, '0.25'], [null, 1, '0.25']]
 * @see {@link surveyCrossTab}
 * @category Survey
 */
export function churnReasonBreakdown(churns: ChurnReasonBreakdownInput): ChurnReasonBreakdownResult {
  const list = parseInput('churnReasonBreakdown', ChurnReasonBreakdownInputSchema, churns, 'churns');
  const counts = new Map<string | null, number>();
  const customers = new Set<string>();
  for (const c of list) {
    const reason = c.reason === undefined || c.reason === null || c.reason === '' ? null : c.reason;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
    customers.add(c.customerId);
  }
  const entries = [...counts.entries()].sort(([ra, ca], [rb, cb]) => {
    if (ca !== cb) return cb - ca;
    if (ra === null) return 1;
    if (rb === null) return -1;
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  });
  const shares = apportionedShares(
    entries.map(([, c]) => c),
    list.length,
  );
  return frozen({
    formula: 'share(reason) = churns with the reason / churns',
    churns: list.length,
    customers: customers.size,
    rows: entries.map(([reason, count], i) => ({ reason, count, share: shares[i]! })),
  });
}
