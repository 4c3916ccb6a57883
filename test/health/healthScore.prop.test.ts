import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, healthScore, healthTier, healthTrend, type HealthModel } from '../../src/index.js';
import { deepFrozen } from '../helpers/errors.js';

const half = (d: Decimal) => d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();

const weightArb = fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 5 }), fc.constantFrom('0.5', '1.25', '2.5', '0.1', '3.3'));

const behaviourArb = fc.record({
  limits: fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 6 }).map((a) => [...a].sort((x, y) => x - y)),
  scores: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 6, maxLength: 6 }),
  weight: weightArb,
});

/** Whole-number tiers covering [lo, hi] exactly, from random cut points. */
const tiersArb = (lo: number, hi: number) =>
  (hi > lo ? fc.uniqueArray(fc.integer({ min: lo + 1, max: hi }), { maxLength: 4 }) : fc.constant([] as number[])).map((cuts) => {
    const starts = [lo, ...[...cuts].sort((a, b) => a - b)];
    return starts.map((min, i) => ({ name: `t${i}`, min, max: i + 1 < starts.length ? starts[i + 1]! - 1 : hi }));
  });

/** A valid model with random bands, weights and tiers covering its scale. */
const modelArb = fc.array(behaviourArb, { minLength: 1, maxLength: 5 }).chain((bs) => {
  const W = bs.reduce((s, b) => s.plus(b.weight ?? 1), new Decimal(0));
  return tiersArb(half(W), half(W.times(10))).map(
    (tiers): HealthModel => ({
      behaviours: bs.map((b, i) => ({
        name: `b${i}`,
        bands: b.limits.map((atLeast, j) => ({ atLeast, score: b.scores[j]! })),
        ...(b.weight === undefined ? {} : { weight: b.weight }),
      })),
      tiers,
      missing: 'exclude',
    }),
  );
});

/** A model and one customer's observations: each behaviour observed at or above its lowest band, or missing. */
const caseArb = modelArb.chain((model) =>
  fc
    .tuple(
      ...model.behaviours.map((b) =>
        fc.option(
          fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 99 })).map(([n, c]) => new Decimal(b.bands[0]!.atLeast).plus(n).plus(new Decimal(c).div(100))),
          { nil: undefined, freq: 4 },
        ),
      ),
    )
    .map((values) => ({
      model,
      observations: values.flatMap((v, i) => (v === undefined ? [] : [{ behaviour: model.behaviours[i]!.name, value: v.toString() }])),
    })),
);

const totalWeight = (m: HealthModel) => m.behaviours.reduce((s, b) => s.plus(b.weight ?? 1), new Decimal(0));

