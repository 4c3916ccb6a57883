import { describe, expect, it } from 'vitest';
import { SEED_004_HEALTH_MODEL, buildReport, type Dataset, type Report } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { metric, table } from '../helpers/report.js';

// Small data sets, each worked by hand, for what survived the full mutation run of 2026-12-06
// (second pass) in src/report/buildReport.ts: anomalous status histories behind the lifecycle
// table, and an input that stops being readable between two reads.

const at = (day: string, time = '00:00') => `${day}T${time}:00Z`;
const feb = { month: '2026-02' } as const;

describe('lifecycle stages: anomalous status events change nobody’s status', () => {
  // a is acquired on 1 Jan and again on 10 Jan while still active: the second acquisition is an
  // anomaly and a stays active (not churned); a never bought, so a is potential. z's only event
  // is a churn on 5 Jan without an acquisition: z was never a customer, is not listed in
  // `customers` and never bought, so z is not in the table at all. Table: potential 1 of 1.
  const ds: Dataset = {
    asOf: at('2026-02-20'),
    events: [
      { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'z', type: 'churned', at: at('2026-01-05') },
      { customerId: 'a', type: 'acquired', at: at('2026-01-10') },
    ],
  };

  it('a second acquisition keeps a active; a churn of a never-acquired z adds nobody', () => {
    expect(table(buildReport(ds, feb), 'lifecycleStages')?.rows).toEqual([
      ['potential', '1', '100.0%'], // a: 1 / 1
      ['new', '0', '0.0%'],
      ['active', '0', '0.0%'],
      ['loyal', '0', '0.0%'],
      ['churned', '0', '0.0%'],
    ]);
  });
});

describe('a period that can no longer be read when the report reads it again', () => {
  it('a period that throws on its second read is reported at period, under buildReport', () => {
    // The period's month reads '2026-02' until the events have been iterated (which buildReport
    // does after resolving the period), then throws: the snapshot of the period, which reads it
    // again, fails, and its issue is relayed under buildReport at the same path, `period`.
    let read = false;
    const period = {
      get month(): string {
        if (read) throw new Error('period gone');
        return '2026-02';
      },
    };
    const events = {
      *[Symbol.iterator]() {
        yield { customerId: 'a', type: 'acquired' as const, at: at('2026-01-01') };
        read = true;
      },
    };
    expect(issuesOf(() => buildReport({ events }, period as never, { previous: false }))).toEqual([
      { code: 'unreadable_input', path: 'period', message: 'buildReport: period could not be read (period gone)' },
    ]);
  });
});

