import { z } from 'zod';
import { evenIfRowsFailed, parseWithUniqueIds, compareDecimals, CustomerIdSchema, InstantSchema, IssueList, isoOf, midRankScores, uniqueCustomerIds, wholeDays } from '../core/customerRows.js';
import type { Decimal } from '../core/decimal.js';
import { frozen } from '../core/result.js';
import { DecimalLikeSchema, describeValue } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

const purchaseCountProblem = 'must be a whole number of at least 1 (RFM scores customers who have bought; leads belong to lifecycleStage)';

/**
 * Input of {@link rfmScores}: one row per customer, as `customerSummaries` returns them (extra
 * fields are ignored). `lastPurchaseAt` is an ISO-8601 string with an offset or a `Date`;
 * `purchaseCount` a whole number ≥ 1; `totalAmount` a decimal (string, number or Decimal).
 * Customer ids must not repeat.
 * @category Segments
 */
export const RfmScoresInputSchema = z
  .array(
    z.object({
      customerId: CustomerIdSchema,
      lastPurchaseAt: InstantSchema,
      purchaseCount: z.custom<number>((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1, {
        error: (iss) => (iss.input === undefined ? 'is required' : `${purchaseCountProblem}, got ${describeValue(iss.input)}`),
      }),
      totalAmount: DecimalLikeSchema,
    }),
  )
  .superRefine((rows, ctx) => uniqueCustomerIds(rows, ctx), evenIfRowsFailed);

/** @category Segments */
export type RfmScoresInput = z.input<typeof RfmScoresInputSchema>;

const ScoreSchema = z.number().int().min(1).max(5);
const ScoreRangeSchema = z
  .tuple([ScoreSchema, ScoreSchema])
  .refine(([min, max]) => !(Number.isInteger(min) && Number.isInteger(max)) || min <= max, {
    error: (iss) => `must be [min, max] with min ≤ max, got [${String((iss.input as unknown[])[0])}, ${String((iss.input as unknown[])[1])}]`,
    params: { code: 'inconsistent' },
  });

/**
 * One named-segment rule of {@link rfmScores}: a customer belongs to `segment` when each of its
 * scores lies in the inclusive range `[min, max]` given for it (`m` may be left out: any M).
 * Plain data, so a rule set can be stored as JSON.
 * @category Segments
 */
export const RfmSegmentRuleSchema = z.object({
  segment: z.string().min(1),
  r: ScoreRangeSchema,
  f: ScoreRangeSchema,
  m: ScoreRangeSchema.optional(),
});

/** @category Segments */
export type RfmSegmentRule = z.input<typeof RfmSegmentRuleSchema>;

/**
 * Options of {@link rfmScores}: `asOf` (the instant recency is measured to), `rules` (first match
 * wins; default {@link DEFAULT_RFM_SEGMENTS}) and `fallbackSegment` for customers no rule
 * matches (default `'Other'`).
 * @category Segments
 */
export const RfmScoresOptionsSchema = z.object({
  asOf: InstantSchema,
  rules: z.array(RfmSegmentRuleSchema).optional(),
  fallbackSegment: z.string().min(1).optional(),
});

/** @category Segments */
export type RfmScoresOptions = z.input<typeof RfmScoresOptionsSchema>;

/** One customer's RFM values, scores and segment. @category Segments */
export interface RfmCustomerScores {
  readonly customerId: string;
  /** Whole days from the last purchase to `asOf` (24-hour days, rounded down). */
  readonly recency: number;
  /** The number of purchases (`purchaseCount`). */
  readonly frequency: number;
  /** The money spent (`totalAmount`), exact. */
  readonly monetary: Decimal;
  /** Recency score 1–5 (5 = most recent). */
  readonly r: number;
  /** Frequency score 1–5 (5 = most purchases). */
  readonly f: number;
  /** Monetary score 1–5 (5 = most money). */
  readonly m: number;
  /** The three scores as one string, R then F then M: `'545'`. */
  readonly score: string;
  /** The name of the first rule that matched, or the fallback segment. */
  readonly segment: string;
}

/** @category Segments */
export interface RfmScoresResult {
  /** The `asOf` instant, in UTC. */
  readonly asOf: string;
  /** The number of customers scored. */
  readonly n: number;
  /** How each score is computed. */
  readonly formula: string;
  /** One row per input customer, in input order. */
  readonly customers: readonly RfmCustomerScores[];
  /** Customers per segment: every rule's segment in rule order (zero counts included), then the fallback. */
  readonly segments: readonly { readonly segment: string; readonly count: number }[];
}

/**
 * The ten customary RFM segments, first match wins, with the score ranges of the R `rfm`
 * package's vignette (rsquaredacademy/rfm v0.3.0, `rfm_segment()`), in its order. Names follow
 * this library's spec (`Loyal`, `New`, `About to Sleep` for the package's `Loyal Customers`,
 * `New Customers`, `About To Sleep`). A frozen array; copy and edit it to make your own.
 * @category Segments
 */
export const DEFAULT_RFM_SEGMENTS: readonly RfmSegmentRule[] = frozen([
  { segment: 'Champions', r: [5, 5], f: [5, 5], m: [5, 5] },
  { segment: 'Potential Loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
  { segment: 'Loyal', r: [2, 4], f: [2, 4], m: [2, 4] },
  { segment: 'Promising', r: [3, 4], f: [1, 3], m: [3, 5] },
  { segment: 'New', r: [4, 5], f: [1, 3], m: [1, 5] },
  { segment: "Can't Lose Them", r: [1, 2], f: [3, 4], m: [4, 5] },
  { segment: 'At Risk', r: [1, 2], f: [2, 5], m: [4, 5] },
  { segment: 'Need Attention', r: [1, 3], f: [3, 5], m: [3, 5] },
  { segment: 'About to Sleep', r: [2, 3], f: [1, 3], m: [1, 4] },
  { segment: 'Lost', r: [1, 1], f: [1, 5], m: [1, 5] },
] satisfies RfmSegmentRule[]);

const within = (x: number, range: readonly [number, number] | undefined): boolean => range === undefined || (x >= range[0] && x <= range[1]);

/**
 * RFM scores and segments (recency, frequency, monetary; 行为细分 / 价值细分).
 *
 * Scores every customer 1–5 on how recently they bought (R), how often (F) and how much they
 * spent (M), each relative to the other customers given (quintiles), and names their segment by
 * the first matching rule. It is the usual way to turn behaviour- and value-based segmentation
 * into numbers a CRM can act on; {@link valueTier} is the one-dimensional high/medium/low
 * split, {@link lifecycleStage} the rule-based stage by dates.
 *
 * @formula recency = whole days from lastPurchaseAt to asOf; frequency = purchaseCount;
 * monetary = totalAmount. For each of the three, with `below` = customers strictly worse,
 * `ties` = customers with the same value (itself included) and n = customers:
 * score = ⌊5 · (below + ties / 2) / n⌋ + 1 (the mid-rank percentile cut into fifths; fewer
 * days is better for R, more is better for F and M). Equal values always share a score.
 * score string = R·F·M digits, e.g. `'545'`.
 * @source seed 001 §6.1 (behaviour- and value-based segmentation), seed 002 §1 (客户细分分析).
 * Quintile scores and the ten named segments with first-match rules follow the R `rfm` package
 * (rsquaredacademy/rfm v0.3.0: 5 bins, recency reversed, `rfm_segment()` first match, `Others`
 * otherwise; research anchors §6.2). Ties: like `rfm`'s quantile bins and pymc-marketing's
 * `rfm_segments` (`qcut`), equal values share a score; unlike SQL `ntile`, no tie is split by row
 * order, so scores never depend on input order.
 * @param customers - `[{ customerId, lastPurchaseAt, purchaseCount, totalAmount }]` (rows of
 * `customerSummaries` fit as they are).
 * @param options - `{ asOf, rules?, fallbackSegment? }`.
 * @returns Per customer (input order) `{ customerId, recency, frequency, monetary, r, f, m,
 * score, segment }` with r, f, m whole numbers 1–5, and the count per segment. An empty list
 * gives `n: 0`, no rows and zero counts. A single customer, or customers all equal on a
 * dimension, sit at the middle score 3 on it.
 * @throws {@link MetricInputError} for a missing or malformed field (path `customers[2].totalAmount`),
 * a purchase count below 1, a repeated customer id, a last purchase after `asOf`, or a rule whose
 * range is not within 1–5 with min ≤ max.
 * @example
 * const asOf = '2026-04-01T00:00:00Z';
 * const rfm = rfmScores([
 *   { customerId: 'ann', lastPurchaseAt: '2026-03-31T09:00:00Z', purchaseCount: 9, totalAmount: '950' },
 *   { customerId: 'bob', lastPurchaseAt: '2026-03-20T09:00:00Z', purchaseCount: 6, totalAmount: '400' },
 *   { customerId: 'cy', lastPurchaseAt: '2026-02-10T09:00:00Z', purchaseCount: 4, totalAmount: '300' },
 *   { customerId: 'di', lastPurchaseAt: '2025-12-01T09:00:00Z', purchaseCount: 2, totalAmount: '120' },
 *   { customerId: 'ed', lastPurchaseAt: '2025-06-01T09:00:00Z', purchaseCount: 1, totalAmount: '40' },
 * ], { asOf });
 * rfm.customers.map((c) => c.score); // => ['555', '444', '333', '222', '111']
 * rfm.customers.map((c) => c.segment); // => ['Champions', 'Potential Loyalist', 'Potential Loyalist', 'Loyal', 'Lost']
 * rfm.customers[4].recency; // => 303
 * @see {@link valueTier}, {@link lifecycleStage}, {@link segmentBy}, {@link DEFAULT_RFM_SEGMENTS}
 * @category Segments
 */
export function rfmScores(customers: RfmScoresInput, options: RfmScoresOptions): RfmScoresResult {
  const { customers: rows, options: opts } = parseWithUniqueIds(
    'rfmScores',
    () =>
      parseInput(
        'rfmScores',
        z.object({ customers: RfmScoresInputSchema, options: RfmScoresOptionsSchema }),
        { customers, options },
      ),
    customers,
  );
  const asOf = opts.asOf;
  const issues = new IssueList('rfmScores');
  rows.forEach((c, i) => {
    if (c.lastPurchaseAt > asOf) {
      issues.add('inconsistent', `customers[${i}].lastPurchaseAt`, `(${isoOf(c.lastPurchaseAt)}) must not be after options.asOf (${isoOf(asOf)})`);
    }
  });
  issues.throwIfAny();

  const rules = (opts.rules ?? DEFAULT_RFM_SEGMENTS) as readonly {
    segment: string;
    r: [number, number];
    f: [number, number];
    m?: [number, number] | undefined;
  }[];
  const fallback = opts.fallbackSegment ?? 'Other';
  const values = rows.map((c) => ({ recency: wholeDays(c.lastPurchaseAt, asOf), frequency: c.purchaseCount, monetary: c.totalAmount }));
  // Worst first: more days since the last purchase is worse; fewer purchases or less money is worse.
  const r = midRankScores(values, (a, b) => b.recency - a.recency);
  const f = midRankScores(values, (a, b) => a.frequency - b.frequency);
  const m = midRankScores(values, (a, b) => compareDecimals(a.monetary, b.monetary));

  const counts = new Map<string, number>();
  for (const rule of rules) counts.set(rule.segment, 0);
  counts.set(fallback, counts.get(fallback) ?? 0);

  const out = rows.map((c, i): RfmCustomerScores => {
    const [ri, fi, mi] = [r[i]!, f[i]!, m[i]!];
    const rule = rules.find((x) => within(ri, x.r) && within(fi, x.f) && within(mi, x.m));
    const segment = rule?.segment ?? fallback;
    counts.set(segment, counts.get(segment)! + 1);
    return { customerId: c.customerId, ...values[i]!, r: ri, f: fi, m: mi, score: `${ri}${fi}${mi}`, segment };
  });

  return frozen({
    asOf: isoOf(asOf),
    n: rows.length,
    formula: 'score = ⌊5 · (below + ties / 2) / n⌋ + 1, for R (fewer days since the last purchase is better), F (purchaseCount) and M (totalAmount)',
    customers: out,
    segments: [...counts].map(([segment, count]) => ({ segment, count })),
  });
}
