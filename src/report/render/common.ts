import { formatValue } from '../format.js';
import { ui } from '../labels.js';
import type { Report, ReportMetric, ReportSection, ReportTable } from '../types.js';

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `1. Customer segmentation (客户细分分析)` or `一、客户细分分析`. */
export function sectionTitle(section: ReportSection, locale: Report['locale']): string {
  return locale === 'zh-CN'
    ? `${ZH_NUMERALS[section.number - 1] ?? section.number}、${section.heading}`
    : `${section.number}. ${section.title} (${section.heading})`;
}

/** The report's heading line. */
export function reportTitle(report: Report): string {
  return report.subject ? `${report.title} — ${report.subject}` : report.title;
}

/** `Period: 2026-Q2 · Previous period: 2026-Q1 · Data as of 2026-06-30T23:59:59Z`. */
export function periodLine(report: Report): string {
  const sep = report.locale === 'zh-CN' ? '：' : ': ';
  const parts = [`${ui('period', report.locale)}${sep}${report.period.label}`];
  if (report.previousPeriod) parts.push(`${ui('previousPeriod', report.locale)}${sep}${report.previousPeriod.label}`);
  parts.push(`${ui('asOf', report.locale)}${sep}${report.asOf}`);
  return parts.join(' · ');
}

/** Every metric of the report by id. */
export function metricsById(report: Report): Map<string, ReportMetric> {
  const out = new Map<string, ReportMetric>();
  for (const s of report.sections) for (const m of s.metrics) out.set(m.id, m);
  return out;
}

/** The value column of a metric: its display, or "not computed". */
export function valueCell(m: ReportMetric, locale: Report['locale']): string {
  return m.status === 'computed' ? m.display : ui('notComputed', locale);
}

export function previousCell(m: ReportMetric): string {
  return m.previous ? m.previous.display : '';
}

export function changeCell(m: ReportMetric): string {
  if (!m.change) return '';
  const arrow = m.change.direction === 'up' ? '▲' : m.change.direction === 'down' ? '▼' : '■';
  return `${arrow} ${m.change.display}`;
}

/**
 * The lines under a metric: its calculation (or reason), details, the data read (left out when
 * there is none, as for most metrics not computed) and note.
 */
export function metricLines(m: ReportMetric, locale: Report['locale']): string[] {
  const sep = locale === 'zh-CN' ? '：' : ': ';
  const lines: string[] = [];
  if (m.status === 'computed' && m.calculation) lines.push(m.calculation);
  if (m.status === 'not-computed' && m.reason) lines.push(`${ui('notComputed', locale)}${sep}${m.reason}`);
  if (m.details && m.details.length > 0) lines.push(m.details.map((d) => `${d.label} ${d.display}`).join(' · '));
  if (typeof m.reading === 'string' && m.reading.trim() !== '') lines.push(`${ui('reading', locale)}${sep}${m.reading}`);
  if (m.note) lines.push(m.note);
  return lines;
}

/** The trend chart's data as a table, for text and Markdown. */
export function trendTable(report: Report): ReportTable | undefined {
  const t = report.charts.trend;
  if (!t) return undefined;
  const pct = (v: string | null) => formatValue(v, 'ratio', report.locale);
  return {
    id: 'trend',
    fn: 'snapshotFromEvents',
    title: t.title,
    columns: [ui('period', report.locale), ui('retention', report.locale), ui('startCohort', report.locale), ui('churn', report.locale)],
    rows: t.points.map((p) => [p.period, pct(p.retention), pct(p.startCohortRetention), pct(p.churn)]),
  };
}

/** The cohort matrix as a table, for text and Markdown. */
export function cohortTable(report: Report): ReportTable | undefined {
  const c = report.charts.cohorts;
  if (!c) return undefined;
  const width = Math.max(0, ...c.rows.map((r) => r.rates.length));
  return {
    id: 'cohorts',
    fn: 'cohortRetention',
    title: c.title,
    columns: [ui('cohort', report.locale), ui('size', report.locale), ...Array.from({ length: width }, (_, k) => `+${k}`)],
    rows: c.rows.map((r) => [r.cohort, String(r.size), ...Array.from({ length: width }, (_, k) => {
      const v = r.rates[k];
      return v === undefined || v === null ? '' : formatValue(v, 'ratio', report.locale);
    })]),
  };
}
