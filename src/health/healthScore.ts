import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { MetricInputError, type MetricInputIssue } from '../core/errors.js';
import { metricResult, show, type MetricResult } from '../core/result.js';
import { DecimalLikeSchema, describeValue, type DecimalLike } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';
import {
  attempt,
  BandScoreSchema,
  DEFAULT_HEALTH_TIERS,
  HealthModelSchema,
  NameSchema,
  roundHalfAway,
  tierOf,
  type DeepReadonly,
  type HealthModel,
  type HealthTierRange,
  type ParsedHealthModel,
} from './model.js';

const FN = 'healthScore';

const ObservationSchema = z.object({ behaviour: NameSchema, value: DecimalLikeSchema });

/**
 * Input of {@link healthScore}: one customer's observations, an array (or any iterable) of
 * objects with at least `behaviour` (a name of the model) and `value` (a decimal); other fields,
 * such as the `customerId` and `at` of a dataset's observations, are ignored. One observation per
 * behaviour: pass the latest of each. A `Map` from behaviour name to value is accepted too (its
 * entries are read in insertion order, so issue paths are `observations[k]`).
 *
 * @category Health
 */
export const HealthScoreInputSchema = z.preprocess((v) => {
  if (v instanceof Map) return Array.from(v as Map<unknown, unknown>, ([behaviour, value]) => ({ behaviour, value }));
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Symbol.iterator in v ? Array.from(v as Iterable<unknown>) : v;
}, z.array(ObservationSchema));

/** One observation: the behaviour's name and its observed value (other fields allowed and ignored). @category Health */
export interface HealthObservation {
  readonly behaviour: string;
  readonly value: DecimalLike;
}

/** @category Health */
export type HealthScoreInput = readonly HealthObservation[] | Iterable<HealthObservation> | ReadonlyMap<string, DecimalLike>;

const OverrideSchema = z.object({
  behaviour: NameSchema,
  score: BandScoreSchema,
  reason: z
    .string({ error: (iss) => `must be a non-empty string saying why, got ${describeValue(iss.input)}` })
    .trim()
    .min(1, { error: () => 'must be a non-empty string saying why' }),
  by: z.string().optional(),
});

/**
 * Options of {@link healthScore}: manual `overrides` of a behaviour's score, each with the
 * `reason` (required) and optionally who set it (`by`).
 *
 * @category Health
 */
export const HealthScoreOptionsSchema = z.object({ overrides: z.array(OverrideSchema).optional() });

/** @category Health */
export type HealthScoreOptions = DeepReadonly<z.input<typeof HealthScoreOptionsSchema>>;

/** A manual override as kept in a component. @category Health */
export interface HealthOverride {
  readonly score: number;
  readonly reason: string;
  readonly by?: string;
}

/** One scored behaviour of a {@link HealthScoreResult}. @category Health */
export interface HealthComponent {
  /** The behaviour's name. */
  readonly behaviour: string;
  /** Its weight (1 unless the model says otherwise). */
  readonly weight: Decimal;
  /** The observed value, or null when the behaviour was not observed and an override scored it. */
  readonly observed: Decimal | null;
  /** The band the observation fell in (the highest whose `atLeast` ≤ observed), or null. */
  readonly band: { readonly atLeast: Decimal; readonly score: number } | null;
  /** The score the bands give, 1–10, or null without an observation. */
  readonly computedScore: number | null;
  /** The manual override, when one was given; it replaces `computedScore` in `score`. */
  readonly override: HealthOverride | null;
  /** The score used: the override's when there is one, else the computed one. */
  readonly score: number;
  /** weight × score. */
  readonly weighted: Decimal;
}

/** @category Health */
export type HealthScoreResult = MetricResult & {
  /** The tier the score falls in (by the score rounded half away from zero), or null when the value is null. */
  readonly tier: string | null;
  /** The whole number used to place the score in a tier (the score rounded half away from zero). */
  readonly tierScore: number | null;
  /** The model's scale: Σw · 1 … Σw · 10. */
  readonly scale: { readonly min: Decimal; readonly max: Decimal };
  /** The scored behaviours, in the model's order. */
  readonly components: readonly HealthComponent[];
  /** Behaviours with neither an observation nor an override, in the model's order. */
  readonly missing: readonly string[];
  /** The model's policy for missing behaviours. */
  readonly missingPolicy: 'exclude' | 'error';
  /** Σ weight · score over the scored behaviours, before rescaling. */
  readonly rawScore: Decimal;
  /** Σ all weights / Σ scored weights: 1 unless behaviours are missing. */
  readonly rescaleFactor: Decimal;
  /** True when missing behaviours were excluded and the rest rescaled to the full scale. */
  readonly rescaled: boolean;
  /** Behaviours whose score was set by a manual override. */
  readonly overridden: readonly string[];
  /** What a reader should know about this score, in sentences (missing behaviours, rescaling, overrides). */
  readonly notes: readonly string[];
};

type Observation = z.output<typeof ObservationSchema>;
type Override = z.output<typeof OverrideSchema>;

