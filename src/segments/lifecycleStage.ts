import { z } from 'zod';
import { evenIfRowsFailed, parseWithUniqueIds, CustomerIdSchema, DAY_MS, InstantSchema, IssueList, isoOf, uniqueCustomerIds, wholeDays } from '../core/customerRows.js';
import { frozen } from '../core/result.js';
import { CountSchema, describeValue } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/**
 * Input of {@link lifecycleStage}: one row per customer or lead. A lead (no purchase yet) needs
 * only `customerId` (`purchaseCount` 0 or absent). A buyer has `purchaseCount` ≥ 1 and
 * `firstPurchaseAt` / `lastPurchaseAt` (rows of `customerSummaries` fit as they are). Optional:
 * `purchaseDates` (every purchase instant, for an exact loyalty window), `lastActivityAt` (the
 * latest non-purchase activity, which also keeps a customer from counting as inactive),
 * `churned` / `churnedAt` (an explicit churn). Instants are ISO-8601 strings with an offset or
 * Dates. Customer ids must not repeat.
 * @category Segments
 */
export const LifecycleStageInputSchema = z
  .array(
    z.object({
      customerId: CustomerIdSchema,
      purchaseCount: CountSchema.optional(),
      firstPurchaseAt: InstantSchema.optional(),
      lastPurchaseAt: InstantSchema.optional(),
      purchaseDates: z.array(InstantSchema).optional(),
      lastActivityAt: InstantSchema.optional(),
      churned: z.boolean().optional(),
      churnedAt: InstantSchema.optional(),
    }),
  )
  .superRefine((rows, ctx) => uniqueCustomerIds(rows, ctx), evenIfRowsFailed);

/** @category Segments */
export type LifecycleStageInput = z.input<typeof LifecycleStageInputSchema>;

