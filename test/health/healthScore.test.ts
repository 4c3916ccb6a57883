import { describe, expect, it } from 'vitest';
import { Decimal, DEFAULT_HEALTH_TIERS, HealthModelSchema, healthScore, SEED_004_HEALTH_MODEL, type HealthModel } from '../../src/index.js';
import { deepFrozen, issuesOf, pathsOf } from '../helpers/errors.js';
import { SEED_OBS, TWO, WEIGHTED } from './fixtures.js';

const seed = (usage: number | string, consultations: number | string, pay: number | string) => [
  { behaviour: 'productUsage', value: usage },
  { behaviour: 'consultations', value: consultations },
  { behaviour: 'onTimePayment', value: pay },
];

describe('healthScore', () => {
  describe('golden cases', () => {
    it('seed 004 §2 model, three unweighted behaviours summed on 3–30: 8 + 10 + 8 = 26, VIP (21–30)', () => {
      // productUsage 20 days → band atLeast 18 → 8; consultations 3 → band atLeast 2 → 10;
      // onTimePayment 0.96 → band atLeast 0.95 → 8. H = 1·8 + 1·10 + 1·8 = 26, in 21–30 (VIP per seed 004 §2).
      const r = healthScore(SEED_OBS, SEED_004_HEALTH_MODEL);
      expect(r.value?.toString()).toBe('26');
      expect(r.formula).toBe('H = Σ wᵢ · sᵢ');
      expect(r.calculation).toBe('H = Σ wᵢ · sᵢ = 1 · 8 + 1 · 10 + 1 · 8 = 26');
      expect(r.tier).toBe('vip');
      expect(r.tierScore).toBe(26);
      expect(r.missing).toEqual([]);
      expect(r.rescaled).toBe(false);
      expect(r.rescaleFactor.toString()).toBe('1');
      expect(r.scale.min.toString()).toBe('3');
      expect(r.scale.max.toString()).toBe('30');
      expect(r.components.map((c) => [c.behaviour, c.observed?.toString(), c.band?.atLeast.toString(), c.computedScore, c.score])).toEqual([
        ['productUsage', '20', '18', 8, 8],
        ['consultations', '3', '2', 10, 10],
        ['onTimePayment', '0.96', '0.95', 8, 8],
      ]);
      expect(r.reason).toBeUndefined();
    });

    it('seed model extremes: the "perfect" customer scores 10 + 10 + 10 = 30, the "at risk" one 1 + 1 + 1 = 3', () => {
      // 26+ days → 10; 2–5 consultations → 10; all invoices on time (1) → 10
      expect(healthScore(seed(30, 2, 1), SEED_004_HEALTH_MODEL).value?.toString()).toBe('30');
      // 0 days → 1; 15+ consultations → 1; under half on time → 1
      const low = healthScore(seed(0, 20, '0.2'), SEED_004_HEALTH_MODEL);
      expect(low.value?.toString()).toBe('3');
      expect(low.tier).toBe('at-risk');
    });

    it('seed model tier boundaries: 10 at-risk, 11 steady, 20 steady, 21 vip', () => {
      // 4 + 3 + 3 = 10: usage 6 → 4 (atLeast 5), consultations 0 → 3, pay 0.65 → 3 (atLeast 0.6)
      expect(healthScore(seed(6, 0, '0.65'), SEED_004_HEALTH_MODEL).tier).toBe('at-risk');
      // 5 + 3 + 3 = 11: usage 8 → 5
      expect(healthScore(seed(8, 0, '0.65'), SEED_004_HEALTH_MODEL).tier).toBe('steady');
      // 6 + 7 + 7 = 20: usage 11 → 6, consultations 1 → 7, pay 0.9 → 7
      expect(healthScore(seed(11, 1, '0.9'), SEED_004_HEALTH_MODEL).value?.toString()).toBe('20');
      expect(healthScore(seed(11, 1, '0.9'), SEED_004_HEALTH_MODEL).tier).toBe('steady');
      // 7 + 7 + 7 = 21: usage 14 → 7
      expect(healthScore(seed(14, 1, '0.9'), SEED_004_HEALTH_MODEL).tier).toBe('vip');
    });

    it('weights are not normalised: 2·5 + 1·6 + 1·9 = 25 on the 4–40 scale', () => {
      // usage 15 → atLeast 10 → 5 (weight 2); calls 7 → atLeast 5 → 6; pay 0.95 → atLeast 0.9 → 9
      const r = healthScore(
        [
          { behaviour: 'usage', value: 15 },
          { behaviour: 'calls', value: 7 },
          { behaviour: 'pay', value: '0.95' },
        ],
        WEIGHTED,
      );
      expect(r.calculation).toBe('H = Σ wᵢ · sᵢ = 2 · 5 + 1 · 6 + 1 · 9 = 25');
      expect(r.tier).toBe('mid');
      expect(r.scale.min.toString()).toBe('4');
      expect(r.scale.max.toString()).toBe('40');
      expect(r.components[0]?.weighted.toString()).toBe('10');
    });

    it('a fractional score keeps its exact value and is placed by rounding half away from zero: 13.5 → 14', () => {
      // weights 1.5, 1, 1: scale 3.5…35, rounded 4…35. a = 5 → 5, b = 2 → 3, c = 2 → 3:
      // H = 1.5·5 + 1·3 + 1·3 = 7.5 + 6 = 13.5 → tier by round(13.5) = 14
      const bands = [{ atLeast: 0, score: 1 }, { atLeast: 2, score: 3 }, { atLeast: 5, score: 5 }];
      const model: HealthModel = {
        behaviours: [
          { name: 'a', weight: '1.5', bands },
          { name: 'b', bands },
          { name: 'c', bands },
        ],
        tiers: [
          { name: 'low', min: 4, max: 13 },
          { name: 'high', min: 14, max: 35 },
        ],
        missing: 'error',
      };
      const r = healthScore(
        [
          { behaviour: 'a', value: 5 },
          { behaviour: 'b', value: 2 },
          { behaviour: 'c', value: 2 },
        ],
        model,
      );
      expect(r.value?.toString()).toBe('13.5');
      expect(r.tierScore).toBe(14);
      expect(r.tier).toBe('high');
      expect(r.calculation).toBe('H = Σ wᵢ · sᵢ = 1.5 · 5 + 1 · 3 + 1 · 3 = 13.5');
    });

    it("missing: 'exclude' rescales the present behaviours to the full scale: (8 + 8) × 3 / 2 = 24", () => {
      // consultations not observed: raw 1·8 + 1·8 = 16, W = 3, Wp = 2, 16 × 3 / 2 = 24 → vip
      const r = healthScore([SEED_OBS[0]!, SEED_OBS[2]!], SEED_004_HEALTH_MODEL);
      expect(r.value?.toString()).toBe('24');
      expect(r.formula).toBe('H = Σ wᵢ · sᵢ × W / Wₚ');
      expect(r.calculation).toBe('H = Σ wᵢ · sᵢ × W / Wₚ = (1 · 8 + 1 · 8) × 3 / 2 = 24');
      expect(r.missing).toEqual(['consultations']);
      expect(r.rescaled).toBe(true);
      expect(r.rescaleFactor.toString()).toBe('1.5');
      expect(r.rawScore.toString()).toBe('16');
      expect(r.tier).toBe('vip');
      expect(r.components.map((c) => c.behaviour)).toEqual(['productUsage', 'onTimePayment']);
      expect(r.notes[0]).toContain('"consultations"');
      expect(r.notes[0]).toContain('3 / 2');
    });

    it('rescaling with weights: (2·5 + 1·9) × 4 / 3 = 76 / 3 = 25.33…, exact to 40 digits, tier by 25', () => {
      const r = healthScore(
        [
          { behaviour: 'usage', value: 10 },
          { behaviour: 'pay', value: 1 },
        ],
        WEIGHTED,
      );
      expect(r.rawScore.toString()).toBe('19');
      expect(r.value?.toString()).toBe(`25.${'3'.repeat(38)}`);
      expect(r.tierScore).toBe(25);
      expect(r.tier).toBe('mid');
      expect(r.missing).toEqual(['calls']);
    });
  });

  describe('bands', () => {
    it('a band scores from its atLeast upward: the value at a boundary takes that band, just below takes the one before', () => {
      const pay = (v: string) => healthScore([{ behaviour: 'onTimePayment', value: v }], SEED_004_HEALTH_MODEL).components[0]?.score;
      expect(pay('0.95')).toBe(8);
      expect(pay('0.9499999')).toBe(7);
      expect(pay('0')).toBe(1);
      expect(pay('1')).toBe(10);
      expect(pay('1.5')).toBe(10); // above the highest band: the highest band
    });

    it('scores need not rise with atLeast: seed consultations rise then fall (3, 7, 10, 7, 4, 1)', () => {
      const c = (v: number) => healthScore([{ behaviour: 'consultations', value: v }], SEED_004_HEALTH_MODEL).components[0]?.score;
      expect([0, 1, 2, 5, 6, 9, 10, 14, 15, 100].map(c)).toEqual([3, 7, 10, 10, 7, 7, 4, 4, 1, 1]);
    });

    it('negative and decimal band limits work', () => {
      const model: HealthModel = {
        behaviours: [{ name: 'nps', bands: [{ atLeast: -100, score: 1 }, { atLeast: '-0.5', score: 5 }, { atLeast: 30, score: 10 }] }],
        tiers: [{ name: 'all', min: 1, max: 10 }],
      };
      expect(healthScore([{ behaviour: 'nps', value: '-0.5' }], model).value?.toString()).toBe('5');
      expect(healthScore([{ behaviour: 'nps', value: -1 }], model).value?.toString()).toBe('1');
    });
  });

  describe('overrides', () => {
    it('keeps the computed score beside the override and its reason, and uses the override: 8 + 10 + 3 = 21', () => {
      const r = healthScore(SEED_OBS, SEED_004_HEALTH_MODEL, {
        overrides: [{ behaviour: 'onTimePayment', score: 3, reason: 'invoice disputed since May', by: 'csm:lin' }],
      });
      const pay = r.components[2]!;
      expect(pay.computedScore).toBe(8);
      expect(pay.score).toBe(3);
      expect(pay.override).toEqual({ score: 3, reason: 'invoice disputed since May', by: 'csm:lin' });
      expect(r.value?.toString()).toBe('21');
      expect(r.overridden).toEqual(['onTimePayment']);
      expect(r.notes).toEqual(['"onTimePayment" is scored 3 by a manual override by csm:lin instead of its computed 8: invoice disputed since May']);
      expect(r.components[0]?.override).toBeNull();
    });

    it('an override scores a behaviour that was not observed, so it is not missing (even under missing: error)', () => {
      const r = healthScore([{ behaviour: 'a', value: 10 }], TWO, { overrides: [{ behaviour: 'b', score: 4, reason: 'call notes' }] });
      // 1·10 + 1·4 = 14
      expect(r.value?.toString()).toBe('14');
      expect(r.missing).toEqual([]);
      expect(r.components[1]).toMatchObject({ behaviour: 'b', observed: null, band: null, computedScore: null, score: 4 });
      expect(r.components[1]?.override).toEqual({ score: 4, reason: 'call notes' });
      expect(r.notes).toEqual(['"b" was not observed and is scored 4 by a manual override: call notes']);
    });
  });

  describe('edges', () => {
    it("every behaviour missing under 'exclude': value null with the reason, no tier", () => {
      const r = healthScore([], SEED_004_HEALTH_MODEL);
      expect(r.value).toBeNull();
      expect(r.reason).toBe('no behaviour of the model was observed');
      expect(r.tier).toBeNull();
      expect(r.tierScore).toBeNull();
      expect(r.missing).toEqual(['productUsage', 'consultations', 'onTimePayment']);
      expect(r.calculation).toBe('H = Σ wᵢ · sᵢ = (no observations) = undefined (no behaviour of the model was observed)');
    });

    it('number form does not matter: 20, "20" and Decimal(20) give the same score', () => {
      const forms = [20, '20', new Decimal(20)].map((v) => healthScore([{ behaviour: 'productUsage', value: v }], SEED_004_HEALTH_MODEL).value?.toString());
      // 20 days → 8; the two other behaviours are missing, so 1·8 × 3 / 1 = 24
      expect(forms).toEqual(['24', '24', '24']);
    });

    it('ignores extra fields of dataset observations and accepts any iterable', () => {
      const rows = SEED_OBS.map((o) => ({ ...o, customerId: '__proto__', at: '2026-03-01T00:00:00Z' }));
      expect(healthScore(rows, SEED_004_HEALTH_MODEL).value?.toString()).toBe('26');
      expect(healthScore(new Set(SEED_OBS), SEED_004_HEALTH_MODEL).value?.toString()).toBe('26');
      function* gen() {
        yield* SEED_OBS;
      }
      expect(healthScore(gen(), SEED_004_HEALTH_MODEL).value?.toString()).toBe('26');
    });

    it('accepts a Map from behaviour name to value, keys such as __proto__ included', () => {
      const obs = new Map<string, number | string>([
        ['productUsage', 20],
        ['consultations', 3],
        ['onTimePayment', '0.96'],
      ]);
      expect(healthScore(obs, SEED_004_HEALTH_MODEL).value?.toString()).toBe('26');
      expect(pathsOf(() => healthScore(new Map([['productUsage', 20], ['__proto__', 1]]), SEED_004_HEALTH_MODEL))).toEqual(['observations[1].behaviour']);
    });

    it('behaviour names may be any string, __proto__ and constructor included', () => {
      const bands = [{ atLeast: 0, score: 1 }, { atLeast: 1, score: 10 }];
      const model: HealthModel = {
        behaviours: [
          { name: '__proto__', bands },
          { name: 'constructor', bands },
        ],
        tiers: [{ name: 'all', min: 2, max: 20 }],
      };
      // 10 + 1 = 11
      const r = healthScore(
        [
          { behaviour: '__proto__', value: 1 },
          { behaviour: 'constructor', value: 0 },
        ],
        model,
      );
      expect(r.value?.toString()).toBe('11');
    });

    it('tiers may be omitted on the 3–30 scale (the defaults apply) and given in any order', () => {
      const { tiers: _t, ...noTiers } = SEED_004_HEALTH_MODEL;
      expect(healthScore(SEED_OBS, noTiers).tier).toBe('vip');
      const reversed = { ...SEED_004_HEALTH_MODEL, tiers: [...DEFAULT_HEALTH_TIERS].reverse() };
      expect(healthScore(seed(6, 0, '0.65'), reversed).tier).toBe('at-risk');
    });

    it('the missing policy defaults to exclude', () => {
      const { missing: _m, ...model } = SEED_004_HEALTH_MODEL;
      expect(healthScore([SEED_OBS[0]!], model).missingPolicy).toBe('exclude');
    });

    it('returns a frozen, JSON-serialisable result and leaves frozen inputs alone', () => {
      const obs = deepFrozen(structuredClone(SEED_OBS));
      const model = deepFrozen(structuredClone(WEIGHTED));
      const opts = deepFrozen({ overrides: [{ behaviour: 'usage', score: 2, reason: 'r' }] });
      const r = healthScore(
        [
          { behaviour: 'usage', value: 15 },
          { behaviour: 'calls', value: 7 },
          { behaviour: 'pay', value: 1 },
        ],
        model,
        opts,
      );
      expect(Object.isFrozen(r) && Object.isFrozen(r.components) && Object.isFrozen(r.components[0])).toBe(true);
      const json = JSON.parse(JSON.stringify(r));
      expect(json.value).toBe('19'); // 2·2 + 6 + 9
      expect(json.components[0]).toEqual({
        behaviour: 'usage',
        weight: '2',
        observed: '15',
        band: { atLeast: '10', score: 5 },
        computedScore: 5,
        override: { score: 2, reason: 'r' },
        score: 2,
        weighted: '4',
      });
      expect(healthScore(obs, SEED_004_HEALTH_MODEL).value?.toString()).toBe('26');
      expect(HealthModelSchema.safeParse(model).success).toBe(true);
    });
  });

  describe('validation of the model', () => {
    const ok = () => structuredClone(WEIGHTED) as unknown as { behaviours: Record<string, unknown>[]; tiers: Record<string, unknown>[]; missing: unknown };
    const paths = (model: unknown, obs: unknown = []) => pathsOf(() => healthScore(obs as never, model as never));

    it('rejects a non-object model and an empty behaviour list', () => {
      expect(paths(null)).toEqual(['model']);
      expect(paths({ behaviours: [], tiers: [] })).toEqual(['model.behaviours', 'model.tiers']);
      expect(paths({})).toEqual(['model.behaviours']);
    });

    it('behaviour names: non-empty strings, unique', () => {
      const m = ok();
      m.behaviours[0]!['name'] = '';
      m.behaviours[1]!['name'] = 7;
      expect(paths(m)).toEqual(['model.behaviours[0].name', 'model.behaviours[1].name']);
      const d = ok();
      d.behaviours[2]!['name'] = 'usage';
      const issues = issuesOf(() => healthScore([], d as never));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['duplicate', 'model.behaviours[2].name']]);
      expect(issues[0]?.message).toBe('healthScore: model.behaviours[2].name ("usage") repeats the name of behaviours[0]: behaviour names must be unique');
    });

    it('bands: at least one, strictly ascending atLeast, decimal limits', () => {
      const m = ok();
      m.behaviours[0]!['bands'] = [];
      expect(paths(m)).toEqual(['model.behaviours[0].bands']);
      const eq = ok();
      eq.behaviours[0]!['bands'] = [{ atLeast: 1, score: 1 }, { atLeast: '1.0', score: 2 }];
      const issues = issuesOf(() => healthScore([], eq as never));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['unordered', 'model.behaviours[0].bands[1].atLeast']]);
      expect(issues[0]?.message).toBe(
        "healthScore: model.behaviours[0].bands[1].atLeast (1) must be greater than the previous band's atLeast (1): bands must be in strictly ascending order",
      );
      const desc = ok();
      desc.behaviours[1]!['bands'] = [{ atLeast: 5, score: 1 }, { atLeast: 0, score: 2 }, { atLeast: 3, score: 2 }];
      expect(paths(desc)).toEqual(['model.behaviours[1].bands[1].atLeast']);
      const bad = ok();
      bad.behaviours[2]!['bands'] = [{ atLeast: '1,000', score: 1 }];
      expect(paths(bad)).toEqual(['model.behaviours[2].bands[0].atLeast']);
    });

    it.each([0, 11, 2.5, '5', null, NaN])('band scores are whole 1–10: rejects %s', (score) => {
      const m = ok();
      m.behaviours[1]!['bands'] = [{ atLeast: 0, score }];
      const issues = issuesOf(() => healthScore([], m as never));
      expect(issues.map((i) => i.path)).toEqual(['model.behaviours[1].bands[0].score']);
      expect(issues[0]?.message).toMatch(/^healthScore: model\.behaviours\[1\]\.bands\[0\]\.score must be a whole score from 1 to 10, got /);
    });

    it.each([0, -1, '0', 'x', null])('weights are greater than 0: rejects %s', (weight) => {
      const m = ok();
      m.behaviours[1]!['weight'] = weight;
      expect(paths(m)).toEqual(['model.behaviours[1].weight']);
    });

    it('unknown keys are errors, so a misspelt weight never counts 1 silently', () => {
      const m = ok();
      m.behaviours[1]!['weigth'] = 2;
      const issues = issuesOf(() => healthScore([], m as never));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['unrecognized_keys', 'model.behaviours[1]']]);
      expect(issues[0]?.message).toBe('healthScore: model.behaviours[1] has unknown key "weigth"');
    });

    it('tiers: a gap, reported at the tier after it', () => {
      const m = ok();
      m.tiers[1]!['min'] = 17;
      const issues = issuesOf(() => healthScore([], m as never));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['tier_gap', 'model.tiers[1].min']]);
      expect(issues[0]?.message).toBe('healthScore: model.tiers[1].min (17) leaves a gap after tier "low" (max 15): must be 16');
    });

    it('tiers: an overlap', () => {
      const m = ok();
      m.tiers[2]!['min'] = 30;
      const issues = issuesOf(() => healthScore([], m as never));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['tier_overlap', 'model.tiers[2].min']]);
      expect(issues[0]?.message).toBe('healthScore: model.tiers[2].min (30) overlaps tier "mid" (16 to 30): must be 31');
    });

    it("tiers: must start at the scale's lowest score and end at its highest", () => {
      const m = ok();
      m.tiers[0]!['min'] = 0;
      m.tiers[2]!['max'] = 100;
      const issues = issuesOf(() => healthScore([], m as never));
      expect(issues.map((i) => [i.code, i.path])).toEqual([
        ['scale_mismatch', 'model.tiers[0].min'],
        ['scale_mismatch', 'model.tiers[2].max'],
      ]);
      expect(issues[0]?.message).toBe("healthScore: model.tiers[0].min (0) must be 4, the lowest score of the model's scale (4 to 40, rounded half away from zero)");
    });

    it('tiers: the scale bounds are the rounded Σw and 10·Σw (weights 1.25 + 1 → 2.25…22.5 → 2…23)', () => {
      const bands = [{ atLeast: 0, score: 1 }];
      const model = (max: number) => ({
        behaviours: [
          { name: 'a', weight: '1.25', bands },
          { name: 'b', bands },
        ],
        tiers: [{ name: 't', min: 2, max }],
      });
      expect(paths(model(22))).toEqual(['model.tiers[0].max']);
      // 1.25·1 + 1·1 = 2.25 → tier by round(2.25) = 2
      expect(healthScore([{ behaviour: 'a', value: 0 }, { behaviour: 'b', value: 0 }], model(23)).value?.toString()).toBe('2.25');
    });

    it('tiers: whole numbers, max not below min, names unique, at least one; optional only on a 3–30 scale', () => {
      const m = ok();
      m.tiers[0]!['min'] = 4.5;
      m.tiers[1]!['max'] = 10;
      expect(paths(m)).toEqual(['model.tiers[0].min', 'model.tiers[1].max']);
      const n = ok();
      n.tiers[2]!['name'] = 'low';
      expect(issuesOf(() => healthScore([], n as never)).map((i) => [i.code, i.path])).toEqual([['duplicate', 'model.tiers[2].name']]);
      expect(paths({ ...ok(), tiers: [] })).toEqual(['model.tiers']);
      const { tiers: _t, ...noTiers } = ok();
      const issues = issuesOf(() => healthScore([], noTiers as never));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['required', 'model.tiers']]);
      expect(issues[0]?.message).toBe("healthScore: model.tiers is required: the default tiers cover 3 to 30, but this model's scale is 4 to 40");
    });

    it('missing policy: exclude or error', () => {
      const m = ok();
      m.missing = 'zero';
      expect(paths(m)).toEqual(['model.missing']);
    });
  });

  describe('validation of observations and options', () => {
    const obsPaths = (obs: unknown, model: HealthModel = SEED_004_HEALTH_MODEL, options?: unknown) =>
      pathsOf(() => healthScore(obs as never, model, options as never));

    it('observations must be an array or iterable of { behaviour, value }', () => {
      expect(obsPaths(null)).toEqual(['observations']);
      expect(obsPaths('productUsage')).toEqual(['observations']);
      expect(obsPaths([{ value: 1 }, { behaviour: 'productUsage' }, { behaviour: 'productUsage', value: '1%' }])).toEqual([
        'observations[0].behaviour',
        'observations[1].value',
        'observations[2].value',
      ]);
    });

    it('an observation of an unknown behaviour is an error', () => {
      const issues = issuesOf(() => healthScore([{ behaviour: 'logins', value: 3 }], SEED_004_HEALTH_MODEL));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['unknown_behaviour', 'observations[0].behaviour']]);
      expect(issues[0]?.message).toBe(
        'healthScore: observations[0].behaviour ("logins") is not a behaviour of the model ("productUsage", "consultations", "onTimePayment")',
      );
    });

    it('a behaviour observed twice is an error (pass the latest observation of each)', () => {
      const issues = issuesOf(() => healthScore([...SEED_OBS, { behaviour: 'consultations', value: 4 }], SEED_004_HEALTH_MODEL));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['duplicate', 'observations[3].behaviour']]);
      expect(issues[0]?.message).toContain('already observed in observations[1]');
    });

    it('an observation below every band is an error naming the behaviour', () => {
      const issues = issuesOf(() => healthScore([{ behaviour: 'onTimePayment', value: '-0.1' }], SEED_004_HEALTH_MODEL));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['below_bands', 'observations[0].value']]);
      expect(issues[0]?.message).toBe('healthScore: observations[0].value (-0.1) of behaviour "onTimePayment" is below its lowest band (atLeast 0)');
    });

    it("missing: 'error' raises, naming every missing behaviour", () => {
      const issues = issuesOf(() => healthScore([{ behaviour: 'a', value: 1 }], TWO));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['missing_behaviour', 'observations']]);
      expect(issues[0]?.message).toBe(`healthScore: observations lack an observation of behaviour "b", and the model's missing policy is 'error'`);
      expect(pathsOf(() => healthScore([], TWO))).toEqual(['observations', 'observations']);
    });

    it('reports every observation problem at once', () => {
      expect(
        obsPaths([
          { behaviour: 'x', value: 1 },
          { behaviour: 'productUsage', value: -1 },
          { behaviour: 'onTimePayment', value: 1 },
          { behaviour: 'onTimePayment', value: 1 },
        ]),
      ).toEqual(['observations[0].behaviour', 'observations[1].value', 'observations[3].behaviour']);
    });

    it('bad model, observations and options are all reported together', () => {
      expect(pathsOf(() => healthScore(null as never, null as never, null as never))).toEqual(['model', 'observations', 'options']);
    });

    it('overrides: a known behaviour, once, a whole score 1–10 and a non-empty reason', () => {
      expect(obsPaths(SEED_OBS, SEED_004_HEALTH_MODEL, { overrides: [{ behaviour: 'nope', score: 5, reason: 'r' }] })).toEqual(['options.overrides[0].behaviour']);
      expect(
        obsPaths(SEED_OBS, SEED_004_HEALTH_MODEL, {
          overrides: [
            { behaviour: 'productUsage', score: 5, reason: 'r' },
            { behaviour: 'productUsage', score: 6, reason: 'r' },
          ],
        }),
      ).toEqual(['options.overrides[1].behaviour']);
      expect(
        obsPaths(SEED_OBS, SEED_004_HEALTH_MODEL, {
          overrides: [
            { behaviour: 'productUsage', score: 11, reason: 'r' },
            { behaviour: 'consultations', score: 5 },
            { behaviour: 'onTimePayment', score: 5, reason: '  ' },
          ],
        }),
      ).toEqual(['options.overrides[0].score', 'options.overrides[1].reason', 'options.overrides[2].reason']);
    });

    it('turns a throwing getter into its own error', () => {
      const hostile = [
        Object.defineProperty({ behaviour: 'productUsage' }, 'value', {
          enumerable: true,
          get() {
            throw new TypeError('nope');
          },
        }),
      ];
      expect(issuesOf(() => healthScore(hostile as never, SEED_004_HEALTH_MODEL))[0]?.code).toBe('unreadable_input');
    });
  });
});