function issue(code: string, path: string, problem: string): MetricInputIssue {
  return { code, path, message: `${FN}: ${path} ${problem}` };
}

/**
 * Customer relationship health score (客户关系健康度评分).
 *
 * Scores one customer's observed behaviours (how often they use the product, how often they
 * consult you, how punctually they pay…) on a common 1–10 scale and adds them up, so that
 * everyone in the company can tell the healthy customers from those at risk, and places the total
 * in a named tier. Each behaviour's value is mapped through its bands to a whole score: a band
 * scores from its `atLeast` upward. Behaviours without an observation are never scored 0: they are
 * listed in `missing` and, under the model's `missing: 'exclude'`, the present behaviours are
 * rescaled to the full scale (under `'error'` the call throws). Manual overrides are kept beside
 * the computed score, with their reason. Use {@link healthTier} to place a bare number and
 * {@link healthTrend} to compare two scores.
 *
 * @formula H = Σᵢ wᵢ · sᵢ, with sᵢ the whole score 1–10 of behaviour i (the score of the highest
 * band whose atLeast ≤ its observed value, or its override) and wᵢ its weight (default 1, not
 * normalised); the scale runs Σw … 10 · Σw (3–30 for three unweighted behaviours). With missing
 * behaviours excluded: H = (Σ over present wᵢ · sᵢ) × W / Wₚ, W = Σ all weights, Wₚ = Σ present weights.
 * The tier is the one holding H rounded half away from zero.
 * @source seed 004 §2 (behaviours scored 1–10, "10 = perfect", "1 = at risk", summed; 21–30 = VIP);
 * missing-behaviour policy, overrides and weights follow customer-success tools (Gainsight, Totango).
 * @param observations - One customer's observations: `[{ behaviour, value }]` (extra fields ignored),
 * at most one per behaviour; or a `Map` from behaviour name to value.
 * @param model - A {@link HealthModel}: `{ behaviours: [{ name, bands: [{ atLeast, score }], weight? }], tiers?, missing? }`.
 * @param options - `overrides: [{ behaviour, score, reason, by? }]`.
 * @returns The score H (a Decimal on the model's scale, e.g. 3…30), its `tier`, `components`,
 * `missing`, and the worked calculation; `value: null` with a reason when no behaviour was observed.
 * @throws {@link MetricInputError} for a bad model (with paths such as `model.tiers[1].min`), an
 * observation of an unknown behaviour, a behaviour observed twice, a value below every band of its
 * behaviour, a bad override, or a missing behaviour under `missing: 'error'`.
 * @example
 * const r = healthScore([{ behaviour: 'productUsage', value: 20 }, { behaviour: 'consultations', value: 3 }, { behaviour: 'onTimePayment', value: 0.96 }], SEED_004_HEALTH_MODEL);
 * r.calculation; // => 'H = Σ wᵢ · sᵢ = 1 · 8 + 1 · 10 + 1 · 8 = 26'
 * r.tier; // => 'vip'
 * @see {@link healthTier}, {@link healthTrend}, {@link SEED_004_HEALTH_MODEL}
 * @category Health
 */
