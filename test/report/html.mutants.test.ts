import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render/index.js';
import { lineChart } from '../../src/report/render/svg.js';
import type { Report, ReportMetric } from '../../src/report/types.js';

// The whole HTML page of a small hand-made report, written out by hand: every metric row, key
// indicator, table and SVG chart. Chart numbers are chosen so that the geometry is easy to work:
// the drawing constants are those of the chart builders (a 470-wide plot, margins, row heights),
// and every coordinate is worked beside its chart below.

function metric(m: Partial<ReportMetric> & Pick<ReportMetric, 'id' | 'label' | 'value' | 'display' | 'reading'>): ReportMetric {
  return { fn: m.id, nameEn: m.label, nameZh: '指标', unit: 'ratio', status: m.value === null ? 'not-computed' : 'computed', source: 'seed 000 §2', ...m };
}

const nps = metric({
  id: 'netPromoterScore',
  label: 'Net Promoter Score (NPS)',
  unit: 'points',
  value: '50',
  display: '50.0',
  calculation: 'NPS = (P − D) / n × 100 = (5 − 1) / 8 × 100 = 50',
  reading: '8 NPS answers dated in 2026-02',
  previous: { value: '25', display: '25.0' },
  change: { difference: '25', display: '+25.0', direction: 'up', favourable: true },
  details: [{ label: 'promoters', value: '5', display: '5 (62.5%)' }],
});
const growth = metric({
  id: 'customerGrowthRate',
  label: 'Customer growth rate',
  value: '0.1',
  display: '10.0%',
  calculation: 'CGR = (E − S) / S = (22 − 20) / 20 = 0.1',
  reading: 'snapshot of 2026-02',
  previous: { value: '0.25', display: '25.0%' },
  change: { difference: '-0.15', display: '−15.0 pp', direction: 'down', favourable: false },
  note: 'A <note> & more',
});
const complaints = metric({
  id: 'complaintRate',
  label: 'Complaint rate',
  value: '0.05',
  display: '5.0%',
  calculation: 'complaint rate = complaints / customers = 1 / 20 = 0.05',
  reading: 'requests of 2026-02',
  previous: { value: '0.05', display: '5.0%' },
  change: { difference: '0', display: '0.0 pp', direction: 'flat', favourable: null },
});
const cac = metric({
  id: 'customerAcquisitionCost',
  label: 'Customer acquisition cost (CAC)',
  unit: 'money',
  value: null,
  display: '—',
  reason: 'no cost lines in the period',
  reading: 'cost lines of 2026-02',
  previous: { value: '3000', display: '3,000.00' },
});
const repeat = metric({ id: 'repeatPurchaseRate', label: 'Repeat purchase rate', value: '0.4', display: '40.0%', reading: 'purchases of 2026-02' });

const report: Report = {
  kind: 'customer-metrics.report',
  version: 1,
  locale: 'en',
  title: 'Customer management report',
  period: { label: '2026-02', start: '2026-02-01T00:00:00.000Z', end: '2026-03-01T00:00:00.000Z', timeZone: 'UTC' },
  previousPeriod: { label: '2026-01', start: '2026-01-01T00:00:00.000Z', end: '2026-02-01T00:00:00.000Z', timeZone: 'UTC' },
  asOf: '2026-02-28T23:59:59.999Z',
  inputs: { customers: 0, events: 0, surveys: 0, serviceRequests: 0, leads: 0, costs: 0, healthObservations: 0 },
  // referralRate is in no section: it is left out of the key indicators.
  keyIndicators: ['customerGrowthRate', 'netPromoterScore', 'customerAcquisitionCost', 'referralRate', 'repeatPurchaseRate'],
  sections: [
    {
      id: 'segmentation',
      number: 1,
      title: 'Customer segmentation',
      heading: '客户细分分析',
      metrics: [],
      tables: [
        // repeats the rfmSegments chart: left out of the page
        { id: 'rfmSegments', fn: 'rfmScores', title: 'RFM segments', columns: ['Segment', 'Count'], rows: [['Champions', '3']] },
        { id: 'npsBy', fn: 'segmentBy', title: 'NPS by region', columns: ['region', 'Customers', 'NPS'], rows: [['north', '2', '50.0'], ['south']] },
      ],
      charts: ['rfmSegments'],
    },
    { id: 'satisfaction', number: 2, title: 'Customer satisfaction surveys', heading: '客户满意度调查', metrics: [nps], tables: [], charts: ['nps'] },
    // churnReasons is listed but the report carries no such chart: no figure for it
    { id: 'churn', number: 3, title: 'Customer churn analysis', heading: '客户流失率分析', metrics: [growth, complaints, cac, repeat], tables: [], charts: ['trend', 'churnReasons'] },
    { id: 'lifecycle', number: 4, title: 'Customer lifecycle management', heading: '客户生命周期管理', metrics: [], tables: [], charts: ['cohorts'] },
    { id: 'complaints', number: 5, title: 'Complaint handling', heading: '客户投诉处理', metrics: [], tables: [], charts: [], empty: 'Nothing in this data set for this section.' },
    { id: 'relationship', number: 6, title: 'Relationship maintenance', heading: '客户关系维护策略', metrics: [], tables: [], charts: ['healthTiers'] },
  ],
  notComputed: [{ id: 'customerAcquisitionCost', label: 'Customer acquisition cost (CAC)', reason: 'no cost lines in the period' }],
  charts: {
    trend: {
      title: 'Retention and churn by period',
      points: [
        { period: '2025-12', retention: '0.5', startCohortRetention: '0.75', churn: '0.25' },
        { period: '2026-01', retention: null, startCohortRetention: '1', churn: '0' },
        { period: '2026-02', retention: '0.5', startCohortRetention: '0.5', churn: '0.5' },
      ],
    },
    cohorts: {
      title: 'Cohort retention',
      granularity: 'month',
      rows: [
        { cohort: '2026-01', size: 4, rates: ['1', '0.75'] },
        { cohort: '2026-02', size: 2, rates: ['0.5', null] },
      ],
    },
    nps: { title: 'NPS answers', counts: [1, 0, 0, 0, 0, 0, 0, 2, 0, 1, 4], score: '50', interval: ['0', '100'], confidence: '0.95' },
    healthTiers: {
      title: 'Customers by health tier',
      bars: [
        { label: 'at-risk', count: 1, share: '0.005' },
        { label: 'steady', count: 0, share: '0' },
        { label: 'vip', count: 199, share: '0.995' },
      ],
    },
    rfmSegments: {
      title: 'RFM segments',
      bars: [
        { label: 'Champions', count: 3, share: '0.75' },
        { label: 'Lost', count: 1, share: '0.25' },
      ],
    },
  },
  anomalies: 2,
};

