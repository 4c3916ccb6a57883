import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cohortRetention,
  collectEvents,
  Decimal,
  SEED_004_HEALTH_MODEL,
  averageLifetimeValue,
  averageResponseTime,
  buildReport,
  churnRate,
  complainingCustomerRate,
  complaintRate,
  customerAcquisitionCost,
  customerChurnRate,
  customerEffortScore,
  customerGrowthRate,
  customerLifetimeValue,
  customerRetentionRate,
  customerSatisfactionScore,
  customerSummaries,
  netPromoterScore,
  referralRate,
  repeatPurchaseRate,
  resolutionRate,
  salesConversionRate,
  snapshotFromEvents,
  startCohortRetentionRate,
  type Dataset,
  type Report,
  type ReportMetric,
} from '../../src/index.js';
import { deepFrozen, issuesOf } from '../helpers/errors.js';

type StatusEvent = { customerId: string; type: 'acquired' | 'churned' | 'reactivated'; at: string; reason?: string };
type PurchaseEvent = { customerId: string; type: 'purchase'; at: string; amount: string };
const root = resolve(__dirname, '../..');
const sample = JSON.parse(readFileSync(join(root, 'examples/data/dataset.json'), 'utf8')) as {
  name: string;
  asOf: string;
  customers: { customerId: string; attributes: Record<string, string> }[];
  events: (StatusEvent | PurchaseEvent)[];
  surveys: { customerId: string; kind: 'nps' | 'csat' | 'ces'; score: number; at: string }[];
  serviceRequests: { customerId: string; openedAt: string; firstRespondedAt?: string; resolvedAt?: string; complaint?: boolean }[];
  leads: { leadId: string; createdAt: string; convertedAt?: string }[];
  costs: { at: string; line: string; amount: string }[];
};
const Q2 = { quarter: '2026-Q2' } as const;
const Q1 = { quarter: '2026-Q1' } as const;
const report = buildReport(sample, Q2);