export function healthScore(observations: HealthScoreInput, model: HealthModel, options: HealthScoreOptions = {}): HealthScoreResult {
  const issues: MetricInputIssue[] = [];
  const m: ParsedHealthModel | undefined = attempt(issues, () => parseInput(FN, HealthModelSchema, model, 'model'));
  const obs: Observation[] | undefined = attempt(issues, () => parseInput(FN, HealthScoreInputSchema, observations, 'observations'));
  const opts = attempt(issues, () => parseInput(FN, HealthScoreOptionsSchema, options, 'options'));
  if (m === undefined || obs === undefined || opts === undefined) throw new MetricInputError(FN, issues);

  const index = new Map<string, number>(m.behaviours.map((b, i) => [b.name, i]));
  const known = m.behaviours.map((b) => JSON.stringify(b.name)).join(', ');

  // Observations: known behaviour, once each, not below every band.
  const observed = new Map<string, { value: Decimal; band: { atLeast: Decimal; score: number } }>();
  const firstAt = new Map<string, number>();
  obs.forEach((o, k) => {
    const i = index.get(o.behaviour);
    if (i === undefined) {
      issues.push(issue('unknown_behaviour', `observations[${k}].behaviour`, `(${JSON.stringify(o.behaviour)}) is not a behaviour of the model (${known})`));
      return;
    }
    const first = firstAt.get(o.behaviour);
    if (first !== undefined) {
      issues.push(
        issue('duplicate', `observations[${k}].behaviour`, `(${JSON.stringify(o.behaviour)}) was already observed in observations[${first}]: pass one observation per behaviour (the latest)`),
      );
      return;
    }
    firstAt.set(o.behaviour, k);
    const bands = m.behaviours[i]!.bands;
    let band: (typeof bands)[number] | undefined;
    for (const b of bands) if (b.atLeast.lte(o.value)) band = b;
    if (band === undefined) {
      issues.push(
        issue('below_bands', `observations[${k}].value`, `(${o.value.toString()}) of behaviour ${JSON.stringify(o.behaviour)} is below its lowest band (atLeast ${bands[0]!.atLeast.toString()})`),
      );
      return;
    }
    observed.set(o.behaviour, { value: o.value, band });
  });

  // Overrides: known behaviour, once each.
  const overrides = new Map<string, Override>();
  (opts.overrides ?? []).forEach((o, k) => {
    if (!index.has(o.behaviour)) {
      issues.push(issue('unknown_behaviour', `options.overrides[${k}].behaviour`, `(${JSON.stringify(o.behaviour)}) is not a behaviour of the model (${known})`));
    } else if (overrides.has(o.behaviour)) {
      issues.push(issue('duplicate', `options.overrides[${k}].behaviour`, `(${JSON.stringify(o.behaviour)}) is overridden twice`));
    } else overrides.set(o.behaviour, o);
  });

  const policy = m.missing ?? 'exclude';
  const missing = m.behaviours.filter((b) => !observed.has(b.name) && !overrides.has(b.name)).map((b) => b.name);
  if (policy === 'error') {
    for (const name of missing) {
      issues.push(issue('missing_behaviour', 'observations', `lack an observation of behaviour ${JSON.stringify(name)}, and the model's missing policy is 'error'`));
    }
  }
  if (issues.length > 0) throw new MetricInputError(FN, issues);

  const tiers: readonly HealthTierRange[] = m.tiers ?? DEFAULT_HEALTH_TIERS;
  const weightOf = (b: ParsedHealthModel['behaviours'][number]): Decimal => b.weight ?? new Decimal(1);
  const totalWeight = m.behaviours.reduce((s, b) => s.plus(weightOf(b)), new Decimal(0));
  const scale = { min: totalWeight, max: totalWeight.times(10) };

  const components: HealthComponent[] = [];
  const notes: string[] = [];
  for (const b of m.behaviours) {
    const seen = observed.get(b.name);
    const o = overrides.get(b.name);
    if (seen === undefined && o === undefined) continue;
    const weight = weightOf(b);
    const computedScore = seen?.band.score ?? null;
    const score = o?.score ?? (computedScore as number);
    const override: HealthOverride | null = o === undefined ? null : { score: o.score, reason: o.reason, ...(o.by === undefined ? {} : { by: o.by }) };
    components.push({
      behaviour: b.name,
      weight,
      observed: seen?.value ?? null,
      band: seen === undefined ? null : { atLeast: seen.band.atLeast, score: seen.band.score },
      computedScore,
      override,
      score,
      weighted: weight.times(score),
    });
    if (o !== undefined) {
      const by = o.by === undefined ? '' : ` by ${o.by}`;
      notes.push(
        computedScore === null
          ? `${JSON.stringify(b.name)} was not observed and is scored ${o.score} by a manual override${by}: ${o.reason}`
          : `${JSON.stringify(b.name)} is scored ${o.score} by a manual override${by} instead of its computed ${computedScore}: ${o.reason}`,
      );
    }
  }

  const rawScore = components.reduce((s, c) => s.plus(c.weighted), new Decimal(0));
  const presentWeight = components.reduce((s, c) => s.plus(c.weight), new Decimal(0));
  const terms = components.map((c) => `${show(c.weight)} · ${c.score}`).join(' + ');
  const base = {
    scale,
    components,
    missing,
    missingPolicy: policy,
    rawScore,
    overridden: components.filter((c) => c.override !== null).map((c) => c.behaviour),
  };

  if (components.length === 0) {
    const reason = 'no behaviour of the model was observed';
    notes.unshift(`every behaviour is missing (${missing.map((n) => JSON.stringify(n)).join(', ')}), so there is no score`);
    return metricResult(
      { formula: 'H = Σ wᵢ · sᵢ', substituted: '(no observations)', value: null, reason },
      { tier: null, tierScore: null, ...base, rescaleFactor: new Decimal(1), rescaled: false, notes },
    ) as HealthScoreResult;
  }

  const rescaled = missing.length > 0;
  const rescaleFactor = totalWeight.div(presentWeight);
  const value = rescaled ? rawScore.times(totalWeight).div(presentWeight) : rawScore;
  if (rescaled) {
    notes.unshift(
      `${missing.length} of ${m.behaviours.length} behaviours missing (${missing.map((n) => JSON.stringify(n)).join(', ')}): excluded, and the present behaviours' score ${rawScore.toString()} rescaled to the full scale by Σ all weights / Σ present weights = ${totalWeight.toString()} / ${presentWeight.toString()}`,
    );
  }
  const tierScore = roundHalfAway(value).toNumber();
  // The model's tiers cover its whole scale (checked by the schema), so a tier is always found.
  const tier = tierOf(tiers, tierScore)!;
  return metricResult(
    rescaled
      ? { formula: 'H = Σ wᵢ · sᵢ × W / Wₚ', substituted: `(${terms}) × ${show(totalWeight)} / ${show(presentWeight)}`, value }
      : { formula: 'H = Σ wᵢ · sᵢ', substituted: terms, value },
    { tier: tier.name, tierScore, ...base, rescaleFactor, rescaled, notes },
  ) as HealthScoreResult;
}
