import { describe, expect, it } from 'vitest';
import { SEED_004_HEALTH_MODEL, buildReport, type Dataset, type Report, type ReportMetric } from '../../src/index.js';
import { issuesOf } from '../helpers/errors.js';
import { table } from '../helpers/report.js';
import { shop } from './shop.js';

// Small data sets, each worked by hand, for the branches of buildReport the shop does not reach:
// boundaries of the period and of asOf, the unit of CLV by kind of period, the trend's length, the
// status history behind lifecycle stages, orderings, health observations, and what is not computed.

const at = (day: string, time = '00:00') => `${day}T${time}:00Z`;
const metricsOf = (r: Report): ReportMetric[] => r.sections.flatMap((s) => s.metrics);
const metric = (r: Report, id: string): ReportMetric => {
  const m = metricsOf(r).find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};
const feb = { month: '2026-02' } as const;

describe('what asOf is when the options do not say', () => {
  it('the data set’s asOf, overridden by the option', () => {
    expect(buildReport({ asOf: at('2026-02-10') }, feb).asOf).toBe('2026-02-10T00:00:00.000Z');
    expect(buildReport({ asOf: at('2026-02-10') }, feb, { asOf: at('2026-02-12') }).asOf).toBe('2026-02-12T00:00:00.000Z');
  });

  it('else the latest timestamp of any section (not the last listed)', () => {
    const latest = (ds: Dataset) => buildReport(ds, feb).asOf;
    expect(latest({ surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10') }] })).toBe('2026-02-10T00:00:00.000Z');
    expect(latest({ serviceRequests: [{ customerId: 'a', openedAt: at('2026-02-01') }] })).toBe('2026-02-01T00:00:00.000Z');
    expect(latest({ serviceRequests: [{ customerId: 'a', openedAt: at('2026-02-01'), firstRespondedAt: at('2026-02-03') }] })).toBe('2026-02-03T00:00:00.000Z');
    expect(latest({ serviceRequests: [{ customerId: 'a', openedAt: at('2026-02-01'), firstRespondedAt: at('2026-02-03'), resolvedAt: at('2026-02-05') }] })).toBe(
      '2026-02-05T00:00:00.000Z',
    );
    expect(latest({ leads: [{ leadId: 'l', createdAt: at('2026-02-01') }] })).toBe('2026-02-01T00:00:00.000Z');
    expect(latest({ leads: [{ leadId: 'l', createdAt: at('2026-02-01'), convertedAt: at('2026-02-04') }] })).toBe('2026-02-04T00:00:00.000Z');
    expect(latest({ costs: [{ at: at('2026-02-07'), line: 'ads', amount: '1' }] })).toBe('2026-02-07T00:00:00.000Z');
    expect(latest({ health: { model: SEED_004_HEALTH_MODEL, observations: [{ customerId: 'a', at: at('2026-02-09'), behaviour: 'productUsage', value: 1 }] } })).toBe(
      '2026-02-09T00:00:00.000Z',
    );
    // the survey (10 Feb) is later than the event (1 Feb) listed after it
    expect(
      latest({ surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10') }], events: [{ customerId: 'a', type: 'acquired', at: at('2026-02-01') }] }),
    ).toBe('2026-02-10T00:00:00.000Z');
  });
});

describe('the edges of the period and of asOf', () => {
  // asOf 20 Feb. Records dated exactly at the period's start count, those at its end (1 March) do
  // not; a conversion, a first response and a resolution exactly at asOf count.
  const ds: Dataset = {
    asOf: at('2026-02-20'),
    events: [
      { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'b', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'c', type: 'acquired', at: at('2026-02-01') },
      { customerId: 'b', type: 'churned', at: at('2026-02-10') },
      { customerId: 'a', type: 'purchase', at: at('2026-02-01'), amount: '10' },
      { customerId: 'a', type: 'purchase', at: at('2026-03-01'), amount: '99' },
    ],
    leads: [
      { leadId: 'L1', createdAt: at('2026-02-01'), convertedAt: at('2026-02-20') },
      { leadId: 'L2', createdAt: at('2026-03-01'), convertedAt: at('2026-03-01') },
    ],
    serviceRequests: [
      { customerId: 'a', openedAt: at('2026-02-01'), firstRespondedAt: at('2026-02-20'), resolvedAt: at('2026-02-20') },
      { customerId: 'b', openedAt: at('2026-03-01'), firstRespondedAt: at('2026-03-01') },
    ],
    surveys: [
      { customerId: 'a', kind: 'nps', score: 10, at: at('2026-02-01') },
      { customerId: 'b', kind: 'nps', score: 0, at: at('2026-03-01') },
    ],
    costs: [
      { at: at('2026-02-01'), line: 'ads', amount: '50' },
      { at: at('2026-03-01'), line: 'ads', amount: '1000' },
    ],
    health: {
      model: SEED_004_HEALTH_MODEL,
      observations: [
        { customerId: 'a', at: at('2026-03-01'), behaviour: 'productUsage', value: 26 },
        // b: usage only, 0 → 1, rescaled × 3 / 1 → 3: at-risk
        { customerId: 'b', at: at('2026-02-28'), behaviour: 'productUsage', value: 0 },
      ],
    },
  };
  const r = buildReport(ds, feb, { previous: false });

  it('counts records from the start, not at the end; conversions, responses and resolutions up to asOf', () => {
    expect(metric(r, 'salesConversionRate').calculation).toBe('conversion rate = converted / leads = 1 / 1 = 1');
    // 1 Feb → 20 Feb: 19 × 86,400 s
    expect(metric(r, 'averageResponseTime').calculation).toBe('ART = Σ (firstRespondedAt − openedAt) / answered = 1641600 / 1 = 1641600 (second)');
    expect(metric(r, 'resolutionRate').calculation).toBe('resolution rate = resolved / requests = 1 / 1 = 1');
    expect(metric(r, 'netPromoterScore').calculation).toBe('NPS = 100 × (P − D) / n = 100 × (1 − 0) / 1 = 100');
    // N = 1 (c, acquired at the start)
    expect(metric(r, 'customerAcquisitionCost').calculation).toBe('CAC = total acquisition cost / N = 50 / 1 = 50');
    // S 2 (a, b), C 1 (b); February's purchase: a's 10 on the 1st → 10 × 1 × 2 / 1
    expect(metric(r, 'customerLifetimeValue').calculation).toBe('CLV = AOV × f × L = 10 × 1 per month × 2 months = 20');
    expect(metric(r, 'averageLifetimeValue').calculation).toBe('ALV = Σ CLV / n = 10 / 1 = 10');
    expect(r.charts.healthTiers?.bars.map((b) => [b.label, b.count])).toEqual([
      ['at-risk', 1],
      ['steady', 0],
      ['vip', 0],
    ]);
  });

  it('as many customers willing to recommend, or complaining, as customers active is computed (a rate of 1)', () => {
    const two: Dataset = {
      events: [
        { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
        { customerId: 'b', type: 'acquired', at: at('2026-02-05') },
      ],
      surveys: [
        { customerId: 'a', kind: 'nps', score: 10, at: at('2026-02-10') },
        { customerId: 'b', kind: 'nps', score: 9, at: at('2026-02-10') },
      ],
      serviceRequests: [
        { customerId: 'a', openedAt: at('2026-02-10'), complaint: true },
        { customerId: 'b', openedAt: at('2026-02-10'), complaint: true },
      ],
    };
    const t = buildReport(two, feb);
    // S 1 + N 1 = 2 customers; 2 willing, 2 complaining
    expect(metric(t, 'referralRate').calculation).toBe('referral rate = W / customers = 2 / 2 = 1');
    expect(metric(t, 'complainingCustomerRate').calculation).toBe('complaining-customer rate = complaining customers / customers = 2 / 2 = 1');
  });
});

describe('CLV’s time unit follows the kind of period', () => {
  // a and b since June 2025; a buys for 30 in February 2026; b leaves in March 2026. For the year,
  // the first quarter and an interval of it: S 2, C 1, one purchase → 30 × 1 × 2 / 1 = 60.
  const ds: Dataset = {
    events: [
      { customerId: 'a', type: 'acquired', at: at('2025-06-01') },
      { customerId: 'b', type: 'acquired', at: at('2025-06-01') },
      { customerId: 'a', type: 'purchase', at: at('2026-02-10'), amount: '30' },
      { customerId: 'b', type: 'churned', at: at('2026-03-10') },
    ],
  };

  it('a year: per year, in years; cohorts by quarter', () => {
    const r = buildReport(ds, { year: '2026' });
    expect(metric(r, 'customerLifetimeValue').calculation).toBe('CLV = AOV × f × L = 30 × 1 per year × 2 years = 60');
    expect(metric(r, 'customerLifetimeValue').reading).toBe(
      'purchases in 2026: revenue 30.00 in 1 purchases by 1 customers; average order value = revenue / purchases, purchase frequency = purchases / customers per year, lifespan = 1 / churn rate (C / S) in years',
    );
    expect(metric(buildReport(ds, { year: '2026' }, { locale: 'zh-CN' }), 'customerLifetimeValue').reading).toBe(
      '2026年内的购买：收入 30.00，1 位客户共 1 次购买；平均订单价值 = 收入 / 购买次数，购买频率 = 每年购买次数 / 客户数，生命周期 = 1 / 流失率（C / S）个年',
    );
    // asOf is b's churn (10 March 2026): 2025-Q2 … 2025-Q4 have ended, 2026-Q1 has not
    expect(r.charts.cohorts).toEqual({ title: 'Cohort retention', granularity: 'quarter', rows: [{ cohort: '2025-Q2', size: 2, rates: ['1', '1', '1', null] }] });
  });

  it('a quarter: per quarter, in quarters', () => {
    expect(metric(buildReport(ds, { quarter: '2026-Q1' }), 'customerLifetimeValue').calculation).toBe('CLV = AOV × f × L = 30 × 1 per quarter × 2 quarters = 60');
    expect(metric(buildReport(ds, { quarter: '2026-Q1' }, { locale: 'zh-CN' }), 'customerLifetimeValue').reading).toBe(
      '2026年第一季度内的购买：收入 30.00，1 位客户共 1 次购买；平均订单价值 = 收入 / 购买次数，购买频率 = 每季度购买次数 / 客户数，生命周期 = 1 / 流失率（C / S）个季度',
    );
  });

  it('an interval: no unit in the calculation, "period" in the reading; cohorts by month', () => {
    const q1 = { start: at('2026-01-01'), end: at('2026-04-01') };
    const r = buildReport(ds, q1);
    expect(metric(r, 'customerLifetimeValue').calculation).toBe('CLV = AOV × f × L = 30 × 1 × 2 = 60');
    expect(metric(r, 'customerLifetimeValue').reading).toBe(
      'purchases in 2026-01-01 – 2026-04-01: revenue 30.00 in 1 purchases by 1 customers; average order value = revenue / purchases, purchase frequency = purchases / customers per period, lifespan = 1 / churn rate (C / S) in periods',
    );
    expect(metric(buildReport(ds, q1, { locale: 'zh-CN' }), 'customerLifetimeValue').reading).toBe(
      '2026-01-01 至 2026-04-01内的购买：收入 30.00，1 位客户共 1 次购买；平均订单价值 = 收入 / 购买次数，购买频率 = 每期购买次数 / 客户数，生命周期 = 1 / 流失率（C / S）个期',
    );
    expect(r.charts.cohorts?.granularity).toBe('month');
  });
});

describe('the trend', () => {
  // One customer since January 2025: every month from February 2025 on starts with S = 1.
  const ds: Dataset = { events: [{ customerId: 'a', type: 'acquired', at: at('2025-01-15') }] };

  it('shows the last six periods by default, or as many as asked', () => {
    expect(buildReport(ds, { month: '2025-12' }).charts.trend?.points.map((p) => p.period)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect(buildReport(ds, { month: '2025-12' }, { trendPeriods: 2 }).charts.trend?.points).toEqual([
      { period: '2025-11', retention: '1', startCohortRetention: '1', churn: '0' },
      { period: '2025-12', retention: '1', startCohortRetention: '1', churn: '0' },
    ]);
  });

  it("labels its periods in the report's locale", () => {
    expect(buildReport(ds, { month: '2025-12' }, { trendPeriods: 2, locale: 'zh-CN' }).charts.trend?.points.map((p) => p.period)).toEqual(['2025年11月', '2025年12月']);
  });
});

describe('lifecycle stages read each customer’s status from the events in time order', () => {
  // asOf 25 Jan. a: acquired 1 Jan, churned 20 Jan (listed first) → churned. b: acquired and
  // churned at the same instant, in that order → churned. c: churned, then reactivated → active,
  // no purchase → potential. d: churned exactly at asOf → churned. e: churned a millisecond
  // after asOf → still active → potential.
  const ds: Dataset = {
    asOf: at('2026-01-25'),
    events: [
      { customerId: 'a', type: 'churned', at: at('2026-01-20') },
      { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'b', type: 'acquired', at: at('2026-01-05') },
      { customerId: 'b', type: 'churned', at: at('2026-01-05') },
      { customerId: 'c', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'c', type: 'churned', at: at('2026-01-10') },
      { customerId: 'c', type: 'reactivated', at: at('2026-01-15') },
      { customerId: 'd', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'd', type: 'churned', at: at('2026-01-25') },
      { customerId: 'e', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'e', type: 'churned', at: '2026-01-25T00:00:00.001Z' },
    ],
  };

  it('counts 2 potential and 3 churned of 5', () => {
    expect(table(buildReport(ds, { month: '2026-01' }), 'lifecycleStages')?.rows).toEqual([
      ['potential', '2', '40.0%'],
      ['new', '0', '0.0%'],
      ['active', '0', '0.0%'],
      ['loyal', '0', '0.0%'],
      ['churned', '3', '60.0%'],
    ]);
  });
});

describe('RFM segments are listed by size, then by name', () => {
  // asOf 28 Feb. a and b bought once for 10 on 27 Feb, c once for 10 on 2 Jan. R: c worst → 1,
  // a and b tied → ⌊5 × (1 + 1) / 3⌋ + 1 = 4; F and M all tied → 3. a, b 433: Potential Loyalist;
  // c 133: Need Attention (R 1–3, F 3–5, M 3–5).
  const ds: Dataset = {
    asOf: at('2026-02-28'),
    events: [
      { customerId: 'a', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'b', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'c', type: 'acquired', at: at('2026-01-01') },
      { customerId: 'c', type: 'purchase', at: at('2026-01-02'), amount: '10' },
      { customerId: 'a', type: 'purchase', at: at('2026-02-27'), amount: '10' },
      { customerId: 'b', type: 'purchase', at: at('2026-02-27'), amount: '10' },
    ],
  };

  it('Potential Loyalist (2) before Need Attention (1)', () => {
    const r = buildReport(ds, feb);
    expect(r.charts.rfmSegments?.bars).toEqual([
      { label: 'Potential Loyalist', count: 2, share: '0.6666666666666666666666666666666666666667' },
      { label: 'Need Attention', count: 1, share: '0.3333333333333333333333333333333333333333' },
    ]);
    expect(table(r, 'rfmSegments')?.rows).toEqual([
      ['Potential Loyalist', '2', '66.7%'],
      ['Need Attention', '1', '33.3%'],
    ]);
  });
});

describe('health tiers use each behaviour’s latest observation before the period’s end', () => {
  // a: usage 26 (10 Feb) → 10, not the earlier 0 listed after it; consultations 15 and 2 at the
  // same instant → the one listed last, 2 → 10; on-time payment 0.9 → 7: 27, vip. (Taking the
  // list order, or the first at an instant, would give 18: steady.) z is observed on 1 March only.
  const observations = [
    { customerId: 'a', at: at('2026-02-10'), behaviour: 'productUsage', value: 26 },
    { customerId: 'a', at: at('2026-02-05'), behaviour: 'productUsage', value: 0 },
    { customerId: 'a', at: at('2026-02-10'), behaviour: 'consultations', value: 15 },
    { customerId: 'a', at: at('2026-02-10'), behaviour: 'consultations', value: 2 },
    { customerId: 'a', at: at('2026-02-10'), behaviour: 'onTimePayment', value: 0.9 },
    { customerId: 'z', at: at('2026-03-01'), behaviour: 'productUsage', value: 0 },
  ];
  const counts = (r: Report) => r.charts.healthTiers?.bars.map((b) => [b.label, b.count]);

  it('places a in vip, and leaves z out', () => {
    expect(counts(buildReport({ health: { model: SEED_004_HEALTH_MODEL, observations } }, feb))).toEqual([
      ['at-risk', 0],
      ['steady', 0],
      ['vip', 1],
    ]);
  });

  it('a model without tiers uses the default tiers', () => {
    const model = { behaviours: SEED_004_HEALTH_MODEL.behaviours, missing: 'exclude' as const };
    expect(counts(buildReport({ health: { model, observations } }, feb))).toEqual([
      ['at-risk', 0],
      ['steady', 0],
      ['vip', 1],
    ]);
  });
});

describe('the NPS comparison, significant', () => {
  // January: eight 0s, a 9 and a 10 → (2 − 8) / 10 = −60; February: eight 10s, a 0 and a 9 →
  // (9 − 1) / 10 = 80. SE_A = 100 × √((10 × 10 − 36) / 1000) = 25.30, SE_B = 100 × √((10 × 10 −
  // 64) / 1000) = 18.97, SE_Δ = √(640 + 360) = 31.62; z = 140 / 31.62 = 4.43, p < 0.0001.
  const answers = (scores: number[], day: string) => scores.map((score, i) => ({ customerId: `c${i}`, kind: 'nps' as const, score, at: at(day) }));
  const surveys = [...answers([0, 0, 0, 0, 0, 0, 0, 0, 9, 10], '2026-01-15'), ...answers([10, 10, 10, 10, 10, 10, 10, 10, 0, 9], '2026-02-15')];

  it('says yes, in both languages', () => {
    const cmp = (r: Report) => metric(r, 'compareNetPromoterScores');
    const en = cmp(buildReport({ surveys }, feb));
    expect(en.calculation).toBe('ΔNPS = NPS_B − NPS_A = 80 − (-60) = 140');
    expect(en.details?.map((d) => [d.label, d.display])).toEqual([
      ['z', '4.43'],
      ['p', '0.00'],
      ['significant at 95%', 'yes'],
    ]);
    expect(cmp(buildReport({ surveys }, feb, { locale: 'zh-CN' })).details?.[2]).toEqual({ label: '95% 水平下显著', value: null, display: '是' });
  });
});

describe('segment and cross-tab tables', () => {
  it('a group without NPS answers shows no score', () => {
    const r = buildReport(
      {
        customers: [
          { customerId: 'a', attributes: { region: 'north' } },
          { customerId: 'b', attributes: { region: 'south' } },
        ],
        surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10') }],
      },
      feb,
    );
    expect(table(r, 'npsBy')?.rows).toEqual([
      ['north', '1', '1', '100.0'],
      ['south', '1', '0', '—'],
    ]);
  });

  it('at most three questions are cross-tabulated; the unknown-customer row in Chinese', () => {
    const r = buildReport(
      {
        customers: [{ customerId: 'a', attributes: { region: 'north' } }],
        surveys: [
          { customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10'), answers: { q1: 'x', q2: 'y', q3: 'z', q4: 'w' } },
          { customerId: 'stranger', kind: 'nps', score: 10, at: at('2026-02-10'), answers: { q1: 'x' } },
        ],
      },
      feb,
      { locale: 'zh-CN' },
    );
    const needs = r.sections.find((s) => s.id === 'needs')!;
    expect(needs.tables.map((t) => t.id)).toEqual(['crossTab:q1', 'crossTab:q2', 'crossTab:q3']);
    expect(needs.tables[0]?.rows).toEqual([
      ['north', '1', '100.0%'],
      ['（未知客户）', '1', '100.0%'],
    ]);
  });

  it('no customer attributes: no segment or cross-tab tables', () => {
    const r = buildReport(
      { customers: [{ customerId: 'a' }], surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10'), answers: { q1: 'x' } }] },
      feb,
    );
    expect(r.sections.flatMap((s) => s.tables).map((t) => t.id)).toEqual(['surveyCounts']);
  });
});

describe('what is not computed, laid out', () => {
  // The shop in November 2025: nobody yet (the first customer comes on 5 December), no purchase,
  // no cost, no lead, no survey, no service request opened.
  const en = buildReport(shop, { month: '2025-11' });
  const zh = buildReport(shop, { month: '2025-11' }, { locale: 'zh-CN' });

  it('a metric whose function returned no value keeps its formula, not its calculation', () => {
    const snapshot = 'snapshotFromEvents for 2025-11: S = 0 customers active just before its start, E = 0 just before its end, N = 0 new (0 of them reactivated), C = 0 lost';
    expect(metric(en, 'customerRetentionRate')).toStrictEqual({
      id: 'customerRetentionRate',
      fn: 'customerRetentionRate',
      label: 'Customer retention rate (CRR)',
      nameEn: 'Customer retention rate',
      nameZh: '客户保留率',
      unit: 'ratio',
      status: 'not-computed',
      value: null,
      display: '—',
      reason: 'no customers at period start (S = 0)',
      formula: 'CRR = (E − N) / S',
      reading: snapshot,
      source: 'seed 000 §2, seed 001 §3',
      previous: { value: null, display: '—', reason: 'no customers at period start (S = 0)' },
    });
  });

  it('a metric the report could not even call has no formula, and an empty reading', () => {
    expect(metric(en, 'customerAcquisitionCost')).toStrictEqual({
      id: 'customerAcquisitionCost',
      fn: 'customerAcquisitionCost',
      label: 'Customer acquisition cost (CAC)',
      nameEn: 'Customer acquisition cost',
      nameZh: '客户获取成本',
      unit: 'money',
      status: 'not-computed',
      value: null,
      display: '—',
      reason: 'no cost lines in the period',
      reading: '',
      source: 'seed 000 §3, seed 001 §2',
      previous: { value: null, display: '—', reason: 'no cost lines in the period' },
    });
  });

  it('lists every reason, in the report’s language where a translation exists', () => {
    expect(en.notComputed.map((n) => [n.id, n.reason])).toEqual([
      ['netPromoterScore', 'no nps answers in the period'],
      ['customerSatisfactionScore', 'no csat answers in the period'],
      ['customerEffortScore', 'no ces answers in the period'],
      ['churnRate', 'no customers at period start (S = 0)'],
      ['customerChurnRate', 'no customers at period start (S = 0)'],
      ['customerRetentionRate', 'no customers at period start (S = 0)'],
      ['startCohortRetentionRate', 'no customers active at period start (S = 0)'],
      ['customerGrowthRate', 'no customers at period start (S = 0)'],
      ['salesConversionRate', 'no leads created in the period'],
      ['complaintRate', 'no customers (customers = 0)'],
      ['complainingCustomerRate', 'no customers (customers = 0)'],
      ['referralRate', 'no nps answers in the period'],
      ['repeatPurchaseRate', 'no purchases in the period (P = 0)'],
      ['customerAcquisitionCost', 'no cost lines in the period'],
      ['customerLifetimeValue', 'no purchases in the period'],
      ['averageLifetimeValue', "no purchases up to the period's end"],
      ['averageResponseTime', 'no service requests opened in the period'],
      ['resolutionRate', 'no service requests opened in the period'],
    ]);
    // Every reason in Chinese, those of the functions too (start-cohort retention's, the count
    // ratios' "no customers" and repeat purchase's "(P = 0)" used to stay in English).
    expect(zh.notComputed.map((n) => [n.label, n.reason])).toEqual([
      ['净推荐值（NPS）', '本期没有 NPS 问卷回答'],
      ['客户满意度（CSAT）', '本期没有满意度问卷回答'],
      ['客户费力度（CES）', '本期没有费力度问卷回答'],
      ['客户流失率（流失客户数量/总客户数量）', '期初没有客户（S = 0）'],
      ['客户流失率（CCR）', '期初没有客户（S = 0）'],
      ['客户保留率（CRR）', '期初没有客户（S = 0）'],
      ['期初客户留存率', '期初没有活跃客户（S = 0）'],
      ['客户增长率', '期初没有客户（S = 0）'],
      ['销售转化率', '本期没有新建的潜在客户'],
      ['客户投诉率', '没有客户（客户数 = 0）'],
      ['投诉客户占比', '没有客户（客户数 = 0）'],
      ['客户推荐率', '本期没有 NPS 问卷回答'],
      ['重复购买率', '本期没有购买客户（P = 0）'],
      ['客户获取成本（CAC）', '本期没有获客成本记录'],
      ['客户生命周期价值（CLV）', '本期没有购买记录'],
      ['平均生命周期价值（ALV）', '期末之前没有购买记录'],
      ['客户服务响应时间', '本期没有服务请求'],
      ['问题解决率', '本期没有服务请求'],
    ]);
  });

  it('no trend when the period starts with no customer; health tiers all empty, without shares', () => {
    expect(en.charts).toEqual({
      healthTiers: {
        title: 'Customers by health tier',
        bars: [
          { label: 'at-risk', count: 0, share: null },
          { label: 'steady', count: 0, share: null },
          { label: 'vip', count: 0, share: null },
        ],
      },
    });
    expect(en.sections.find((s) => s.id === 'churn')?.charts).toEqual([]);
  });

  it('no NPS comparison when the previous period has no answers (January against December)', () => {
    const jan = buildReport(shop, { month: '2026-01' });
    expect(jan.sections.find((s) => s.id === 'feedback')?.metrics).toEqual([]);
  });

  it('in December: CLV has purchases but no customers at the start', () => {
    expect(metric(buildReport(shop, { month: '2025-12' }, { locale: 'zh-CN' }), 'customerLifetimeValue').reason).toBe('期初没有客户（S = 0）');
  });

  it('without events, every event metric says so', () => {
    const r = buildReport({ leads: [{ leadId: 'l', createdAt: at('2026-02-01') }] }, feb, { locale: 'zh-CN' });
    expect(r.notComputed.filter((n) => n.reason === '数据集中没有客户事件').map((n) => n.id)).toEqual([
      'churnRate',
      'customerChurnRate',
      'customerRetentionRate',
      'customerGrowthRate',
      'referralRate',
      'repeatPurchaseRate',
      'customerAcquisitionCost',
      'customerLifetimeValue',
      'averageLifetimeValue',
    ]);
  });
});

describe('errors from the functions the report calls, re-addressed to the data set', () => {
  const q = (kind: 'nps' | 'csat' | 'ces', score: number) => ({ surveys: [{ customerId: 'x', kind: 'csat' as const, score: 4, at: at('2026-02-01') }, { customerId: 'a', kind, score, at: at('2026-02-02') }] });

  it('whole messages, with the path into the data set', () => {
    expect(issuesOf(() => buildReport(q('nps', 11), feb))).toEqual([
      { code: expect.any(String), path: 'dataset.surveys[1].score', message: 'buildReport: dataset.surveys[1].score must be a whole number from 0 to 10, got 11' },
    ]);
    expect(issuesOf(() => buildReport(q('csat', 9), feb))[0]?.message).toBe('buildReport: dataset.surveys[1].score must be on the scale 1–5, got 9');
    expect(issuesOf(() => buildReport(q('ces', 8), feb))[0]?.message).toBe('buildReport: dataset.surveys[1].score must be on the scale 1–7, got 8');
    const late = issuesOf(() =>
      buildReport(
        {
          serviceRequests: [
            { customerId: 'a', openedAt: at('2026-01-01') },
            { customerId: 'a', openedAt: at('2026-02-02'), firstRespondedAt: at('2026-02-01') },
          ],
        },
        feb,
      ),
    );
    expect(late.map((i) => [i.path, i.message])).toEqual([
      ['dataset.serviceRequests[1].firstRespondedAt', 'buildReport: dataset.serviceRequests[1].firstRespondedAt (2026-02-01T00:00:00.000Z) must not be before openedAt (2026-02-02T00:00:00.000Z)'],
    ]);
  });

  it("the data set's own checks: a score that is not a number", () => {
    expect(issuesOf(() => buildReport({ surveys: [{ customerId: 'a', kind: 'nps', score: '9', at: at('2026-02-01') }] } as never, feb))).toEqual([
      { code: expect.any(String), path: 'dataset.surveys[0].score', message: 'buildReport: dataset.surveys[0].score must be a number, got "9"' },
    ]);
  });

  it('an iterable of events that throws something other than an Error', () => {
    const broken = {
      [Symbol.iterator]: (): Iterator<never> => ({
        next: () => {
          throw 'tape jammed';
        },
      }),
    };
    expect(issuesOf(() => buildReport({ events: broken }, feb))).toEqual([
      { code: 'unreadable_input', path: 'dataset.events', message: 'buildReport: dataset.events could not be read (tape jammed)' },
    ]);
  });

  it("previous: 'auto' said explicitly is the calendar period before", () => {
    expect(buildReport({}, feb, { previous: 'auto' }).previousPeriod?.label).toBe('2026-01');
  });
});

describe('absent sections of the data set, and asOf by the latest timestamp', () => {
  it('an empty data set reads no records, and the feedback section has no survey table', () => {
    const r = buildReport({}, feb);
    expect(r.inputs).toEqual({ customers: 0, events: 0, surveys: 0, serviceRequests: 0, leads: 0, costs: 0, healthObservations: 0 });
    expect(r.sections.find((s) => s.id === 'feedback')?.tables).toEqual([]);
  });

  it('asOf is the latest timestamp even when an earlier one is read after it', () => {
    const latest = (ds: Dataset) => buildReport(ds, feb).asOf;
    // two surveys listed late then early: 10 Feb, not the 3 Feb read last
    expect(latest({ surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10') }, { customerId: 'b', kind: 'nps', score: 9, at: at('2026-02-03') }] })).toBe(
      '2026-02-10T00:00:00.000Z',
    );
    // the costs (7 Feb) are read after the surveys (10 Feb)
    expect(latest({ surveys: [{ customerId: 'a', kind: 'nps', score: 9, at: at('2026-02-10') }], costs: [{ at: at('2026-02-07'), line: 'ads', amount: '1' }] })).toBe(
      '2026-02-10T00:00:00.000Z',
    );
  });

  it('service requests without events: complaint rates are listed, not computed for want of events', () => {
    const r = buildReport({ serviceRequests: [{ customerId: 'a', openedAt: at('2026-02-02'), complaint: true }] }, feb);
    const complaints = r.sections.find((s) => s.id === 'complaints')!;
    expect(complaints.metrics.map((m) => [m.id, m.status, m.reason])).toEqual([
      ['complaintRate', 'not-computed', 'no events in the data set'],
      ['complainingCustomerRate', 'not-computed', 'no events in the data set'],
    ]);
    expect(complaints.empty).toBeUndefined();
  });
});

describe('health errors re-addressed to the data set', () => {
  it("a value below every band: the observation's index in the data set, not in the customer's own list", () => {
    // b's only observation is the data set's second (index 1), the first of b's own list (0);
    // seed 004's productUsage bands start at 0, so −1 is below them
    const observations = [
      { customerId: 'a', at: at('2026-02-10'), behaviour: 'productUsage', value: 26 },
      { customerId: 'b', at: at('2026-02-10'), behaviour: 'productUsage', value: -1 },
    ];
    expect(issuesOf(() => buildReport({ health: { model: SEED_004_HEALTH_MODEL, observations } }, feb))).toEqual([
      {
        code: 'below_bands',
        path: 'dataset.health.observations[1].value',
        message: 'buildReport: dataset.health.observations[1].value (-1) of behaviour "productUsage" is below its lowest band (atLeast 0)',
      },
    ]);
  });

  it("a behaviour missing under missing: 'error' is addressed to the observations as a whole", () => {
    // a observes productUsage only: consultations and onTimePayment are missing, in the model's order
    const model = { ...SEED_004_HEALTH_MODEL, missing: 'error' as const };
    const observations = [{ customerId: 'a', at: at('2026-02-10'), behaviour: 'productUsage', value: 26 }];
    expect(issuesOf(() => buildReport({ health: { model, observations } }, feb))).toEqual([
      {
        code: 'missing_behaviour',
        path: 'dataset.health.observations',
        message: `buildReport: dataset.health.observations lack an observation of behaviour "consultations", and the model's missing policy is 'error'`,
      },
      {
        code: 'missing_behaviour',
        path: 'dataset.health.observations',
        message: `buildReport: dataset.health.observations lack an observation of behaviour "onTimePayment", and the model's missing policy is 'error'`,
      },
    ]);
  });
});
