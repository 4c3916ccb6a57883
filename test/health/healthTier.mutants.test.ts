// Cases that pin behaviour the golden and validation tests left loose (found by mutation testing):
// the function named in the error, and the tier-list rules with their exact codes and paths.
import { describe, expect, it } from 'vitest';
import { healthTier, MetricInputError } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

const issues = (tiers: unknown, score: unknown = 5) => issuesOf(() => healthTier(score as never, tiers as never)).map((i) => [i.code, i.path]);

describe('healthTier: the error names the function', () => {
  it('a bad score: functionName and message both say healthTier', () => {
    let caught: unknown;
    try {
      healthTier('x');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MetricInputError);
    expect((caught as MetricInputError).functionName).toBe('healthTier');
    expect((caught as MetricInputError).message).toBe(
      'healthTier: score must be a decimal: a plain decimal string ("1234.56"), a finite number or a Decimal, got "x"',
    );
  });
});

describe('healthTier: tier-list rules', () => {
  it('max below min: code inconsistent, the message gives both', () => {
    const found = issuesOf(() => healthTier(5, [{ name: 'a', min: 9, max: 3 }]));
    expect(found.map((i) => [i.code, i.path, i.message])).toEqual([['inconsistent', 'tiers[0].max', "healthTier: tiers[0].max (3) must not be below the tier's min (9)"]]);
  });

  it('a duplicate name: the message names the first tier with it', () => {
    const found = issuesOf(() =>
      healthTier(5, [
        { name: 'a', min: 0, max: 3 },
        { name: 'a', min: 4, max: 9 },
      ]),
    );
    expect(found.map((i) => [i.code, i.path, i.message])).toEqual([
      ['duplicate', 'tiers[1].name', 'healthTier: tiers[1].name ("a") repeats the name of tiers[0]: tier names must be unique'],
    ]);
  });

  it('two empty names are each reported as empty, not also as a repeat', () => {
    expect(
      issues([
        { name: '', min: 0, max: 3 },
        { name: '', min: 4, max: 9 },
      ]),
    ).toEqual([
      ['too_small', 'tiers[0].name'],
      ['too_small', 'tiers[1].name'],
    ]);
  });

  it('a min beyond the safe integers is only reported as too big (no max-below-min follow-up)', () => {
    // 3 < 1e300, but 1e300 is not a whole number the rules can compare
    expect(issues([{ name: 'a', min: 1e300, max: 3 }])).toEqual([['too_big', 'tiers[0].min']]);
  });

  it('coverage (gap, overlap) is judged only when every tier is well formed', () => {
    // b's max is below its min, c's max is not a safe integer: such a tier is not placed, and no
    // gap is reported, neither after a (ends 3) nor between a and d (starts 13).
    expect(
      issues([
        { name: 'a', min: 0, max: 3 },
        { name: 'b', min: 9, max: 5 },
      ]),
    ).toEqual([['inconsistent', 'tiers[1].max']]);
    expect(
      issues([
        { name: 'a', min: 0, max: 3 },
        { name: 'c', min: 9, max: 1e300 },
      ]),
    ).toEqual([['too_big', 'tiers[1].max']]);
    expect(
      issues([
        { name: 'a', min: 0, max: 3 },
        { name: 'b', min: 9, max: 5 },
        { name: 'd', min: 13, max: 20 },
      ]),
    ).toEqual([['inconsistent', 'tiers[1].max']]);
  });

  it('a one-point tier (min = max) is well formed and takes part in coverage', () => {
    // a ends at 3, b is 5…5: gap, b must start at 3 + 1 = 4
    expect(
      issues([
        { name: 'a', min: 0, max: 3 },
        { name: 'b', min: 5, max: 5 },
      ]),
    ).toEqual([['tier_gap', 'tiers[1].min']]);
    expect(
      healthTier(4, [
        { name: 'a', min: 0, max: 3 },
        { name: 'b', min: 4, max: 4 },
        { name: 'c', min: 5, max: 9 },
      ]),
    ).toBe('b');
  });
});