const DaysSchema = z.custom<number>((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1, {
  error: (iss) => `must be a whole number of at least 1, got ${describeValue(iss.input)}`,
});

/**
 * The rules of {@link lifecycleStage}, each optional (defaults in
 * {@link DEFAULT_LIFECYCLE_RULES}): `newWithinDays` (new = first purchase within that many days
 * before `asOf`), `loyal: { minPurchases, withinDays }` (loyal = at least `minPurchases`
 * purchases within `withinDays` days before `asOf`), `churnAfterDays` (churned = no purchase or
 * activity for that many days).
 * @category Segments
 */
export const LifecycleRulesSchema = z.object({
  newWithinDays: DaysSchema.optional(),
  loyal: z.object({ minPurchases: DaysSchema.optional(), withinDays: DaysSchema.optional() }).optional(),
  churnAfterDays: DaysSchema.optional(),
});

/** @category Segments */
export type LifecycleRules = z.input<typeof LifecycleRulesSchema>;

/** Options of {@link lifecycleStage}: `asOf` (the instant the stages are taken at) and `rules`. @category Segments */
export const LifecycleStageOptionsSchema = z.object({ asOf: InstantSchema, rules: LifecycleRulesSchema.optional() });

/** @category Segments */
export type LifecycleStageOptions = z.input<typeof LifecycleStageOptionsSchema>;

/** A lifecycle stage (潜在 potential, 新 new, 活跃 active, 忠诚 loyal, 流失 churned). @category Segments */
export type LifecycleStageName = 'potential' | 'new' | 'active' | 'loyal' | 'churned';

/**
 * The rule that decided a stage, in the order they are tried: `churnFlag` (explicit churn),
 * `noPurchase`, `inactivity`, `recentFirstPurchase`, `repeatPurchases`, `otherwise` (active).
 * @category Segments
 */
export type LifecycleRuleName = 'churnFlag' | 'noPurchase' | 'inactivity' | 'recentFirstPurchase' | 'repeatPurchases' | 'otherwise';

/** @category Segments */
export interface LifecycleStageResult {
  /** The `asOf` instant, in UTC. */
  readonly asOf: string;
  /** The rules applied, defaults filled in. */
  readonly rules: {
    readonly newWithinDays: number;
    readonly loyal: { readonly minPurchases: number; readonly withinDays: number };
    readonly churnAfterDays: number;
  };
  /** The number of customers. */
  readonly n: number;
  /** One row per input customer, in input order: the stage, the rule that decided it and why. */
  readonly customers: readonly {
    readonly customerId: string;
    readonly stage: LifecycleStageName;
    readonly rule: LifecycleRuleName;
    readonly reason: string;
  }[];
  /** Customers per stage. */
  readonly counts: { readonly potential: number; readonly new: number; readonly active: number; readonly loyal: number; readonly churned: number };
}

/**
 * The default lifecycle rules: new within 30 days of the first purchase, loyal from 3 purchases
 * within 365 days, churned after 180 days without a purchase or activity. The seeds name the
 * stages but give no numbers; these are common CRM defaults, to be replaced by your own.
 * @category Segments
 */
export const DEFAULT_LIFECYCLE_RULES = frozen({
  newWithinDays: 30,
  loyal: { minPurchases: 3, withinDays: 365 },
  churnAfterDays: 180,
});

/**
 * Customer lifecycle stage (客户生命周期阶段: 潜在 → 新 → 活跃 → 忠诚 → 流失).
 *
 * Places every customer (and lead) in one of the five stages of the customer lifecycle as of
 * `asOf`, by rules on dates and purchase counts that you can change, and says for each which
 * rule decided it. Use it to count the customers in each stage for a report, or to pick whom
 * to welcome, nurture, reward or win back. {@link rfmScores} ranks customers against each
 * other instead; this uses fixed rules.
 *
 * @formula The first rule that holds decides, tried in this order (d = days before asOf):
 * 1. churned (`churnFlag`): `churned: true` or `churnedAt` ≤ asOf, unless a purchase came after `churnedAt`;
 * 2. potential (`noPurchase`): purchaseCount = 0;
 * 3. churned (`inactivity`): the latest of lastPurchaseAt and lastActivityAt is ≥ churnAfterDays before asOf;
 * 4. new (`recentFirstPurchase`): firstPurchaseAt is less than newWithinDays before asOf;
 * 5. loyal (`repeatPurchases`): at least loyal.minPurchases purchases less than loyal.withinDays before asOf;
 * 6. active (`otherwise`).
 * "Within d days" is the half-open window (asOf − d days, asOf]; days are 24-hour days.
 * @source seed 002 §4 (客户生命周期管理: potential, new, active, loyal and churned customers;
 * potential = interested but not yet bought, new = first purchase). The seed gives no numbers:
 * the defaults ({@link DEFAULT_LIFECYCLE_RULES}) are a documented choice.
 * @param customers - `[{ customerId, purchaseCount?, firstPurchaseAt?, lastPurchaseAt?, purchaseDates?, lastActivityAt?, churned?, churnedAt? }]`.
 * @param options - `{ asOf, rules?: { newWithinDays?, loyal?: { minPurchases?, withinDays? }, churnAfterDays? } }`.
 * @returns Per customer (input order) `{ customerId, stage, rule, reason }`, the counts per
 * stage and the rules used. Every customer gets exactly one stage; no customers gives zero counts.
 * The loyalty window is exact when the row lists `purchaseDates` or when the first purchase is
 * inside the window; otherwise the row cannot say how many purchases fall in it, so all
 * `purchaseCount` purchases are counted, and the reason says so.
 * @throws {@link MetricInputError} for a malformed field (path `customers[2].lastPurchaseAt`), a
 * repeated id, a buyer without purchase dates, purchase dates on a row with no purchases, a last
 * purchase before the first, a purchase or activity after `asOf`, `purchaseDates` whose number
 * differs from `purchaseCount`, `churned: false` with a `churnedAt`, or a rule that is not a
 * whole number ≥ 1.
 * @example
 * const asOf = '2026-04-01T00:00:00Z';
 * const r = lifecycleStage([
 *   { customerId: 'lead-1' },
 *   { customerId: 'c1', purchaseCount: 1, firstPurchaseAt: '2026-03-20T10:00:00Z', lastPurchaseAt: '2026-03-20T10:00:00Z' },
 *   { customerId: 'c2', purchaseCount: 2, firstPurchaseAt: '2025-11-02T10:00:00Z', lastPurchaseAt: '2026-02-15T10:00:00Z' },
 *   { customerId: 'c3', purchaseCount: 5, firstPurchaseAt: '2025-06-01T10:00:00Z', lastPurchaseAt: '2026-03-28T10:00:00Z' },
 *   { customerId: 'c4', purchaseCount: 3, firstPurchaseAt: '2024-05-01T10:00:00Z', lastPurchaseAt: '2025-08-01T10:00:00Z' },
 * ], { asOf });
 * r.customers.map((c) => c.stage); // => ['potential', 'new', 'active', 'loyal', 'churned']
 * r.customers[4].reason; // => 'no purchase or activity for 242 days (churned after 180 days)'
 * r.counts; // => { potential: 1, new: 1, active: 1, loyal: 1, churned: 1 }
 * @see {@link rfmScores}, {@link valueTier}, {@link segmentBy}, {@link DEFAULT_LIFECYCLE_RULES}
 * @category Segments
 */
export function lifecycleStage(customers: LifecycleStageInput, options: LifecycleStageOptions): LifecycleStageResult {
  const { customers: rows, options: opts } = parseWithUniqueIds(
    'lifecycleStage',
    () =>
      parseInput(
        'lifecycleStage',
        z.object({ customers: LifecycleStageInputSchema, options: LifecycleStageOptionsSchema }),
        { customers, options },
      ),
    customers,
  );
  const asOf = opts.asOf;
  const rules = {
    newWithinDays: opts.rules?.newWithinDays ?? DEFAULT_LIFECYCLE_RULES.newWithinDays,
    loyal: {
      minPurchases: opts.rules?.loyal?.minPurchases ?? DEFAULT_LIFECYCLE_RULES.loyal.minPurchases,
      withinDays: opts.rules?.loyal?.withinDays ?? DEFAULT_LIFECYCLE_RULES.loyal.withinDays,
    },
    churnAfterDays: opts.rules?.churnAfterDays ?? DEFAULT_LIFECYCLE_RULES.churnAfterDays,
  };

  // Cross-field checks, all reported together.
  const issues = new IssueList('lifecycleStage');
  const after = (ms: number) => `(${isoOf(ms)}) must not be after options.asOf (${isoOf(asOf)})`;
  rows.forEach((c, i) => {
    const at = (field: string) => `customers[${i}].${field}`;
    const hasDates = c.firstPurchaseAt !== undefined || c.lastPurchaseAt !== undefined || (c.purchaseDates?.length ?? 0) > 0;
    if (c.purchaseCount === undefined && hasDates) {
      issues.add('required', at('purchaseCount'), 'is required when purchase dates are given');
    } else if ((c.purchaseCount ?? 0) === 0) {
      for (const f of ['firstPurchaseAt', 'lastPurchaseAt'] as const) {
        if (c[f] !== undefined) issues.add('inconsistent', at(f), 'must be absent when purchaseCount is 0');
      }
    } else {
      for (const f of ['firstPurchaseAt', 'lastPurchaseAt'] as const) {
        if (c[f] === undefined) issues.add('required', at(f), 'is required when purchaseCount is at least 1');
      }
    }
    if (c.firstPurchaseAt !== undefined && c.lastPurchaseAt !== undefined && c.lastPurchaseAt < c.firstPurchaseAt) {
      issues.add('inconsistent', at('lastPurchaseAt'), `(${isoOf(c.lastPurchaseAt)}) must not be before firstPurchaseAt (${isoOf(c.firstPurchaseAt)})`);
    }
    for (const f of ['firstPurchaseAt', 'lastPurchaseAt', 'lastActivityAt'] as const) {
      const t = c[f];
      if (t !== undefined && t > asOf) issues.add('inconsistent', at(f), after(t));
    }
    if (c.purchaseDates !== undefined) {
      c.purchaseDates.forEach((t, j) => {
        if (t > asOf) issues.add('inconsistent', `${at('purchaseDates')}[${j}]`, after(t));
      });
      if (c.purchaseCount !== undefined && c.purchaseDates.length !== c.purchaseCount) {
        issues.add('inconsistent', at('purchaseDates'), `lists ${c.purchaseDates.length} purchases but purchaseCount is ${c.purchaseCount}`);
      }
    }
    if (c.churned === false && c.churnedAt !== undefined) {
      issues.add('inconsistent', at('churnedAt'), 'must be absent when churned is false');
    }
  });
  issues.throwIfAny();

  const counts = { potential: 0, new: 0, active: 0, loyal: 0, churned: 0 };
  const out = rows.map((c) => {
    const decided = decide(c, asOf, rules);
    counts[decided.stage] += 1;
    return { customerId: c.customerId, ...decided };
  });
  return frozen({ asOf: isoOf(asOf), rules, n: rows.length, customers: out, counts });
}

type Row = z.output<typeof LifecycleStageInputSchema>[number];
type Rules = LifecycleStageResult['rules'];

function decide(c: Row, asOf: number, rules: Rules): { stage: LifecycleStageName; rule: LifecycleRuleName; reason: string } {
  const count = c.purchaseCount ?? 0;
  const last = c.lastPurchaseAt;
  // 1. An explicit churn, unless the customer bought again after it.
  if (c.churned === true || c.churnedAt !== undefined) {
    const at = c.churnedAt;
    if (at === undefined) return { stage: 'churned', rule: 'churnFlag', reason: 'marked churned' };
    if (at <= asOf && (last === undefined || last <= at)) {
      return { stage: 'churned', rule: 'churnFlag', reason: `churned at ${isoOf(at)}` };
    }
  }
  // 2. No purchase yet.
  if (count === 0) return { stage: 'potential', rule: 'noPurchase', reason: 'no purchase yet' };
  // 3. Inactive for churnAfterDays or more.
  const latest = Math.max(last!, c.lastActivityAt ?? -Infinity);
  if (latest <= asOf - rules.churnAfterDays * DAY_MS) {
    return {
      stage: 'churned',
      rule: 'inactivity',
      reason: `no purchase or activity for ${wholeDays(latest, asOf)} days (churned after ${rules.churnAfterDays} days)`,
    };
  }
  // 4. First purchase inside the new-customer window.
  const first = c.firstPurchaseAt!;
  if (first > asOf - rules.newWithinDays * DAY_MS) {
    return {
      stage: 'new',
      rule: 'recentFirstPurchase',
      reason: `first purchase ${wholeDays(first, asOf)} days before asOf (new within ${rules.newWithinDays} days)`,
    };
  }
  // 5. Enough purchases inside the loyalty window.
  const { minPurchases, withinDays } = rules.loyal;
  const windowStart = asOf - withinDays * DAY_MS;
  let inWindow: number;
  let basis: string;
  if (c.purchaseDates !== undefined) {
    inWindow = c.purchaseDates.filter((t) => t > windowStart).length;
    basis = `${inWindow} purchase${inWindow === 1 ? '' : 's'} in the ${withinDays} days before asOf`;
  } else if (first > windowStart) {
    inWindow = count;
    basis = `${count} purchase${count === 1 ? '' : 's'} in the ${withinDays} days before asOf`;
  } else if (last! <= windowStart) {
    inWindow = 0;
    basis = `no purchase in the ${withinDays} days before asOf`;
  } else {
    inWindow = count;
    basis = `${count} purchases in total (without purchaseDates the ${withinDays}-day window cannot be applied)`;
  }
  if (inWindow >= minPurchases) {
    return { stage: 'loyal', rule: 'repeatPurchases', reason: `${basis} (loyal from ${minPurchases})` };
  }
  return { stage: 'active', rule: 'otherwise', reason: `${basis} (loyal from ${minPurchases}); active within ${rules.churnAfterDays} days` };
}
