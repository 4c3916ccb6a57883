import type { Report, ReportMetric } from '../../src/report/types.js';

// A report built by hand (not by buildReport), so that the renderers can be tested on their own.
// Values are hand arithmetic: CRR (48 − 10) / 46 = 0.8260869…, growth (48 − 46) / 46 = 0.0434782…

function metric(m: Partial<ReportMetric> & Pick<ReportMetric, 'id' | 'label' | 'value' | 'display'>): ReportMetric {
  return {
    fn: m.id,
    nameEn: m.label,
    nameZh: '指标',
    unit: 'ratio',
    status: m.value === null ? 'not-computed' : 'computed',
    reading: 'events of the period',
    source: 'seed 000 §2',
    ...m,
  };
}

const crr = metric({
  id: 'customerRetentionRate',
  label: 'Customer retention rate (CRR)',
  value: '0.8260869565217391304347826086956521739130',
  display: '82.6%',
  formula: 'CRR = (E − N) / S',
  calculation: 'CRR = (E − N) / S = (48 − 10) / 46 = 0.8260869565217391304347826086956521739130',
  previous: { value: '0.85', display: '85.0%', calculation: 'CRR = (E − N) / S = (46 − 12) / 40 = 0.85' },
  change: { difference: '-0.0239130434782608695652173913043478260870', display: '−2.4 pp', direction: 'down', favourable: false },
  note: 'Start-cohort retention differs: 2 new customers were also lost inside the period.',
});
const growth = metric({
  id: 'customerGrowthRate',
  label: 'Customer growth rate',
  value: '0.04347826086956521739130434782608695652174',
  display: '4.3%',
  calculation: 'growth = (E − S) / S = (48 − 46) / 46 = 0.04347826086956521739130434782608695652174',
  previous: { value: '0.15', display: '15.0%' },
  change: { difference: '-0.1065217391304347826086956521739130434783', display: '−10.7 pp', direction: 'down', favourable: false },
});
const cac = metric({
  id: 'customerAcquisitionCost',
  label: 'Customer acquisition cost (CAC)',
  unit: 'money',
  value: null,
  display: '—',
  reason: 'no cost lines in the period',
  reading: 'cost lines dated in the period over the snapshot’s N',
});
const nps = metric({
  id: 'netPromoterScore',
  label: 'Net Promoter Score (NPS)',
  unit: 'points',
  value: '31.25',
  display: '31.3',
  calculation: 'NPS = (P − D) / n × 100 = (16 − 6) / 32 × 100 = 31.25',
  details: [{ label: '95% interval', value: null, display: '[5.0, 57.5]' }],
});

export const handReport: Report = {
  kind: 'customer-metrics.report',
  version: 1,
  locale: 'en',
  title: 'Customer management report',
  subject: 'Pipe | Co <b>',
  period: { label: '2026-Q2', start: '2026-04-01T00:00:00.000Z', end: '2026-07-01T00:00:00.000Z', timeZone: 'UTC' },
  previousPeriod: { label: '2026-Q1', start: '2026-01-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z', timeZone: 'UTC' },
  asOf: '2026-06-30T23:59:59.000Z',
  inputs: { customers: 3, events: 10, surveys: 4, serviceRequests: 0, leads: 0, costs: 0, healthObservations: 0 },
  keyIndicators: ['customerGrowthRate', 'netPromoterScore', 'customerAcquisitionCost'],
  sections: [
    { id: 'segmentation', number: 1, title: 'Customer segmentation', heading: '客户细分分析', metrics: [], tables: [{ id: 'rfm', fn: 'rfmScores', title: 'RFM segments', columns: ['Segment', 'Count'], rows: [['Champions', '3'], ['Lost', '1']] }], charts: ['rfmSegments'] },
    { id: 'satisfaction', number: 2, title: 'Customer satisfaction surveys', heading: '客户满意度调查', metrics: [nps], tables: [], charts: ['nps'] },
    { id: 'churn', number: 3, title: 'Customer churn analysis', heading: '客户流失率分析', metrics: [crr, growth], tables: [], charts: ['trend', 'churnReasons'] },
    { id: 'lifecycle', number: 4, title: 'Customer lifecycle management', heading: '客户生命周期管理', metrics: [], tables: [], charts: ['cohorts'] },
    { id: 'complaints', number: 5, title: 'Complaint handling', heading: '客户投诉处理', metrics: [], tables: [], charts: [], empty: 'Nothing in this data set for this section.' },
    { id: 'relationship', number: 6, title: 'Relationship maintenance', heading: '客户关系维护策略', metrics: [], tables: [], charts: ['healthTiers'] },
    { id: 'needs', number: 7, title: 'Customer needs analysis', heading: '客户需求分析', metrics: [], tables: [], charts: [] },
    { id: 'value', number: 8, title: 'Customer value assessment', heading: '客户价值评估', metrics: [cac], tables: [], charts: [] },
    { id: 'feedback', number: 9, title: 'Customer feedback summary', heading: '客户反馈汇总', metrics: [], tables: [], charts: [] },
    { id: 'service', number: 10, title: 'Customer service performance', heading: '客户服务绩效评估', metrics: [], tables: [], charts: [] },
  ],
  notComputed: [{ id: 'customerAcquisitionCost', label: 'Customer acquisition cost (CAC)', reason: 'no cost lines in the period' }],
  charts: {
    trend: {
      title: 'Retention and churn by period',
      points: [
        { period: '2026-Q1', retention: '0.85', startCohortRetention: '0.85', churn: '0.15' },
        { period: '2026-Q2', retention: '0.8260869565217391304347826086956521739130', startCohortRetention: '0.8695652173913043478260869565217391304348', churn: '0.1739130434782608695652173913043478260870' },
      ],
    },
    cohorts: {
      title: 'Cohort retention',
      granularity: 'quarter',
      rows: [
        { cohort: '2026-Q1', size: 4, rates: ['1', '0.75'] },
        { cohort: '2026-Q2', size: 2, rates: ['1', null] },
      ],
    },
    nps: { title: 'NPS answers', counts: [0, 0, 1, 1, 1, 1, 3, 4, 6, 9, 7], score: '31.25', interval: ['5', '57.5'], confidence: '0.95' },
    healthTiers: { title: 'Customers by health tier', bars: [{ label: 'at-risk', count: 2, share: '0.2' }, { label: 'steady', count: 5, share: '0.5' }, { label: 'vip', count: 3, share: '0.3' }] },
    churnReasons: { title: 'Churn reasons', bars: [{ label: 'price too high', count: 3, share: '0.375' }, { label: '(no reason given)', count: 1, share: '0.125' }] },
    rfmSegments: { title: 'RFM segments', bars: [{ label: 'Champions', count: 3, share: '0.75' }, { label: 'Lost', count: 1, share: '0.25' }] },
  },
  anomalies: 0,
};
