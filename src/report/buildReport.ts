import { customerAcquisitionCost } from '../acquisition/customerAcquisitionCost.js';
import { salesConversionRate } from '../acquisition/salesConversionRate.js';
import { Decimal, ZERO } from '../core/decimal.js';
import { MetricInputError, type MetricInputIssue } from '../core/errors.js';
import { readEvents, type CollectedEvents } from '../core/events.js';
import { instantMs, iso } from '../core/instant.js';
import { periodBounds, periodIndexer, previousPeriod, type Period } from '../core/period.js';
import { parseInput } from '../core/validate.js';
import { cohortRetention } from '../events/cohortRetention.js';
import { customerSummaries } from '../events/customerSummaries.js';
import { repeatPurchaseRate } from '../events/repeatPurchaseRate.js';
import { snapshotFromEvents, type SnapshotFromEventsResult } from '../events/snapshotFromEvents.js';
import { startCohortRetentionRate } from '../events/startCohortRetentionRate.js';
import { healthScore } from '../health/healthScore.js';
import { DEFAULT_HEALTH_TIERS, HealthModelSchema } from '../health/model.js';
import { churnRate } from '../retention/churnRate.js';
import { customerChurnRate } from '../retention/customerChurnRate.js';
import { customerGrowthRate } from '../retention/customerGrowthRate.js';
import { customerRetentionRate } from '../retention/customerRetentionRate.js';
import { lifecycleStage } from '../segments/lifecycleStage.js';
import { rfmScores } from '../segments/rfmScores.js';
import { segmentBy } from '../segments/segmentBy.js';
import { valueTier } from '../segments/valueTier.js';
import { averageResponseTime } from '../service/averageResponseTime.js';
import { complainingCustomerRate } from '../service/complainingCustomerRate.js';
import { complaintRate } from '../service/complaintRate.js';
import { referralRate } from '../survey/referralRate.js';
import { resolutionRate } from '../service/resolutionRate.js';
import { churnReasonBreakdown } from '../survey/churnReasonBreakdown.js';
import { compareNetPromoterScores } from '../survey/compareNetPromoterScores.js';
import { customerEffortScore } from '../survey/customerEffortScore.js';
import { customerSatisfactionScore } from '../survey/customerSatisfactionScore.js';
import { netPromoterScore } from '../survey/netPromoterScore.js';
import { surveyCrossTab } from '../survey/surveyCrossTab.js';
import { averageLifetimeValue } from '../value/averageLifetimeValue.js';
import { customerLifetimeValue } from '../value/customerLifetimeValue.js';
import { BuildReportOptionsSchema, DatasetSchema, type BuildReportOptions, type Dataset } from './dataset.js';
import { formatChange, formatValue, type ReportLocale } from './format.js';
import { CHART_TITLES, METRIC_LABELS, SECTIONS, calendarLabel, metricLabel, reasonIn, reportReason, ui, type MetricId, type ReportReason } from './labels.js';
import { readings, snapshotReading, tr, unitName } from './readings.js';
import type {
  Report,
  ReportBar,
  ReportChartId,
  ReportCharts,
  ReportDetail,
  ReportMetric,
  ReportPeriod,
  ReportSection,
  ReportSectionId,
  ReportTable,
} from './types.js';

/**
 * Input of {@link buildReport}: the dataset (the same schema as `DatasetSchema`).
 * @category Report
 */
export const BuildReportInputSchema = DatasetSchema;

/** @category Report */
export type BuildReportInput = Dataset;

const FN = 'buildReport';
const METRICS_SOURCE_NPS = METRIC_LABELS.compareNetPromoterScores.source;

type RawDataset = ReturnType<typeof DatasetSchema.parse>;
/** The parsed data set with every list present (empty when the section is absent). */
type ParsedDataset = Omit<RawDataset, 'customers' | 'surveys' | 'serviceRequests' | 'leads' | 'costs'> &
  Required<Pick<RawDataset, 'customers' | 'surveys' | 'serviceRequests' | 'leads' | 'costs'>> & { readonly hasServiceRequests: boolean };

/** What one metric came to for one period, before it is laid out. */
interface Outcome {
  readonly value: Decimal | null;
  readonly reason?: string;
  readonly formula?: string;
  readonly calculation?: string;
  readonly reading: string;
  readonly details?: readonly ReportDetail[];
  readonly note?: string;
}

/** A period resolved for the report. */
interface PeriodInfo {
  readonly period: Period;
  readonly start: number;
  readonly end: number;
  readonly kind: 'month' | 'quarter' | 'year' | 'interval';
  readonly key: string;
  readonly label: string;
  readonly timeZone: string;
}

/** Everything read once from the data set. */
interface Context {
  readonly ds: ParsedDataset;
  readonly events: CollectedEvents | undefined;
  /** Epoch ms of each raw event, in input order, read once (see `buildReport`). */
  readonly eventAt: readonly number[];
  readonly asOf: number;
  readonly L: ReportLocale;
}

/** The readings of one period: every metric, and the tables and charts data built from it. */
interface PeriodResult {
  readonly info: PeriodInfo;
  readonly snapshot: SnapshotFromEventsResult | undefined;
  readonly metrics: Map<string, Outcome>;
  readonly npsScores: readonly number[];
  readonly healthTiers: Map<string, number> | undefined;
}

// ---------------------------------------------------------------------------------------------
// Errors from the functions the report calls, re-addressed to the data set.

/**
 * Run `call`; if it rejects its input, rethrow as a `buildReport` error whose paths point into
 * the data set (`scores[3]` → `dataset.surveys[17].score`).
 */
function relay<T>(call: () => T, where: (path: string) => string): T {
  try {
    return call();
  } catch (e) {
    if (!(e instanceof MetricInputError)) throw e;
    const issues: MetricInputIssue[] = e.issues.map((i) => {
      const path = where(i.path);
      const prefix = `${e.functionName}: ${i.path === '' ? 'input' : i.path} `;
      const problem = i.message.startsWith(prefix) ? i.message.slice(prefix.length) : i.message;
      return { code: i.code, path, message: `${FN}: ${path === '' ? 'input' : path} ${problem}` };
    });
    throw new MetricInputError(FN, issues);
  }
}

/** Map `root[i]rest` to `target[index[i]]suffix` (a list built from filtered data-set rows). */
function indexed(root: string, target: string, index: readonly number[], suffix = ''): (path: string) => string {
  return (path) => {
    const m = new RegExp(`^${root}\\[(\\d+)\\](.*)$`).exec(path);
    if (!m) return `${target}`;
    const i = index[Number(m[1])];
    return i === undefined ? target : `${target}[${i}]${suffix}${m[2] ?? ''}`;
  };
}

