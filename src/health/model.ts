import { z } from 'zod';
import { Decimal, isDecimal } from '../core/decimal.js';
import { MetricInputError, type MetricInputIssue } from '../core/errors.js';
import { DecimalLikeSchema, describeValue } from '../core/schemas.js';

// Shared by healthScore, healthTier and healthTrend: the health model, its tiers, and the
// rounding rule that places a (possibly fractional) score in a whole-number tier.

const scoreProblem = (input: unknown) => `must be a whole score from 1 to 10, got ${describeValue(input)}`;
const wholeProblem = (input: unknown) => `must be a whole number, got ${describeValue(input)}`;
const nameProblem = (input: unknown) => `must be a non-empty string, got ${describeValue(input)}`;

/** A whole score 1–10 (10 = "perfect", 1 = "at risk"). */
export const BandScoreSchema = z
  .number({ error: (iss) => scoreProblem(iss.input) })
  .int({ error: (iss) => scoreProblem(iss.input) })
  .min(1, { error: (iss) => scoreProblem(iss.input) })
  .max(10, { error: (iss) => scoreProblem(iss.input) });

/** A non-empty string (behaviour and tier names). */
export const NameSchema = z.string({ error: (iss) => nameProblem(iss.input) }).min(1, { error: (iss) => nameProblem(iss.input) });

const WholeSchema = z.number({ error: (iss) => wholeProblem(iss.input) }).int({ error: (iss) => wholeProblem(iss.input) });

const PositiveDecimalSchema = DecimalLikeSchema.refine((d) => d.isPositive() && !d.isZero(), {
  error: (iss) => `must be greater than 0, got ${String(iss.input)}`,
});

/** A band: an observed value from `atLeast` upward scores `score`. */
const BandSchema = z.strictObject({ atLeast: DecimalLikeSchema, score: BandScoreSchema });

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

/** A named tier: an inclusive whole-number range `min`…`max`. */
const TierSchema = z.strictObject({ name: NameSchema, min: WholeSchema, max: WholeSchema }).superRefine((t, ctx) => {
  if (isWhole(t.min) && isWhole(t.max) && t.max < t.min) {
    ctx.addIssue({ code: 'custom', path: ['max'], params: { code: 'inconsistent' }, message: `(${t.max}) must not be below the tier's min (${t.min})` });
  }
});

type TierShape = { name: unknown; min: unknown; max: unknown };

/**
 * The rules of a tier list: each tier's `max` ≥ its `min`, names unique, and, taken in order of
 * `min` (any input order is accepted), each tier starts right after the previous one ends: no gap,
 * no overlap. Issues carry the offending tier's own index.
 */
function checkTiers(tiers: readonly TierShape[], ctx: z.RefinementCtx, prefix: PropertyKey[]): void {
  const seen = new Map<string, number>();
  const ok: { i: number; name: string; min: number; max: number }[] = [];
  tiers.forEach((t, i) => {
    if (typeof t.name === 'string' && t.name !== '') {
      const first = seen.get(t.name);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...prefix, i, 'name'],
          params: { code: 'duplicate' },
          message: `(${JSON.stringify(t.name)}) repeats the name of tiers[${first}]: tier names must be unique`,
        });
      } else seen.set(t.name, i);
    }
    if (!isWhole(t.min) || !isWhole(t.max) || t.max < t.min) return;
    ok.push({ i, name: String(t.name), min: t.min, max: t.max });
  });
  // Only judge coverage when every tier is well formed, so one bad field does not cascade.
  if (ok.length !== tiers.length) return;
  const sorted = [...ok].sort((a, b) => a.min - b.min || a.i - b.i);
  for (let k = 1; k < sorted.length; k += 1) {
    const prev = sorted[k - 1]!;
    const cur = sorted[k]!;
    if (cur.min !== prev.max + 1) {
      const what = cur.min > prev.max + 1 ? `leaves a gap after tier ${JSON.stringify(prev.name)} (max ${prev.max})` : `overlaps tier ${JSON.stringify(prev.name)} (${prev.min} to ${prev.max})`;
      ctx.addIssue({
        code: 'custom',
        path: [...prefix, cur.i, 'min'],
        params: { code: cur.min > prev.max + 1 ? 'tier_gap' : 'tier_overlap' },
        message: `(${cur.min}) ${what}: must be ${prev.max + 1}`,
      });
    }
  }
}

/**
 * A list of named tiers: inclusive whole-number ranges `{ name, min, max }` that follow one
 * another with no gap and no overlap (in any input order), names unique.
 *
 * @category Health
 */
export const HealthTiersSchema = z
  .array(TierSchema)
  .min(1)
  .superRefine((tiers, ctx) => checkTiers(tiers, ctx, []));