const svgOpen = (w: number, h: number, label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${label}" class="chart" font-family="system-ui, sans-serif">`;

// Horizontal bars: 470 wide, labels right-aligned at x 170 − 8 = 162, bars from x 170 over
// 470 − 170 − 90 = 210 for the largest count, a row every 26 from y 5 (text baseline y + 13 + 4,
// bar y + 4, 18 high), the value text 6 after the bar's end; height 26 × bars + 10.
// RFM: Champions 3 → 210 wide (text at 170 + 210 + 6 = 386); Lost 1 → 210 / 3 = 70 (text at 246).
const rfmSvg =
  svgOpen(470, 62, 'RFM segments') +
  '<text x="162" y="22" text-anchor="end" font-size="12" fill="#374151">Champions</text>' +
  '<rect x="170" y="9" width="210" height="18" rx="3" fill="#8b5cf6"><title>Champions: 3 (75.0%)</title></rect>' +
  '<text x="386" y="22" font-size="11" fill="#4b5563">3 (75.0%)</text>' +
  '<text x="162" y="48" text-anchor="end" font-size="12" fill="#374151">Lost</text>' +
  '<rect x="170" y="35" width="70" height="18" rx="3" fill="#8b5cf6"><title>Lost: 1 (25.0%)</title></rect>' +
  '<text x="246" y="48" font-size="11" fill="#4b5563">1 (25.0%)</text>' +
  '</svg>';

// Health tiers, the largest 199: at-risk 1 → 210 / 199 = 1.055…, drawn 2 wide so that it shows,
// its text at 170 + 1.055… + 6 = 177.1, red for a risk tier; steady 0 → no bar (width 0), text at
// 176; vip 199 → 210, green. 0.005 → 0.5%, 0.995 → 99.5%. Height 3 × 26 + 10 = 88.
const healthSvg =
  svgOpen(470, 88, 'Customers by health tier') +
  '<text x="162" y="22" text-anchor="end" font-size="12" fill="#374151">at-risk</text>' +
  '<rect x="170" y="9" width="2" height="18" rx="3" fill="#ef4444"><title>at-risk: 1 (0.5%)</title></rect>' +
  '<text x="177.1" y="22" font-size="11" fill="#4b5563">1 (0.5%)</text>' +
  '<text x="162" y="48" text-anchor="end" font-size="12" fill="#374151">steady</text>' +
  '<rect x="170" y="35" width="0" height="18" rx="3" fill="#10b981"><title>steady: 0 (0.0%)</title></rect>' +
  '<text x="176" y="48" font-size="11" fill="#4b5563">0 (0.0%)</text>' +
  '<text x="162" y="74" text-anchor="end" font-size="12" fill="#374151">vip</text>' +
  '<rect x="170" y="61" width="210" height="18" rx="3" fill="#059669"><title>vip: 199 (99.5%)</title></rect>' +
  '<text x="386" y="74" font-size="11" fill="#4b5563">199 (99.5%)</text>' +
  '</svg>';

// Line chart: 470 × 260, plot from x 44 to 470 − 34 = 436 (392 wide) and y 16 to 260 − 56 = 204
// (188 high); three periods at x 44, 44 + 392 / 2 = 240, 436; a ratio v at y 204 − 188 v
// (1 → 16, 0.75 → 63, 0.5 → 110, 0.25 → 157, 0 → 204). Grid labels 6 left of the plot, 4 below
// the line; period labels at y 204 + 18 = 222. A null value lifts the pen: CRR's path moves
// twice. Legend at y 260 − 14 = 246, each entry 30 + 6.5 per character after the previous:
// 44, 44 + 30 + 22 × 6.5 = 217, 217 + 30 + 15 × 6.5 = 344.5; its text 23 right, 4 lower.
const grid = (y: number, text: string) =>
  `<line x1="44" x2="436" y1="${y}" y2="${y}" stroke="#e5e7eb"/><text x="38" y="${y + 4}" text-anchor="end" font-size="11" fill="#6b7280">${text}</text>`;
const xLabel = (x: number, text: string) => `<text x="${x}" y="222" text-anchor="middle" font-size="11" fill="#374151">${text}</text>`;
const dot = (x: number, y: number, color: string, title: string) => `<circle cx="${x}" cy="${y}" r="3.5" fill="${color}"><title>${title}</title></circle>`;
const trendSvg =
  svgOpen(470, 260, 'Retention and churn by period') +
  grid(204, '0%') +
  grid(157, '25%') +
  grid(110, '50%') +
  grid(63, '75%') +
  grid(16, '100%') +
  xLabel(44, '2025-12') +
  xLabel(240, '2026-01') +
  xLabel(436, '2026-02') +
  '<path d="M44,63L240,16L436,110" fill="none" stroke="#2563eb" stroke-width="2.5"/>' +
  dot(44, 63, '#2563eb', 'Start-cohort retention 2025-12: 75%') +
  dot(240, 16, '#2563eb', 'Start-cohort retention 2026-01: 100%') +
  dot(436, 110, '#2563eb', 'Start-cohort retention 2026-02: 50%') +
  '<path d="M44,110M436,110" fill="none" stroke="#60a5fa" stroke-width="2.5" stroke-dasharray="6 4"/>' +
  dot(44, 110, '#60a5fa', 'Retention (CRR) 2025-12: 50%') +
  dot(436, 110, '#60a5fa', 'Retention (CRR) 2026-02: 50%') +
  '<path d="M44,157L240,204L436,110" fill="none" stroke="#dc2626" stroke-width="2.5"/>' +
  dot(44, 157, '#dc2626', 'Churn 2025-12: 25%') +
  dot(240, 204, '#dc2626', 'Churn 2026-01: 0%') +
  dot(436, 110, '#dc2626', 'Churn 2026-02: 50%') +
  '<line x1="44" x2="62" y1="246" y2="246" stroke="#2563eb" stroke-width="2.5"/><text x="67" y="250" font-size="11" fill="#374151">Start-cohort retention</text>' +
  '<line x1="217" x2="235" y1="246" y2="246" stroke="#60a5fa" stroke-width="2.5" stroke-dasharray="6 4"/><text x="240" y="250" font-size="11" fill="#374151">Retention (CRR)</text>' +
  '<line x1="344.5" x2="362.5" y1="246" y2="246" stroke="#dc2626" stroke-width="2.5"/><text x="367.5" y="250" font-size="11" fill="#374151">Churn</text>' +
  '</svg>';

// Heatmap: cells 44 × 22 from x 110, y 24; two columns → 110 + 2 × 44 + 8 = 206 wide, two rows →
// 24 + 2 × 22 + 8 = 76 high. Column labels at the cell centres (132, 176), y 16; row labels at
// x 102, y row top + 15. Cell fill from rgb(239,246,255) to rgb(30,64,175): 1 → the deep end;
// 0.75 → 239 − 209 × 0.75 = 82.25, 246 − 182 × 0.75 = 109.5, 255 − 80 × 0.75 = 195 →
// rgb(82,110,195); 0.5 → 134.5, 155, 215 → rgb(135,155,215) (halves round up). White text above
// 0.55. The null cell is left blank.
const cell = (x: number, y: number, fill: string, title: string, text: string, ink: string) =>
  `<rect x="${x + 1}" y="${y + 1}" width="42" height="20" rx="2" fill="${fill}"><title>${title}</title></rect><text x="${x + 22}" y="${y + 15}" text-anchor="middle" font-size="9.5" fill="${ink}">${text}</text>`;
const cohortSvg =
  svgOpen(206, 76, 'Cohort retention') +
  '<text x="132" y="16" text-anchor="middle" font-size="10" fill="#6b7280">+0</text>' +
  '<text x="176" y="16" text-anchor="middle" font-size="10" fill="#6b7280">+1</text>' +
  '<text x="102" y="39" text-anchor="end" font-size="10" fill="#374151">2026-01 (4)</text>' +
  cell(110, 24, 'rgb(30,64,175)', '2026-01 +0: 100%', '100%', '#ffffff') +
  cell(154, 24, 'rgb(82,110,195)', '2026-01 +1: 75%', '75%', '#ffffff') +
  '<text x="102" y="61" text-anchor="end" font-size="10" fill="#374151">2026-02 (2)</text>' +
  cell(110, 46, 'rgb(135,155,215)', '2026-02 +0: 50%', '50%', '#1f2937') +
  '</svg>';

// NPS: 470 × 250, bars over 470 − 30 − 16 = 424 / 11 = 38.545… each from x 30, drawn 30.5 wide
// (38.545 − 8) from 4 inside; the tallest count (4) is 120 high, bottom at 14 + 120 = 134. Bar
// i starts at 30 + 38.545 i: rect x (+4) 34, 72.5, 111.1, 149.6, 188.2, 226.7, 265.3, 303.8,
// 342.4, 380.9, 419.5; centres (+19.27) 49.3, 87.8, 126.4, 164.9, 203.5, 242, 280.5, 319.1,
// 357.6, 396.2, 434.7. Counts 1 → 30 high (y 104), 2 → 60 (y 74), 4 → 120 (y 14), their number 4
// above; answers 0–6 red, 7–8 grey, 9–10 green. The −100…100 scale at y 200 maps v to
// 30 + (v + 100) / 200 × 424: −100 → 30, −50 → 136, 0 → 242, 50 → 348, 100 → 454.
const npsBar = (i: number, x: number, c: number, centre: number, fill: string) => {
  const h = 30 * c;
  return (
    `<rect x="${x}" y="${134 - h}" width="30.5" height="${h}" rx="2" fill="${fill}"><title>${i}: ${c}</title></rect>` +
    (c > 0 ? `<text x="${centre}" y="${130 - h}" text-anchor="middle" font-size="10" fill="#374151">${c}</text>` : '') +
    `<text x="${centre}" y="148" text-anchor="middle" font-size="11" fill="#374151">${i}</text>`
  );
};
const tick = (x: number, text: string) =>
  `<line x1="${x}" x2="${x}" y1="196" y2="204" stroke="#9ca3af"/><text x="${x}" y="218" text-anchor="middle" font-size="10" fill="#6b7280">${text}</text>`;
const npsSvg =
  svgOpen(470, 250, 'NPS answers') +
  npsBar(0, 34, 1, 49.3, '#dc2626') +
  npsBar(1, 72.5, 0, 87.8, '#dc2626') +
  npsBar(2, 111.1, 0, 126.4, '#dc2626') +
  npsBar(3, 149.6, 0, 164.9, '#dc2626') +
  npsBar(4, 188.2, 0, 203.5, '#dc2626') +
  npsBar(5, 226.7, 0, 242, '#dc2626') +
  npsBar(6, 265.3, 0, 280.5, '#dc2626') +
  npsBar(7, 303.8, 2, 319.1, '#a3a3a3') +
  npsBar(8, 342.4, 0, 357.6, '#a3a3a3') +
  npsBar(9, 380.9, 1, 396.2, '#16a34a') +
  npsBar(10, 419.5, 4, 434.7, '#16a34a') +
  '<line x1="30" x2="454" y1="200" y2="200" stroke="#9ca3af"/>' +
  tick(30, '−100') +
  tick(136, '−50') +
  tick(242, '0') +
  tick(348, '50') +
  tick(454, '100') +
  // the interval 0 … 100: from 242, 454 − 242 = 212 wide
  '<rect x="242" y="193" width="212" height="14" rx="3" fill="#bfdbfe" class="nps-interval"><title>NPS 50.0, 95% confidence interval [0.0, 100.0]</title></rect>' +
  '<circle cx="348" cy="200" r="6" fill="#1d4ed8" class="nps-score"/>' +
  '<text x="348" y="186" text-anchor="middle" font-size="12" font-weight="600" fill="#1d4ed8">50.0</text>' +
  '<text x="30" y="248" font-size="11" fill="#4b5563">NPS 50.0, 95% confidence interval [0.0, 100.0]</text>' +
  '</svg>';

const figure = (id: string, title: string, svg: string) => `<figure data-chart="${id}"><figcaption>${title}</figcaption>${svg}</figure>`;
const metricsTable = (rows: string) =>
  `<table class="metrics"><thead><tr><th>Metric</th><th class="num">Value</th><th class="num">Previous</th><th class="num">Change</th></tr></thead><tbody>${rows}</tbody></table>`;

const kpis =
  '<div class="kpis">' +
  '<div class="kpi" data-metric="customerGrowthRate"><div class="label">Customer growth rate</div><div class="value">10.0%</div><div class="prev">Previous 25.0% <span class="bad">▼ −15.0 pp</span></div></div>' +
  '<div class="kpi" data-metric="netPromoterScore"><div class="label">Net Promoter Score (NPS)</div><div class="value">50.0</div><div class="prev">Previous 25.0 <span class="good">▲ +25.0</span></div></div>' +
  '<div class="kpi" data-metric="customerAcquisitionCost"><div class="label">Customer acquisition cost (CAC)</div><div class="value"><span class="nc">Not computed</span></div><div class="prev">Previous 3,000.00</div></div>' +
  '<div class="kpi" data-metric="repeatPurchaseRate"><div class="label">Repeat purchase rate</div><div class="value">40.0%</div><div class="prev"></div></div>' +
  '</div>';

const sections = [
  '<section id="segmentation"><h2 title="客户细分分析">1. Customer segmentation</h2>' +
    `<div class="charts">${figure('rfmSegments', 'RFM segments', rfmSvg)}</div>` +
    '<div class="tables"><h3>NPS by region</h3><table data-table="npsBy"><thead><tr><th>region</th><th class="num">Customers</th><th class="num">NPS</th></tr></thead>' +
    '<tbody><tr><td>north</td><td class="num">2</td><td class="num">50.0</td></tr><tr><td>south</td><td class="num"></td><td class="num"></td></tr></tbody></table></div>' +
    '</section>',
  '<section id="satisfaction"><h2 title="客户满意度调查">2. Customer satisfaction surveys</h2>' +
    metricsTable(
      '<tr data-metric="netPromoterScore"><td><strong>Net Promoter Score (NPS)</strong><p class="calc">NPS = (P − D) / n × 100 = (5 − 1) / 8 × 100 = 50</p>' +
        '<p class="reading">promoters 5 (62.5%)</p><p class="reading">Data read: 8 NPS answers dated in 2026-02</p></td>' +
        '<td class="num">50.0</td><td class="num">25.0</td><td class="num"><span class="good">▲ +25.0</span></td></tr>',
    ) +
    `<div class="charts">${figure('nps', 'NPS answers', npsSvg)}</div>` +
    '</section>',
  '<section id="churn"><h2 title="客户流失率分析">3. Customer churn analysis</h2>' +
    metricsTable(
      '<tr data-metric="customerGrowthRate"><td><strong>Customer growth rate</strong><p class="calc">CGR = (E − S) / S = (22 − 20) / 20 = 0.1</p>' +
        '<p class="reading">Data read: snapshot of 2026-02</p><p class="note">A &lt;note&gt; &amp; more</p></td>' +
        '<td class="num">10.0%</td><td class="num">25.0%</td><td class="num"><span class="bad">▼ −15.0 pp</span></td></tr>' +
        '<tr data-metric="complaintRate"><td><strong>Complaint rate</strong><p class="calc">complaint rate = complaints / customers = 1 / 20 = 0.05</p>' +
        '<p class="reading">Data read: requests of 2026-02</p></td>' +
        '<td class="num">5.0%</td><td class="num">5.0%</td><td class="num"><span class="flat">■ 0.0 pp</span></td></tr>' +
        '<tr data-metric="customerAcquisitionCost"><td><strong>Customer acquisition cost (CAC)</strong>' +
        '<p class="reading">Not computed: no cost lines in the period</p><p class="reading">Data read: cost lines of 2026-02</p></td>' +
        '<td class="num"><span class="nc">Not computed</span></td><td class="num">3,000.00</td><td class="num"></td></tr>' +
        '<tr data-metric="repeatPurchaseRate"><td><strong>Repeat purchase rate</strong><p class="reading">Data read: purchases of 2026-02</p></td>' +
        '<td class="num">40.0%</td><td class="num"></td><td class="num"></td></tr>',
    ) +
    `<div class="charts">${figure('trend', 'Retention and churn by period', trendSvg)}</div>` +
    '</section>',
  '<section id="lifecycle"><h2 title="客户生命周期管理">4. Customer lifecycle management</h2>' +
    `<div class="charts">${figure('cohorts', 'Cohort retention', cohortSvg)}</div>` +
    '</section>',
  '<section id="complaints"><h2 title="客户投诉处理">5. Complaint handling</h2><p class="empty">Nothing in this data set for this section.</p></section>',
  '<section id="relationship"><h2 title="客户关系维护策略">6. Relationship maintenance</h2>' +
    `<div class="charts">${figure('healthTiers', 'Customers by health tier', healthSvg)}</div>` +
    '</section>',
].join('\n');

const expectedPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Customer management report · 2026-02</title>
<style>…</style>
</head>
<body>
<main>
<header><h1>Customer management report</h1><p class="meta">Period: 2026-02 · Previous period: 2026-01 · Data as of: 2026-02-28T23:59:59.999Z</p><p class="meta">2 event anomalies ignored</p></header>
${kpis}
${sections}
<section id="not-computed"><h2>Metrics not computed from this data</h2><table><thead><tr><th>Metric</th><th>Reason</th></tr></thead><tbody><tr><td>Customer acquisition cost (CAC)</td><td>no cost lines in the period</td></tr></tbody></table></section>
<footer>Generated by customer-metrics</footer>
</main>
</body>
</html>
`;

describe('renderHtml, whole page', () => {
  const html = renderHtml(report);

  it('every metric, key indicator, table and chart, exactly', () => {
    expect(html.replace(/<style>[\s\S]*<\/style>/, '<style>…</style>')).toBe(expectedPage);
  });

  it('no anomaly line when there are none', () => {
    expect(renderHtml({ ...report, anomalies: 0 })).toContain(
      '<header><h1>Customer management report</h1><p class="meta">Period: 2026-02 · Previous period: 2026-01 · Data as of: 2026-02-28T23:59:59.999Z</p></header>',
    );
  });

  it('styles every class and element the page uses', () => {
    const css = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    const classes = new Set([...html.replace(/<svg[\s\S]*?<\/svg>/g, '').matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')));
    expect([...classes].sort()).toEqual(['bad', 'calc', 'charts', 'empty', 'flat', 'good', 'kpi', 'kpis', 'label', 'meta', 'metrics', 'nc', 'note', 'num', 'prev', 'reading', 'tables', 'value']);
    // .metrics and .label/.value/.prev are styled through their parents (table, .kpi …)
    for (const c of ['bad', 'calc', 'charts', 'empty', 'flat', 'good', 'kpi', 'kpis', 'meta', 'nc', 'note', 'num', 'reading', 'tables']) {
      expect(css).toMatch(new RegExp(`\\.${c}\\b`));
    }
    for (const c of ['label', 'value', 'prev']) expect(css).toMatch(new RegExp(`\\.kpi \\.${c}\\{`));
    for (const tag of ['body', 'main', 'header', 'h1', 'section', 'h2', 'table', 'th', 'td', 'figure', 'figcaption', 'footer']) {
      expect(css).toMatch(new RegExp(`(^|[\\s},])${tag}[{,]`, 'm'));
    }
    expect(css).toContain('.chart{display:block;max-width:100%;height:auto}');
  });
});

describe('renderHtml in Chinese', () => {
  const zh: Report = {
    ...report,
    locale: 'zh-CN',
    title: '客户管理汇报',
    sections: report.sections.map((s) => ({ ...s, title: s.heading })),
    charts: { ...report.charts, healthTiers: { title: '客户健康度区间分布', bars: [{ label: '风险', count: 1, share: '0.5' }, { label: '稳定', count: 1, share: '0.5' }] } },
  };
  const html = renderHtml(zh);

  it('Chinese interface texts, 一、 headings and 年/月 periods as given', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>客户管理汇报 · 2026-02</title>');
    expect(html).toContain('<p class="meta">报告期：2026-02 · 上期：2026-01 · 数据截至：2026-02-28T23:59:59.999Z</p><p class="meta">2 条异常事件已忽略</p>');
    expect(html).toContain('<h2 title="客户流失率分析">三、客户流失率分析</h2>');
    expect(html).toContain('<thead><tr><th>指标</th><th class="num">本期</th><th class="num">上期</th><th class="num">变化</th></tr></thead>');
    expect(html).toContain('<div class="prev">上期 25.0 <span class="good">▲ +25.0</span></div>');
    expect(html).toContain('<div class="value"><span class="nc">未计算</span></div>');
    expect(html).toContain('<p class="reading">未计算：no cost lines in the period</p><p class="reading">数据口径：cost lines of 2026-02</p>');
    expect(html).toContain('<section id="not-computed"><h2>本数据无法计算的指标</h2><table><thead><tr><th>指标</th><th>原因</th></tr></thead>');
    expect(html).toContain('<footer>由 customer-metrics 生成</footer>');
  });

  it('charts name their series and interval in Chinese, and colour a 风险 tier red', () => {
    expect(html).toContain('<text x="67" y="250" font-size="11" fill="#374151">期初客户留存</text>');
    // legend: 44 + 30 + 6 × 6.5 = 113 for the second entry ("期初客户留存" is 6 characters)
    expect(html).toContain('<line x1="113" x2="131" y1="246" y2="246" stroke="#60a5fa" stroke-width="2.5" stroke-dasharray="6 4"/><text x="136" y="250" font-size="11" fill="#374151">留存 (CRR)</text>');
    expect(html).toContain('<title>NPS 50.0, 95% 置信区间 [0.0, 100.0]</title>');
    expect(html).toContain('<rect x="170" y="9" width="210" height="18" rx="3" fill="#ef4444"><title>风险: 1 (50.0%)</title></rect>');
    expect(html).toContain('<rect x="170" y="35" width="210" height="18" rx="3" fill="#10b981"><title>稳定: 1 (50.0%)</title></rect>');
  });
});

describe('renderHtml on odd chart data', () => {
  const base: Report = { ...report, keyIndicators: [], notComputed: [], anomalies: 0 };
  const figureOf = (html: string, id: string) => {
    const start = html.indexOf(`<figure data-chart="${id}">`);
    return start < 0 ? '' : html.slice(start, html.indexOf('</figure>', start) + '</figure>'.length);
  };

  it('one trend point sits in the middle of the plot (44 + 392 / 2 = 240); a series with no value draws no line', () => {
    const r: Report = { ...base, charts: { trend: { title: 'T', points: [{ period: 'P', retention: null, startCohortRetention: '0.5', churn: '0.25' }] } } };
    const fig = figureOf(renderHtml(r), 'trend');
    expect(fig).toContain('<path d="M240,110" fill="none" stroke="#2563eb" stroke-width="2.5"/>');
    expect(fig).toContain('<circle cx="240" cy="157" r="3.5" fill="#dc2626"><title>Churn P: 25%</title></circle>');
    expect(fig.match(/<path /g)).toHaveLength(2); // start-cohort and churn; CRR has no value
    expect(fig).not.toContain('NaN');
  });

  it('a trend without points, cohorts without rows and bars without entries draw no figure', () => {
    const r: Report = {
      ...base,
      charts: { trend: { title: 'T', points: [] }, cohorts: { title: 'C', granularity: 'month', rows: [] }, rfmSegments: { title: 'R', bars: [] }, healthTiers: { title: 'H', bars: [] } },
    };
    const html = renderHtml(r);
    expect(html).not.toContain('<figure');
    expect(html).not.toContain('<div class="charts">');
  });

  it('an NPS chart without answers: flat bars, no score, no interval, an empty caption line', () => {
    const r: Report = { ...base, charts: { nps: { title: 'N', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], score: null, interval: null, confidence: '0.95' } } };
    const fig = figureOf(renderHtml(r), 'nps');
    expect(fig).toContain('<rect x="34" y="134" width="30.5" height="0" rx="2" fill="#dc2626"><title>0: 0</title></rect>'); // the tallest count is taken as at least 1
    expect(fig).not.toContain('nps-interval');
    expect(fig).not.toContain('nps-score');
    expect(fig).toContain('<text x="30" y="248" font-size="11" fill="#4b5563"></text></svg>');
    expect(fig).not.toContain('NaN');
  });

  it('an interval of no width is drawn 1 wide', () => {
    const r: Report = { ...base, charts: { nps: { title: 'N', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], score: '100', interval: ['100', '100'], confidence: '0.95' } } };
    // 100 → 30 + 200 / 200 × 424 = 454
    expect(figureOf(renderHtml(r), 'nps')).toContain('<rect x="454" y="193" width="1" height="14" rx="3" fill="#bfdbfe" class="nps-interval"><title>NPS 100.0, 95% confidence interval [100.0, 100.0]</title></rect>');
  });

  it('health tiers named in any case: a risk tier red, a VIP tier green, others the chart colour; all-zero bars have no width', () => {
    const r: Report = {
      ...base,
      charts: {
        healthTiers: {
          title: 'H',
          bars: [
            { label: 'High Risk', count: 0, share: '0' },
            { label: 'VIP', count: 0, share: '0' },
            { label: 'ok', count: 0, share: '0' },
          ],
        },
      },
    };
    const fig = figureOf(renderHtml(r), 'healthTiers');
    expect(fig).toContain('<rect x="170" y="9" width="0" height="18" rx="3" fill="#ef4444"><title>High Risk: 0 (0.0%)</title></rect>');
    expect(fig).toContain('<rect x="170" y="35" width="0" height="18" rx="3" fill="#059669"><title>VIP: 0 (0.0%)</title></rect>');
    expect(fig).toContain('<rect x="170" y="61" width="0" height="18" rx="3" fill="#10b981"><title>ok: 0 (0.0%)</title></rect>');
    expect(fig).toContain('<text x="176" y="22" font-size="11" fill="#4b5563">0 (0.0%)</text>');
  });

  it('churn-reason bars are orange, and a risk-named reason stays orange', () => {
    const r: Report = { ...base, charts: { churnReasons: { title: 'C', bars: [{ label: 'risk', count: 1, share: '1' }] } } };
    const html = renderHtml({ ...r, sections: [{ ...report.sections[2]!, metrics: [] }] });
    expect(figureOf(html, 'churnReasons')).toContain('<rect x="170" y="9" width="210" height="18" rx="3" fill="#f97316"><title>risk: 1 (100.0%)</title></rect>');
  });
});

describe('renderHtml: a not-computed metric that carries a calculation (a report JSON made elsewhere)', () => {
  it('shows the reason as a reading, not as a calculation, and leaves the calculation out', () => {
    const r: Report = { ...report, keyIndicators: [], notComputed: [], sections: [{ ...report.sections[2]!, charts: [], metrics: [{ ...cac, calculation: 'CAC = 0 / 0' }] }] };
    const html = renderHtml(r);
    expect(html).toContain(
      '<tr data-metric="customerAcquisitionCost"><td><strong>Customer acquisition cost (CAC)</strong><p class="reading">Not computed: no cost lines in the period</p><p class="reading">Data read: cost lines of 2026-02</p></td>',
    );
    expect(html).not.toContain('class="calc"');
    expect(html).not.toContain('CAC = 0 / 0');
  });
});

describe('renderHtml: cohort rows of different lengths (a report JSON made elsewhere)', () => {
  it('the heatmap is as wide as the longest row, with a column label for each of its offsets', () => {
    const r: Report = {
      ...report,
      keyIndicators: [],
      notComputed: [],
      sections: [report.sections[3]!],
      charts: { cohorts: { title: 'Cohort retention', granularity: 'month', rows: [{ cohort: '2026-01', size: 4, rates: ['1', '0.75'] }, { cohort: '2026-02', size: 2, rates: ['0.5'] }] } },
    };
    const html = renderHtml(r);
    // two columns (the longer row): 110 + 2 × 44 + 8 = 206 wide; two rows: 24 + 2 × 22 + 8 = 76 high
    expect(html).toContain(svgOpen(206, 76, 'Cohort retention'));
    // column labels at the cell centres 110 + 22 = 132 and 110 + 44 + 22 = 176, 8 above the first row (y 16)
    expect(html).toContain('<text x="132" y="16" text-anchor="middle" font-size="10" fill="#6b7280">+0</text><text x="176" y="16" text-anchor="middle" font-size="10" fill="#6b7280">+1</text>');
  });
});

describe('renderHtml: several charts and tables in one section', () => {
  it('puts two charts of a section side by side, nothing between them', () => {
    const r: Report = { ...report, charts: { ...report.charts, churnReasons: { title: 'Churn reasons', bars: [{ label: 'price', count: 1, share: '1' }] } } };
    expect(renderHtml(r)).toContain('</svg></figure><figure data-chart="churnReasons"><figcaption>Churn reasons</figcaption><svg ');
  });

  it('puts two tables of a section one after the other, nothing between them', () => {
    const extra = { id: 'x', fn: 'f', title: 'X', columns: ['a'], rows: [['1']] };
    const r: Report = { ...report, sections: report.sections.map((s) => (s.id === 'segmentation' ? { ...s, tables: [...s.tables, extra] } : s)) };
    expect(renderHtml(r)).toContain(
      '<td class="num"></td></tr></tbody></table></div><div class="tables"><h3>X</h3><table data-table="x"><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></div></section>',
    );
  });
});

describe('renderHtml: the list of metrics not computed', () => {
  it('one row per metric, nothing between the rows', () => {
    const notComputed = [
      { id: 'customerAcquisitionCost', label: 'Customer acquisition cost (CAC)', reason: 'no cost lines in the period' },
      { id: 'salesConversionRate', label: 'Sales conversion rate', reason: 'no leads created in the period' },
    ];
    expect(renderHtml({ ...report, notComputed })).toContain(
      '<tbody><tr><td>Customer acquisition cost (CAC)</td><td>no cost lines in the period</td></tr><tr><td>Sales conversion rate</td><td>no leads created in the period</td></tr></tbody></table></section>',
    );
  });

  it('an empty list leaves an empty line between the last section and the footer', () => {
    // the page is `${sections}\n${nc}\n<footer>`: with nc '' the two newlines meet
    expect(renderHtml({ ...report, notComputed: [] })).toContain('</section>\n\n<footer>Generated by customer-metrics</footer>');
  });
});

describe('renderHtml: no key indicators', () => {
  it('leaves an empty line between the header and the first section', () => {
    // the page is `</header>\n${kpis block}\n${sections}`: without key indicators the two newlines meet
    expect(renderHtml({ ...report, keyIndicators: [] })).toContain('</header>\n\n<section id="segmentation">');
  });
});

describe('lineChart: a series longer than its x labels', () => {
  it('titles a point without a label by the series name alone', () => {
    // one x label: every point at x 44 + 392 / 2 = 240; 1 → y 204 − 188 = 16
    const svg = lineChart({ label: 'L', xLabels: ['P'], series: [{ name: 'S', color: '#000', values: [0.5, 1] }], percent: (v) => `${v * 100}%` });
    expect(svg).toContain('<circle cx="240" cy="16" r="3.5" fill="#000"><title>S : 100%</title></circle>');
  });
});

describe('renderHtml: heatmap text on a cell of exactly 0.55', () => {
  it('stays dark (white text only above 0.55)', () => {
    const r: Report = {
      ...report,
      keyIndicators: [],
      notComputed: [],
      sections: [report.sections[3]!],
      charts: { cohorts: { title: 'Cohort retention', granularity: 'month', rows: [{ cohort: '2026-01', size: 20, rates: ['0.55'] }] } },
    };
    // the one cell: x 110, y 24; its text at 110 + 22 = 132, 24 + 11 + 4 = 39; 0.55 → 55.0% → 55%
    expect(renderHtml(r)).toContain('<text x="132" y="39" text-anchor="middle" font-size="9.5" fill="#1f2937">55%</text>');
  });
});