// ---------------------------------------------------------------------------------------------
// Periods

/** The UTC date of an instant as its ISO string writes it: `2026-03-01`, `-000001-06-01`. */
const isoDay = (ms: number): string => iso(ms).split('T')[0]!;

function periodInfo(period: Period, L: ReportLocale, root: string): PeriodInfo {
  const b = periodBounds(FN, period, root);
  const p = period as { month?: string; quarter?: string; year?: string };
  const kind = p.month !== undefined ? 'month' : p.quarter !== undefined ? 'quarter' : p.year !== undefined ? 'year' : 'interval';
  const key = kind === 'interval' ? `${isoDay(b.start)} – ${isoDay(b.end)}` : b.label;
  const label = kind === 'interval' ? (L === 'zh-CN' ? `${isoDay(b.start)} 至 ${isoDay(b.end)}` : key) : calendarLabel(kind, key, L);
  return { period, start: b.start, end: b.end, kind, key, label, timeZone: b.timeZone };
}

/**
 * The period just before `period`, or undefined when there is none: the earliest supported month,
 * quarter or year (`0000-01`, `0000-Q1`, `0000`), or an interval whose predecessor starts before
 * the first instant a Date holds. `period` is valid (read by {@link periodInfo}, or made by
 * `previousPeriod`), so that is the one error `previousPeriod` can raise.
 */
function periodBefore(period: Period): Period | undefined {
  try {
    return previousPeriod(period);
  } catch (e) {
    if (e instanceof MetricInputError) return undefined;
    throw e;
  }
}

function reportPeriod(p: PeriodInfo): ReportPeriod {
  return { label: p.label, start: iso(p.start), end: iso(p.end), timeZone: p.timeZone };
}

// ---------------------------------------------------------------------------------------------
// Helpers

const within = (at: number, p: PeriodInfo): boolean => at >= p.start && at < p.end;

function fromResult(r: { value: Decimal | null; reason?: string | undefined; formula: string; calculation: string }, reading: string, extra: Partial<Outcome> = {}): Outcome {
  return {
    value: r.value,
    ...(r.value === null ? { reason: String(r.reason) } : {}),
    formula: r.formula,
    calculation: r.calculation,
    reading,
    ...extra,
  };
}

/** A decimal as its exact string, null as null. */
function str(x: Decimal | null): string | null {
  return x === null ? null : x.toString();
}

/** A metric the report does not compute, with one of its own reasons (labels.ts has each in English and Chinese). */
function notComputed(reason: ReportReason, params: Readonly<Record<string, number>> = {}, reading = ''): Outcome {
  return { value: null, reason: reportReason(reason, params), reading };
}

function detail(label: string, value: string | null, display: string): ReportDetail {
  return { label, value, display };
}

function bars(entries: readonly (readonly [string, number])[]): ReportBar[] {
  const total = entries.reduce((s, [, c]) => s + c, 0);
  return entries.map(([label, count]) => ({ label, count, share: total === 0 ? null : new Decimal(count).div(total).toString() }));
}

