import type { ReportLocale, ReportUnit } from './format.js';
import type { ReportSectionId } from './types.js';

/** A metric as the report names it: English and the seeds' Chinese name, acronym, unit, source. */
export interface MetricLabel {
  readonly en: string;
  readonly zh: string;
  readonly acronym?: string;
  readonly unit: ReportUnit;
  readonly source: string;
  /** Which way is good news: a rise (`up`) or a fall (`down`). */
  readonly better: 'up' | 'down';
}

/** Every metric the report can show, keyed by report metric id. */
export const METRIC_LABELS = {
  customerRetentionRate: { en: 'Customer retention rate', zh: '客户保留率', acronym: 'CRR', unit: 'ratio', source: 'seed 000 §2, seed 001 §3', better: 'up' },
  startCohortRetentionRate: { en: 'Start-cohort retention rate', zh: '期初客户留存率', unit: 'ratio', source: 'METRICS.md §D (from events)', better: 'up' },
  customerChurnRate: { en: 'Customer churn rate', zh: '客户流失率', acronym: 'CCR', unit: 'ratio', source: 'seed 001 §4', better: 'down' },
  churnRate: { en: 'Churn rate (lost / customers at start)', zh: '客户流失率（流失客户数量/总客户数量）', unit: 'ratio', source: 'seed 002 §3, seed 004 §3', better: 'down' },
  customerGrowthRate: { en: 'Customer growth rate', zh: '客户增长率', unit: 'ratio', source: 'seed 002 FAQ 3', better: 'up' },
  repeatPurchaseRate: { en: 'Repeat purchase rate', zh: '重复购买率', unit: 'ratio', source: 'seed 001 FAQ 2, seed 002 FAQ 3', better: 'up' },
  customerAcquisitionCost: { en: 'Customer acquisition cost', zh: '客户获取成本', acronym: 'CAC', unit: 'money', source: 'seed 000 §3, seed 001 §2', better: 'down' },
  salesConversionRate: { en: 'Sales conversion rate', zh: '销售转化率', unit: 'ratio', source: 'seed 000 §6', better: 'up' },
  customerLifetimeValue: { en: 'Customer lifetime value', zh: '客户生命周期价值', acronym: 'CLV', unit: 'money', source: 'seed 000 §4', better: 'up' },
  averageLifetimeValue: { en: 'Average lifetime value to date', zh: '平均生命周期价值', acronym: 'ALV', unit: 'money', source: 'seed 004 §3.2', better: 'up' },
  netPromoterScore: { en: 'Net Promoter Score', zh: '净推荐值', acronym: 'NPS', unit: 'points', source: 'seed 003 §5, seed 004 §3.3', better: 'up' },
  customerSatisfactionScore: { en: 'Customer satisfaction score', zh: '客户满意度', acronym: 'CSAT', unit: 'ratio', source: 'seed 000 §1, seed 003 §1', better: 'up' },
  customerEffortScore: { en: 'Customer effort score', zh: '客户费力度', acronym: 'CES', unit: 'score', source: 'field convention', better: 'up' },
  averageResponseTime: { en: 'Customer service response time', zh: '客户服务响应时间', unit: 'seconds', source: 'seed 000 §7', better: 'down' },
  complaintRate: { en: 'Complaint rate', zh: '客户投诉率', unit: 'ratio', source: 'seed 000 §8', better: 'down' },
  complainingCustomerRate: { en: 'Complaining-customer rate', zh: '投诉客户占比', unit: 'ratio', source: 'seed 000 §8 (distinct customers)', better: 'down' },
  resolutionRate: { en: 'Resolution rate', zh: '问题解决率', unit: 'ratio', source: 'seed 003 §10', better: 'up' },
  referralRate: { en: 'Referral rate', zh: '客户推荐率', unit: 'ratio', source: 'seed 000 §9', better: 'up' },
  compareNetPromoterScores: { en: 'NPS change, significance test', zh: '净推荐值变化（显著性检验）', unit: 'points', source: 'seed 003 §5, seed 004 §3.3', better: 'up' },
} as const satisfies Record<string, MetricLabel>;

/** A report metric id. */
export type MetricId = keyof typeof METRIC_LABELS;

/** The label of a metric in a locale: `Customer retention rate (CRR)` / `客户保留率（CRR）`. */
export function metricLabel(id: MetricId, locale: ReportLocale): string {
  const m: MetricLabel = METRIC_LABELS[id];
  if (locale === 'zh-CN') return m.acronym ? `${m.zh}（${m.acronym}）` : m.zh;
  return m.acronym ? `${m.en} (${m.acronym})` : m.en;
}

