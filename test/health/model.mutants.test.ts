// Cases that pin the health model's rules where the golden and validation tests left them loose
// (found by mutation testing): exact messages, and which follow-up checks run when a field is bad.
// Each runs through healthScore, as a user meets the model.
import { describe, expect, it } from 'vitest';
import { healthScore } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { TWO, WEIGHTED } from './fixtures.js';

type Loose = { behaviours: Record<string, unknown>[]; tiers: Record<string, unknown>[]; missing?: unknown };
/** WEIGHTED (scale 4…40, tiers low 4–15, mid 16–30, high 31–40), as a mutable copy. */
const weighted = () => structuredClone(WEIGHTED) as unknown as Loose;
/** TWO (scale 2…20) with other tiers. */
const two = (tiers: unknown) => ({ ...structuredClone(TWO), tiers });
const found = (model: unknown) => issuesOf(() => healthScore([], model as never)).map((i) => [i.code, i.path]);
const messages = (model: unknown) => issuesOf(() => healthScore([], model as never)).map((i) => i.message);

describe('health model: messages', () => {
  it('names: a non-string and an empty string', () => {
    const m = weighted();
    m.behaviours[0]!['name'] = 7;
    m.behaviours[1]!['name'] = '';
    expect(messages(m)).toEqual([
      'healthScore: model.behaviours[0].name must be a non-empty string, got 7',
      'healthScore: model.behaviours[1].name must be a non-empty string, got ""',
    ]);
  });

  it('tier bounds: not a number, not whole', () => {
    const m = weighted();
    m.tiers[0]!['min'] = 'x';
    m.tiers[1]!['max'] = 29.5;
    expect(messages(m)).toEqual(['healthScore: model.tiers[0].min must be a whole number, got "x"', 'healthScore: model.tiers[1].max must be a whole number, got 29.5']);
  });

  it('a weight of 0', () => {
    const m = weighted();
    m.behaviours[1]!['weight'] = 0;
    expect(messages(m)).toEqual(['healthScore: model.behaviours[1].weight must be greater than 0, got 0']);
  });

  it("the highest tier must end at the scale's highest score", () => {
    const m = weighted();
    m.tiers[2]!['max'] = 100;
    // scale 2·1 + 1 + 1 = 4 … 2·10 + 10 + 10 = 40
    expect(messages(m)).toEqual([
      "healthScore: model.tiers[2].max (100) must be 40, the highest score of the model's scale (4 to 40, rounded half away from zero)",
    ]);
  });

  it('tiers are required when the scale is not 3–30 even if only its top differs: weights 1.6 + 1 → 2.6…26', () => {
    // Σw = 1.6 + 1 = 2.6 (rounds to 3, as the defaults start), 10 · 2.6 = 26 (the defaults end at 30)
    const bands = [{ atLeast: 0, score: 1 }];
    const model = { behaviours: [{ name: 'a', weight: '1.6', bands }, { name: 'b', bands }] };
    expect(found(model)).toEqual([['required', 'model.tiers']]);
    expect(messages(model)).toEqual(["healthScore: model.tiers is required: the default tiers cover 3 to 30, but this model's scale is 2.6 to 26"]);
  });
});

describe('health model: one bad field does not cascade', () => {
  it('two behaviours with an empty name are reported as empty, not also as a repeat', () => {
    const m = weighted();
    m.behaviours[0]!['name'] = '';
    m.behaviours[1]!['name'] = '';
    expect(found(m)).toEqual([
      ['too_small', 'model.behaviours[0].name'],
      ['too_small', 'model.behaviours[1].name'],
    ]);
  });

  it('a band limit that is not a decimal is skipped by the order rule, which still judges the others', () => {
    const m = weighted();
    // 'x' is skipped; 5 then 2 is out of order
    m.behaviours[0]!['bands'] = [{ atLeast: 'x', score: 1 }, { atLeast: 5, score: 5 }, { atLeast: 2, score: 10 }];
    expect(found(m)).toEqual([
      ['invalid_format', 'model.behaviours[0].bands[0].atLeast'],
      ['unordered', 'model.behaviours[0].bands[2].atLeast'],
    ]);
    const n = weighted();
    n.behaviours[0]!['bands'] = [{ atLeast: 5, score: 1 }, { atLeast: 'x', score: 5 }];
    expect(found(n)).toEqual([['invalid_format', 'model.behaviours[0].bands[1].atLeast']]);
  });

  it('an empty behaviour list is the only issue (no scale, so no tier rule)', () => {
    expect(found({ behaviours: [] })).toEqual([['too_small', 'model.behaviours']]);
  });

  it('a bad weight before a good one: only the bad weight is reported', () => {
    const bands = [{ atLeast: 0, score: 1 }];
    const model = {
      behaviours: [
        { name: 'a', weight: 0, bands },
        { name: 'b', weight: 2, bands },
      ],
      tiers: [{ name: 't', min: 3, max: 30 }],
    };
    expect(found(model)).toEqual([['custom', 'model.behaviours[0].weight']]);
  });

  it('the scale rule is skipped when a tier bound is not a safe whole number', () => {
    const m = weighted();
    m.tiers[2]!['max'] = 1e300;
    expect(found(m)).toEqual([['too_big', 'model.tiers[2].max']]);
    const n = weighted();
    n.tiers[0]!['min'] = 1e300;
    expect(found(n)).toEqual([['too_big', 'model.tiers[0].min']]);
  });

  it('the scale rule is skipped when a tier ends below its start', () => {
    const m = weighted();
    // low 5…3: were it judged, 5 would also be reported as not the scale's lowest score 4
    m.tiers[0]!['min'] = 5;
    m.tiers[0]!['max'] = 3;
    expect(found(m)).toEqual([['inconsistent', 'model.tiers[0].max']]);
  });
});

describe('health model: tiers against the scale', () => {
  it('a one-point tier (min = max) is well formed, so the scale rule still runs', () => {
    // scale 2…20: a is 2…2, b is 3…21, and 21 is not the scale's top 20
    const model = two([
      { name: 'a', min: 2, max: 2 },
      { name: 'b', min: 3, max: 21 },
    ]);
    expect(found(model)).toEqual([['scale_mismatch', 'model.tiers[1].max']]);
    expect(messages(model)).toEqual([
      "healthScore: model.tiers[1].max (21) must be 20, the highest score of the model's scale (2 to 20, rounded half away from zero)",
    ]);
  });

  it('when tiers share the lowest min (an overlap), the first of them is held to the scale', () => {
    // scale 2…20; a 1…10, b 1…20: b overlaps a (b must start at 11); the lowest min 1 is not 2,
    // reported at the first tier starting there, a
    expect(
      found(
        two([
          { name: 'a', min: 1, max: 10 },
          { name: 'b', min: 1, max: 20 },
        ]),
      ),
    ).toEqual([
      ['tier_overlap', 'model.tiers[1].min'],
      ['scale_mismatch', 'model.tiers[0].min'],
    ]);
  });

  it('when tiers share the highest max (an overlap), the first of them is held to the scale', () => {
    // scale 2…20; a 2…21, b 11…21: b overlaps a (b must start at 22); the highest max 21 is not 20,
    // reported at the first tier ending there, a
    expect(
      found(
        two([
          { name: 'a', min: 2, max: 21 },
          { name: 'b', min: 11, max: 21 },
        ]),
      ),
    ).toEqual([
      ['tier_overlap', 'model.tiers[1].min'],
      ['scale_mismatch', 'model.tiers[0].max'],
    ]);
  });
});