describe('healthScore properties', () => {
  it("stays within the model's scale Σw…10·Σw, and its tier always holds the rounded score", () => {
    fc.assert(
      fc.property(caseArb, ({ model, observations }) => {
        const r = healthScore(observations, model);
        if (observations.length === 0) {
          expect(r.value).toBeNull();
          return;
        }
        const W = totalWeight(model);
        expect(r.value!.gte(W) && r.value!.lte(W.times(10))).toBe(true);
        const tier = model.tiers!.find((t) => t.name === r.tier)!;
        expect(r.tierScore).toBe(half(r.value!));
        expect(tier.min <= r.tierScore! && r.tierScore! <= tier.max).toBe(true);
        expect(healthTier(r.value!, model.tiers)).toBe(r.tier);
      }),
    );
  });

  it("with nothing missing, 'exclude' and 'error' give the same score, unrescaled (factor 1)", () => {
    fc.assert(
      fc.property(caseArb, ({ model, observations }) => {
        fc.pre(observations.length === model.behaviours.length);
        const a = healthScore(observations, model);
        const b = healthScore(observations, { ...model, missing: 'error' });
        expect(a.value!.eq(b.value!)).toBe(true);
        expect(a.value!.eq(a.rawScore)).toBe(true);
        expect(a.rescaleFactor.toString()).toBe('1');
        expect(a.rescaled).toBe(false);
      }),
    );
  });

  it('rescaling is to the full scale: when every present behaviour scores k, the score is k · Σ all weights', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 10 }), ({ model, observations }, k) => {
        fc.pre(observations.length > 0);
        const flat: HealthModel = { ...model, behaviours: model.behaviours.map((b) => ({ ...b, bands: [{ atLeast: b.bands[0]!.atLeast, score: k }] })) };
        expect(healthScore(observations, flat).value!.eq(totalWeight(model).times(k))).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the observations', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.shuffledSubarray(c.observations, { minLength: c.observations.length }).map((shuffled) => ({ ...c, shuffled }))),
        ({ model, observations, shuffled }) => {
          expect(JSON.stringify(healthScore(shuffled, model).value)).toBe(JSON.stringify(healthScore(observations, model).value));
        },
      ),
    );
  });

  it('number form independence: string, number and Decimal observations give equal scores', () => {
    fc.assert(
      fc.property(caseArb, ({ model, observations }) => {
        const asString = healthScore(observations, model).value;
        const asNumber = healthScore(observations.map((o) => ({ ...o, value: Number(o.value) })), model).value;
        const asDecimal = healthScore(observations.map((o) => ({ ...o, value: new Decimal(o.value) })), model).value;
        expect(String(asNumber)).toBe(String(asString));
        expect(String(asDecimal)).toBe(String(asString));
      }),
    );
  });

  it('never mutates its inputs', () => {
    fc.assert(
      fc.property(caseArb, ({ model, observations }) => {
        const before = JSON.stringify([model, observations]);
        const overrides = { overrides: [{ behaviour: model.behaviours[0]!.name, score: 5, reason: 'checked by hand' }] };
        healthScore(deepFrozen(observations), deepFrozen(model), deepFrozen(overrides));
        expect(JSON.stringify([model, observations])).toBe(before);
      }),
    );
  });

  it('with bands whose scores rise, a higher observation never lowers the score', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 30 }), ({ model, observations }, bump) => {
        fc.pre(observations.length > 0);
        const rising: HealthModel = {
          ...model,
          behaviours: model.behaviours.map((b) => ({ ...b, bands: b.bands.map((band, j) => ({ ...band, score: Math.min(10, j + 1) })) })),
        };
        const higher = observations.map((o, i) => (i === 0 ? { ...o, value: new Decimal(o.value).plus(bump).toString() } : o));
        expect(healthScore(higher, rising).value!.gte(healthScore(observations, rising).value!)).toBe(true);
      }),
    );
  });
});

describe('healthTier properties', () => {
  it('any score within the tiers (after rounding) finds the one tier holding it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }).chain((lo) => fc.integer({ min: lo, max: lo + 200 }).chain((hi) => tiersArb(lo, hi))),
        fc.nat(),
        fc.integer({ min: -49, max: 49 }),
        (tiers, pick, frac) => {
          const lo = tiers[0]!.min;
          const hi = tiers[tiers.length - 1]!.max;
          const whole = lo + (pick % (hi - lo + 1));
          const score = new Decimal(whole).plus(new Decimal(frac).div(100));
          const name = healthTier(score, tiers);
          const holding = tiers.filter((t) => t.min <= whole && whole <= t.max);
          expect(holding.map((t) => t.name)).toEqual([name]);
        },
      ),
    );
  });
});

describe('healthTrend properties', () => {
  it('swapping the two scores negates the change and flips the direction', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ model, observations }, drop) => {
        fc.pre(observations.length > 0);
        const a = healthScore(observations, model);
        const b = healthScore(observations.slice(0, 1 + (drop % observations.length)), model);
        const ab = healthTrend(a, b);
        const ba = healthTrend(b, a);
        expect(ab.value!.plus(ba.value!).isZero()).toBe(true);
        const flip = { up: 'down', down: 'up', flat: 'flat' } as const;
        expect(ba.direction).toBe(flip[ab.direction!]);
        expect(healthTrend(a, a).direction).toBe('flat');
      }),
    );
  });
});
