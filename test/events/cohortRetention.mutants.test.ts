import { describe, expect, it } from 'vitest';
import { cohortRetention } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { buy, st } from './helpers.js';

// Tests written against the survivors of `npm run mutate events` (see docs/quality.md).
const rowsOf = (r: ReturnType<typeof cohortRetention>) => r.cohorts.map((c) => [c.cohort, c.customers, c.counts, c.rates.map((x) => x?.toString() ?? null)]);

describe('cohortRetention: mutation survivors', () => {
  it('an acquisition at the default asOf (the last event) is read: a cohort whose one cell is censored', () => {
    // asOf = 2026-01-05 (the only event); January ends 02-01, after asOf: cell 0 is null. 1 column.
    const r = cohortRetention([st('a', 'acquired', '2026-01-05T00:00:00Z')], { granularity: 'month' });
    expect(r.asOf).toBe('2026-01-05T00:00:00.000Z');
    expect(r.columns).toBe(1);
    expect(rowsOf(r)).toEqual([['2026-01', 1, [null], [null]]]);
  });

  it('a churn exactly at a period end counts after it: the customer is active just before that end', () => {
    // a: acquired 01-05, churned 02-01T00:00Z (= end of January); b: acquired 01-10, stays.
    // asOf 03-01: January … March = 3 columns; end of Jan: a, b → 2 / 2 = 1; end of Feb (03-01 = asOf,
    // observed): b → 1 / 2 = 0.5; end of March after asOf → null.
    const r = cohortRetention(
      [st('a', 'acquired', '2026-01-05T00:00:00Z'), st('a', 'churned', '2026-02-01T00:00:00Z'), st('b', 'acquired', '2026-01-10T00:00:00Z')],
      { granularity: 'month', asOf: '2026-03-01T00:00:00Z' },
    );
    expect(r.columns).toBe(3);
    expect(rowsOf(r)).toEqual([['2026-01', 2, [2, 1, null], ['1', '0.5', null]]]);
  });

  it('rows are in period order whatever order the customers arrive in', () => {
    // x (February cohort) is read before y (January cohort). asOf 03-01: 3 columns.
    // Jan: y active at end of Jan and Feb, March censored → [1, 1, null].
    // Feb: x active at end of Feb → [1, null, null].
    const r = cohortRetention([st('x', 'acquired', '2026-02-03T00:00:00Z'), st('y', 'acquired', '2026-01-05T00:00:00Z')], {
      granularity: 'month',
      asOf: '2026-03-01T00:00:00Z',
    });
    expect(rowsOf(r)).toEqual([
      ['2026-01', 1, [1, 1, null], ['1', '1', null]],
      ['2026-02', 1, [1, null, null], ['1', null, null]],
    ]);
    expect(r.cohorts.map((c) => c.start)).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
  });

  it('at most 1,200 columns: 1,201 is refused at options.asOf, 1,200 is built', () => {
    const events = [st('a', 'acquired', '2026-01-05T00:00:00Z')];
    // 2026-01 … 2126-01: 100 × 12 + 1 = 1,201 columns
    expect(issuesOf(() => cohortRetention(events, { granularity: 'month', asOf: '2126-01-01T00:00:00Z' }))).toEqual([
      {
        code: 'too_large',
        path: 'options.asOf',
        message: 'cohortRetention: options.asOf spans 1201 months from the first cohort (2026-01); a cohort table has at most 1200 columns',
      },
    ]);
    // 2026-01 … 2125-12: 100 × 12 = 1,200 columns
    expect(cohortRetention(events, { granularity: 'month', asOf: '2125-12-31T00:00:00Z' }).columns).toBe(1200);
  });

  it('a table too large because of the events themselves (default asOf) is refused at events', () => {
    // first cohort 1900-01, last event 2026-01-05: (2026 − 1900) × 12 + 1 = 1,513 months
    const events = [st('a', 'acquired', '1900-01-15T00:00:00Z'), buy('a', '2026-01-05T00:00:00Z')];
    expect(issuesOf(() => cohortRetention(events, { granularity: 'month' }))).toEqual([
      {
        code: 'too_large',
        path: 'events',
        message: 'cohortRetention: events spans 1513 months from the first cohort (1900-01); a cohort table has at most 1200 columns',
      },
    ]);
    // quarters: 1900-Q1 … 2026-Q1 = 126 × 4 + 1 = 505 columns, within the bound
    expect(cohortRetention(events, { granularity: 'quarter' }).columns).toBe(505);
  });

  it('only acquisitions start the table: an old purchase or churn does not stretch it', () => {
    // a bought and churned in 1900 (anomalies) and was acquired in 2026-01; asOf 2026-02-01:
    // January and February = 2 columns; end of Jan (= asOf) observed: 1 / 1.
    const events = [buy('a', '1900-01-01T00:00:00Z'), st('a', 'churned', '1900-01-02T00:00:00Z'), st('a', 'acquired', '2026-01-05T00:00:00Z')];
    const r = cohortRetention(events, { granularity: 'month', asOf: '2026-02-01T00:00:00Z' });
    expect(r.columns).toBe(2);
    expect(rowsOf(r)).toEqual([['2026-01', 1, [1, null], ['1', null]]]);
  });

  it('the bound counts from the earliest acquisition, wherever it is in the input', () => {
    // a acquired 1900-01-15, b 2026-01-05 (last event, default asOf): 1900-01 … 2026-01 = 1,513 months
    const events = [st('a', 'acquired', '1900-01-15T00:00:00Z'), st('b', 'acquired', '2026-01-05T00:00:00Z')];
    expect(issuesOf(() => cohortRetention(events, { granularity: 'month' }))[0]?.message).toBe(
      'cohortRetention: events spans 1513 months from the first cohort (1900-01); a cohort table has at most 1200 columns',
    );
  });

  it('an event that makes no sense changes nothing: churned twice, then reactivated, is active', () => {
    // a: acquired 01-05, churned 01-10, churned again 01-15 (an anomaly: ignored), reactivated 01-20.
    // asOf 02-01: January (observed, ends at asOf) and February (censored) = 2 columns; end of Jan: active → 1 / 1.
    const events = [
      st('a', 'acquired', '2026-01-05T00:00:00Z'),
      st('a', 'churned', '2026-01-10T00:00:00Z'),
      st('a', 'churned', '2026-01-15T00:00:00Z'),
      st('a', 'reactivated', '2026-01-20T00:00:00Z'),
    ];
    expect(rowsOf(cohortRetention(events, { granularity: 'month', asOf: '2026-02-01T00:00:00Z' }))).toEqual([['2026-01', 1, [1, null], ['1', null]]]);
  });

  it('events but no acquisition: no cohorts and 0 columns, asOf the last event', () => {
    expect(cohortRetention([st('x', 'reactivated', '2026-01-01T00:00:00Z'), buy('x', '2026-01-02T00:00:00Z')], { granularity: 'month' })).toEqual({
      granularity: 'month',
      timeZone: 'UTC',
      asOf: '2026-01-02T00:00:00.000Z',
      columns: 0,
      cohorts: [],
    });
  });
});