/** Input of {@link HealthTiersSchema}: `[{ name, min, max }]`. @category Health */
export type HealthTiers = readonly { readonly name: string; readonly min: number; readonly max: number }[];

/** One tier after parsing. @category Health */
export interface HealthTierRange {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

/**
 * The default tiers, for seed 004's three behaviours on the 3–30 scale: 3–10 `at-risk`,
 * 11–20 `steady`, 21–30 `vip`. Seed 004 §2 names 21–30 as VIP ("most active customers score
 * above 20"); the figure that held the lower ranges is missing from the article's text, so the
 * split below 21 is this library's documented choice.
 *
 * @category Health
 */
export const DEFAULT_HEALTH_TIERS: readonly HealthTierRange[] = Object.freeze([
  Object.freeze({ name: 'at-risk', min: 3, max: 10 }),
  Object.freeze({ name: 'steady', min: 11, max: 20 }),
  Object.freeze({ name: 'vip', min: 21, max: 30 }),
]);

/** Round half away from zero to a whole number (the rule that places a fractional score in a tier). */
export function roundHalfAway(d: Decimal): Decimal {
  return d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** The tier whose range holds `whole`, or undefined. */
export function tierOf(tiers: readonly HealthTierRange[], whole: number): HealthTierRange | undefined {
  return tiers.find((t) => t.min <= whole && whole <= t.max);
}

/** Bands in strictly ascending order of `atLeast`. */
const BandsSchema = z
  .array(BandSchema)
  .min(1)
  .superRefine((bands, ctx) => {
    for (let j = 1; j < bands.length; j += 1) {
      const prev: unknown = bands[j - 1]?.atLeast;
      const cur: unknown = bands[j]?.atLeast;
      if (isDecimal(prev) && isDecimal(cur) && !cur.gt(prev)) {
        ctx.addIssue({
          code: 'custom',
          path: [j, 'atLeast'],
          params: { code: 'unordered' },
          message: `(${cur.toString()}) must be greater than the previous band's atLeast (${prev.toString()}): bands must be in strictly ascending order`,
        });
      }
    }
  });

const BehaviourSchema = z.strictObject({
  name: NameSchema,
  bands: BandsSchema,
  weight: PositiveDecimalSchema.optional(),
});

/** Behaviours with unique names. */
const BehavioursSchema = z
  .array(BehaviourSchema)
  .min(1)
  .superRefine((behaviours, ctx) => {
    const names = new Map<string, number>();
    behaviours.forEach((b, i) => {
      const name: unknown = b.name;
      if (typeof name !== 'string' || name === '') return;
      const first = names.get(name);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          params: { code: 'duplicate' },
          message: `(${JSON.stringify(name)}) repeats the name of behaviours[${first}]: behaviour names must be unique`,
        });
      } else names.set(name, i);
    });
  });

type BehaviourShape = { name?: unknown; bands?: unknown; weight?: unknown };

/**
 * A health model (客户关系健康度评分模型), plain data: the behaviours observed, each with its
 * bands (`atLeast` → whole score 1–10) and an optional positive `weight` (default 1, not
 * normalised); the tiers, whole-number inclusive ranges that cover the model's scale
 * Σw·1 … Σw·10 (after rounding half away from zero) with no gap or overlap (optional only when
 * the scale is 3–30, where {@link DEFAULT_HEALTH_TIERS} apply); and the policy for a behaviour
 * with no observation: `'exclude'` (default; rescale the present behaviours to the full scale)
 * or `'error'`.
 *
 * Rules checked, each reported with its path: names unique; bands in strictly ascending order of
 * `atLeast`; scores whole 1–10 (they need not rise with `atLeast`: more support requests can
 * score lower); weights greater than 0; tiers as above. Unknown keys are errors (a misspelt
 * `weight` would otherwise silently count 1).
 *
 * @category Health
 */