/** Seed 002's ten headings, and our English titles. */
export const SECTIONS: readonly { id: ReportSectionId; zh: string; en: string }[] = [
  { id: 'segmentation', zh: '客户细分分析', en: 'Customer segmentation' },
  { id: 'satisfaction', zh: '客户满意度调查', en: 'Customer satisfaction surveys' },
  { id: 'churn', zh: '客户流失率分析', en: 'Customer churn analysis' },
  { id: 'lifecycle', zh: '客户生命周期管理', en: 'Customer lifecycle management' },
  { id: 'complaints', zh: '客户投诉处理', en: 'Complaint handling' },
  { id: 'relationship', zh: '客户关系维护策略', en: 'Relationship maintenance' },
  { id: 'needs', zh: '客户需求分析', en: 'Customer needs analysis' },
  { id: 'value', zh: '客户价值评估', en: 'Customer value assessment' },
  { id: 'feedback', zh: '客户反馈汇总', en: 'Customer feedback summary' },
  { id: 'service', zh: '客户服务绩效评估', en: 'Customer service performance' },
];

const UI = {
  title: { en: 'Customer management report', zh: '客户管理汇报' },
  period: { en: 'Period', zh: '报告期' },
  previousPeriod: { en: 'Previous period', zh: '上期' },
  asOf: { en: 'Data as of', zh: '数据截至' },
  keyIndicators: { en: 'Key indicators', zh: '关键指标' },
  metric: { en: 'Metric', zh: '指标' },
  value: { en: 'Value', zh: '本期' },
  previous: { en: 'Previous', zh: '上期' },
  change: { en: 'Change', zh: '变化' },
  calculation: { en: 'Calculation', zh: '计算过程' },
  reading: { en: 'Data read', zh: '数据口径' },
  source: { en: 'Source', zh: '出处' },
  notComputed: { en: 'Not computed', zh: '未计算' },
  notComputedTitle: { en: 'Metrics not computed from this data', zh: '本数据无法计算的指标' },
  reason: { en: 'Reason', zh: '原因' },
  nothing: { en: 'Nothing in this data set for this section.', zh: '本数据集中没有此部分的数据。' },
  anomalies: { en: 'event anomalies ignored', zh: '条异常事件已忽略' },
  retention: { en: 'Retention', zh: '留存' },
  startCohort: { en: 'Start-cohort retention', zh: '期初客户留存' },
  churn: { en: 'Churn', zh: '流失' },
  cohort: { en: 'Cohort', zh: '客户群' },
  size: { en: 'Size', zh: '人数' },
  count: { en: 'Count', zh: '数量' },
  share: { en: 'Share', zh: '占比' },
  interval: { en: 'confidence interval', zh: '置信区间' },
  promoters: { en: 'promoters', zh: '推荐者' },
  passives: { en: 'passives', zh: '被动者' },
  detractors: { en: 'detractors', zh: '贬损者' },
  score: { en: 'Score', zh: '评分' },
  generated: { en: 'Generated by customer-metrics', zh: '由 customer-metrics 生成' },
} as const;

/** A fixed piece of the report's text in a locale. */
export function ui(key: keyof typeof UI, locale: ReportLocale): string {
  return locale === 'zh-CN' ? UI[key].zh : UI[key].en;
}

/** Chart titles. */
export const CHART_TITLES = {
  trend: { en: 'Retention and churn by period', zh: '各期客户留存与流失' },
  cohorts: { en: 'Cohort retention', zh: '客户群留存热力图' },
  nps: { en: 'NPS answers (0–10) and the score with its interval', zh: '净推荐值打分分布（0–10）及置信区间' },
  healthTiers: { en: 'Customers by health tier', zh: '客户健康度区间分布' },
  churnReasons: { en: 'Churn reasons', zh: '客户流失原因统计' },
  rfmSegments: { en: 'RFM segments', zh: 'RFM 价值细分' },
} as const;

/**
 * The reasons the report itself gives for a metric it does not compute, in English and Chinese.
 * `{name}` is filled in by {@link reportReason}; both texts carry the same placeholders.
 */
