import { z } from 'zod';
import type { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/schemas.js';
import { apportionedShares } from '../core/shares.js';
import { frozen } from '../core/result.js';
import { parseInput } from '../core/validate.js';

const customerId = z.string({ error: (iss) => `must be a string (any string is a valid id), got ${describeValue(iss.input)}` });
const answer = z.union([z.string(), z.number().refine((v) => Number.isFinite(v))], {
  error: (iss) => `must be a string or a finite number, got ${describeValue(iss.input)}`,
});
// A refinement, not z.custom: a failed z.custom would stop the cross-field checks below.
const attributes = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) {
      ctx.addIssue({ code: 'custom', params: { code: 'invalid_type' }, message: `must be an object of attribute values, got ${describeValue(v)}` });
    }
  })
  .transform((v) => v as Readonly<Record<string, unknown>> | undefined)
  .optional() as unknown as z.ZodOptional<z.ZodType<Readonly<Record<string, unknown>>, Readonly<Record<string, unknown>>>>;

/** The value of attribute `by` of a customer's attributes, read as an own property (so `__proto__` works). */
function attributeOf(attrs: Readonly<Record<string, unknown>> | undefined, by: string): unknown {
  return typeof attrs === 'object' && attrs !== null && Object.hasOwn(attrs, by) ? attrs[by] : undefined;
}

/**
 * Input of {@link surveyCrossTab}: survey answers, the customers with their attributes, and the
 * attribute to break the answers down by.
 * @category Survey
 */
export const SurveyCrossTabInputSchema = z
  .object({
    responses: z.array(z.object({ customerId, answer })),
    customers: z.array(z.object({ customerId, attributes })),
    by: z.string({ error: (iss) => `must be the name of an attribute, got ${describeValue(iss.input)}` }).min(1, { error: 'must not be empty' }),
  })
  .superRefine(
    (v, ctx) => {
    if (!Array.isArray(v?.customers)) return;
    const seen = new Map<string, number>();
    v.customers.forEach((c, i) => {
      if (typeof c?.customerId === 'string') {
        const first = seen.get(c.customerId);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['customers', i, 'customerId'],
            params: { code: 'duplicate' },
            message: `(${JSON.stringify(c.customerId)}) appears twice: also customers[${first}]`,
          });
        } else seen.set(c.customerId, i);
      }
      if (typeof v.by === 'string' && v.by !== '') {
        const x = attributeOf(c?.attributes, v.by);
        if (!(x === undefined || x === null || typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)))) {
          ctx.addIssue({
            code: 'custom',
            path: ['customers', i, 'attributes', v.by],
            params: { code: 'invalid_type' },
            message: `must be a string, a finite number or null, got ${describeValue(x)}`,
          });
        }
      }
    });
    },
    // Also when a field failed its own check, so that every problem is reported at once.
    { when: () => true },
  );

/** @category Survey */
export type SurveyCrossTabInput = z.input<typeof SurveyCrossTabInputSchema>;

/** Options of {@link surveyCrossTab}: none (the attribute is part of the input). @category Survey */
export type SurveyCrossTabOptions = Record<never, never>;

/** One answer's cell in a row. @category Survey */
export interface SurveyCrossTabCell {
  readonly answer: string | number;
  readonly count: number;
  /** count / responses in the row; the shares of a row sum to exactly 1. */
  readonly share: Decimal;
}

/** One row: the responses of the customers with one value of the attribute. @category Survey */
export interface SurveyCrossTabRow {
  /** `'attribute'` for a value X; `'missingAttribute'` for known customers without the attribute (absent or null); `'unknownCustomer'` for answers whose customer is not in `customers`. */
  readonly kind: 'attribute' | 'missingAttribute' | 'unknownCustomer';
  /** X, or null for the two special rows. */
  readonly attributeValue: string | number | null;
  /** Responses in the row. */
  readonly responses: number;
  /** One cell per answer of the whole survey, in the order of `answers`. */
  readonly cells: readonly SurveyCrossTabCell[];
}

/** @category Survey */
export interface SurveyCrossTabResult {
  readonly formula: string;
  /** The attribute the rows are by. */
  readonly by: string;
  /** Every answer given, in order: numbers ascending, then strings in code-unit order. */
  readonly answers: readonly (string | number)[];
  /** Attribute values in the same order as answers, then the missing-attribute row, then the unknown-customer row (each only when it has responses). */
  readonly rows: readonly SurveyCrossTabRow[];
  /** All responses together (the "two-dimensional" result). */
  readonly total: { readonly responses: number; readonly cells: readonly SurveyCrossTabCell[] };
}

/** Numbers ascending, then strings in code-unit order. */
function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function cellsOf(answers: readonly (string | number)[], counts: Map<string | number, number>, total: number): SurveyCrossTabCell[] {
  const cs = answers.map((a) => counts.get(a) ?? 0);
  const shares = apportionedShares(cs, total);
  return answers.map((a, i) => ({ answer: a, count: cs[i]!, share: shares[i]! }));
}

