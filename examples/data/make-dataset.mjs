// Builds dataset.json, the bundled sample event log, from a fixed seed. The counts it must produce
// are the hand-specified ones of quarters.json (checked by test/examples/dataset.test.ts):
//   2026-Q1: S 40, N 12 (11 acquired + 1 reactivated), C 6 (all from the start), E 46
//   2026-Q2: S 46, N 10 (2 of them also lost in the quarter), C 8, E 48
// Run: npm run build && node examples/data/make-dataset.mjs  (rewrites examples/data/dataset.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sheet = JSON.parse(readFileSync(join(here, 'quarters.json'), 'utf8'));

let seed = 20260101;
function rand() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const id = (n) => `C${String(n).padStart(3, '0')}`;
const DAY = 86400000;
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const between = (a, b) => Date.parse(a) + Math.floor(rand() * ((Date.parse(b) - Date.parse(a)) / 3600000)) * 3600000;

const industries = ['retail', 'software', 'manufacturing', 'finance'];
const regions = ['north', 'south', 'east', 'west'];
const reasons = ['price too high', 'slow service', 'hard to use', 'frequent faults', 'moved to a competitor'];

const customers = [];
const events = [];
const active = new Map(); // id -> acquired at (ms)

function acquire(n, from, to, type = 'acquired') {
  const at = between(from, to);
  events.push({ customerId: id(n), type, at: iso(at) });
  active.set(id(n), at);
  return at;
}
function churn(n, from, to) {
  const start = Math.max(Date.parse(from), active.get(id(n)) + DAY);
  const at = between(new Date(start).toISOString(), to);
  events.push({ customerId: id(n), type: 'churned', at: iso(at), reason: pick(reasons) });
  active.delete(id(n));
}

for (let n = 1; n <= 65; n++) {
  customers.push({ customerId: id(n), attributes: { industry: pick(industries), region: pick(regions), employees: pick(['1-49', '50-249', '250+']) } });
}
// 2025: 44 acquired, 4 lost before the year ends.
for (let n = 1; n <= 44; n++) acquire(n, '2025-01-02T00:00:00Z', '2025-09-30T00:00:00Z');
for (let n = 41; n <= 44; n++) churn(n, '2025-10-01T00:00:00Z', '2025-12-31T00:00:00Z');
// 2026-Q1: 11 new, C041 comes back, C001–C006 leave.
for (let n = 45; n <= 55; n++) acquire(n, '2026-01-01T00:00:00Z', '2026-03-25T00:00:00Z');
acquire(41, '2026-01-10T00:00:00Z', '2026-03-20T00:00:00Z', 'reactivated');
for (let n = 1; n <= 6; n++) churn(n, '2026-01-01T00:00:00Z', '2026-03-31T00:00:00Z');
// 2026-Q2: 10 new (C064 and C065 lost again inside the quarter); C007–C010, C045, C046 leave.
for (let n = 56; n <= 65; n++) acquire(n, '2026-04-01T00:00:00Z', '2026-05-31T00:00:00Z');
for (const n of [7, 8, 9, 10, 45, 46, 64, 65]) churn(n, '2026-04-01T00:00:00Z', '2026-06-30T00:00:00Z');

// Purchases: while active, one to four a quarter, amounts in whole cents.
const lifeOf = new Map();
for (const e of [...events].sort((a, b) => a.at.localeCompare(b.at))) {
  const spans = lifeOf.get(e.customerId) ?? [];
  if (e.type === 'churned') spans[spans.length - 1][1] = Date.parse(e.at);
  else spans.push([Date.parse(e.at), Date.parse('2026-06-30T00:00:00Z')]);
  lifeOf.set(e.customerId, spans);
}
for (const [customerId, spans] of lifeOf) {
  for (const [from, to] of spans) {
    const k = Math.max(1, Math.round(((to - from) / (91 * DAY)) * (1 + Math.floor(rand() * 4))));
    for (let i = 0; i < k; i++) {
      const at = from + Math.floor(rand() * ((to - from) / 3600000)) * 3600000;
      const cents = 5000 + Math.floor(rand() * 45000);
      events.push({ customerId, type: 'purchase', at: iso(at), amount: (cents / 100).toFixed(2) });
    }
  }
}
events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

// Surveys, dated inside their quarter, answered by customers active then.
const surveys = [];
const quarterBounds = { '2026-Q1': ['2026-01-05T00:00:00Z', '2026-03-28T00:00:00Z'], '2026-Q2': ['2026-04-03T00:00:00Z', '2026-06-27T00:00:00Z'] };
const activeDuring = (q) => {
  const [a] = quarterBounds[q];
  return [...lifeOf].filter(([, spans]) => spans.some(([f, t]) => f <= Date.parse(a) + 30 * DAY && t > Date.parse(a) + 30 * DAY)).map(([c]) => c).sort();
};
for (const q of sheet.quarters) {
  const who = activeDuring(q.quarter);
  const [a, b] = quarterBounds[q.quarter];
  q.nps.forEach((score, i) => surveys.push({ customerId: who[i % who.length], kind: 'nps', score, at: iso(between(a, b)), answers: { 'main reason': pick(['product', 'support', 'price', 'onboarding']) } }));
  q.csat.forEach((score, i) => surveys.push({ customerId: who[(i * 7) % who.length], kind: 'csat', score, at: iso(between(a, b)) }));
  for (let i = 0; i < 15; i++) surveys.push({ customerId: who[(i * 5) % who.length], kind: 'ces', score: 1 + Math.floor(rand() * 7), at: iso(between(a, b)) });
}

