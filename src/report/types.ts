import type { ReportLocale, ReportUnit } from './format.js';

export type { ReportLocale, ReportUnit };

/**
 * The ten sections of a customer-management report, in seed 002's order (客户管理汇报:
 * 一、客户细分分析 … 十、客户服务绩效评估).
 *
 * @category Report
 */
export type ReportSectionId =
  | 'segmentation'
  | 'satisfaction'
  | 'churn'
  | 'lifecycle'
  | 'complaints'
  | 'relationship'
  | 'needs'
  | 'value'
  | 'feedback'
  | 'service';

/**
 * A value of the previous period, shown beside the current one.
 *
 * @category Report
 */
export interface ReportPreviousValue {
  /** The exact value as a decimal string, or `null` when it could not be computed. */
  readonly value: string | null;
  /** The value formatted for the report's locale (`'—'` when null). */
  readonly display: string;
  /** Why the previous value is missing; present only then. */
  readonly reason?: string;
  /** The worked calculation of the previous value, when computed. */
  readonly calculation?: string;
}

/**
 * The change from the previous period to this one.
 *
 * @category Report
 */
export interface ReportChange {
  /** This period's value minus the previous one, exact (a ratio difference for rates). */
  readonly difference: string;
  /** The difference formatted (percentage points for rates), signed. */
  readonly display: string;
  readonly direction: 'up' | 'down' | 'flat';
  /** Whether the change is good news for this metric (a fall in churn is); `null` when flat. */
  readonly favourable: boolean | null;
}

/**
 * One metric of the report: its value with the worked calculation, the previous period's value
 * and the change, or — when the data cannot support it — `status: 'not-computed'` and the reason.
 *
 * @category Report
 */
export interface ReportMetric {
  /** A stable id: the library function's name, or `<function>.<variant>` for a second reading. */
  readonly id: string;
  /** The library function that computed the value (calling it on the same data gives the same value). */
  readonly fn: string;
  /** The label in the report's locale, with the acronym where there is one. */
  readonly label: string;
  /** The English name. */
  readonly nameEn: string;
  /** The seeds' own Chinese name (客户保留率, 净推荐值 …). */
  readonly nameZh: string;
  readonly unit: ReportUnit;
  readonly status: 'computed' | 'not-computed';
  /** The exact value as a decimal string; `null` when not computed. */
  readonly value: string | null;
  /** The value formatted for the locale (`'—'` when null). */
  readonly display: string;
  /** Why it was not computed; present only then. */
  readonly reason?: string;
  /** The formula in symbols, as the function states it. */
  readonly formula?: string;
  /** The worked calculation, as the function states it (inputs substituted). */
  readonly calculation?: string;
  /** How the report read the data for this metric, in the locale (which records, which period). */
  readonly reading: string;
  /** Where the formula comes from (`seed 000 §2`). */
  readonly source: string;
  /** The previous period's value; absent when the report has no previous period. */
  readonly previous?: ReportPreviousValue;
  /** The change from the previous period; absent unless both values exist. */
  readonly change?: ReportChange;
  /** Further figures of the result (a confidence interval, a median, a per-line share …), displayed. */
  readonly details?: readonly ReportDetail[];
  /** A remark in the locale (e.g. why start-cohort retention is shown beside CRR). */
  readonly note?: string;
}

/**
 * A secondary figure of a metric, already formatted.
 *
 * @category Report
 */
export interface ReportDetail {
  readonly label: string;
  readonly value: string | null;
  readonly display: string;
}

/**
 * A small table of a section (segment counts, a cross-tab …), cells already formatted.
 *
 * @category Report
 */
export interface ReportTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Which function produced it. */
  readonly fn: string;
}

/**
 * One of the ten sections of seed 002's outline.
 *
 * @category Report
 */
