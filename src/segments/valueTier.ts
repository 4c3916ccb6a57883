import { z } from 'zod';
import { evenIfRowsFailed, parseWithUniqueIds, compareDecimals, CustomerIdSchema, InstantSchema, IssueList, isoOf, percentileInc, uniqueCustomerIds, wholeDays } from '../core/customerRows.js';
import { Decimal, isDecimal } from '../core/decimal.js';
import { frozen, show } from '../core/result.js';
import { CountSchema, DecimalLikeSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link valueTier}: one row per customer (rows of `customerSummaries` fit as they are;
 * extra fields are ignored). Only the field named by `options.by` is required: `totalAmount` or
 * `averageAmount` (decimals), `purchaseCount` (a whole number), or `firstPurchaseAt` (an ISO-8601
 * instant with an offset, or a Date) for `by: 'tenure'`. Customer ids must not repeat.
 * @category Segments
 */
export const ValueTierInputSchema = z
  .array(
    z.object({
      customerId: CustomerIdSchema,
      totalAmount: DecimalLikeSchema.optional(),
      averageAmount: DecimalLikeSchema.optional(),
      purchaseCount: CountSchema.optional(),
      firstPurchaseAt: InstantSchema.optional(),
    }),
  )
  .superRefine((rows, ctx) => uniqueCustomerIds(rows, ctx), evenIfRowsFailed);

/** @category Segments */
export type ValueTierInput = z.input<typeof ValueTierInputSchema>;

/** What {@link valueTier} can tier by. `tenure` is whole days from the first purchase to `asOf`. @category Segments */
export type ValueTierBy = 'totalAmount' | 'averageAmount' | 'purchaseCount' | 'tenure';

const BY = ['totalAmount', 'averageAmount', 'purchaseCount', 'tenure'] as const satisfies readonly ValueTierBy[];

const RatioSchema = DecimalLikeSchema.refine((d) => d.gte(0) && d.lte(1), {
  error: (iss) => `must be a quantile between 0 and 1, got ${String(iss.input)}`,
});

/**
 * Options of {@link valueTier}: `by` (the measure), and exactly one of `thresholds` (`{ high,
 * medium }`: a customer is high from `high` up, medium from `medium` up, else low) or
 * `quantiles` (`{ high, medium }` in 0…1: the cut is that percentile of the customers' values,
 * so `{ high: 0.8, medium: 0.5 }` makes the top 20 % high). `asOf` is required for `by: 'tenure'`.
 * @category Segments
 */
export const ValueTierOptionsSchema = z
  .object({
    by: z.enum(BY),
    thresholds: z.object({ high: DecimalLikeSchema, medium: DecimalLikeSchema }).optional(),
    quantiles: z.object({ high: RatioSchema, medium: RatioSchema }).optional(),
    asOf: InstantSchema.optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.thresholds === undefined) === (o.quantiles === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], params: { code: 'inconsistent' }, message: 'must give exactly one of thresholds and quantiles' });
    }
    for (const key of ['thresholds', 'quantiles'] as const) {
      const t = o[key];
      if (t !== undefined && isDecimal(t.high) && isDecimal(t.medium) && t.medium.gt(t.high)) {
        ctx.addIssue({
          code: 'custom',
          path: [key, 'medium'],
          params: { code: 'inconsistent' },
          message: `(${t.medium.toString()}) must not exceed ${key}.high (${t.high.toString()})`,
        });
      }
    }
    if (o.by === 'tenure' && o.asOf === undefined) {
      ctx.addIssue({ code: 'custom', path: ['asOf'], params: { code: 'required' }, message: 'is required when by is "tenure"' });
    }
  });

/** @category Segments */
export type ValueTierOptions = z.input<typeof ValueTierOptionsSchema>;

/** A value tier. @category Segments */
export type ValueTierName = 'high' | 'medium' | 'low';