const MISSING = Symbol('missing attribute');
const UNKNOWN = Symbol('unknown customer');

/**
 * Survey answers by customer attribute (问卷 × 客户属性, the "three-dimensional" survey data).
 *
 * A survey alone says "N % of customers chose C". Joined to the customer records it says "N % of
 * the customers whose attribute A is X chose C", which points at the reasons behind an answer. For
 * every value X of the attribute `by`, the count and share of each answer among the responses of
 * those customers; each response counts once (a customer who answered twice counts twice). No
 * response is dropped: answers from customers missing from `customers` get an `unknownCustomer`
 * row, and customers without the attribute (absent or null) a `missingAttribute` row.
 *
 * @formula share(X, C) = responses with attribute A = X and answer C / responses with A = X.
 * Shares are exact to 38 decimal places and apportioned by largest remainder, so each row sums
 * to exactly 1 (1/3 + 1/3 + 1/3 is written 0.33…34 + 0.33…33 + 0.33…33).
 * @source seed 004 §1 (joining questionnaire answers to the customer profile gives "three-dimensional" data).
 * @param input - `{ responses: [{ customerId, answer }], customers: [{ customerId, attributes? }], by }`;
 * answers are strings or numbers (5 and "5" are different answers), attribute values strings,
 * numbers or null.
 * @returns A frozen table: `answers`, `rows` (attribute values, then the missing-attribute and
 * unknown-customer rows), `total`. Numbers sort before strings, numbers ascending, strings in
 * code-unit order.
 * @throws {@link MetricInputError} for a customer id that is not a string, an answer that is not
 * a string or finite number, an attribute value that is not a string, number or null
 * (`customers[2].attributes.region`), a customer listed twice, or an empty `by`.
 * @example
 * const t = surveyCrossTab({
 *   responses: [
 *     { customerId: 'a', answer: 'yes' },
 *     { customerId: 'b', answer: 'no' },
 *     { customerId: 'c', answer: 'yes' },
 *     { customerId: 'x', answer: 'no' },
 *   ],
 *   customers: [
 *     { customerId: 'a', attributes: { region: 'north' } },
 *     { customerId: 'b', attributes: { region: 'north' } },
 *     { customerId: 'c', attributes: {} },
 *   ],
 *   by: 'region',
 * });
 * t.rows.map((r) => [r.kind, r.attributeValue, r.cells.map((c) => c.share.toString())]); // => [['attribute', 'north', ['0.5', '0.5']], ['missingAttribute', null, ['0', '1']], ['unknownCustomer', null, ['1', '0']]]
 * t.answers; // => ['no', 'yes']
 * @see {@link churnReasonBreakdown}, {@link customerSatisfactionScore}
 * @category Survey
 */
export function surveyCrossTab(input: SurveyCrossTabInput): SurveyCrossTabResult {
  const v = parseInput('surveyCrossTab', SurveyCrossTabInputSchema, input);
  const groupOf = new Map<string, string | number | typeof MISSING>();
  for (const c of v.customers) {
    const x = attributeOf(c.attributes, v.by) as string | number | null | undefined;
    groupOf.set(c.customerId, x === undefined || x === null ? MISSING : x);
  }
  const rows = new Map<string | number | symbol, Map<string | number, number>>();
  const rowTotals = new Map<string | number | symbol, number>();
  const all = new Map<string | number, number>();
  for (const r of v.responses) {
    const g = groupOf.has(r.customerId) ? groupOf.get(r.customerId)! : UNKNOWN;
    let row = rows.get(g);
    if (row === undefined) rows.set(g, (row = new Map()));
    row.set(r.answer, (row.get(r.answer) ?? 0) + 1);
    rowTotals.set(g, (rowTotals.get(g) ?? 0) + 1);
    all.set(r.answer, (all.get(r.answer) ?? 0) + 1);
  }
  const answers = [...all.keys()].sort(compareKeys);
  const values = [...rows.keys()].filter((k): k is string | number => typeof k !== 'symbol').sort(compareKeys);
  const out: SurveyCrossTabRow[] = values.map((x) => ({
    kind: 'attribute',
    attributeValue: x,
    responses: rowTotals.get(x)!,
    cells: cellsOf(answers, rows.get(x)!, rowTotals.get(x)!),
  }));
  for (const [key, kind] of [
    [MISSING, 'missingAttribute'],
    [UNKNOWN, 'unknownCustomer'],
  ] as const) {
    const row = rows.get(key);
    if (row !== undefined) out.push({ kind, attributeValue: null, responses: rowTotals.get(key)!, cells: cellsOf(answers, row, rowTotals.get(key)!) });
  }
  return frozen({
    formula: 'share(X, C) = responses with A = X and answer C / responses with A = X',
    by: v.by,
    answers,
    rows: out,
    total: { responses: v.responses.length, cells: cellsOf(answers, all, v.responses.length) },
  });
}