export interface ReportSection {
  readonly id: ReportSectionId;
  /** 1 … 10, the seed's numbering. */
  readonly number: number;
  /** The title in the report's locale. */
  readonly title: string;
  /** The seed's own heading (客户细分分析 …). */
  readonly heading: string;
  readonly metrics: readonly ReportMetric[];
  readonly tables: readonly ReportTable[];
  /** Ids of the charts (in {@link Report}`.charts`) that belong to this section. */
  readonly charts: readonly ReportChartId[];
  /** Said when the section has nothing to show from this data set. */
  readonly empty?: string;
}

/**
 * The charts a report can carry.
 *
 * @category Report
 */
export type ReportChartId = 'trend' | 'cohorts' | 'nps' | 'healthTiers' | 'churnReasons' | 'rfmSegments';

/**
 * A bar of a bar chart: a label, a count and its share.
 *
 * @category Report
 */
export interface ReportBar {
  readonly label: string;
  readonly count: number;
  /** Share of the total as an exact ratio string. */
  readonly share: string | null;
}

/**
 * The data of the report's charts: plain numbers and decimal strings, so any renderer can draw them.
 *
 * @category Report
 */
export interface ReportCharts {
  /** Retention and churn over the periods up to this one (oldest first). */
  readonly trend?: {
    readonly title: string;
    readonly points: readonly {
      readonly period: string;
      readonly retention: string | null;
      readonly startCohortRetention: string | null;
      readonly churn: string | null;
    }[];
  };
  /** The cohort × period-offset retention matrix (rates as ratio strings, `null` where not yet observed). */
  readonly cohorts?: {
    readonly title: string;
    readonly granularity: 'month' | 'quarter' | 'year';
    readonly rows: readonly { readonly cohort: string; readonly size: number; readonly rates: readonly (string | null)[] }[];
  };
  /** NPS answers 0 … 10 in the period with the score and its confidence interval. */
  readonly nps?: {
    readonly title: string;
    readonly counts: readonly number[];
    readonly score: string | null;
    readonly interval: readonly [string, string] | null;
    readonly confidence: string;
  };
  readonly healthTiers?: { readonly title: string; readonly bars: readonly ReportBar[] };
  readonly churnReasons?: { readonly title: string; readonly bars: readonly ReportBar[] };
  readonly rfmSegments?: { readonly title: string; readonly bars: readonly ReportBar[] };
}

/**
 * A period as the report states it.
 *
 * @category Report
 */
export interface ReportPeriod {
  /** `2026-Q2`, `2026-03`, `2026`, or `start – end` for an interval; in the locale. */
  readonly label: string;
  /** Start instant (inclusive), ISO-8601 UTC. */
  readonly start: string;
  /** End instant (exclusive), ISO-8601 UTC. */
  readonly end: string;
  readonly timeZone: string;
}

/**
 * A whole customer-management report (客户管理汇报) for one period: plain JSON (Decimals as
 * strings), so `JSON.parse(JSON.stringify(report))` equals it.
 *
 * @category Report
 */
export interface Report {
  readonly kind: 'customer-metrics.report';
  readonly version: 1;
  readonly locale: ReportLocale;
  readonly title: string;
  /** The data set's name when it has one. */
  readonly subject?: string;
  readonly period: ReportPeriod;
  readonly previousPeriod: ReportPeriod | null;
  /** The instant the report was read at (conversions and cohorts are cut there), ISO-8601 UTC. */
  readonly asOf: string;
  /** How many records of each dataset section the report read. */
  readonly inputs: Readonly<Record<'customers' | 'events' | 'surveys' | 'serviceRequests' | 'leads' | 'costs' | 'healthObservations', number>>;
  /** The key indicators of seed 002's FAQ 3 (客户增长率, 客户满意度 …), by metric id. */
  readonly keyIndicators: readonly string[];
  readonly sections: readonly ReportSection[];
  /** Every metric that could not be computed, with the reason (also listed in its section). */
  readonly notComputed: readonly { readonly id: string; readonly label: string; readonly reason: string }[];
  readonly charts: ReportCharts;
  /** Event anomalies found while reading the period's snapshot (ignored events), if any. */
  readonly anomalies: number;
}
