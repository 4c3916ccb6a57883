import { describe, expect, it } from 'vitest';
import { cohortRetention, collectEvents, mergeCollectedEvents, fitParetoNbd, previousPeriod, probabilityAlive, valueTier } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';

// Counterexamples found by long fuzz runs (`FUZZ_RUNS=400 FUZZ_SEED=777 npm run fuzz`), kept as
// plain regression tests.
describe('fuzz findings', () => {
  it('mergeCollectedEvents: a hole in a sparse array of parts is a bad part, not a TypeError', () => {
    const part = collectEvents([{ customerId: 'a', type: 'acquired', at: '2026-01-05T00:00:00Z' }]);
    // eslint-disable-next-line no-sparse-arrays
    expect(issuesOf(() => mergeCollectedEvents([part, , part] as never)).map((i) => i.path)).toEqual(['parts[1]']);
  });

  it('previousPeriod: an interval starting at the first representable date has no previous interval', () => {
    const first = new Date(-8.64e15);
    expect(issuesOf(() => previousPeriod({ start: first, end: new Date(-8.64e15 + 86_400_000) }))[0]).toMatchObject({
      code: 'out_of_range',
      path: 'period',
    });
  });

  it('previousPeriod: month 0000-01 and year 0000 have no previous calendar period in the supported years', () => {
    for (const period of [{ month: '0000-01' }, { year: '0000' }]) {
      expect(issuesOf(() => previousPeriod(period))).toEqual([
        { code: 'out_of_range', path: 'period', message: 'previousPeriod: period has no previous calendar period within the supported years' },
      ]);
    }
  });

  it('valueTier: options that throw when read are reported, not thrown through', () => {
    const trap = new Proxy({}, { get: (_t, k) => (typeof k === 'symbol' ? undefined : (() => { throw new Error('boom'); })()) });
    expect(issuesOf(() => valueTier([], trap as never))[0]?.code).toBe('unreadable_input');
  });
});

describe('fuzz findings: sizes', () => {
  it('cohortRetention refuses a table of more than 1,200 columns instead of building it', () => {
    // one customer acquired in January 2026 and an asOf in the year 2200: 175 years of months
    const events = [{ customerId: 'a', type: 'acquired' as const, at: '2026-01-05T00:00:00Z' }];
    const issues = issuesOf(() => cohortRetention(events, { granularity: 'month', asOf: '2200-01-01T00:00:00Z' }));
    expect(issues).toEqual([
      {
        code: 'too_large',
        path: 'options.asOf',
        // 2026-01 … 2199-12 is 174 × 12 = 2,088 months, plus 2200-01: 2,089 columns
        message: 'cohortRetention: options.asOf spans 2089 months from the first cohort (2026-01); a cohort table has at most 1200 columns',
      },
    ]);
    // 100 years of months is still fine: 2026-01 … 2125-12 = 1,200 columns
    expect(cohortRetention(events, { granularity: 'month', asOf: '2125-12-31T00:00:00Z' }).columns).toBe(1200);
  });
});

describe('fuzz findings: float64 limits', () => {
  it('probabilityAlive: a Pareto/NBD s at the float64 maximum is not_computable, not NaN', () => {
    // `npm run fuzz` (FUZZ_SEED=483440274 FUZZ_RUNS=60): s = 1.7976931348623157e308 makes
    // s · ln(β + T) infinite, and ∞ − ∞ inside P(alive) is NaN.
    const model = { kind: 'pareto-nbd' as const, params: { r: 0.55, alpha: 10.58, s: Number.MAX_VALUE, beta: 11.67 }, logLikelihood: -1, standardErrors: null, converged: true, iterations: 1, timeUnit: 'week' as const };
    const issues = issuesOf(() => probabilityAlive(model, { frequency: 2, recency: 30, T: 39 }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['not_computable', 'model.params']]);
    expect(issues[0]?.message).toMatch(/^probabilityAlive: model\.params give no probability for this customer/);
  });
});

describe('fuzz findings: endless loops', () => {
  it('fitParetoNbd: a frequency of 1e307 ends (the integral for z > 0.9 no longer takes unbounded nodes)', () => {
    // `npm run fuzz` (FUZZ_SEED=483440274): one customer's frequency 1e307 put the scale of
    // logHyp2f1Shifted's integral at 0, so its node count was infinite and the fit never returned.
    const rows = [
      { frequency: 2, recency: 30, T: 39 },
      { frequency: 0, recency: 0, T: 39 },
      { frequency: 1e307, recency: 5, T: 38.86 },
    ];
    const model = fitParetoNbd(rows, { timeUnit: 'week' });
    expect(model.converged).toBe(false);
    expect(Object.values(model.params).every(Number.isFinite)).toBe(true);
  });
});
