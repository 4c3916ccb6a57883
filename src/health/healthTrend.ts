import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { MetricInputError, type MetricInputIssue } from '../core/errors.js';
import { metricResult, show, type MetricResult } from '../core/result.js';
import { DecimalLikeSchema, describeValue, NonNegativeDecimalSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';
import { attempt, BandScoreSchema, NameSchema, type DeepReadonly } from './model.js';

const FN = 'healthTrend';

/**
 * Input of {@link healthTrend}: a {@link healthScore} result, or its JSON round trip. Read are its
 * `value` (a decimal or null), and when present its `tier`, `scale` and `components`
 * (`[{ behaviour, score }]`); other fields are ignored.
 *
 * @category Health
 */
export const HealthTrendInputSchema = z.object({
  value: DecimalLikeSchema.nullable(),
  reason: z.string().optional(),
  tier: z.string({ error: (iss) => `must be a tier name (a string) or null, got ${describeValue(iss.input)}` }).nullable().optional(),
  scale: z.object({ min: DecimalLikeSchema, max: DecimalLikeSchema }).optional(),
  components: z.array(z.object({ behaviour: NameSchema, score: BandScoreSchema })).optional(),
});

/** @category Health */
export type HealthTrendInput = DeepReadonly<z.input<typeof HealthTrendInputSchema>>;

/**
 * Options of {@link healthTrend}: `tolerance`, the largest change of the total still called
 * `'flat'` (a non-negative decimal, default 0: only an unchanged score is flat).
 *
 * @category Health
 */
export const HealthTrendOptionsSchema = z.object({ tolerance: NonNegativeDecimalSchema.optional() });

/** @category Health */
export type HealthTrendOptions = DeepReadonly<z.input<typeof HealthTrendOptionsSchema>>;

/** Which way a score moved. @category Health */
export type HealthDirection = 'up' | 'flat' | 'down';

/** The change of one behaviour's score between two health scores. @category Health */
export interface HealthComponentTrend {
  readonly behaviour: string;
  /** Its score (1–10) in the previous result, or null when it was not scored then. */
  readonly previous: number | null;
  /** Its score (1–10) in the current result, or null when it is not scored now. */
  readonly current: number | null;
  /** current − previous, or null when either is null. */
  readonly change: number | null;
  /** Exact: any change of a whole score counts; null when either is null. */
  readonly direction: HealthDirection | null;
}

/** @category Health */
export type HealthTrendResult = MetricResult & {
  /** Which way the total moved (`'flat'` within the tolerance), or null when either score is undefined. */
  readonly direction: HealthDirection | null;
  /** The previous and the current total. */
  readonly previous: Decimal | null;
  readonly current: Decimal | null;
  /** The tolerance used for `'flat'`. */
  readonly tolerance: Decimal;
  /** The tier before and now (null when unknown), and whether it changed. */
  readonly tier: { readonly previous: string | null; readonly current: string | null; readonly changed: boolean };
  /** Per behaviour, matched by name: behaviours of either result, current result's order first. */
  readonly components: readonly HealthComponentTrend[];
};

function directionOf(change: Decimal, tolerance: Decimal): HealthDirection {
  if (change.abs().lte(tolerance)) return 'flat';
  return change.isPositive() ? 'up' : 'down';
}

/**
 * Health trend (健康度趋势): which way a customer's health score moved since the last one.
 *
 * Compares two {@link healthScore} results of the same model, say this month's and last month's:
 * the change of the total, its direction (`'up'`, `'flat'` or `'down'`, with an optional
 * tolerance for `'flat'`), the tier before and now, and the change of each behaviour's score,
 * matched by behaviour name, so that a drop can be traced to the behaviour that caused it. Not in
 * the seeds; it follows the trend arrow of customer-success tools (Gainsight, Totango).
 *
 * @formula ΔH = H₁ − H₀ (current minus previous total); direction = flat if |ΔH| ≤ tolerance,
 * else up if ΔH > 0, else down. Per behaviour: Δsᵢ = sᵢ₁ − sᵢ₀.
 * @source beyond seed 004 §2: the trend arrow of Gainsight scorecards (current vs previous score).
 * @param current - The newer health score result (or its JSON).
 * @param previous - The older health score result (or its JSON).
 * @param options - `tolerance` (default 0).
 * @returns ΔH as a Decimal in points of the model's scale (−27…27 on 3–30), with `direction`,
 * `tier` and `components`; `value: null` with a reason when either score is undefined.
 * @throws {@link MetricInputError} when an argument is not a health score result, when both carry
 * a `scale` and the scales differ (the scores come from different models), or when the tolerance
 * is negative.
 * @example
 * const before = healthScore([{ behaviour: 'productUsage', value: 20 }, { behaviour: 'consultations', value: 3 }, { behaviour: 'onTimePayment', value: 0.96 }], SEED_004_HEALTH_MODEL);
 * const now = healthScore([{ behaviour: 'productUsage', value: 9 }, { behaviour: 'consultations', value: 3 }, { behaviour: 'onTimePayment', value: 0.96 }], SEED_004_HEALTH_MODEL);
 * const t = healthTrend(now, before);
 * t.calculation; // => 'ΔH = H₁ − H₀ = 23 − 26 = -3'
 * t.direction; // => 'down'
 * t.components[0]; // => { behaviour: 'productUsage', previous: 8, current: 5, change: -3, direction: 'down' }
 * @see {@link healthScore}, {@link healthTier}
 * @category Health
 */
export function healthTrend(current: HealthTrendInput, previous: HealthTrendInput, options: HealthTrendOptions = {}): HealthTrendResult {
  const issues: MetricInputIssue[] = [];
  const now = attempt(issues, () => parseInput(FN, HealthTrendInputSchema, current, 'current'));
  const before = attempt(issues, () => parseInput(FN, HealthTrendInputSchema, previous, 'previous'));
  const opts = attempt(issues, () => parseInput(FN, HealthTrendOptionsSchema, options, 'options'));
  if (now === undefined || before === undefined || opts === undefined) throw new MetricInputError(FN, issues);
  if (now.scale !== undefined && before.scale !== undefined && !(now.scale.min.eq(before.scale.min) && now.scale.max.eq(before.scale.max))) {
    throw new MetricInputError(FN, [
      {
        code: 'scale_mismatch',
        path: 'previous.scale',
        message: `${FN}: previous.scale (${before.scale.min.toString()} to ${before.scale.max.toString()}) differs from current.scale (${now.scale.min.toString()} to ${now.scale.max.toString()}): the scores come from different models`,
      },
    ]);
  }
  const tolerance = opts.tolerance ?? new Decimal(0);

  const was = new Map((before.components ?? []).map((c) => [c.behaviour, c.score]));
  const is = new Map((now.components ?? []).map((c) => [c.behaviour, c.score]));
  const names = [...new Set([...is.keys(), ...was.keys()])];
  const components: HealthComponentTrend[] = names.map((behaviour) => {
    const p = was.get(behaviour) ?? null;
    const c = is.get(behaviour) ?? null;
    const change = p === null || c === null ? null : c - p;
    return { behaviour, previous: p, current: c, change, direction: change === null ? null : directionOf(new Decimal(change), new Decimal(0)) };
  });
  const tierPrev = before.tier ?? null;
  const tierNow = now.tier ?? null;
  const tier = { previous: tierPrev, current: tierNow, changed: tierPrev !== tierNow };

  const H1 = now.value;
  const H0 = before.value;
  const shown = (d: Decimal | null) => (d === null ? 'undefined' : show(d));
  const reason =
    H1 === null && H0 === null
      ? 'both scores are undefined'
      : H1 === null
        ? `the current score is undefined (${now.reason ?? 'no value'})`
        : `the previous score is undefined (${before.reason ?? 'no value'})`;
  const change = H1 === null || H0 === null ? null : H1.minus(H0);
  return metricResult(
    { formula: 'ΔH = H₁ − H₀', substituted: `${shown(H1)} − ${shown(H0)}`, value: change, reason },
    {
      direction: change === null ? null : directionOf(change, tolerance),
      previous: H0,
      current: H1,
      tolerance,
      tier,
      components,
    },
  ) as HealthTrendResult;
}