// Service requests: response minutes that add up exactly to the sheet's total hours.
const serviceRequests = [];
for (const q of sheet.quarters) {
  const who = activeDuring(q.quarter);
  const [a, b] = quarterBounds[q.quarter];
  const total = Number(q.service.totalResponseTimeHours) * 60;
  const weights = Array.from({ length: q.service.requests }, () => 0.2 + rand());
  const sum = weights.reduce((x, y) => x + y, 0);
  const minutes = weights.map((w) => Math.floor((w / sum) * total));
  minutes[minutes.length - 1] += total - minutes.reduce((x, y) => x + y, 0);
  minutes.forEach((m, i) => {
    const opened = between(a, b);
    const req = { customerId: who[(i * 3) % who.length], openedAt: iso(opened), firstRespondedAt: iso(opened + m * 60000) };
    if (i < q.service.resolved) req.resolvedAt = iso(opened + m * 60000 + 2 * 3600000);
    if (i % Math.floor(q.service.requests / q.service.complaints) === 0 && serviceRequests.filter((r) => r.complaint && r.openedAt >= a && r.openedAt < b).length < q.service.complaints) req.complaint = true;
    serviceRequests.push(req);
  });
}

// Leads: created in the quarter; the converted ones point at the customers they became.
const leads = [];
const wins = { '2026-Q1': [45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 41], '2026-Q2': [56, 57, 58, 59, 60, 61, 62, 63, 64, 65] };
let leadNo = 1;
for (const q of sheet.quarters) {
  const [a] = quarterBounds[q.quarter];
  for (let i = 0; i < q.leads; i++) {
    const createdAt = between(a, new Date(Date.parse(a) + 40 * DAY).toISOString());
    const lead = { leadId: `L${String(leadNo++).padStart(4, '0')}`, createdAt: iso(createdAt) };
    if (i < q.convertedCustomers) {
      const c = id(wins[q.quarter][i]);
      lead.customerId = c;
      lead.convertedAt = iso(Math.max(createdAt + DAY, active.get(c) ?? createdAt + DAY));
    }
    leads.push(lead);
  }
}

// Acquisition cost lines, one per line per month, adding up to the sheet's quarter totals.
const costs = [];
for (const q of sheet.quarters) {
  const months = q.quarter === '2026-Q1' ? ['01', '02', '03'] : ['04', '05', '06'];
  for (const [line, amount] of Object.entries(q.costs)) {
    const cents = Math.round(Number(amount) * 100);
    const third = Math.floor(cents / 3);
    [third, third, cents - 2 * third].forEach((c, i) => costs.push({ at: `2026-${months[i]}-15T00:00:00Z`, line, amount: (c / 100).toFixed(2) }));
  }
}

// Health observations (seed 004's three behaviours, the library's SEED_004_HEALTH_MODEL): each
// customer active at a quarter's end is observed once then. Drawn last, so that adding them left
// every earlier figure of the sample unchanged.
const { SEED_004_HEALTH_MODEL } = await import('customer-metrics');
const observations = [];
for (const at of ['2026-03-30T00:00:00Z', '2026-06-29T00:00:00Z']) {
  for (const [customerId, spans] of [...lifeOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!spans.some(([f, t]) => f <= Date.parse(at) && t > Date.parse(at))) continue;
    observations.push({ customerId, at, behaviour: 'productUsage', value: Math.floor(rand() * 31) });
    observations.push({ customerId, at, behaviour: 'consultations', value: Math.floor(rand() * 13) });
    observations.push({ customerId, at, behaviour: 'onTimePayment', value: Number((0.5 + rand() / 2).toFixed(2)) });
  }
}
const health = { model: JSON.parse(JSON.stringify(SEED_004_HEALTH_MODEL)), observations };

const dataset = { name: sheet.company, asOf: '2026-06-30T23:59:59Z', customers, events, surveys, serviceRequests, leads, costs, health };
writeFileSync(join(here, 'dataset.json'), `${JSON.stringify(dataset, null, 1)}\n`);
// The same event log as a CRM's CSV export, for the streaming example.
const csv = ['customer_id,type,at,amount,reason', ...events.map((e) => [e.customerId, e.type, e.at, e.amount ?? '', e.reason ?? ''].join(','))];
writeFileSync(join(here, 'events.csv'), `${csv.join('\n')}\n`);
console.log(`dataset.json: ${customers.length} customers, ${events.length} events, ${surveys.length} survey answers, ${serviceRequests.length} service requests, ${leads.length} leads, ${costs.length} cost lines, ${observations.length} health observations`);