export const REPORT_REASONS = {
  noEvents: { en: 'no events in the data set', zh: '数据集中没有客户事件' },
  newCustomersLost: {
    en: "new customers were lost inside the period, so N ({N}) exceeds E ({E}) and CRR's assumption fails; see start-cohort retention",
    zh: '本期有新客户在期内流失，N（{N}）大于 E（{E}），CRR 假设新客户全部留存，不适用；请看期初客户留存率',
  },
  noCostLines: { en: 'no cost lines in the period', zh: '本期没有获客成本记录' },
  noLeads: { en: 'no leads created in the period', zh: '本期没有新建的潜在客户' },
  noNpsAnswers: { en: 'no nps answers in the period', zh: '本期没有 NPS 问卷回答' },
  noCsatAnswers: { en: 'no csat answers in the period', zh: '本期没有满意度问卷回答' },
  noCesAnswers: { en: 'no ces answers in the period', zh: '本期没有费力度问卷回答' },
  moreWillingThanCustomers: {
    en: 'more customers willing to recommend ({willing}) than customers active in the period (S + N = {customers})',
    zh: '愿意推荐的客户（{willing}）多于本期活跃客户（S + N = {customers}）',
  },
  noServiceRequests: { en: 'no service requests in the data set', zh: '数据集中没有服务请求' },
  noServiceRequestsInPeriod: { en: 'no service requests opened in the period', zh: '本期没有服务请求' },
  moreComplainingThanCustomers: {
    en: 'more complaining customers ({complaining}) than customers active in the period (S + N = {customers})',
    zh: '投诉客户（{complaining}）多于本期活跃客户（S + N = {customers}）',
  },
  noPurchases: { en: 'no purchases in the period', zh: '本期没有购买记录' },
  noCustomersAtStart: { en: 'no customers at period start (S = 0)', zh: '期初没有客户（S = 0）' },
  noChurn: {
    en: 'no churn in the period, so the expected lifespan (1 / churn rate) is unbounded',
    zh: '本期没有客户流失，预期生命周期（1 / 流失率）无上限',
  },
  noPurchasesToPeriodEnd: { en: "no purchases up to the period's end", zh: '期末之前没有购买记录' },
} as const satisfies Record<string, { en: string; zh: string }>;

/** The key of a reason the report gives itself. */
export type ReportReason = keyof typeof REPORT_REASONS;

/**
 * The reasons the metric functions the report calls give for an undefined value (each function
 * of {@link METRIC_LABELS}, and the default of a result), word for word, with their Chinese text.
 */
export const FUNCTION_REASONS_ZH: Readonly<Record<string, string>> = {
  'undefined for these inputs': '这些输入下无定义',
  'no customers at period start (S = 0)': '期初没有客户（S = 0）',
  'no customers at period start or end ((S + E) / 2 = 0)': '期初和期末都没有客户（(S + E) / 2 = 0）',
  'no customers at period end (E = 0)': '期末没有客户（E = 0）',
  'the explicit base count is 0 (B = 0)': '指定的基数为 0（B = 0）',
  'no customers active at period start (S = 0)': '期初没有活跃客户（S = 0）',
  'no purchases in the period (P = 0)': '本期没有购买客户（P = 0）',
  'no new customers in the period (N = 0)': '本期没有新增客户（N = 0）',
  'no leads (potential customers = 0)': '没有潜在客户（潜在客户数 = 0）',
  'no answers (n = 0)': '没有问卷回答（n = 0）',
  'no customers (customers = 0)': '没有客户（客户数 = 0）',
  'no service requests (requests = 0)': '没有服务请求（请求数 = 0）',
  'no service requests': '没有服务请求',
  'no request has a first response yet': '尚无任何服务请求得到首次响应',
  'no lifetime values to average (n = 0)': '没有可平均的生命周期价值（n = 0）',
  'neither survey has answers': '两次调查都没有回答',
  'survey A has no answers': '调查 A 没有回答',
  'survey B has no answers': '调查 B 没有回答',
};

/** A reason the report gives itself, in English (translated with the others by {@link reasonIn}). */
export function reportReason(key: ReportReason, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(REPORT_REASONS[key].en, params);
}

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

// Each English template as a pattern whose groups are its placeholders, with the Chinese template.
const REPORT_PATTERNS: readonly (readonly [RegExp, readonly string[], string])[] = Object.values(REPORT_REASONS).map((r) => {
  const names: string[] = [];
  const source = r.en.split(/\{(\w+)\}/).map((part, i) => {
    if (i % 2 === 1) {
      names.push(part);
      return '(.+?)';
    }
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return [new RegExp(`^${source.join('')}$`), names, r.zh] as const;
});

/** A reason in the report's locale (an unknown reason stays in English). */
export function reasonIn(reason: string, locale: ReportLocale): string {
  if (locale === 'en') return reason;
  if (Object.hasOwn(FUNCTION_REASONS_ZH, reason)) return FUNCTION_REASONS_ZH[reason]!;
  for (const [re, names, zh] of REPORT_PATTERNS) {
    const m = re.exec(reason);
    if (m) return fill(zh, Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])));
  }
  return reason;
}

/** Quarter / month / year labels in the locale. */
export function calendarLabel(kind: 'month' | 'quarter' | 'year', key: string, locale: ReportLocale): string {
  if (locale === 'en') return key;
  if (kind === 'year') return `${key}年`;
  if (kind === 'quarter') {
    const [y, q] = key.split('-Q');
    return `${y}年第${'一二三四'[Number(q) - 1] ?? q}季度`;
  }
  const [y, m] = key.split('-');
  return `${y}年${Number(m)}月`;
}
