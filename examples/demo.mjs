// `npm run demo`: the library's main job on the bundled sample — a made-up company's two quarters.
// Part 1 reads the quarter sheet (examples/data/quarters.json: snapshot counts, cost lines, leads,
// lifetime-value inputs, service totals, survey scores) and prints every period and survey
// formula for both quarters with its worked calculation.
// Part 2 derives the same quarters from the raw event log (examples/data/dataset.json), with the
// start-cohort retention beside CRR, the monthly cohort table and the RFM segment counts.
// Part 3 fits BG/NBD and Gamma-Gamma to the CDNOW sample (the customers of the CLV literature)
// and predicts customers' next months beside what they had spent and what they spent next.
// Part 4 builds the whole customer-management report for 2026-Q2 from the dataset, prints it as
// text and writes it as a self-contained HTML page, report.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cm from 'customer-metrics';
import { renderHtml, renderText } from 'customer-metrics/report';

const here = dirname(fileURLToPath(import.meta.url));
const sheet = JSON.parse(readFileSync(join(here, 'data', 'quarters.json'), 'utf8'));

const pct = (r) => (r.value === null ? 'undefined' : cm.formatPercent(r, { places: 1 }));
const money = (r) => (r.value === null ? 'undefined' : cm.round(r, { places: 2 }).toFixed(2));
function line(label, shown, result) {
  console.log(`  ${label.padEnd(34)} ${shown.padStart(10)}   ${result.calculation}`);
}

console.log(`customer-metrics demo: ${sheet.company}`);
for (const q of sheet.quarters) {
  const s = q.snapshot;
  console.log(`\n== ${q.quarter}: S ${s.customersAtStart}, E ${s.customersAtEnd}, N ${s.newCustomers}, C ${s.churnedCustomers}`);
  console.log(' Retention');
  line('customer retention rate (CRR)', pct(cm.customerRetentionRate(s)), cm.customerRetentionRate(s));
  line('customer churn rate (CCR)', pct(cm.customerChurnRate(s)), cm.customerChurnRate(s));
  for (const base of ['start', 'average', 'end']) {
    const r = cm.churnRate({ ...s, base });
    line(`churn rate, ${base} base`, pct(r), r);
  }
  line('customer growth rate', pct(cm.customerGrowthRate(s)), cm.customerGrowthRate(s));

  console.log(' Acquisition');
  const cac = cm.customerAcquisitionCost({ costs: q.costs, newCustomers: s.newCustomers });
  line('customer acquisition cost (CAC)', money(cac), cac);
  for (const l of cac.lines) console.log(`    ${l.line.padEnd(12)} ${l.amount.toFixed(2).padStart(10)}  ${cm.formatPercent(l.share)} of the total`);
  const conv = cm.salesConversionRate({ convertedCustomers: q.convertedCustomers, leads: q.leads });
  line('sales conversion rate', pct(conv), conv);

  console.log(' Value');
  const clv = cm.customerLifetimeValue(q.lifetimeValue);
  line('lifetime value (order form)', money(clv), clv);
  const net = cm.customerLifetimeValue({ ...q.lifetimeValue, acquisitionCost: cac.value });
  line('lifetime value net of CAC', money(net), net);
  const yearly = cm.customerLifetimeValue(q.yearlyRevenue);
  line('lifetime value (yearly revenue)', money(yearly), yearly);
  const alv = cm.averageLifetimeValue([clv, net, yearly]);
  line('average of the three', money(alv), alv);

  console.log(' Customer voice');
  const nps = cm.netPromoterScore(q.nps);
  line('net promoter score (NPS)', cm.round(nps, { places: 1 }).toFixed(1), nps);
  const [low, high] = nps.confidenceInterval.map((x) => cm.round(x, { places: 1 }).toFixed(1));
  console.log(`    ${nps.promoters.count} promoters, ${nps.passives.count} passives, ${nps.detractors.count} detractors of ${nps.n}; 95% interval ${low} to ${high}`);
  const csat = cm.customerSatisfactionScore(q.csat);
  line('customer satisfaction (CSAT)', pct(csat), csat);
  console.log(`    mean score ${csat.mean.toString()} on 1–5`);
  // Referral and complaints over the customers served in the quarter, S + N.
  const served = s.customersAtStart + s.newCustomers;
  const referral = cm.referralRate({ willingToRecommend: q.willingToRecommend, customers: served });
  line('referral rate', pct(referral), referral);

  console.log(' Service');
  const art = cm.averageResponseTime({ totalResponseTime: q.service.totalResponseTimeHours, requests: q.service.requests, unit: 'hour' });
  line('average response time (hours)', cm.round(art, { places: 2 }).toFixed(2), art);
  const complaints = cm.complaintRate({ complaints: q.service.complaints, customers: served });
  line('complaint rate', pct(complaints), complaints);
  const resolution = cm.resolutionRate({ resolved: q.service.resolved, requests: q.service.requests });
  line('resolution rate', pct(resolution), resolution);
}