/** Each customer's status (active or not) just before `cut`, from the status events (`at[i]`: event i's instant). */
function statusAt(raw: readonly unknown[], at: readonly number[], cut: number): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const list = raw
    .map((e, i) => ({ e: e as { customerId: string; type: string }, i }))
    .filter(({ e }) => e.type !== 'purchase')
    .map(({ e, i }) => ({ id: e.customerId, type: e.type, at: at[i]!, i }))
    .filter((x) => x.at < cut)
    .sort((a, b) => a.at - b.at || a.i - b.i);
  for (const x of list) {
    const active = out.get(x.id) === true;
    if ((x.type === 'acquired' || x.type === 'reactivated') && !active) out.set(x.id, true);
    else if (x.type === 'churned' && active) out.set(x.id, false);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// One period

function computePeriod(ctx: Context, rawEvents: readonly unknown[], p: PeriodInfo): PeriodResult {
  const { ds, events, L } = ctx;
  const metrics = new Map<string, Outcome>();
  const noEvents: ReportReason = 'noEvents';
  const asOfText = iso(ctx.asOf);

  // Snapshot formulas.
  const snapshot = events ? relay(() => snapshotFromEvents(events, p.period), (path) => path.replace(/^events/, 'dataset.events')) : undefined;
  if (snapshot) {
    const { customersAtStart: S, customersAtEnd: E, newCustomers: N, churnedCustomers: C } = snapshot;
    const counts = { customersAtStart: S, customersAtEnd: E, newCustomers: N, churnedCustomers: C };
    const reading = snapshotReading(snapshot, p.label, L);
    const scr = startCohortRetentionRate(events!, p.period);
    metrics.set('startCohortRetentionRate', fromResult(scr, readings.startCohort(p.label, L)));
    if (N > E) {
      metrics.set('customerRetentionRate', notComputed('newCustomersLost', { N, E }, reading));
      metrics.set('customerChurnRate', notComputed('newCustomersLost', { N, E }, reading));
    } else {
      const crr = customerRetentionRate(counts);
      const differs = crr.value !== null && scr.value !== null && !crr.value.eq(scr.value);
      const note = differs
        ? tr(
            L,
            `Start-cohort retention (${formatValue(scr.value!.toString(), 'ratio', L)}) differs from CRR: CRR assumes every new customer is still there at the end, and customers who joined in the period were also lost in it.`,
            `期初客户留存率（${formatValue(scr.value!.toString(), 'ratio', L)}）与 CRR 不同：CRR 假设新增客户在期末全部留存，而本期有新增客户在期内流失。`,
          )
        : undefined;
      metrics.set('customerRetentionRate', fromResult(crr, reading, note ? { note } : {}));
      metrics.set('customerChurnRate', fromResult(customerChurnRate(counts), reading));
    }
    metrics.set('churnRate', fromResult(churnRate({ ...counts, base: 'start' }), reading));
    metrics.set('customerGrowthRate', fromResult(customerGrowthRate(counts), reading));
    metrics.set('repeatPurchaseRate', fromResult(repeatPurchaseRate(events!, p.period), readings.repeat(p.label, L)));
  } else {
    for (const id of ['customerRetentionRate', 'customerChurnRate', 'churnRate', 'customerGrowthRate', 'repeatPurchaseRate'] as const) {
      metrics.set(id, notComputed(noEvents));
    }
  }

  // Acquisition cost: the cost lines dated in the period, summed by line, over N.
  const costIdx: number[] = [];
  ds.costs.forEach((c, i) => {
    if (within(c.at, p)) costIdx.push(i);
  });
  if (!snapshot) metrics.set('customerAcquisitionCost', notComputed(noEvents));
  else if (costIdx.length === 0) metrics.set('customerAcquisitionCost', notComputed('noCostLines'));
  else {
    const lines = new Map<string, Decimal>();
    for (const i of costIdx) {
      const c = ds.costs[i]!;
      lines.set(c.line, (lines.get(c.line) ?? ZERO).plus(c.amount));
    }
    const r = customerAcquisitionCost({ costs: lines, newCustomers: snapshot.newCustomers });
    metrics.set(
      'customerAcquisitionCost',
      fromResult(r, readings.cac(costIdx.length, p.label, snapshot.newCustomers, L), {
        details: r.lines.map((l) => detail(l.line, str(l.perCustomer), formatValue(str(l.perCustomer), 'money', L))),
      }),
    );
  }

  // Sales conversion: leads created in the period, converted by asOf.
  const leads = ds.leads.filter((l) => within(l.createdAt, p));
  if (leads.length === 0) metrics.set('salesConversionRate', notComputed('noLeads'));
  else {
    const converted = leads.filter((l) => l.convertedAt !== undefined && l.convertedAt <= ctx.asOf).length;
    metrics.set(
      'salesConversionRate',
      fromResult(salesConversionRate({ convertedCustomers: converted, leads: leads.length }), readings.conversion(leads.length, converted, p.label, asOfText, L)),
    );
  }

  // Surveys dated in the period.
  const surveyIdx = (kind: 'nps' | 'csat' | 'ces'): number[] => {
    const out: number[] = [];
    ds.surveys.forEach((s, i) => {
      if (s.kind === kind && within(s.at, p)) out.push(i);
    });
    return out;
  };
  const scoresOf = (idx: readonly number[]) => idx.map((i) => ds.surveys[i]!.score);
  const npsIdx = surveyIdx('nps');
  const npsScores = scoresOf(npsIdx);
  if (npsIdx.length === 0) metrics.set('netPromoterScore', notComputed('noNpsAnswers'));
  else {
    const r = relay(() => netPromoterScore(npsScores), indexed('scores', 'dataset.surveys', npsIdx, '.score'));
    const share = (x: Decimal | null) => formatValue(str(x), 'ratio', L);
    metrics.set(
      'netPromoterScore',
      fromResult(r, readings.survey(npsIdx.length, 'NPS', p.label, L), {
        details: [
          detail(ui('promoters', L), String(r.promoters.count), `${r.promoters.count} (${share(r.promoters.share)})`),
          detail(ui('passives', L), String(r.passives.count), `${r.passives.count} (${share(r.passives.share)})`),
          detail(ui('detractors', L), String(r.detractors.count), `${r.detractors.count} (${share(r.detractors.share)})`),
          ...(r.confidenceInterval
            ? [
                detail(
                  tr(L, '95% interval', '95% 置信区间'),
                  null,
                  `[${formatValue(r.confidenceInterval[0].toString(), 'points', L)}, ${formatValue(r.confidenceInterval[1].toString(), 'points', L)}]`,
                ),
              ]
            : []),
        ],
      }),
    );
  }
  const csatIdx = surveyIdx('csat');
  if (csatIdx.length === 0) metrics.set('customerSatisfactionScore', notComputed('noCsatAnswers'));
  else {
    const r = relay(() => customerSatisfactionScore(scoresOf(csatIdx)), indexed('responses', 'dataset.surveys', csatIdx, '.score'));
    metrics.set(
      'customerSatisfactionScore',
      fromResult(r, readings.survey(csatIdx.length, 'CSAT', p.label, L), {
        details: r.mean ? [detail(tr(L, 'mean score', '平均分'), r.mean.toString(), formatValue(r.mean.toString(), 'score', L))] : [],
      }),
    );
  }
  const cesIdx = surveyIdx('ces');
  if (cesIdx.length === 0) metrics.set('customerEffortScore', notComputed('noCesAnswers'));
  else {
    const r = relay(() => customerEffortScore(scoresOf(cesIdx)), indexed('responses', 'dataset.surveys', cesIdx, '.score'));
    metrics.set(
      'customerEffortScore',
      fromResult(r, readings.survey(cesIdx.length, 'CES', p.label, L), {
        details: [detail(tr(L, 'easy answers', '“容易”回答占比'), str(r.easyShare), formatValue(str(r.easyShare), 'ratio', L))],
      }),
    );
  }

  // Referral: distinct customers answering 9–10, over S + N.
  if (!snapshot) metrics.set('referralRate', notComputed(noEvents));
  else if (npsIdx.length === 0) metrics.set('referralRate', notComputed('noNpsAnswers'));
  else {
    const willing = new Set(npsIdx.map((i) => ds.surveys[i]!).filter((s) => s.score >= 9).map((s) => s.customerId)).size;
    const customers = snapshot.customersAtStart + snapshot.newCustomers;
    if (willing > customers) {
      metrics.set('referralRate', notComputed('moreWillingThanCustomers', { willing, customers }));
    } else {
      metrics.set(
        'referralRate',
        fromResult(referralRate({ willingToRecommend: willing, customers }), readings.referral(willing, p.label, snapshot.customersAtStart, snapshot.newCustomers, L)),
      );
    }
  }

  // Service requests opened in the period.
  const reqIdx: number[] = [];
  ds.serviceRequests.forEach((r, i) => {
    if (within(r.openedAt, p)) reqIdx.push(i);
  });
  const reqs = reqIdx.map((i) => ds.serviceRequests[i]!);
  if (!ds.hasServiceRequests) {
    for (const id of ['averageResponseTime', 'resolutionRate', 'complaintRate', 'complainingCustomerRate'] as const) metrics.set(id, notComputed('noServiceRequests'));
  } else {
    if (reqs.length === 0) {
      metrics.set('averageResponseTime', notComputed('noServiceRequestsInPeriod'));
      metrics.set('resolutionRate', notComputed('noServiceRequestsInPeriod'));
    } else {
      const requests = reqs.map((r) => ({ openedAt: iso(r.openedAt), ...(r.firstRespondedAt === undefined || r.firstRespondedAt > ctx.asOf ? {} : { firstRespondedAt: iso(r.firstRespondedAt) }) }));
      const art = relay(() => averageResponseTime({ requests }), indexed('requests', 'dataset.serviceRequests', reqIdx));
      metrics.set(
        'averageResponseTime',
        fromResult(art, readings.response(reqs.length, p.label, L), {
          details: [
            detail(tr(L, 'median', '中位数'), str(art.median), formatValue(str(art.median), 'seconds', L)),
            detail('p90', str(art.p90), formatValue(str(art.p90), 'seconds', L)),
            detail(tr(L, 'unanswered', '未响应'), String(art.unanswered), String(art.unanswered)),
          ],
        }),
      );
      const resolved = reqs.filter((r) => r.resolvedAt !== undefined && r.resolvedAt <= ctx.asOf).length;
      metrics.set('resolutionRate', fromResult(resolutionRate({ resolved, requests: reqs.length }), readings.resolution(resolved, reqs.length, p.label, asOfText, L)));
    }
    if (!snapshot) {
      metrics.set('complaintRate', notComputed(noEvents));
      metrics.set('complainingCustomerRate', notComputed(noEvents));
    } else {
      const { customersAtStart: S, newCustomers: N } = snapshot;
      const complaints = reqs.filter((r) => r.complaint === true);
      metrics.set('complaintRate', fromResult(complaintRate({ complaints: complaints.length, customers: S + N }), readings.complaints(complaints.length, p.label, S, N, L)));
      const distinct = new Set(complaints.map((r) => r.customerId)).size;
      if (distinct > S + N) {
        metrics.set('complainingCustomerRate', notComputed('moreComplainingThanCustomers', { complaining: distinct, customers: S + N }));
      } else {
        metrics.set(
          'complainingCustomerRate',
          fromResult(complainingCustomerRate({ complainingCustomers: distinct, customers: S + N }), readings.complaining(distinct, p.label, S, N, L)),
        );
      }
    }
  }

  // Value: CLV from the period's purchases and churn; ALV of revenue to date.
  if (!snapshot) {
    metrics.set('customerLifetimeValue', notComputed(noEvents));
    metrics.set('averageLifetimeValue', notComputed(noEvents));
  } else {
    const purchases = (rawEvents as { type: string; customerId: string; amount?: unknown }[]).filter((e, i) => {
      if (e.type !== 'purchase') return false;
      const at = ctx.eventAt[i]!;
      return at >= p.start && at < p.end;
    });
    const buyers = new Set(purchases.map((e) => e.customerId)).size;
    const revenue = purchases.reduce((s, e) => s.plus(new Decimal(String(e.amount))), ZERO);
    const { customersAtStart: S, churnedCustomers: C } = snapshot;
    const unit = p.kind === 'interval' ? 'period' : p.kind;
    if (purchases.length === 0) metrics.set('customerLifetimeValue', notComputed('noPurchases'));
    else if (S === 0 || C === 0) metrics.set('customerLifetimeValue', notComputed(S === 0 ? 'noCustomersAtStart' : 'noChurn'));
    else {
      const r = customerLifetimeValue({
        averageOrderValue: revenue.div(purchases.length),
        purchaseFrequency: new Decimal(purchases.length).div(buyers),
        lifespan: new Decimal(S).div(C),
        ...(unit === 'period' ? {} : { timeUnit: unit }),
      });
      metrics.set('customerLifetimeValue', fromResult(r, readings.clv(formatValue(revenue.toString(), 'money', L), purchases.length, buyers, unitName(unit, L), p.label, L)));
    }
    const cut = Math.min(p.end - 1, ctx.asOf);
    const summaries = customerSummaries(events!, { asOf: iso(cut) });
    if (summaries.length === 0) metrics.set('averageLifetimeValue', notComputed('noPurchasesToPeriodEnd'));
    else {
      metrics.set('averageLifetimeValue', fromResult(averageLifetimeValue(summaries.map((s) => s.totalAmount)), readings.alv(summaries.length, p.label, L)));
    }
  }

  // Health tiers: each customer's latest observation of each behaviour before the period's end.
  let healthTiers: Map<string, number> | undefined;
  if (ds.health) {
    const latest = new Map<string, Map<string, number>>();
    ds.health.observations.forEach((o, i) => {
      if (o.at >= p.end) return;
      const byBehaviour = latest.get(o.customerId) ?? new Map<string, number>();
      const prev = byBehaviour.get(o.behaviour);
      if (prev === undefined || ds.health!.observations[prev]!.at <= o.at) byBehaviour.set(o.behaviour, i);
      latest.set(o.customerId, byBehaviour);
    });
    // The model is checked up front (paths under dataset.health.model), even with no observations.
    const model = parseInput(FN, HealthModelSchema, ds.health.model, 'dataset.health.model');
    healthTiers = new Map((model.tiers ?? DEFAULT_HEALTH_TIERS).map((t) => [t.name, 0]));
    for (const byBehaviour of latest.values()) {
      const idx = [...byBehaviour.values()];
      const obs = idx.map((i) => ({ behaviour: ds.health!.observations[i]!.behaviour, value: ds.health!.observations[i]!.value }));
      const r = relay(() => healthScore(obs, ds.health!.model), (path) =>
        path.startsWith('model') ? `dataset.health.${path}` : indexed('observations', 'dataset.health.observations', idx)(path),
      );
      if (r.tier !== null) healthTiers.set(r.tier, (healthTiers.get(r.tier) ?? 0) + 1);
    }
  }

  return { info: p, snapshot, metrics, npsScores, healthTiers };
}

// ---------------------------------------------------------------------------------------------
// Layout

const SECTION_METRICS: Readonly<Record<ReportSectionId, readonly MetricId[]>> = {
  segmentation: [],
  satisfaction: ['netPromoterScore', 'customerSatisfactionScore', 'customerEffortScore'],
  churn: ['churnRate', 'customerChurnRate', 'customerRetentionRate', 'startCohortRetentionRate'],
  lifecycle: ['customerGrowthRate', 'salesConversionRate'],
  complaints: ['complaintRate', 'complainingCustomerRate'],
  relationship: ['referralRate'],
  needs: ['repeatPurchaseRate'],
  value: ['customerAcquisitionCost', 'customerLifetimeValue', 'averageLifetimeValue'],
  feedback: [],
  service: ['averageResponseTime', 'resolutionRate'],
};

const SECTION_CHARTS: Readonly<Record<ReportSectionId, readonly ReportChartId[]>> = {
  segmentation: ['rfmSegments'],
  satisfaction: ['nps'],
  churn: ['trend', 'churnReasons'],
  lifecycle: ['cohorts'],
  complaints: [],
  relationship: ['healthTiers'],
  needs: [],
  value: [],
  feedback: [],
  service: [],
};

const KEY_INDICATORS: readonly MetricId[] = [
  'customerGrowthRate',
  'customerRetentionRate',
  'customerSatisfactionScore',
  'netPromoterScore',
  'salesConversionRate',
  'repeatPurchaseRate',
  'complaintRate',
  'customerAcquisitionCost',
];

function layoutMetric(id: MetricId, cur: Outcome, prev: Outcome | undefined, L: ReportLocale): ReportMetric {
  const lab = METRIC_LABELS[id];
  const value = str(cur.value);
  const m: Record<string, unknown> = {
    id,
    fn: id,
    label: metricLabel(id, L),
    nameEn: lab.en,
    nameZh: lab.zh,
    unit: lab.unit,
    status: cur.value === null ? 'not-computed' : 'computed',
    value,
    display: formatValue(value, lab.unit, L),
  };
  if (cur.value === null) m['reason'] = reasonIn(String(cur.reason), L);
  if (cur.formula !== undefined) m['formula'] = cur.formula;
  if (cur.calculation !== undefined && cur.value !== null) m['calculation'] = cur.calculation;
  m['reading'] = cur.reading;
  m['source'] = lab.source;
  if (prev) {
    const pv = str(prev.value);
    m['previous'] = {
      value: pv,
      display: formatValue(pv, lab.unit, L),
      ...(prev.value === null ? { reason: reasonIn(String(prev.reason), L) } : {}),
      ...(prev.value !== null && prev.calculation !== undefined ? { calculation: prev.calculation } : {}),
    };
    if (cur.value !== null && prev.value !== null) {
      const d = cur.value.minus(prev.value);
      const direction = d.isZero() ? 'flat' : d.isNegative() ? 'down' : 'up';
      m['change'] = {
        difference: d.toString(),
        display: formatChange(d.toString(), lab.unit, L),
        direction,
        favourable: direction === 'flat' ? null : direction === lab.better,
      };
    }
  }
  if (cur.details && cur.details.length > 0) m['details'] = cur.details;
  if (cur.note) m['note'] = cur.note;
  return m as unknown as ReportMetric;
}

function table(id: string, fn: string, title: string, columns: readonly string[], rows: readonly (readonly string[])[]): ReportTable {
  return { id, fn, title, columns, rows };
}

// ---------------------------------------------------------------------------------------------

/**
 * Customer-management report (客户管理汇报) for a period, from a data set, in one call.
 *
 * Reads a {@link Dataset} — customers with attributes, events, survey answers, service
 * requests, leads, cost lines, health observations, every section optional — and computes
 * every metric the data supports for `period`, each with its value, its worked calculation and
 * how the data was read, beside the previous period's value and the change. The report follows
 * seed 002's outline of ten sections (客户细分分析 … 客户服务绩效评估); a metric the data cannot
 * support is listed as not computed, with the reason. Each value is what the metric's own
 * function returns on the same data: CRR, CCR, churn and growth read `snapshotFromEvents` for
 * the period; CAC is the cost lines dated in the period over that snapshot's N; sales conversion
 * is the leads created in the period that converted by `asOf` over those leads; complaint rate
 * is the complaint requests opened in the period over S + N; surveys, service requests and churn
 * reasons are those dated in the period; health tiers use each customer's latest observation of
 * each behaviour before the period's end. When new customers were lost inside the period so that
 * N > E, CRR and CCR are not computed (their assumption fails) and start-cohort retention stands
 * in; it is also shown whenever it differs from CRR.
 *
 * The report is plain JSON (decimals as strings): store it, send it, or render it with
 * `renderText`, `renderMarkdown` or `renderHtml` from `customer-metrics/report`.
 *
 * @formula Each metric's own formula (see its function); change = this period's value − the
 * previous period's (percentage points for rates).
 * @source seed 002 (客户管理汇报: the ten section headings, and FAQ 3's key indicators); each
 * metric's own seed and section.
 * @param dataset - A {@link Dataset}.
 * @param period - `{ quarter: '2026-Q2' }`, `{ month }`, `{ year }` (with `timeZone?`), or `{ start, end }`.
 * @param options - {@link BuildReportOptions}: `previous` (`'auto'` default, a period, or `false`),
 * `locale` (`'en'` or `'zh-CN'`), `asOf`, `trendPeriods`.
 * @returns A {@link Report}: plain JSON, `JSON.parse(JSON.stringify(report))` equals it.
 * @throws {@link MetricInputError} (function `buildReport`) for a bad period or option, or bad
 * data, with paths into the data set (`dataset.surveys[3].score`, `dataset.events[12].at`).
 * @example
 * const report = buildReport(
 *   {
 *     events: [
 *       { customerId: 'a', type: 'acquired', at: '2025-11-02T00:00:00Z' },
 *       { customerId: 'b', type: 'acquired', at: '2025-12-10T00:00:00Z' },
 *       { customerId: 'b', type: 'churned', at: '2026-01-20T00:00:00Z', reason: 'price' },
 *       { customerId: 'c', type: 'acquired', at: '2026-02-01T00:00:00Z' },
 *     ],
 *   },
 *   { quarter: '2026-Q1' },
 * );
 * report.sections[2]?.metrics.find((m) => m.id === 'customerRetentionRate')?.calculation; // => 'CRR = (E − N) / S = (2 − 1) / 2 = 0.5'
 * report.notComputed.find((m) => m.id === 'customerAcquisitionCost')?.reason; // => 'no cost lines in the period'
 * @see `renderText`, `renderMarkdown`, `renderHtml` (in `customer-metrics/report`), {@link snapshotFromEvents}
 * @category Report
 */
export function buildReport(dataset: Dataset, period: Period, options?: BuildReportOptions): Report {
  const opts = parseInput(FN, BuildReportOptionsSchema, options, 'options') ?? {};
  const raw = parseInput(FN, DatasetSchema, dataset, 'dataset');
  const ds: ParsedDataset = {
    ...raw,
    customers: raw.customers ?? [],
    surveys: raw.surveys ?? [],
    serviceRequests: raw.serviceRequests ?? [],
    leads: raw.leads ?? [],
    costs: raw.costs ?? [],
    hasServiceRequests: raw.serviceRequests !== undefined,
  };
  const L: ReportLocale = opts.locale ?? 'en';
  const cur = periodInfo(period, L, 'period');
  const prevPeriod = opts.previous === false ? undefined : opts.previous === undefined || opts.previous === 'auto' ? periodBefore(period) : (options!.previous as Period);
  const prev = prevPeriod === undefined ? undefined : periodInfo(prevPeriod, L, 'options.previous');

  // Events are read once (validated, with paths into the data set) and shared by every call.
  let rawEvents: unknown[] = [];
  try {
    if (ds.events) rawEvents = Array.from(ds.events as Iterable<unknown>);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new MetricInputError(FN, [{ code: 'unreadable_input', path: 'dataset.events', message: `${FN}: dataset.events could not be read (${why})` }]);
  }
  const events = ds.events ? readEvents(FN, rawEvents, 'dataset.events') : undefined;
  // Each event's instant, read once as readEvents read it (`instantMs`: a Date, or any ISO-8601
  // form the library accepts, such as `10:00:00,5Z` or `+08`, which `Date.parse` refuses).
  const eventAt = rawEvents.map((e) => instantMs((e as { at: unknown }).at));

  // asOf: the option, else the data set's, else its latest timestamp, else the period's end.
  let asOf = opts.asOf ?? ds.asOf;
  if (asOf === undefined) {
    let latest = -Infinity;
    const see = (t: number | undefined) => {
      if (t !== undefined && t > latest) latest = t;
    };
    for (const t of eventAt) see(t);
    for (const s of ds.surveys) see(s.at);
    for (const r of ds.serviceRequests) [r.openedAt, r.firstRespondedAt, r.resolvedAt].forEach(see);
    for (const l of ds.leads) [l.createdAt, l.convertedAt].forEach(see);
    for (const c of ds.costs) see(c.at);
    for (const o of ds.health?.observations ?? []) see(o.at);
    asOf = latest === -Infinity ? cur.end - 1 : latest;
  }
  const ctx: Context = { ds, events, eventAt, asOf, L };

  const now = computePeriod(ctx, rawEvents, cur);
  const before = prev ? computePeriod(ctx, rawEvents, prev) : undefined;

  // Tables and charts of the current period.
  const tables = new Map<ReportSectionId, ReportTable[]>(SECTIONS.map((s) => [s.id, []]));
  const charts: { -readonly [K in keyof ReportCharts]: ReportCharts[K] } = {};
  const customers = ds.customers;
  const attributeNames = [...new Set(customers.flatMap((c) => Object.keys(c.attributes ?? {})))];
  const cut = Math.min(cur.end - 1, asOf);

  if (now.snapshot) {
    const s = now.snapshot;
    const b = before?.snapshot;
    const row = (label: string, k: keyof typeof s & ('customersAtStart' | 'newCustomers' | 'reactivatedCustomers' | 'churnedCustomers' | 'customersAtEnd')) => [
      label,
      String(s[k]),
      ...(prev ? [b ? String(b[k]) : '—'] : []),
    ];
    tables.get('lifecycle')!.push(
      table('snapshot', 'snapshotFromEvents', tr(L, 'Customer counts', '客户数量'), [tr(L, 'Count', '数量'), cur.label, ...(prev ? [prev.label] : [])], [
        row(tr(L, 'Customers at start (S)', '期初客户数（S）'), 'customersAtStart'),
        row(tr(L, 'New customers (N)', '新增客户数（N）'), 'newCustomers'),
        row(tr(L, '… of them reactivated', '……其中重新激活'), 'reactivatedCustomers'),
        row(tr(L, 'Customers lost (C)', '流失客户数（C）'), 'churnedCustomers'),
        row(tr(L, 'Customers at end (E)', '期末客户数（E）'), 'customersAtEnd'),
      ]),
    );

    // Trend: the last periods up to this one.
    const points: { period: string; retention: string | null; startCohortRetention: string | null; churn: string | null }[] = [];
    let p: Period = cur.period;
    for (let k = 0; k < (opts.trendPeriods ?? 6); k++) {
      const info = k === 0 ? cur : periodInfo(p, L, 'period');
      const snap = k === 0 ? s : snapshotFromEvents(events!, p);
      if (snap.customersAtStart === 0) break;
      const crr = snap.newCustomers > snap.customersAtEnd ? null : customerRetentionRate(snap).value;
      const scr = startCohortRetentionRate(events!, p).value;
      const churn = churnRate({ churnedCustomers: snap.churnedCustomers, customersAtStart: snap.customersAtStart }).value;
      points.unshift({ period: info.label, retention: str(crr), startCohortRetention: str(scr), churn: str(churn) });
      const earlier = periodBefore(p);
      if (earlier === undefined) break;
      p = earlier;
    }
    if (points.length > 0) charts.trend = { title: tr(L, CHART_TITLES.trend.en, CHART_TITLES.trend.zh), points };

    // Churn reasons of the churn events in the period.
    const churns = (rawEvents as { type: string; customerId: string; reason?: string }[])
      .filter((e, i) => e.type === 'churned' && within(eventAt[i]!, cur))
      .map((e) => ({ customerId: e.customerId, ...(e.reason === undefined ? {} : { reason: e.reason }) }));
    if (churns.length > 0) {
      const r = churnReasonBreakdown(churns);
      const noReason = tr(L, '(no reason given)', '（未注明原因）');
      const entries = r.rows.map((x) => [x.reason ?? noReason, x.count] as const);
      const title = tr(L, CHART_TITLES.churnReasons.en, CHART_TITLES.churnReasons.zh);
      charts.churnReasons = { title, bars: bars(entries) };
      tables.get('churn')!.push(
        table('churnReasons', 'churnReasonBreakdown', title, [ui('reason', L), ui('count', L), ui('share', L)], r.rows.map((x) => [x.reason ?? noReason, String(x.count), formatValue(x.share.toString(), 'ratio', L)])),
      );
    }

    // Cohorts up to the report period. cohortRetention observes a column once asOf has reached its
    // period's end (cell k counts the status just before that end), so it is read as of the
    // report period's end when the report's asOf is at or past it: the report period's own column
    // is then shown, not censored. With an earlier asOf the period is still running and its column
    // stays null. Read as of the end, a cohort first acquired at that very instant (the next
    // period's) and the next period's column (never observed) are left out.
    const granularity = cur.kind === 'year' ? 'quarter' : 'month';
    const cr = cohortRetention(events!, { granularity, timeZone: cur.timeZone, asOf: iso(Math.min(cur.end, asOf)) });
    const index = periodIndexer(granularity, cur.timeZone);
    const lastColumnAfter = asOf >= cur.end && index(cur.end) !== index(cur.end - 1) ? 1 : 0;
    const rows = cr.cohorts.filter((c) => Date.parse(c.start) < cur.end);
    if (rows.length > 0) {
      charts.cohorts = {
        title: tr(L, CHART_TITLES.cohorts.en, CHART_TITLES.cohorts.zh),
        granularity,
        rows: rows.map((c) => ({ cohort: c.cohort, size: c.customers, rates: c.rates.slice(0, cr.columns - lastColumnAfter).map((x) => str(x)) })),
      };
    }

    // Customer summaries up to the period's end: RFM, value tiers, lifecycle stages.
    const summaries = customerSummaries(events!, { asOf: iso(cut) });
    if (summaries.length > 0) {
      const rfm = rfmScores(
        summaries.map((x) => ({ customerId: x.customerId, lastPurchaseAt: x.lastPurchaseAt, purchaseCount: x.purchaseCount, totalAmount: x.totalAmount })),
        { asOf: iso(cut) },
      );
      const counts = new Map<string, number>();
      for (const c of rfm.customers) counts.set(c.segment, (counts.get(c.segment) ?? 0) + 1);
      const entries = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const title = tr(L, CHART_TITLES.rfmSegments.en, CHART_TITLES.rfmSegments.zh);
      charts.rfmSegments = { title, bars: bars(entries) };
      tables.get('segmentation')!.push(
        table('rfmSegments', 'rfmScores', title, [tr(L, 'Segment', '细分'), ui('count', L), ui('share', L)], bars(entries).map((x) => [x.label, String(x.count), formatValue(x.share, 'ratio', L)])),
      );

      const vt = valueTier(
        summaries.map((x) => ({ customerId: x.customerId, totalAmount: x.totalAmount })),
        { by: 'totalAmount', quantiles: { high: '0.8', medium: '0.5' } },
      );
      const tierNames = { high: tr(L, 'high', '高价值'), medium: tr(L, 'medium', '中价值'), low: tr(L, 'low', '低价值') } as const;
      const tierCounts = (['high', 'medium', 'low'] as const).map((t) => [tierNames[t], vt.customers.filter((c) => c.tier === t).length] as const);
      tables.get('value')!.push(
        table('valueTiers', 'valueTier', tr(L, 'Value tiers by revenue to date (top 20 % high, next 30 % medium)', '按累计收入分层（前 20% 高价值，其后 30% 中价值）'), [tr(L, 'Tier', '层级'), ui('count', L), ui('share', L)], bars(tierCounts).map((x) => [x.label, String(x.count), formatValue(x.share, 'ratio', L)])),
      );
    }

    const status = statusAt(rawEvents, eventAt, cut + 1);
    const bySummary = new Map(summaries.map((x) => [x.customerId, x]));
    const dates = new Map<string, string[]>();
    rawEvents.forEach((raw, i) => {
      const e = raw as { type: string; customerId: string };
      if (e.type !== 'purchase' || eventAt[i]! > cut) return;
      const list = dates.get(e.customerId);
      if (list === undefined) dates.set(e.customerId, [iso(eventAt[i]!)]);
      else list.push(iso(eventAt[i]!));
    });
    const ids = [...new Set([...customers.map((c) => c.customerId), ...status.keys(), ...bySummary.keys()])];
    if (ids.length > 0) {
      const lc = lifecycleStage(
        ids.map((id) => {
          const x = bySummary.get(id);
          return {
            customerId: id,
            purchaseCount: x?.purchaseCount ?? 0,
            ...(x ? { firstPurchaseAt: x.firstPurchaseAt, lastPurchaseAt: x.lastPurchaseAt, purchaseDates: dates.get(id) ?? [] } : {}),
            churned: status.get(id) === false,
          };
        }),
        { asOf: iso(cut) },
      );
      const stageNames = { potential: tr(L, 'potential', '潜在客户'), new: tr(L, 'new', '新客户'), active: tr(L, 'active', '活跃客户'), loyal: tr(L, 'loyal', '忠诚客户'), churned: tr(L, 'churned', '流失客户') } as const;
      const stageCounts = (['potential', 'new', 'active', 'loyal', 'churned'] as const).map((st) => [stageNames[st], lc.customers.filter((c) => c.stage === st).length] as const);
      tables.get('lifecycle')!.push(
        table('lifecycleStages', 'lifecycleStage', tr(L, "Lifecycle stages at the period's end", '期末客户生命周期阶段'), [tr(L, 'Stage', '阶段'), ui('count', L), ui('share', L)], bars(stageCounts).map((x) => [x.label, String(x.count), formatValue(x.share, 'ratio', L)])),
      );
    }
  }

  // NPS distribution.
  if (now.npsScores.length > 0) {
    const r = netPromoterScore([...now.npsScores]);
    const counts = Array.from({ length: 11 }, (_, k) => now.npsScores.filter((x) => x === k).length);
    charts.nps = {
      title: tr(L, CHART_TITLES.nps.en, CHART_TITLES.nps.zh),
      counts,
      score: str(r.value),
      interval: r.confidenceInterval ? [r.confidenceInterval[0].toString(), r.confidenceInterval[1].toString()] : null,
      confidence: '0.95',
    };
  }

  // Segments: NPS by the first customer attribute.
  const npsByAttr = attributeNames[0];
  if (npsByAttr !== undefined && now.npsScores.length > 0) {
    const answers = ds.surveys.filter((s) => s.kind === 'nps' && within(s.at, cur));
    const seg = segmentBy({
      customers,
      by: npsByAttr,
      metric: (group) => {
        const ids = new Set(group.map((c) => c.customerId));
        const scores = answers.filter((a) => ids.has(a.customerId)).map((a) => a.score);
        return { n: scores.length, nps: scores.length === 0 ? null : netPromoterScore(scores).value };
      },
    });
    tables.get('segmentation')!.push(
      table('npsBy', 'segmentBy', tr(L, `NPS by ${npsByAttr}`, `按 ${npsByAttr} 细分的净推荐值`), [npsByAttr, tr(L, 'Customers', '客户数'), tr(L, 'NPS answers', 'NPS 回答数'), 'NPS'], seg.groups.map((g) => [g.value ?? tr(L, '(none)', '（无）'), String(g.customers), String(g.result.n), formatValue(str(g.result.nps), 'points', L)])),
    );
  }

  // Cross-tab of free-text survey answers by the first attribute (seed 004's "three-dimensional" data).
  const withAnswers = ds.surveys.filter((s) => within(s.at, cur) && s.answers !== undefined);
  const questions = [...new Set(withAnswers.flatMap((s) => Object.keys(s.answers ?? {})))];
  if (npsByAttr !== undefined) {
    for (const q of questions.slice(0, 3)) {
      const responses = withAnswers.filter((s) => s.answers![q] !== undefined).map((s) => ({ customerId: s.customerId, answer: s.answers![q]! }));
      const ct = surveyCrossTab({ responses, customers, by: npsByAttr });
      tables.get('needs')!.push(
        table(
          `crossTab:${q}`,
          'surveyCrossTab',
          tr(L, `“${q}” by ${npsByAttr} (share of each row's answers)`, `“${q}”按 ${npsByAttr} 交叉分析（各行回答占比）`),
          [npsByAttr, tr(L, 'Answers', '回答数'), ...ct.answers.map(String)],
          ct.rows.map((r) => [
            r.attributeValue === null ? (r.kind === 'unknownCustomer' ? tr(L, '(unknown customer)', '（未知客户）') : tr(L, '(none)', '（无）')) : String(r.attributeValue),
            String(r.responses),
            ...ct.answers.map((a) => {
              const cell = r.cells.find((c) => c.answer === a);
              return cell ? formatValue(cell.share.toString(), 'ratio', L) : '';
            }),
          ]),
        ),
      );
    }
  }

  // Feedback summary: answers by survey kind, this period and the previous.
  const kinds = ['nps', 'csat', 'ces'] as const;
  const countIn = (k: string, pi: PeriodInfo) => ds.surveys.filter((s) => s.kind === k && within(s.at, pi)).length;
  if (ds.surveys.length > 0) {
    tables.get('feedback')!.push(
      table('surveyCounts', 'netPromoterScore', tr(L, 'Survey answers received', '收到的问卷回答'), [tr(L, 'Survey', '问卷'), cur.label, ...(prev ? [prev.label] : [])], kinds.map((k) => [k.toUpperCase(), String(countIn(k, cur)), ...(prev ? [String(countIn(k, prev))] : [])])),
    );
  }

  // Health tiers.
  if (now.healthTiers && now.healthTiers.size > 0) {
    const entries = [...now.healthTiers];
    const title = tr(L, CHART_TITLES.healthTiers.en, CHART_TITLES.healthTiers.zh);
    charts.healthTiers = { title, bars: bars(entries) };
    tables.get('relationship')!.push(
      table('healthTierCounts', 'healthScore', title, [tr(L, 'Tier', '区间'), cur.label, ...(prev ? [prev.label] : [])], entries.map(([name, c]) => [name, String(c), ...(prev ? [String(before?.healthTiers?.get(name) ?? 0)] : [])])),
    );
  }

  // NPS comparison with the previous period (feedback summary).
  const extraMetrics = new Map<ReportSectionId, ReportMetric[]>();
  if (before && before.npsScores.length > 0 && now.npsScores.length > 0) {
    const r = compareNetPromoterScores([...before.npsScores], [...now.npsScores]);
    const yes = r.significant ? tr(L, 'yes', '是') : tr(L, 'no', '否');
    extraMetrics.set('feedback', [
      {
        id: 'compareNetPromoterScores',
        fn: 'compareNetPromoterScores',
        label: metricLabel('compareNetPromoterScores', L),
        nameEn: METRIC_LABELS.compareNetPromoterScores.en,
        nameZh: METRIC_LABELS.compareNetPromoterScores.zh,
        unit: 'points',
        status: r.value === null ? 'not-computed' : 'computed',
        value: str(r.value),
        display: formatValue(str(r.value), 'points', L),
        ...(r.value === null ? { reason: reasonIn(r.reason ?? 'undefined for these inputs', L) } : { calculation: r.calculation }),
        formula: r.formula,
        reading: readings.compareNps(prev!.label, cur.label, L),
        source: METRICS_SOURCE_NPS,
        details: [
          detail('z', str(r.z), formatValue(str(r.z), 'score', L)),
          detail('p', str(r.pValue), formatValue(str(r.pValue), 'score', L)),
          detail(tr(L, 'significant at 95%', '95% 水平下显著'), null, yes),
        ],
      },
    ]);
  }

  const sections: ReportSection[] = SECTIONS.map((s, i) => {
    const ms = SECTION_METRICS[s.id]
      .filter((id) => {
        if (id !== 'startCohortRetentionRate') return true;
        // Start-cohort retention stands beside CRR when they differ, or in its place.
        const crr = now.metrics.get('customerRetentionRate');
        const scr = now.metrics.get('startCohortRetentionRate');
        return crr !== undefined && scr !== undefined && (crr.value === null || scr.value === null || !crr.value.eq(scr.value));
      })
      .filter((id) => now.metrics.has(id))
      .map((id) => layoutMetric(id, now.metrics.get(id)!, before?.metrics.get(id), L));
    const metrics = [...ms, ...(extraMetrics.get(s.id) ?? [])];
    const ts = tables.get(s.id)!;
    const cs = SECTION_CHARTS[s.id].filter((c) => charts[c] !== undefined);
    const section: ReportSection = {
      id: s.id,
      number: i + 1,
      title: L === 'zh-CN' ? s.zh : s.en,
      heading: s.zh,
      metrics,
      tables: ts,
      charts: cs,
      ...(metrics.length === 0 && ts.length === 0 && cs.length === 0 ? { empty: ui('nothing', L) } : {}),
    };
    return section;
  });

  const all = sections.flatMap((s) => s.metrics);
  const report: Report = {
    kind: 'customer-metrics.report',
    version: 1,
    locale: L,
    title: ui('title', L),
    ...(ds.name === undefined ? {} : { subject: ds.name }),
    period: reportPeriod(cur),
    previousPeriod: prev ? reportPeriod(prev) : null,
    asOf: iso(asOf),
    inputs: {
      customers: customers.length,
      events: rawEvents.length,
      surveys: ds.surveys.length,
      serviceRequests: ds.serviceRequests.length,
      leads: ds.leads.length,
      costs: ds.costs.length,
      healthObservations: ds.health?.observations.length ?? 0,
    },
    keyIndicators: KEY_INDICATORS.filter((id) => all.some((m) => m.id === id)),
    sections,
    notComputed: all.filter((m) => m.status === 'not-computed').map((m) => ({ id: m.id, label: m.label, reason: String(m.reason) })),
    charts,
    anomalies: now.snapshot?.anomalies.length ?? 0,
  };
  return report;
}