/** @category Segments */
export interface ValueTierResult {
  readonly by: ValueTierBy;
  /** `'thresholds'` when the cuts were given, `'quantiles'` when computed from the customers. */
  readonly method: 'thresholds' | 'quantiles';
  /** The cuts used: high from `high` up, medium from `medium` up. `null` in quantile mode with no customers. */
  readonly thresholds: { readonly high: Decimal | null; readonly medium: Decimal | null };
  /** How the cuts were found (quantile mode: the percentile arithmetic on the sorted values). */
  readonly calculation: string;
  /** Why the cuts are null (quantile mode with no customers). */
  readonly reason?: string;
  /** The number of customers. */
  readonly n: number;
  /** One row per input customer, in input order. `value` is the measure tiered (days for tenure). */
  readonly customers: readonly { readonly customerId: string; readonly value: Decimal; readonly tier: ValueTierName }[];
  /** Customers per tier. */
  readonly counts: { readonly high: number; readonly medium: number; readonly low: number };
}

const FIELD: Record<ValueTierBy, 'totalAmount' | 'averageAmount' | 'purchaseCount' | 'firstPurchaseAt'> = {
  totalAmount: 'totalAmount',
  averageAmount: 'averageAmount',
  purchaseCount: 'purchaseCount',
  tenure: 'firstPurchaseAt',
};

/**
 * Customer value tier (客户分层: 高 / 中 / 低价值客户).
 *
 * Puts every customer in a high, medium or low value tier by one measure: money spent
 * (`totalAmount`), average order (`averageAmount`), number of purchases (`purchaseCount`) or
 * tenure (days since the first purchase). The cuts are either given (`thresholds`, e.g. high
 * from 1,000 spent, medium from 200) or found from the customers themselves (`quantiles`, e.g.
 * the top 20 % are high). For a score on three dimensions at once, see {@link rfmScores}.
 *
 * @formula tier = high if value ≥ cut_high; medium if value ≥ cut_medium; else low. With
 * quantiles, cut_q = PERCENTILE.INC of the values at q: sorted ascending v[1…n], h = q · (n − 1),
 * cut = v[⌊h⌋ + 1] + (h − ⌊h⌋) · (v[⌊h⌋ + 2] − v[⌊h⌋ + 1]) (linear interpolation, the library's
 * percentile convention). Ties at a cut: a value equal to the cut is in the higher tier, so equal
 * values always share a tier and a tier can hold more than its nominal share.
 * @source seed 000 §10 (客户分层标准: by purchase amount, purchase frequency, tenure; high /
 * medium / low value), seed 001 §6.1.2 (基于价值的细分), seed 003 §22 (客户群体分析). The
 * sources give no cuts: both given thresholds and quantile tiers are offered.
 * @param customers - `[{ customerId, totalAmount? , averageAmount?, purchaseCount?, firstPurchaseAt? }]`;
 * the field `by` names is required.
 * @param options - `{ by, thresholds: { high, medium } }` or `{ by, quantiles: { high, medium } }`, plus
 * `asOf` for tenure.
 * @returns Per customer (input order) its `value` and `tier`, the counts per tier, and the cuts
 * used. No customers gives zero counts (and, with quantiles, null cuts with a reason).
 * @throws {@link MetricInputError} when the field `by` needs is missing or malformed (path
 * `customers[2].totalAmount`), ids repeat, both or neither of thresholds and quantiles are given,
 * medium exceeds high, a quantile is outside 0…1, or a first purchase is after `asOf`.
 * @example
 * const customers = [
 *   { customerId: 'a', totalAmount: '1500' },
 *   { customerId: 'b', totalAmount: '640.50' },
 *   { customerId: 'c', totalAmount: '120' },
 * ];
 * valueTier(customers, { by: 'totalAmount', thresholds: { high: '1000', medium: '200' } }).customers.map((c) => c.tier); // => ['high', 'medium', 'low']
 * valueTier(customers, { by: 'totalAmount', quantiles: { high: 0.8, medium: 0.5 } }).thresholds; // => { high: '1156.2', medium: '640.5' }
 * @see {@link rfmScores}, {@link lifecycleStage}, {@link segmentBy}
 * @category Segments
 */