const [q1, q2] = sheet.quarters;
const change = cm.compareNetPromoterScores(q1.nps, q2.nps);
console.log(`\n== NPS ${q1.quarter} → ${q2.quarter}`);
console.log(`  ${change.calculation}`);
console.log(`  z = ${cm.round(change.z, { places: 2 }).toFixed(2)}, p = ${cm.round(change.pValue, { places: 3 }).toFixed(3)}: ${change.significant ? 'a significant change' : 'not a significant change'} at 95%`);

// Part 2: the same quarters from the event log.
const dataset = JSON.parse(readFileSync(join(here, 'data', 'dataset.json'), 'utf8'));
const log = cm.collectEvents(dataset.events); // read and validated once, asked many questions
console.log(`\n== From the event log: ${log.length} events of ${dataset.customers.length} customers`);
for (const q of sheet.quarters) {
  const snap = cm.snapshotFromEvents(log, { quarter: q.quarter });
  const same = ['customersAtStart', 'customersAtEnd', 'newCustomers', 'churnedCustomers'].every((k) => snap[k] === q.snapshot[k]);
  console.log(`  ${q.quarter}: S ${snap.customersAtStart}, E ${snap.customersAtEnd}, N ${snap.newCustomers} (${snap.reactivatedCustomers} reactivated), C ${snap.churnedCustomers}${same ? ' (as on the sheet)' : ' (DIFFERS from the sheet)'}`);
  const crr = cm.customerRetentionRate(snap);
  const scrr = cm.startCohortRetentionRate(log, { quarter: q.quarter });
  console.log(`    CRR ${pct(crr)} (${crr.calculation}); start-cohort retention ${pct(scrr)} (${scrr.calculation})`);
}
// The log is complete to the end of June, so every quarter to 2026-Q2 has been observed in full.
const cohorts = cm.cohortRetention(log, { granularity: 'quarter', asOf: '2026-07-01T00:00:00Z' });
console.log('  cohort retention by quarter of acquisition (share active at the end of each quarter after):');
for (const row of cohorts.cohorts) {
  const cells = row.rates.map((r) => (r === null ? '   —  ' : cm.formatPercent(r, { places: 0 }).padStart(6)));
  console.log(`    ${row.cohort}  ${String(row.customers).padStart(3)} customers ${cells.join(' ')}`);
}
const summaries = cm.customerSummaries(log, { asOf: dataset.asOf });
const rfm = cm.rfmScores(summaries, { asOf: dataset.asOf });
console.log(`  RFM segments of the ${summaries.length} customers who bought:`);
for (const { segment, count } of rfm.segments.filter((x) => x.count > 0)) console.log(`    ${segment.padEnd(20)} ${count}`);