describe('value metrics at the edges of the period', () => {

  it('CLV with customers lost but none at the start is not computed for want of S, not for want of churn', () => {
    // b joins on 2 Feb, buys on 3 Feb, leaves on 10 Feb: S = 0, N = 1, C = 1, E = 0. CLV's
    // lifespan S / C would be 0 / 1: the report says S = 0 instead of computing it.
    const ds: Dataset = {
      events: [
        { customerId: 'b', type: 'acquired', at: at('2026-02-02') },
        { customerId: 'b', type: 'purchase', at: at('2026-02-03'), amount: '20' },
        { customerId: 'b', type: 'churned', at: at('2026-02-10') },
      ],
    };
    const clv = metric(buildReport(ds, feb), 'customerLifetimeValue');
    expect([clv?.status, clv?.reason]).toEqual(['not-computed', 'no customers at period start (S = 0)']);
  });

  it("ALV counts purchases up to the period's last instant, not one at the next period's first", () => {
    // a buys 10 on 10 Feb; b buys 30 at 1 Mar 00:00, the first instant after February. Read as
    // of 5 Mar, February's ALV is a's revenue to the end of February over a: 10 / 1 = 10.
    const ds: Dataset = {
      asOf: at('2026-03-05'),
      events: [
        { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
        { customerId: 'b', type: 'acquired', at: at('2026-01-01') },
        { customerId: 'a', type: 'purchase', at: at('2026-02-10'), amount: '10' },
        { customerId: 'b', type: 'purchase', at: at('2026-03-01'), amount: '30' },
      ],
    };
    expect(metric(buildReport(ds, feb), 'averageLifetimeValue')?.value).toBe('10');
  });
});

describe('a health model that reads differently the second time', () => {
  it('is reported under dataset.health.model, where healthScore found it', () => {
    // The model's `missing` reads 'exclude' once (buildReport's own check of the model passes),
    // then 'sometimes': healthScore, reading the model again for customer a, rejects it at
    // model.missing, which the report re-addresses to dataset.health.model.missing. The problem
    // is zod's enum one in the library's words: must be one of "exclude", "error", got "sometimes".
    let reads = 0;
    const model = {
      behaviours: SEED_004_HEALTH_MODEL.behaviours,
      get missing(): string {
        reads++;
        return reads === 1 ? 'exclude' : 'sometimes';
      },
    };
    const observations = [{ customerId: 'a', at: at('2026-02-10'), behaviour: 'productUsage', value: 26 }];
    expect(issuesOf(() => buildReport({ health: { model: model as never, observations } }, feb, { previous: false }))).toEqual([
      {
        code: 'invalid_value',
        path: 'dataset.health.model.missing',
        message: 'buildReport: dataset.health.model.missing must be one of "exclude", "error", got "sometimes"',
      },
    ]);
  });
});

describe('a previous period that reads differently the second time', () => {
  it('is reported under options.previous', () => {
    // options.previous reads '2026-01' while the options are checked; reading the report's own
    // period (which buildReport does next) turns it into '2026-13', so resolving the previous
    // period fails, at options.previous.month, with PeriodSchema's month message.
    let late = false;
    const period = {
      get month(): string {
        late = true;
        return '2026-02';
      },
    };
    const previous = {
      get month(): string {
        return late ? '2026-13' : '2026-01';
      },
    };
    expect(issuesOf(() => buildReport({}, period as never, { previous: previous as never }))).toEqual([
      { code: 'invalid_format', path: 'options.previous.month', message: 'buildReport: options.previous.month must be a month like "2026-03", got "2026-13"' },
    ]);
  });
});

describe('tables and charts of the period', () => {
  it("RFM segments count the customers who bought by the period's last instant, not at the next period's first", () => {
    // As in the ALV case above: a buys on 10 Feb, b at 1 Mar 00:00. Read as of 5 Mar, the
    // February segments see a alone: one customer in all.
    const ds: Dataset = {
      asOf: at('2026-03-05'),
      events: [
        { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
        { customerId: 'b', type: 'acquired', at: at('2026-01-01') },
        { customerId: 'a', type: 'purchase', at: at('2026-02-10'), amount: '10' },
        { customerId: 'b', type: 'purchase', at: at('2026-03-01'), amount: '30' },
      ],
    };
    const bars = buildReport(ds, feb).charts.rfmSegments?.bars ?? [];
    expect(bars.reduce((n, b) => n + b.count, 0)).toBe(1);
  });

  it('without a previous period the counts table has one column of values', () => {
    // a since 1 Jan leaves on 10 Feb, b joins on 5 Feb: S = 1, N = 1 (0 reactivated), C = 1,
    // E = 1 (b). No previous period: the label column and February's only.
    const ds: Dataset = {
      events: [
        { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
        { customerId: 'b', type: 'acquired', at: at('2026-02-05') },
        { customerId: 'a', type: 'churned', at: at('2026-02-10') },
      ],
    };
    const t = table(buildReport(ds, feb, { previous: false }), 'snapshot');
    expect(t?.columns).toEqual(['Count', '2026-02']);
    expect(t?.rows).toEqual([
      ['Customers at start (S)', '1'],
      ['New customers (N)', '1'],
      ['… of them reactivated', '0'],
      ['Customers lost (C)', '1'],
      ['Customers at end (E)', '1'],
    ]);
  });

  it('the trend shows CRR when N equals E (not only when N < E)', () => {
    // The same shop: S = 1, N = 1, E = 1, C = 1. CRR = (E − N) / S = (1 − 1) / 1 = 0; start-cohort
    // retention 0 / 1 = 0 (a left); churn C / S = 1 / 1 = 1. January has S = 0: the trend stops.
    const ds: Dataset = {
      events: [
        { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
        { customerId: 'b', type: 'acquired', at: at('2026-02-05') },
        { customerId: 'a', type: 'churned', at: at('2026-02-10') },
      ],
    };
    expect(buildReport(ds, feb).charts.trend?.points).toEqual([{ period: '2026-02', retention: '0', startCohortRetention: '0', churn: '1' }]);
  });
});

describe('cohorts and lifecycle at the edges', () => {
  it("an interval ending mid-month keeps its end month's column, censored", () => {
    // a joins on 5 Jan. The interval 1–15 Feb, read as of 20 Feb: the cohort table is read as of
    // 15 Feb, so January's column (ending 1 Feb) is observed, a still active: 1 / 1 = 1; February's
    // (ending 1 Mar) is not: null. The interval ends inside February, so February is the last
    // column and stays, blank.
    const ds: Dataset = { asOf: at('2026-02-20'), events: [{ customerId: 'a', type: 'acquired', at: at('2026-01-05') }] };
    const r = buildReport(ds, { start: at('2026-02-01'), end: at('2026-02-15') });
    expect(r.charts.cohorts?.rows).toEqual([{ cohort: '2026-01', size: 1, rates: ['1', null] }]);
  });

  it('no lifecycle table when nobody is known by the period’s end', () => {
    // The only event is a's acquisition on 10 Mar: by the end of February there is no listed
    // customer, no status and no purchase, so the lifecycle section has the counts table only.
    const r = buildReport({ events: [{ customerId: 'a', type: 'acquired', at: at('2026-03-10') }] }, feb);
    expect(r.sections.find((x) => x.id === 'lifecycle')?.tables.map((t) => t.id)).toEqual(['snapshot']);
  });
});

describe('segments', () => {
  it('no NPS-by-attribute table and no NPS comparison when the period has no NPS answers', () => {
    // a has a region, but the only NPS answer is from January: February has none to segment,
    // and none to compare with January's.
    const ds: Dataset = {
      customers: [{ customerId: 'a', attributes: { region: 'north' } }],
      surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-01-15') }],
    };
    const r = buildReport(ds, feb);
    expect(table(r, 'npsBy')).toBeUndefined();
    expect(r.sections.find((x) => x.id === 'feedback')?.metrics).toEqual([]);
  });
});

describe('tables without a previous period', () => {
  it('the survey counts and the health tiers have one column of values', () => {
    // One NPS answer in February; seed 004's model (default tiers at-risk, steady, vip) with no
    // observations: every tier counts 0. No previous period: the label column and February's.
    const ds: Dataset = {
      surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10') }],
      health: { model: SEED_004_HEALTH_MODEL, observations: [] },
    };
    const r = buildReport(ds, feb, { previous: false });
    expect([table(r, 'surveyCounts')?.columns, table(r, 'surveyCounts')?.rows]).toEqual([
      ['Survey', '2026-02'],
      [
        ['NPS', '1'],
        ['CSAT', '0'],
        ['CES', '0'],
      ],
    ]);
    expect([table(r, 'healthTierCounts')?.columns, table(r, 'healthTierCounts')?.rows]).toEqual([
      ['Tier', '2026-02'],
      [
        ['at-risk', '0'],
        ['steady', '0'],
        ['vip', '0'],
      ],
    ]);
    // The feedback section has its table (and no metric: nothing to compare with), so it is not empty.
    expect(r.sections.find((x) => x.id === 'feedback')?.empty).toBeUndefined();
  });
});

describe('the report is plain JSON', () => {
  it('without a name it has no subject key at all, so a JSON round trip gives it back exactly', () => {
    const r = buildReport({ surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10') }] }, feb);
    expect('subject' in r).toBe(false);
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
  });
});