export const HealthModelSchema = z
  .strictObject({
    behaviours: BehavioursSchema,
    tiers: z.array(TierSchema).min(1).superRefine((tiers, ctx) => checkTiers(tiers, ctx, [])).optional(),
    missing: z.enum(['exclude', 'error']).optional(),
  })
  .superRefine((m, ctx) => {
    const behaviours = m.behaviours as readonly BehaviourShape[];
    if (behaviours.length === 0) return;
    let weights: Decimal | undefined = new Decimal(0);
    for (const b of behaviours) {
      if (b.weight === undefined) weights = weights?.plus(1);
      else if (isDecimal(b.weight) && b.weight.gt(0)) weights = weights?.plus(b.weight);
      else weights = undefined;
    }
    if (weights === undefined) return;
    const lo = roundHalfAway(weights).toNumber();
    const hi = roundHalfAway(weights.times(10)).toNumber();
    const scale = `${weights.toString()} to ${weights.times(10).toString()}`;
    if (m.tiers === undefined) {
      if (lo !== 3 || hi !== 30) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers'],
          params: { code: 'required' },
          message: `is required: the default tiers cover 3 to 30, but this model's scale is ${scale}`,
        });
      }
      return;
    }
    const tiers = m.tiers as readonly TierShape[];
    if (tiers.length === 0 || !tiers.every((t) => isWhole(t.min) && isWhole(t.max) && t.max >= t.min)) return;
    let low = 0;
    let high = 0;
    tiers.forEach((t, i) => {
      if ((t.min as number) < (tiers[low]!.min as number)) low = i;
      if ((t.max as number) > (tiers[high]!.max as number)) high = i;
    });
    if (tiers[low]!.min !== lo) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', low, 'min'],
        params: { code: 'scale_mismatch' },
        message: `(${String(tiers[low]!.min)}) must be ${lo}, the lowest score of the model's scale (${scale}, rounded half away from zero)`,
      });
    }
    if (tiers[high]!.max !== hi) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', high, 'max'],
        params: { code: 'scale_mismatch' },
        message: `(${String(tiers[high]!.max)}) must be ${hi}, the highest score of the model's scale (${scale}, rounded half away from zero)`,
      });
    }
  });

/** `T` with every array and object read-only (Decimals left as they are), so frozen data type-checks as input. @category Health */
export type DeepReadonly<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** A health model as given: see {@link HealthModelSchema}. @category Health */
export type HealthModel = DeepReadonly<z.input<typeof HealthModelSchema>>;

/** A health model after parsing. */
export type ParsedHealthModel = z.output<typeof HealthModelSchema>;

/**
 * The worked model of seed 004 §2, with its three behaviours: product usage frequency (days with
 * use in the last 30 days), consultation frequency (questions to support or the account manager
 * in the last 90 days) and on-time payment rate (share of invoices paid by the due date in the
 * last 12 months). The seed gives only "10 = perfect customer, 1 = at-risk customer" and "21–30 =
 * VIP"; the bands are this library's documented choice. Consultation scores rise and then fall:
 * a customer who never asks is disengaged, one who asks constantly is struggling. Weights 1,
 * scale 3–30, {@link DEFAULT_HEALTH_TIERS}, missing behaviours excluded.
 *
 * @category Health
 */
export const SEED_004_HEALTH_MODEL = Object.freeze({
  behaviours: Object.freeze([
    Object.freeze({
      name: 'productUsage',
      bands: Object.freeze([
        Object.freeze({ atLeast: 0, score: 1 }),
        Object.freeze({ atLeast: 1, score: 2 }),
        Object.freeze({ atLeast: 3, score: 3 }),
        Object.freeze({ atLeast: 5, score: 4 }),
        Object.freeze({ atLeast: 8, score: 5 }),
        Object.freeze({ atLeast: 11, score: 6 }),
        Object.freeze({ atLeast: 14, score: 7 }),
        Object.freeze({ atLeast: 18, score: 8 }),
        Object.freeze({ atLeast: 22, score: 9 }),
        Object.freeze({ atLeast: 26, score: 10 }),
      ]),
    }),
    Object.freeze({
      name: 'consultations',
      bands: Object.freeze([
        Object.freeze({ atLeast: 0, score: 3 }),
        Object.freeze({ atLeast: 1, score: 7 }),
        Object.freeze({ atLeast: 2, score: 10 }),
        Object.freeze({ atLeast: 6, score: 7 }),
        Object.freeze({ atLeast: 10, score: 4 }),
        Object.freeze({ atLeast: 15, score: 1 }),
      ]),
    }),
    Object.freeze({
      name: 'onTimePayment',
      bands: Object.freeze([
        Object.freeze({ atLeast: 0, score: 1 }),
        Object.freeze({ atLeast: 0.5, score: 2 }),
        Object.freeze({ atLeast: 0.6, score: 3 }),
        Object.freeze({ atLeast: 0.7, score: 4 }),
        Object.freeze({ atLeast: 0.8, score: 5 }),
        Object.freeze({ atLeast: 0.85, score: 6 }),
        Object.freeze({ atLeast: 0.9, score: 7 }),
        Object.freeze({ atLeast: 0.95, score: 8 }),
        Object.freeze({ atLeast: 0.98, score: 9 }),
        Object.freeze({ atLeast: 1, score: 10 }),
      ]),
    }),
  ]),
  tiers: DEFAULT_HEALTH_TIERS,
  missing: 'exclude',
} as const) satisfies HealthModel;

/** Run a parse, collecting its issues instead of throwing, so that a call reports every bad argument at once. */
export function attempt<T>(issues: MetricInputIssue[], f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof MetricInputError) {
      issues.push(...e.issues);
      return undefined;
    }
    throw e;
  }
}