// Part 3: predictive lifetime value. The sample company's 65 customers are too few and too alike
// for BG/NBD (the fit says so, and why); the CDNOW sample of the CLV literature (examples/data/
// CDNOW_sample.txt, 2,357 customers) shows the whole path: raw log → summaries → fits → each
// customer's prediction beside what they had spent, and beside what they actually spent next.
const lumen = cm.fitBgNbd(cm.customerSummaries(log, { asOf: dataset.asOf, timeUnit: 'week' }), { timeUnit: 'week' });
console.log(`\n== Predictive CLV`);
console.log(`  ${dataset.name}: BG/NBD converged: ${lumen.converged}${lumen.converged ? '' : ` (${lumen.reason})`}`);
const cdnow = readFileSync(join(here, 'data', 'CDNOW_sample.txt'), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const [, id, ymd, , dollars] = l.trim().split(/\s+/);
    return { customerId: id, type: 'purchase', at: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}T00:00:00Z`, amount: dollars };
  });
const calibrationEnd = '1997-09-30T23:59:59.999Z'; // 39 weeks, as in Fader, Hardie & Lee (2005)
// Daily repeat-purchase periods, in weeks (days / 7), as the papers and lifetimes use them.
const rows = cm.customerSummaries(cdnow, { asOf: calibrationEnd, timeUnit: 'day' })
  .map((r) => ({ ...r, recency: r.recency / 7, T: r.T / 7 }));
const bg = cm.fitBgNbd(rows, { timeUnit: 'week' });
const gg = cm.fitGammaGamma(rows.map((r) => ({ frequency: r.frequency, monetaryValue: r.monetaryValue })));
const f3 = (x) => x.toFixed(3);
console.log(`  CDNOW, ${rows.length} customers, 39 weeks: BG/NBD r ${f3(bg.params.r)}, α ${f3(bg.params.alpha)}, a ${f3(bg.params.a)}, b ${f3(bg.params.b)}, log-likelihood ${bg.logLikelihood.toFixed(1)}`);
console.log(`    (published: r 0.243, α 4.414, a 0.793, b 2.426, −9582.4); Gamma-Gamma p ${gg.params.p.toFixed(2)}, q ${gg.params.q.toFixed(2)}, v ${gg.params.v.toFixed(2)} (published 6.25, 3.74, 15.44)`);
const later = new Map();
for (const e of cdnow) if (e.at > calibrationEnd) later.set(e.customerId, (later.get(e.customerId) ?? 0) + Number(e.amount));
console.log('  customer  purchases  spent to date  P(alive)  predicted next 39 wk  actual next 39 wk  12-month CLV at 1%/month');
let predictedAll = 0;
let actualAll = 0;
for (const row of rows) {
  const next = cm.predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer: row, months: 9, monthlyDiscountRate: 0 });
  predictedAll += next.value;
  actualAll += later.get(row.customerId) ?? 0;
  if (!['0001', '0002', '0018', '0058', '1420'].includes(row.customerId)) continue;
  const clv12 = cm.predictiveLifetimeValue({ purchaseModel: bg, spendModel: gg, customer: row, months: 12, monthlyDiscountRate: 0.01 });
  console.log(
    `  ${row.customerId.padEnd(8)}  ${String(row.purchaseCount).padStart(9)}  ${row.totalAmount.toFixed(2).padStart(12)}  ${cm.probabilityAlive(bg, row).toFixed(3).padStart(8)}  ${next.value.toFixed(2).padStart(20)}  ${(later.get(row.customerId) ?? 0).toFixed(2).padStart(17)}  ${clv12.value.toFixed(2).padStart(24)}`,
  );
}
console.log(`  all ${rows.length} customers, next 39 weeks: predicted ${predictedAll.toFixed(0)}, actual ${actualAll.toFixed(0)} dollars`);

// Part 4: the whole report for the second quarter, with the first beside it.
const report = cm.buildReport(dataset, { quarter: '2026-Q2' });
console.log(`\n${renderText(report)}`);
writeFileSync('report.html', renderHtml(report));
console.log('report.html written: open it in a browser.');
