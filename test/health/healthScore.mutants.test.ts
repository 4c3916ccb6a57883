// Cases that pin behaviour the golden and validation tests left loose (found by mutation testing):
// the exact code and wording of issues, the notes a reader sees, and the shape of an override.
import { describe, expect, it } from 'vitest';
import { healthScore, SEED_004_HEALTH_MODEL } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { SEED_OBS, TWO } from './fixtures.js';

const issuesOfScore = (observations: unknown, options?: unknown) =>
  issuesOf(() => healthScore(observations as never, SEED_004_HEALTH_MODEL, options as never)).map((i) => [i.code, i.path, i.message]);

describe('healthScore: observations that are not a collection', () => {
  // Only a non-array object with Symbol.iterator is turned into an array; anything else reaches
  // the array schema as it is and gets its plain invalid_type issue, never an unreadable_input.
  it('a string is not read as an iterable of characters', () => {
    expect(issuesOfScore('productUsage')).toEqual([['invalid_type', 'observations', 'healthScore: observations must be an array, got "productUsage"']]);
  });

  it('null, a number and undefined get the array issue too', () => {
    expect(issuesOfScore(null)).toEqual([['invalid_type', 'observations', 'healthScore: observations must be an array, got null']]);
    expect(issuesOfScore(5)).toEqual([['invalid_type', 'observations', 'healthScore: observations must be an array, got 5']]);
    expect(issuesOfScore(undefined)).toEqual([['invalid_type', 'observations', 'healthScore: observations is required']]);
  });
});

describe('healthScore: override issues', () => {
  it("a reason that is missing, blank or not a string is named in the override's own words", () => {
    expect(
      issuesOfScore(SEED_OBS, {
        overrides: [
          { behaviour: 'productUsage', score: 5 },
          { behaviour: 'consultations', score: 5, reason: '   ' },
          { behaviour: 'onTimePayment', score: 5, reason: 7 },
        ],
      }),
    ).toEqual([
      ['invalid_type', 'options.overrides[0].reason', 'healthScore: options.overrides[0].reason must be a non-empty string saying why, got undefined'],
      // '   ' trims to '': the length rule's own message, without the (empty) value
      ['too_small', 'options.overrides[1].reason', 'healthScore: options.overrides[1].reason must be a non-empty string saying why'],
      ['invalid_type', 'options.overrides[2].reason', 'healthScore: options.overrides[2].reason must be a non-empty string saying why, got 7'],
    ]);
  });

  it('an override of an unknown behaviour, and a behaviour overridden twice, with their codes and messages', () => {
    expect(issuesOfScore(SEED_OBS, { overrides: [{ behaviour: 'logins', score: 5, reason: 'r' }] })).toEqual([
      [
        'unknown_behaviour',
        'options.overrides[0].behaviour',
        'healthScore: options.overrides[0].behaviour ("logins") is not a behaviour of the model ("productUsage", "consultations", "onTimePayment")',
      ],
    ]);
    expect(
      issuesOfScore(SEED_OBS, {
        overrides: [
          { behaviour: 'consultations', score: 5, reason: 'r' },
          { behaviour: 'consultations', score: 6, reason: 'r' },
        ],
      }),
    ).toEqual([['duplicate', 'options.overrides[1].behaviour', 'healthScore: options.overrides[1].behaviour ("consultations") is overridden twice']]);
  });

  it('an override given without `by` has no `by` key at all (not one set to undefined)', () => {
    const r = healthScore([{ behaviour: 'a', value: 10 }], TWO, { overrides: [{ behaviour: 'b', score: 4, reason: 'call notes' }] });
    const override = r.components[1]!.override!;
    expect(override).toStrictEqual({ score: 4, reason: 'call notes' });
    expect(Object.keys(override)).toEqual(['score', 'reason']);
  });
});

describe('healthScore: notes', () => {
  it('every behaviour missing: one note listing them, comma-separated', () => {
    expect(healthScore([], SEED_004_HEALTH_MODEL).notes).toEqual([
      'every behaviour is missing ("productUsage", "consultations", "onTimePayment"), so there is no score',
    ]);
  });

  it('two of three missing: the note lists both and shows the rescaling', () => {
    // productUsage 20 → band atLeast 18 → 8; raw 1·8 = 8; W = 3, Wp = 1; H = 8 × 3 / 1 = 24
    const r = healthScore([{ behaviour: 'productUsage', value: 20 }], SEED_004_HEALTH_MODEL);
    expect(r.value?.toString()).toBe('24');
    expect(r.notes).toEqual([
      '2 of 3 behaviours missing ("consultations", "onTimePayment"): excluded, and the present behaviours\' score 8 rescaled to the full scale by Σ all weights / Σ present weights = 3 / 1',
    ]);
  });
});
