import type { ReportLocale } from './format.js';
import { formatValue } from './format.js';

/** Pick the English or the Chinese text. */
export function tr(L: ReportLocale, en: string, zh: string): string {
  return L === 'zh-CN' ? zh : en;
}

const n = (x: number, L: ReportLocale): string => formatValue(String(x), 'count', L);

/** Snapshot counts as the report states them (S, E, N, C). */
export interface SnapshotCounts {
  readonly customersAtStart: number;
  readonly customersAtEnd: number;
  readonly newCustomers: number;
  readonly churnedCustomers: number;
  readonly reactivatedCustomers: number;
}

/** How every period formula read the events: the snapshot of the period. */
export function snapshotReading(s: SnapshotCounts, label: string, L: ReportLocale): string {
  return tr(
    L,
    `snapshotFromEvents for ${label}: S = ${n(s.customersAtStart, L)} customers active just before its start, E = ${n(s.customersAtEnd, L)} just before its end, N = ${n(s.newCustomers, L)} new (${n(s.reactivatedCustomers, L)} of them reactivated), C = ${n(s.churnedCustomers, L)} lost`,
    `由 snapshotFromEvents 读取${label}：期初客户数 S = ${n(s.customersAtStart, L)}，期末客户数 E = ${n(s.customersAtEnd, L)}，新增客户数 N = ${n(s.newCustomers, L)}（其中重新激活 ${n(s.reactivatedCustomers, L)}），流失客户数 C = ${n(s.churnedCustomers, L)}`,
  );
}

export const readings = {
  startCohort: (label: string, L: ReportLocale) =>
    tr(L, `from the events: of the customers active at the start of ${label}, those still active at its end`, `由事件计算：${label}期初的活跃客户中，期末仍活跃的比例`),
  cac: (lines: number, label: string, N: number, L: ReportLocale) =>
    tr(L, `${n(lines, L)} cost lines dated in ${label}, summed by line, over the snapshot's N = ${n(N, L)} new customers`, `${label}内的 ${n(lines, L)} 条获客成本记录（按类别汇总），除以本期新增客户数 N = ${n(N, L)}`),
  conversion: (leads: number, converted: number, label: string, asOf: string, L: ReportLocale) =>
    tr(L, `${n(leads, L)} leads created in ${label}; ${n(converted, L)} of them converted by ${asOf}`, `${label}内新建的潜在客户 ${n(leads, L)} 个，截至 ${asOf} 已转化 ${n(converted, L)} 个`),
  complaints: (complaints: number, label: string, S: number, N: number, L: ReportLocale) =>
    tr(L, `${n(complaints, L)} complaint requests opened in ${label}, over the customers active at some point of it (S + N = ${n(S, L)} + ${n(N, L)})`, `${label}内提出的投诉 ${n(complaints, L)} 件，除以期内活跃过的客户数（S + N = ${n(S, L)} + ${n(N, L)}）`),
  complaining: (customers: number, label: string, S: number, N: number, L: ReportLocale) =>
    tr(L, `${n(customers, L)} distinct customers who opened a complaint in ${label}, over S + N = ${n(S, L)} + ${n(N, L)}`, `${label}内提出过投诉的客户 ${n(customers, L)} 位（按客户去重），除以 S + N = ${n(S, L)} + ${n(N, L)}`),
  resolution: (resolved: number, requests: number, label: string, asOf: string, L: ReportLocale) =>
    tr(L, `${n(resolved, L)} of the ${n(requests, L)} service requests opened in ${label} resolved by ${asOf}`, `${label}内的 ${n(requests, L)} 个服务请求中，截至 ${asOf} 已解决 ${n(resolved, L)} 个`),
  response: (requests: number, label: string, L: ReportLocale) =>
    tr(L, `${n(requests, L)} service requests opened in ${label}; time from opening to first response, in seconds`, `${label}内的 ${n(requests, L)} 个服务请求；从提出到首次响应的时间（秒）`),
  survey: (count: number, kind: string, label: string, L: ReportLocale) =>
    tr(L, `${n(count, L)} ${kind} answers dated in ${label}`, `${label}内的 ${kind} 问卷回答 ${n(count, L)} 份`),
  referral: (promoters: number, label: string, S: number, N: number, L: ReportLocale) =>
    tr(L, `${n(promoters, L)} distinct customers who answered 9–10 to the NPS question in ${label} (willing to recommend), over S + N = ${n(S, L)} + ${n(N, L)}`, `${label}内 NPS 打 9–10 分（愿意推荐）的客户 ${n(promoters, L)} 位（按客户去重），除以 S + N = ${n(S, L)} + ${n(N, L)}`),
  repeat: (label: string, L: ReportLocale) => tr(L, `purchase events dated in ${label}`, `${label}内的购买事件`),
  clv: (revenue: string, purchases: number, buyers: number, unit: string, label: string, L: ReportLocale) =>
    tr(
      L,
      `purchases in ${label}: revenue ${revenue} in ${n(purchases, L)} purchases by ${n(buyers, L)} customers; average order value = revenue / purchases, purchase frequency = purchases / customers per ${unit}, lifespan = 1 / churn rate (C / S) in ${unit}s`,
      `${label}内的购买：收入 ${revenue}，${n(buyers, L)} 位客户共 ${n(purchases, L)} 次购买；平均订单价值 = 收入 / 购买次数，购买频率 = 每${unit}购买次数 / 客户数，生命周期 = 1 / 流失率（C / S）个${unit}`,
    ),
  alv: (customers: number, label: string, L: ReportLocale) =>
    tr(L, `each of the ${n(customers, L)} customers' purchases up to the end of ${label} (historical value to date), averaged`, `${n(customers, L)} 位客户截至${label}期末的累计购买金额（历史价值）的平均值`),
  compareNps: (prev: string, cur: string, L: ReportLocale) =>
    tr(L, `NPS answers of ${prev} (A) against those of ${cur} (B); two-sided z-test`, `${prev}（A）与${cur}（B）的 NPS 回答对比；双侧 z 检验`),
};

/** The unit a CLV's frequency and lifespan are in, named in the locale. */
export function unitName(unit: 'month' | 'quarter' | 'year' | 'period', L: ReportLocale): string {
  const zh = { month: '月', quarter: '季度', year: '年', period: '期' } as const;
  return L === 'zh-CN' ? zh[unit] : unit;
}