export function valueTier(customers: ValueTierInput, options: ValueTierOptions): ValueTierResult {
  // Read `by` first so that only the field it needs is required; every problem is still reported at once.
  let by: (typeof BY)[number] | undefined;
  try {
    const byProbe = z.object({ by: z.enum(BY) }).safeParse(options);
    by = byProbe.success ? byProbe.data.by : undefined;
  } catch {
    // unreadable options: the full parse below reports them
  }
  const field = by === undefined ? undefined : FIELD[by];
  const rowSchema = z.object({
    customerId: CustomerIdSchema,
    totalAmount: field === 'totalAmount' ? DecimalLikeSchema : z.unknown().optional(),
    averageAmount: field === 'averageAmount' ? DecimalLikeSchema : z.unknown().optional(),
    purchaseCount: field === 'purchaseCount' ? CountSchema : z.unknown().optional(),
    firstPurchaseAt: field === 'firstPurchaseAt' ? InstantSchema : z.unknown().optional(),
  });
  const { customers: rows, options: opts } = parseWithUniqueIds(
    'valueTier',
    () =>
      parseInput(
        'valueTier',
        z.object({ customers: z.array(rowSchema).superRefine((r, ctx) => uniqueCustomerIds(r, ctx), evenIfRowsFailed), options: ValueTierOptionsSchema }),
        { customers, options },
      ),
    customers,
  );
  const { by: measure } = opts;
  const asOf = opts.asOf;

  const issues = new IssueList('valueTier');
  const values = rows.map((c, i): Decimal => {
    switch (measure) {
      case 'tenure': {
        const first = c.firstPurchaseAt as number;
        if (first > asOf!) {
          issues.add('inconsistent', `customers[${i}].firstPurchaseAt`, `(${isoOf(first)}) must not be after options.asOf (${isoOf(asOf!)})`);
        }
        return new Decimal(wholeDays(first, asOf!));
      }
      case 'purchaseCount':
        return new Decimal(c.purchaseCount as number);
      default:
        return c[measure] as Decimal;
    }
  });
  issues.throwIfAny();

  let high: Decimal | null;
  let medium: Decimal | null;
  let calculation: string;
  let reason: string | undefined;
  if (opts.thresholds !== undefined) {
    ({ high, medium } = opts.thresholds);
    calculation = `high: ${measure} ≥ ${show(high)}; medium: ${show(medium)} ≤ ${measure} < ${show(high)}; low: ${measure} < ${show(medium)}`;
  } else {
    const q = opts.quantiles!;
    if (values.length === 0) {
      high = null;
      medium = null;
      reason = 'no customers to take quantiles of';
      calculation = `cuts undefined (${reason})`;
    } else {
      const sorted = [...values].sort(compareDecimals);
      const h = percentileInc(sorted, q.high);
      const m = percentileInc(sorted, q.medium);
      high = h.value;
      medium = m.value;
      const pct = (x: Decimal) => `P${x.times(100).toString()}`;
      calculation = `n = ${sorted.length}, v sorted ascending; high ≥ ${pct(q.high)} = ${h.calculation}; medium ≥ ${pct(q.medium)} = ${m.calculation}`;
    }
  }

  const counts = { high: 0, medium: 0, low: 0 };
  const out = rows.map((c, i) => {
    const value = values[i]!;
    const tier: ValueTierName = high !== null && value.gte(high) ? 'high' : medium !== null && value.gte(medium) ? 'medium' : 'low';
    counts[tier] += 1;
    return { customerId: c.customerId, value, tier };
  });

  return frozen({
    by: measure,
    method: opts.thresholds !== undefined ? 'thresholds' : 'quantiles',
    thresholds: { high, medium },
    calculation,
    ...(reason === undefined ? {} : { reason }),
    n: rows.length,
    customers: out,
    counts,
  });
}