function metric(r: Report, id: string): ReportMetric {
  const m = r.sections.flatMap((s) => s.metrics).find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id} in the report`);
  return m;
}
const v = (id: string, r: Report = report) => metric(r, id).value;
const inQ = (at: string, q: 'Q1' | 'Q2') => (q === 'Q2' ? at >= '2026-04-01' && at < '2026-07-01' : at >= '2026-01-01' && at < '2026-04-01');

describe('buildReport on the bundled sample, 2026-Q2', () => {
  describe('golden values from the sample company’s sheet (examples/data/quarters.json)', () => {
    it('snapshot formulas: S 46, N 10, C 8, E 48', () => {
      expect(v('customerRetentionRate')).toBe(new Decimal(38).div(46).toString()); // (48 − 10) / 46
      expect(v('churnRate')).toBe(new Decimal(8).div(46).toString()); // 8 / 46
      expect(v('customerChurnRate')).toBe(new Decimal(8).div(46).toString()); // (46 − 48 + 10) / 46
      expect(v('customerGrowthRate')).toBe(new Decimal(2).div(46).toString()); // (48 − 46) / 46
      // 6 of the 46 starting customers left (C007–C010, C045, C046): 40 / 46
      expect(v('startCohortRetentionRate')).toBe(new Decimal(40).div(46).toString());
    });

    it('CAC 3,500 = (15,000 + 12,500 + 7,500) / 10; the previous quarter 36,000 / 12 = 3,000', () => {
      const cac = metric(report, 'customerAcquisitionCost');
      expect(cac.value).toBe('3500');
      expect(cac.previous?.value).toBe('3000');
      expect(cac.change).toEqual({ difference: '500', display: '+500.00', direction: 'up', favourable: false });
      expect(cac.details?.map((d) => [d.label, d.value])).toEqual([
        ['marketing', '1500'],
        ['sales', '1250'],
        ['advertising', '750'],
      ]);
    });

    it('sales conversion 10 / 50, resolution 45 / 48, response time 96 h / 48 = 7,200 s, complaints 4 / (46 + 10)', () => {
      expect(v('salesConversionRate')).toBe('0.2');
      expect(v('resolutionRate')).toBe('0.9375');
      expect(v('averageResponseTime')).toBe('7200');
      expect(metric(report, 'averageResponseTime').display).toBe('2.0 h');
      expect(metric(report, 'averageResponseTime').previous?.value).toBe('9720'); // 135 h / 50 = 2.7 h
      expect(v('complaintRate')).toBe(new Decimal(4).div(56).toString());
    });

    it('NPS (16 − 6) / 32 × 100 = 31.25; Q1 (12 − 8) / 30 × 100 = 13.33…; CSAT 18 / 20', () => {
      const nps = metric(report, 'netPromoterScore');
      expect(nps.value).toBe('31.25');
      expect(nps.previous?.value).toBe(new Decimal(400).div(30).toString());
      expect(v('customerSatisfactionScore')).toBe('0.9');
      expect(metric(report, 'customerSatisfactionScore').previous?.value).toBe('0.75'); // 15 / 20
      // referral: the 16 promoters of the sheet are 16 distinct customers, over S + N = 56
      expect(v('referralRate')).toBe(new Decimal(16).div(56).toString());
    });
  });

  describe('every value equals its function called directly on the same data', () => {
    const events = sample.events;
    const snap = snapshotFromEvents(events, Q2);
    const direct: Record<string, string | null | undefined> = {
      customerRetentionRate: customerRetentionRate(snap).value?.toString(),
      customerChurnRate: customerChurnRate(snap).value?.toString(),
      churnRate: churnRate(snap).value?.toString(),
      customerGrowthRate: customerGrowthRate(snap).value?.toString(),
      startCohortRetentionRate: startCohortRetentionRate(events, Q2).value?.toString(),
      repeatPurchaseRate: repeatPurchaseRate(events, Q2).value?.toString(),
    };
    const costs = new Map<string, Decimal>();
    for (const c of sample.costs.filter((x) => inQ(x.at, 'Q2'))) costs.set(c.line, (costs.get(c.line) ?? new Decimal(0)).plus(c.amount));
    direct['customerAcquisitionCost'] = customerAcquisitionCost({ costs, newCustomers: snap.newCustomers }).value?.toString();
    const leads = sample.leads.filter((l) => inQ(l.createdAt, 'Q2'));
    direct['salesConversionRate'] = salesConversionRate({
      convertedCustomers: leads.filter((l) => l.convertedAt !== undefined && l.convertedAt <= '2026-06-30T23:59:59Z').length,
      leads: leads.length,
    }).value?.toString();
    const scores = (kind: string) => sample.surveys.filter((s) => s.kind === kind && inQ(s.at, 'Q2')).map((s) => s.score);
    direct['netPromoterScore'] = netPromoterScore(scores('nps')).value?.toString();
    direct['customerSatisfactionScore'] = customerSatisfactionScore(scores('csat')).value?.toString();
    direct['customerEffortScore'] = customerEffortScore(scores('ces')).value?.toString();
    const reqs = sample.serviceRequests.filter((r) => inQ(r.openedAt, 'Q2'));
    direct['averageResponseTime'] = averageResponseTime({ requests: reqs.map((r) => ({ openedAt: r.openedAt, firstRespondedAt: r.firstRespondedAt })) }).value?.toString();
    direct['resolutionRate'] = resolutionRate({ resolved: reqs.filter((r) => r.resolvedAt !== undefined).length, requests: reqs.length }).value?.toString();
    const complaints = reqs.filter((r) => r.complaint === true);
    const SN = snap.customersAtStart + snap.newCustomers;
    direct['complaintRate'] = complaintRate({ complaints: complaints.length, customers: SN }).value?.toString();
    direct['complainingCustomerRate'] = complainingCustomerRate({ complainingCustomers: new Set(complaints.map((r) => r.customerId)).size, customers: SN }).value?.toString();
    const promoters = new Set(sample.surveys.filter((s) => s.kind === 'nps' && inQ(s.at, 'Q2') && s.score >= 9).map((s) => s.customerId)).size;
    direct['referralRate'] = referralRate({ willingToRecommend: promoters, customers: SN }).value?.toString();
    const purchases = events.filter((e): e is PurchaseEvent => e.type === 'purchase' && inQ(e.at, 'Q2'));
    const revenue = purchases.reduce((s, e) => s.plus(e.amount), new Decimal(0));
    direct['customerLifetimeValue'] = customerLifetimeValue({
      averageOrderValue: revenue.div(purchases.length),
      purchaseFrequency: new Decimal(purchases.length).div(new Set(purchases.map((e) => e.customerId)).size),
      lifespan: new Decimal(snap.customersAtStart).div(snap.churnedCustomers),
      timeUnit: 'quarter',
    }).value.toString();
    direct['averageLifetimeValue'] = averageLifetimeValue(customerSummaries(events, { asOf: '2026-06-30T23:59:59Z' }).map((s) => s.totalAmount)).value?.toString();

    it.each(Object.entries(direct))('%s', (id, value) => {
      expect(value).toBeDefined();
      expect(v(id)).toBe(value);
      expect(metric(report, id).status).toBe('computed');
    });

    it('the worked calculation is the function’s own, and the reading states the data read', () => {
      const crr = metric(report, 'customerRetentionRate');
      expect(crr.calculation).toBe(customerRetentionRate(snap).calculation);
      expect(crr.formula).toBe('CRR = (E − N) / S');
      expect(crr.reading).toBe(
        'snapshotFromEvents for 2026-Q2: S = 46 customers active just before its start, E = 48 just before its end, N = 10 new (0 of them reactivated), C = 8 lost',
      );
      expect(metric(report, 'customerAcquisitionCost').reading).toBe('9 cost lines dated in 2026-Q2, summed by line, over the snapshot\'s N = 10 new customers');
      expect(metric(report, 'complaintRate').reading).toBe('4 complaint requests opened in 2026-Q2, over the customers active at some point of it (S + N = 46 + 10)');
    });
  });

  describe('layout', () => {
    it('follows seed 002’s ten headings in order', () => {
      expect(report.sections.map((s) => s.heading)).toEqual([
        '客户细分分析',
        '客户满意度调查',
        '客户流失率分析',
        '客户生命周期管理',
        '客户投诉处理',
        '客户关系维护策略',
        '客户需求分析',
        '客户价值评估',
        '客户反馈汇总',
        '客户服务绩效评估',
      ]);
      expect(report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it('shows start-cohort retention beside CRR when they differ, with a note', () => {
      const churn = report.sections[2]!;
      expect(churn.metrics.map((m) => m.id)).toEqual(['churnRate', 'customerChurnRate', 'customerRetentionRate', 'startCohortRetentionRate']);
      expect(metric(report, 'customerRetentionRate').note).toMatch(/^Start-cohort retention \(87\.0%\) differs from CRR/);
      // In Q1 no new customer was lost: both are 34 / 40 = 0.85, and only CRR is shown.
      const q1 = buildReport(sample, Q1);
      expect(q1.sections[2]!.metrics.map((m) => m.id)).not.toContain('startCohortRetentionRate');
      expect(metric(q1, 'customerRetentionRate').note).toBeUndefined();
    });

    it('carries the previous value and the change', () => {
      const g = metric(report, 'customerGrowthRate');
      expect(g.previous).toEqual({ value: '0.15', display: '15.0%', calculation: 'CGR = (E − S) / S = (46 − 40) / 40 = 0.15' });
      expect(g.change?.difference).toBe(new Decimal(2).div(46).minus('0.15').toString());
      expect(g.change?.display).toBe('−10.7 pp');
      expect(g.change?.direction).toBe('down');
      expect(g.change?.favourable).toBe(false);
      expect(metric(report, 'complaintRate').change?.favourable).toBe(true); // fewer complaints
    });

    it('builds the chart data: trend, cohorts, NPS distribution, churn reasons, RFM segments', () => {
      expect(report.charts.trend?.points.map((p) => p.period)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
      expect(report.charts.trend?.points.at(-1)).toEqual({
        period: '2026-Q2',
        retention: new Decimal(38).div(46).toString(),
        startCohortRetention: new Decimal(40).div(46).toString(),
        churn: new Decimal(8).div(46).toString(),
      });
      // Q2's NPS answers in the sheet: one each of 3, 4 and 5, three 6s, four 7s, six 8s, nine 9s, seven 10s
      expect(report.charts.nps?.counts).toEqual([0, 0, 0, 1, 1, 1, 3, 4, 6, 9, 7]);
      expect(report.charts.nps?.counts.reduce((a, b) => a + b, 0)).toBe(32);
      expect(report.charts.nps?.score).toBe('31.25');
      expect(report.charts.churnReasons?.bars.reduce((a, b) => a + b.count, 0)).toBe(8);
      expect(report.charts.rfmSegments?.bars.reduce((a, b) => a + b.count, 0)).toBe(65);
      expect(report.charts.cohorts?.granularity).toBe('month');
      expect(report.charts.cohorts?.rows[0]?.rates[0]).toBe('1');
      // The sample's health section observes 54 distinct customers (the ones active on 2026-03-30 or
      // 2026-06-29); each is placed in exactly one tier by its latest observations.
      expect(report.charts.healthTiers?.bars.map((b) => b.label)).toEqual(['at-risk', 'steady', 'vip']);
      expect(report.charts.healthTiers?.bars.reduce((a, b) => a + b.count, 0)).toBe(54);
    });

    it('is plain JSON: a JSON round trip gives the same report', () => {
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
    });

    it('does not touch its inputs, and reads any iterable of events once', () => {
      const frozen = deepFrozen(structuredClone(sample));
      expect(buildReport(frozen, Q2)).toEqual(report);
      function* gen() {
        yield* sample.events;
      }
      expect(metric(buildReport({ ...sample, events: gen() }, Q2), 'customerRetentionRate').value).toBe(v('customerRetentionRate'));
    });
  });
});

describe('previous period', () => {
  it("'auto' is the calendar period before: 2026-Q1 for 2026-Q2, 2026-05 for 2026-06, 2025 for 2026", () => {
    expect(report.previousPeriod).toEqual({ label: '2026-Q1', start: '2026-01-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z', timeZone: 'UTC' });
    expect(buildReport(sample, { month: '2026-06' }).previousPeriod?.label).toBe('2026-05');
    expect(buildReport(sample, { year: '2026' }).previousPeriod?.label).toBe('2025');
  });

  it("'auto' for an interval is the interval of the same length just before it", () => {
    const r = buildReport(sample, { start: '2026-04-01T00:00:00Z', end: '2026-05-01T00:00:00Z' });
    expect(r.period.label).toBe('2026-04-01 – 2026-05-01');
    // 30 days before 2026-04-01
    expect(r.previousPeriod).toEqual({ label: '2026-03-02 – 2026-04-01', start: '2026-03-02T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z', timeZone: 'UTC' });
  });

  it('an explicit period, or none', () => {
    const r = buildReport(sample, Q2, { previous: { quarter: '2025-Q2' } });
    expect(r.previousPeriod?.label).toBe('2025-Q2');
    const none = buildReport(sample, Q2, { previous: false });
    expect(none.previousPeriod).toBeNull();
    expect(metric(none, 'customerRetentionRate').previous).toBeUndefined();
    expect(metric(none, 'customerRetentionRate').change).toBeUndefined();
    expect(none.sections[8]!.metrics).toEqual([]); // no NPS comparison without a previous period
  });

  it('a previous period the data does not cover gives previous values with their reasons', () => {
    const r = buildReport(sample, { quarter: '2025-Q1' });
    const crr = metric(r, 'customerRetentionRate');
    expect(crr.previous).toEqual({ value: null, display: '—', reason: 'no customers at period start (S = 0)' });
    expect(crr.change).toBeUndefined();
  });

  it("'auto' for the earliest supported month, quarter or year is none, as with previous: false", () => {
    // Calendar periods are named with years 0000–9999: 0000-01, 0000-Q1 and 0000 have nothing before them.
    for (const p of [{ year: '0000' }, { month: '0000-01' }, { quarter: '0000-Q1' }]) {
      const r = buildReport({}, p);
      expect(r.previousPeriod).toBeNull();
      expect(metric(r, 'customerRetentionRate').previous).toBeUndefined();
    }
    // An interval is two instants, and instants reach back into year −1 and before: the 31 days
    // before 0000-01-01 are -000001-12-01 to 0000-01-01.
    expect(buildReport({}, { start: '0000-01-01T00:00:00Z', end: '0000-02-01T00:00:00Z' }).previousPeriod).toEqual({
      label: '-000001-12-01 – 0000-01-01',
      start: '-000001-12-01T00:00:00.000Z',
      end: '0000-01-01T00:00:00.000Z',
      timeZone: 'UTC',
    });
    // The year after it still compares with it: 0000 runs from 0000-01-01 to 0001-01-01.
    expect(buildReport({}, { year: '0001' }).previousPeriod).toEqual({ label: '0000', start: '0000-01-01T00:00:00.000Z', end: '0001-01-01T00:00:00.000Z', timeZone: 'UTC' });
  });

  it('the trend stops at the earliest supported period', () => {
    // a was acquired in year −1 (a Date can say so) and stays: in year 0000, S = 1, N = 0, C = 0,
    // E = 1 → CRR (E − N) / S = (1 − 0) / 1 = 1, start-cohort retention 1 / 1 = 1, churn C / S =
    // 0 / 1 = 0; no year before 0000 can be named, so the trend has that one point. (asOf is given:
    // the default, a's acquisition in year −1, is refused by customerSummaries — another corner.)
    const dataset = { events: [{ customerId: 'a', type: 'acquired' as const, at: new Date(Date.UTC(-1, 5, 1)) }] };
    const point = { period: '0000', retention: '1', startCohortRetention: '1', churn: '0' };
    for (const previous of ['auto', false] as const) {
      const r = buildReport(dataset, { year: '0000' }, { asOf: '0000-06-01T00:00:00Z', previous });
      expect(r.previousPeriod).toBeNull();
      expect(r.charts.trend?.points).toEqual([point]);
    }
  });
});

describe('what the data cannot support is listed as not computed, with the reason', () => {
  const events = [
    { customerId: 'a', type: 'acquired', at: '2025-11-02T00:00:00Z' },
    { customerId: 'b', type: 'acquired', at: '2025-12-10T00:00:00Z' },
    { customerId: 'b', type: 'churned', at: '2026-01-20T00:00:00Z', reason: 'price' },
    { customerId: 'c', type: 'acquired', at: '2026-02-01T00:00:00Z' },
  ] as const;

  it('an empty data set', () => {
    const r = buildReport({}, Q1);
    const reasons = new Map(r.notComputed.map((n) => [n.id, n.reason]));
    expect(reasons.get('customerRetentionRate')).toBe('no events in the data set');
    expect(reasons.get('customerAcquisitionCost')).toBe('no events in the data set');
    expect(reasons.get('salesConversionRate')).toBe('no leads created in the period');
    expect(reasons.get('netPromoterScore')).toBe('no nps answers in the period');
    expect(reasons.get('averageResponseTime')).toBe('no service requests in the data set');
    expect(r.sections.every((s) => s.metrics.every((m) => m.status === 'not-computed'))).toBe(true);
    expect(r.sections[0]!.empty).toBe('Nothing in this data set for this section.');
    expect(r.charts).toEqual({});
    expect(r.asOf).toBe('2026-03-31T23:59:59.999Z'); // no timestamps: the period's last instant
  });

  it('events only: CAC has no cost lines, the example of API.md', () => {
    const r = buildReport({ events }, Q1);
    expect(metric(r, 'customerAcquisitionCost')).toMatchObject({ status: 'not-computed', value: null, display: '—', reason: 'no cost lines in the period' });
    // S 2 (a, b), E 2 (a, c), N 1 (c), C 1 (b): (2 − 1) / 2
    expect(metric(r, 'customerRetentionRate').calculation).toBe('CRR = (E − N) / S = (2 − 1) / 2 = 0.5');
    expect(r.notComputed.map((n) => n.id)).toContain('customerAcquisitionCost');
    expect(r.asOf).toBe('2026-02-01T00:00:00.000Z'); // the latest timestamp in the data
  });

  it('new customers lost inside the period so that N > E: CRR and CCR not computed, start-cohort retention shown', () => {
    const r = buildReport(
      {
        events: [
          { customerId: 'a', type: 'acquired', at: '2025-12-01T00:00:00Z' },
          { customerId: 'x', type: 'acquired', at: '2025-12-01T00:00:00Z' },
          { customerId: 'x', type: 'churned', at: '2026-01-02T00:00:00Z' },
          { customerId: 'b', type: 'acquired', at: '2026-01-05T00:00:00Z' },
          { customerId: 'b', type: 'churned', at: '2026-01-25T00:00:00Z' },
          { customerId: 'c', type: 'acquired', at: '2026-01-06T00:00:00Z' },
          { customerId: 'c', type: 'churned', at: '2026-01-26T00:00:00Z' },
          { customerId: 'd', type: 'acquired', at: '2026-01-07T00:00:00Z' },
          { customerId: 'e', type: 'acquired', at: '2026-01-08T00:00:00Z' },
          { customerId: 'e', type: 'churned', at: '2026-01-28T00:00:00Z' },
        ],
      },
      { month: '2026-01' },
    );
    // S 2 (a, x), N 4 (b, c, d, e), C 4 (x, b, c, e), E 2 (a, d): N > E
    const why = "new customers were lost inside the period, so N (4) exceeds E (2) and CRR's assumption fails; see start-cohort retention";
    expect(metric(r, 'customerRetentionRate')).toMatchObject({ status: 'not-computed', reason: why });
    expect(metric(r, 'customerChurnRate')).toMatchObject({ status: 'not-computed', reason: why });
    expect(metric(r, 'startCohortRetentionRate').value).toBe('0.5'); // a stayed, x left: 1 / 2
    expect(metric(r, 'churnRate').value).toBe('2'); // C / S = 4 / 2
    expect(r.charts.trend?.points.at(-1)).toMatchObject({ retention: null, startCohortRetention: '0.5' });
  });

  it('no churn: CLV has no lifespan estimate', () => {
    const r = buildReport(
      {
        events: [
          { customerId: 'a', type: 'acquired', at: '2025-12-01T00:00:00Z' },
          { customerId: 'a', type: 'purchase', at: '2026-01-03T00:00:00Z', amount: '10.00' },
        ],
      },
      { month: '2026-01' },
    );
    expect(metric(r, 'customerLifetimeValue').reason).toBe('no churn in the period, so the expected lifespan (1 / churn rate) is unbounded');
    expect(metric(r, 'averageLifetimeValue').value).toBe('10');
  });
});

describe('zh-CN', () => {
  const zh = buildReport(sample, Q2, { locale: 'zh-CN' });

  it('labels metrics with the seeds’ Chinese names, titles sections with the seed’s headings', () => {
    expect(zh.title).toBe('客户管理汇报');
    expect(zh.period.label).toBe('2026年第二季度');
    expect(zh.previousPeriod?.label).toBe('2026年第一季度');
    expect(metric(zh, 'customerRetentionRate').label).toBe('客户保留率（CRR）');
    expect(metric(zh, 'customerAcquisitionCost').label).toBe('客户获取成本（CAC）');
    expect(metric(zh, 'customerLifetimeValue').label).toBe('客户生命周期价值（CLV）');
    expect(metric(zh, 'netPromoterScore').label).toBe('净推荐值（NPS）');
    expect(metric(zh, 'customerSatisfactionScore').label).toBe('客户满意度（CSAT）');
    expect(metric(zh, 'salesConversionRate').label).toBe('销售转化率');
    expect(metric(zh, 'averageResponseTime').label).toBe('客户服务响应时间');
    expect(metric(zh, 'complaintRate').label).toBe('客户投诉率');
    expect(metric(zh, 'referralRate').label).toBe('客户推荐率');
    expect(metric(zh, 'resolutionRate').label).toBe('问题解决率');
    expect(metric(zh, 'repeatPurchaseRate').label).toBe('重复购买率');
    expect(metric(zh, 'customerGrowthRate').label).toBe('客户增长率');
    expect(zh.sections.map((s) => s.title)).toEqual(zh.sections.map((s) => s.heading));
  });

  it('states readings, changes and durations in Chinese, numbers unchanged', () => {
    expect(metric(zh, 'customerRetentionRate').reading).toBe(
      '由 snapshotFromEvents 读取2026年第二季度：期初客户数 S = 46，期末客户数 E = 48，新增客户数 N = 10（其中重新激活 0），流失客户数 C = 8',
    );
    expect(metric(zh, 'customerGrowthRate').change?.display).toBe('−10.7 个百分点');
    expect(metric(zh, 'averageResponseTime').display).toBe('2.0 小时');
    expect(metric(zh, 'customerAcquisitionCost').display).toBe('3,500.00');
    expect(metric(zh, 'customerRetentionRate').value).toBe(v('customerRetentionRate'));
  });

  it('translates the reasons it knows', () => {
    const r = buildReport({}, Q1, { locale: 'zh-CN' });
    expect(metric(r, 'customerRetentionRate').reason).toBe('数据集中没有客户事件');
    expect(metric(r, 'salesConversionRate').reason).toBe('本期没有新建的潜在客户');
  });
});

describe('health tiers', () => {
  it('uses each customer’s latest observation of each behaviour before the period’s end', () => {
    const obs = (customerId: string, at: string, behaviour: string, value: number) => ({ customerId, at, behaviour, value });
    const r = buildReport(
      {
        health: {
          model: SEED_004_HEALTH_MODEL,
          observations: [
            // a: usage 26 → 10, consultations 2 → 10, payment 1 → 10: 30, vip
            obs('a', '2026-03-01T00:00:00Z', 'productUsage', 26),
            obs('a', '2026-03-01T00:00:00Z', 'consultations', 2),
            obs('a', '2026-03-01T00:00:00Z', 'onTimePayment', 1),
            // b: usage 0 → 1, consultations 15 → 1, payment 0 → 1: 3, at-risk; a later observation after Q1 is ignored
            obs('b', '2026-02-01T00:00:00Z', 'productUsage', 0),
            obs('b', '2026-02-01T00:00:00Z', 'consultations', 15),
            obs('b', '2026-02-01T00:00:00Z', 'onTimePayment', 0),
            obs('b', '2026-04-02T00:00:00Z', 'productUsage', 26),
            // c: usage 8 → 5 (then 11 → 6 later in Q1), consultations 1 → 7, payment 0.9 → 7: 6 + 7 + 7 = 20, steady
            obs('c', '2026-01-10T00:00:00Z', 'productUsage', 8),
            obs('c', '2026-03-10T00:00:00Z', 'productUsage', 11),
            obs('c', '2026-01-10T00:00:00Z', 'consultations', 1),
            obs('c', '2026-01-10T00:00:00Z', 'onTimePayment', 0.9),
          ],
        },
      },
      Q1,
    );
    expect(r.charts.healthTiers?.bars.map((b) => [b.label, b.count])).toEqual([
      ['at-risk', 1],
      ['steady', 1],
      ['vip', 1],
    ]);
    expect(r.sections[5]!.charts).toEqual(['healthTiers']);
    expect(r.sections[5]!.tables[0]?.rows).toEqual([
      ['at-risk', '1', '0'],
      ['steady', '1', '0'],
      ['vip', '1', '0'],
    ]);
  });
});

describe('bad input: one error from buildReport, with paths into the data set', () => {
  it('a survey score out of range', () => {
    const surveys = [...sample.surveys];
    const k = surveys.findIndex((s) => s.kind === 'nps' && inQ(s.at, 'Q2'));
    surveys[k] = { ...surveys[k]!, score: 11 };
    const issues = issuesOf(() => buildReport({ ...sample, surveys }, Q2));
    expect(issues.map((i) => i.path)).toEqual([`dataset.surveys[${k}].score`]);
    expect(issues[0]?.message).toMatch(new RegExp(`^buildReport: dataset\\.surveys\\[${k}\\]\\.score `));
  });

  it('a malformed event, a malformed section, a bad option and a bad period', () => {
    expect(issuesOf(() => buildReport({ events: [{ customerId: 'a', type: 'acquired', at: 'yesterday' }] } as Dataset, Q2)).map((i) => i.path)).toEqual([
      'dataset.events[0].at',
    ]);
    expect(issuesOf(() => buildReport({ costs: [{ at: '2026-04-01T00:00:00Z', line: 'ads', amount: '-5' }] }, Q2)).map((i) => i.path)).toEqual([
      'dataset.costs[0].amount',
    ]);
    expect(issuesOf(() => buildReport({}, Q2, { locale: 'fr' } as never)).map((i) => i.path)).toEqual(['options.locale']);
    // `previous` of the wrong type names what it may be (it was zod's "options.previous Invalid input").
    expect(issuesOf(() => buildReport({}, Q2, { previous: true } as never))).toEqual([
      {
        code: 'invalid_union',
        path: 'options.previous',
        message: `buildReport: options.previous must be 'auto', false or a period ({ start, end }, { month: "2026-03" }, { quarter: "2026-Q1" } or { year: "2026" }), got true`,
      },
    ]);
    expect(issuesOf(() => buildReport({}, Q2, { previous: { quarter: '2026-Q5' } })).map((i) => i.path)).toEqual(['options.previous.quarter']);
    expect(issuesOf(() => buildReport({}, { quarter: '2026-Q5' })).map((i) => i.path)).toEqual(['period.quarter']);
    expect(issuesOf(() => buildReport(null as never, Q2)).map((i) => i.path)).toEqual(['dataset']);
  });

  it('every section of the data set is checked, and every problem reported at once', () => {
    const issues = issuesOf(() =>
      buildReport(
        {
          name: 7,
          customers: [{ customerId: 1, attributes: { region: ['x'] } }],
          events: 5,
          surveys: [{ customerId: 'a', kind: 'poll', score: '9', at: '2026-04-01' }],
          serviceRequests: [{ customerId: 'a', openedAt: 'soon', complaint: 'yes' }],
          leads: [{ leadId: 3, createdAt: '2026-04-01T00:00:00Z' }],
          costs: [{ at: '2026-04-01T00:00:00Z', line: '', amount: '1,000' }],
          health: { model: 'seed', observations: [{ customerId: 'a', at: '2026-04-01T00:00:00Z', behaviour: 'usage', value: '3' }] },
        } as never,
        Q2,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'dataset.name',
      'dataset.customers[0].customerId',
      'dataset.customers[0].attributes.region',
      'dataset.events',
      'dataset.surveys[0].kind',
      'dataset.surveys[0].score',
      'dataset.surveys[0].at',
      'dataset.serviceRequests[0].openedAt',
      'dataset.serviceRequests[0].complaint',
      'dataset.leads[0].leadId',
      'dataset.costs[0].line',
      'dataset.costs[0].amount',
      'dataset.health.model',
      'dataset.health.observations[0].value',
    ]);
    expect(issues.find((i) => i.path === 'dataset.events')?.message).toBe('buildReport: dataset.events must be an array or an iterable of events, got 5');
    // Collected events drop churn reasons, so the report asks for the events themselves.
    expect(issuesOf(() => buildReport({ events: collectEvents([]) } as never, { quarter: '2026-Q2' }))[0]?.message).toBe(
      'buildReport: dataset.events must be the events themselves, not collected events: the report reads churn reasons, which collected events do not keep',
    );
    expect(issues.find((i) => i.path === 'dataset.costs[0].line')?.message).toBe('buildReport: dataset.costs[0].line must name the cost line (marketing, sales …)');
  });

  it('an iterable of events that fails while being read', () => {
    const broken = { [Symbol.iterator]: (): Iterator<never> => ({ next: () => { throw new Error('disk gone'); } }) };
    const issues = issuesOf(() => buildReport({ events: broken }, Q2));
    expect(issues).toEqual([{ code: 'unreadable_input', path: 'dataset.events', message: 'buildReport: dataset.events could not be read (disk gone)' }]);
  });

  it('a bad health model or observation is reported under dataset.health', () => {
    const issues = issuesOf(() =>
      buildReport(
        { health: { model: { ...SEED_004_HEALTH_MODEL, missing: 'maybe' }, observations: [{ customerId: 'a', at: '2026-01-01T00:00:00Z', behaviour: 'productUsage', value: 3 }] } } as never,
        Q1,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['dataset.health.model.missing']);
    const unknown = issuesOf(() =>
      buildReport({ health: { model: SEED_004_HEALTH_MODEL, observations: [{ customerId: 'a', at: '2026-01-01T00:00:00Z', behaviour: 'mood', value: 3 }] } }, Q1),
    );
    expect(unknown.map((i) => i.path)).toEqual(['dataset.health.observations[0].behaviour']);
  });
});

describe('edges of the data', () => {
  const at = (d: string) => `2026-01-${d}T00:00:00Z`;
  const edge: Dataset = {
    customers: [{ customerId: 'a', attributes: { region: 'north' } }, { customerId: 'b' }],
    events: [
      { customerId: 'a', type: 'acquired', at: '2025-12-01T00:00:00Z' },
      { customerId: 'a', type: 'purchase', at: at('03'), amount: '10' },
      { customerId: 'b', type: 'acquired', at: at('05') },
      { customerId: 'b', type: 'churned', at: at('06') },
      { customerId: 'b', type: 'churned', at: at('07') }, // an anomaly: not active any more
    ],
    surveys: [
      { customerId: 'a', kind: 'nps', score: 10, at: at('10'), answers: { topic: 'price' } },
      { customerId: 'b', kind: 'nps', score: 10, at: at('10'), answers: { topic: 'support' } },
      { customerId: 'stranger', kind: 'nps', score: 10, at: at('10'), answers: { topic: 'price' } },
      { customerId: 'a', kind: 'nps', score: 10, at: '2025-12-10T00:00:00Z' },
    ],
    serviceRequests: [
      { customerId: 'a', openedAt: at('02'), firstRespondedAt: at('25'), resolvedAt: at('26'), complaint: true },
      { customerId: 'x', openedAt: at('02'), complaint: true },
      { customerId: 'y', openedAt: at('02'), firstRespondedAt: at('03'), complaint: true },
    ],
  };
  const r = buildReport(edge, { month: '2026-01' }, { asOf: at('20') });

  it('more promoters or complaining customers than customers: not computed, with the reason', () => {
    // S 1 (a), N 1 (b): S + N = 2, but 3 distinct customers answered 10 and 3 complained
    expect(metric(r, 'referralRate').reason).toBe('more customers willing to recommend (3) than customers active in the period (S + N = 2)');
    expect(metric(r, 'complainingCustomerRate').reason).toBe('more complaining customers (3) than customers active in the period (S + N = 2)');
    expect(metric(r, 'complaintRate').value).toBe('1.5'); // 3 / 2: a rate above 1 is allowed
  });

  it('responses and resolutions after asOf do not count yet', () => {
    expect(metric(r, 'averageResponseTime').details?.find((d) => d.label === 'unanswered')?.value).toBe('2');
    expect(metric(r, 'resolutionRate').value).toBe('0'); // a's resolution is dated after asOf
  });

  it('cross-tab and segment rows for a customer without the attribute and an unknown customer', () => {
    const ct = r.sections[6]!.tables.find((t) => t.fn === 'surveyCrossTab')!;
    expect(ct.rows.map((row) => row[0])).toEqual(['north', '(none)', '(unknown customer)']);
    const by = r.sections[0]!.tables.find((t) => t.fn === 'segmentBy')!;
    expect(by.rows).toEqual([
      ['north', '1', '1', '100.0'],
      ['(none)', '1', '1', '100.0'],
    ]);
  });

  it('counts anomalies, and compares NPS with the previous period’s answers', () => {
    expect(r.anomalies).toBe(1);
    expect(r.asOf).toBe('2026-01-20T00:00:00.000Z');
    expect(r.sections[8]!.metrics.map((m) => m.id)).toEqual(['compareNetPromoterScores']); // December had one answer
    const cmp = r.sections[8]!.metrics[0]!;
    expect(cmp.value).toBe('0'); // 100 − 100
    expect(cmp.details?.find((d) => d.label === 'significant at 95%')?.display).toBe('no');
  });

  it('labels an interval in Chinese', () => {
    const zh = buildReport(edge, { start: at('01'), end: at('15') }, { locale: 'zh-CN', previous: false });
    expect(zh.period.label).toBe('2026-01-01 至 2026-01-15');
    expect(zh.sections[0]!.tables[0]?.title).toBe('RFM 价值细分');
  });
});

describe('the cohort chart shows the report period once it is over', () => {
  // The chart used to read cohorts as of min(period end − 1 ms, asOf), and cohortRetention observes
  // a column only once asOf has reached its period's end, so the report period's own column was
  // always null. Cell k is the share of the cohort active just before the end of month k.
  //   a: acquired 5 Jan, churned exactly at 1 Mar 00:00 (the February report's end)
  //   b: acquired 20 Jan, churned 10 Feb
  //   c: acquired 3 Feb
  //   d: acquired exactly at 1 Mar 00:00 (a March customer)
  const cohortData: Dataset = {
    events: [
      { customerId: 'a', type: 'acquired', at: '2026-01-05T00:00:00Z' },
      { customerId: 'b', type: 'acquired', at: '2026-01-20T00:00:00Z' },
      { customerId: 'c', type: 'acquired', at: '2026-02-03T00:00:00Z' },
      { customerId: 'b', type: 'churned', at: '2026-02-10T00:00:00Z' },
      { customerId: 'a', type: 'churned', at: '2026-03-01T00:00:00Z' },
      { customerId: 'd', type: 'acquired', at: '2026-03-01T00:00:00Z' },
    ],
  };
  const feb = { month: '2026-02' } as const;
  const chart = (asOf: string) => buildReport(cohortData, feb, { asOf, previous: false }).charts.cohorts;

  it('read after February: its column is observed', () => {
    // January cohort {a, b}: end of January both active, 2 / 2 = 1; end of February a is active
    // (its churn is at the end instant, not before it), b left on 10 Feb: 1 / 2 = 0.5.
    // February cohort {c}: end of February 1 / 1 = 1; March has not ended: null.
    // d (first acquired at 1 Mar 00:00) is in no row, and there is no March column.
    expect(chart('2026-03-10T00:00:00Z')).toEqual({
      title: 'Cohort retention',
      granularity: 'month',
      rows: [
        { cohort: '2026-01', size: 2, rates: ['1', '0.5'] },
        { cohort: '2026-02', size: 1, rates: ['1', null] },
      ],
    });
    // asOf exactly at the period's end is enough (cohortRetention: a cell is observed once asOf ≥ its period's end).
    expect(chart('2026-03-01T00:00:00Z')?.rows).toEqual([
      { cohort: '2026-01', size: 2, rates: ['1', '0.5'] },
      { cohort: '2026-02', size: 1, rates: ['1', null] },
    ]);
  });

  it('read while February is still running: its column stays null (not yet observed)', () => {
    // As of 20 Feb, only January has ended: January cohort [1, null]; February cohort [null, null].
    expect(chart('2026-02-20T00:00:00Z')?.rows).toEqual([
      { cohort: '2026-01', size: 2, rates: ['1', null] },
      { cohort: '2026-02', size: 1, rates: [null, null] },
    ]);
    // Its last millisecond is still inside the period.
    expect(chart('2026-02-28T23:59:59.999Z')?.rows.map((r) => r.rates)).toEqual([
      ['1', null],
      [null, null],
    ]);
  });

  it('is cohortRetention read as of the period end, without what lies after it', () => {
    const direct = cohortRetention(cohortData.events as never, { granularity: 'month', asOf: '2026-03-01T00:00:00Z' });
    // cohortRetention itself has the March cohort (d) and a March column; the chart stops at February.
    expect(direct.cohorts.map((c) => c.cohort)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(direct.columns).toBe(3);
    expect(chart('2026-03-10T00:00:00Z')?.rows).toEqual(
      direct.cohorts.slice(0, 2).map((c) => ({ cohort: c.cohort, size: c.customers, rates: c.rates.slice(0, 2).map((x) => (x === null ? null : x.toString())) })),
    );
  });

  it('a year report, cohorts by quarter, read after the year: its last quarter is shown', () => {
    // One cohort, 2026-Q1 = {a, b, c, d} (d joined on 1 March, inside Q1). At the end of each
    // quarter of 2026 only c and d are active (b left 10 Feb, a on 1 Mar): 2 / 4 = 0.5.
    const after = buildReport(cohortData, { year: '2026' }, { asOf: '2027-01-15T00:00:00Z', previous: false }).charts.cohorts;
    expect(after?.rows).toEqual([{ cohort: '2026-Q1', size: 4, rates: ['0.5', '0.5', '0.5', '0.5'] }]);
    // Read in November, Q4 has not ended.
    const during = buildReport(cohortData, { year: '2026' }, { asOf: '2026-11-15T00:00:00Z', previous: false }).charts.cohorts;
    expect(during?.rows).toEqual([{ cohort: '2026-Q1', size: 4, rates: ['0.5', '0.5', '0.5', null] }]);
  });
});
