// `npm run demo`: the library's main job on the bundled sample — a made-up company's two quarters.
// Part 1 reads the quarter sheet (examples/data/quarters.json: snapshot counts, cost lines, leads,
// lifetime-value inputs, service totals, survey scores) and prints every period and survey
// formula for both quarters with its worked calculation.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cm from 'customer-metrics';

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
