import { ui } from '../labels.js';
import type { Report, ReportTable } from '../types.js';
import {
  changeCell,
  cohortTable,
  metricLines,
  metricsById,
  periodLine,
  previousCell,
  reportTitle,
  sectionTitle,
  trendTable,
  valueCell,
} from './common.js';

/**
 * Escape text for Markdown, so that it reads as itself: a backslash before every character that
 * can start markup (emphasis, code, links, HTML, headings, tables, strikethrough, entities), and
 * line breaks folded into spaces (a break would end a heading or a table row).
 */
function text(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~&]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

/** A table cell: text as above (pipes would otherwise break the row). */
const cell = text;

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `|${columns.map((_, j) => (j === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${columns.map((_, j) => cell(r[j] ?? '')).join(' | ')} |`),
  ];
}

function renderTable(t: ReportTable): string[] {
  return [`**${t.title}**`, '', ...table(t.columns, t.rows), ''];
}

/**
 * Render a report as Markdown: a heading per section of seed 002's outline, a table of the
 * section's metrics (value, previous, change), the worked calculations as a list, and the
 * section's tables; then the metrics that could not be computed and why.
 *
 * @param report - A report from `buildReport` (or its JSON, parsed).
 * @returns A Markdown document (CommonMark with GitHub tables).
 * @category Report
 */
export function renderMarkdown(report: Report): string {
  const L = report.locale;
  const out: string[] = [`# ${text(reportTitle(report))}`, '', periodLine(report), ''];
  if (report.anomalies > 0) out.push(`_${report.anomalies} ${ui('anomalies', L)}_`, '');
  const byId = metricsById(report);
  const key = report.keyIndicators.map((id) => byId.get(id)).filter((m) => m !== undefined);
  if (key.length > 0) {
    out.push(`## ${ui('keyIndicators', L)}`, '');
    out.push(...table([ui('metric', L), ui('value', L), ui('previous', L), ui('change', L)], key.map((m) => [m.label, valueCell(m, L), previousCell(m), changeCell(m)])), '');
  }
  for (const s of report.sections) {
    out.push(`## ${sectionTitle(s, L)}`, '');
    if (s.empty) out.push(`_${s.empty}_`, '');
    if (s.metrics.length > 0) {
      out.push(...table([ui('metric', L), ui('value', L), ui('previous', L), ui('change', L)], s.metrics.map((m) => [m.label, valueCell(m, L), previousCell(m), changeCell(m)])), '');
      for (const m of s.metrics) {
        // The first line is the calculation, or the reason it was not computed; then the data read.
        const lines = metricLines(m, L);
        out.push(`- **${cell(m.label)}**: \`${String(lines[0])}\``);
        for (const l of lines.slice(1)) out.push(`  - ${l}`);
      }
      out.push('');
    }
    const extra: ReportTable[] = [];
    if (s.charts.includes('trend')) {
      const t = trendTable(report);
      if (t) extra.push(t);
    }
    if (s.charts.includes('cohorts')) {
      const t = cohortTable(report);
      if (t) extra.push(t);
    }
    for (const t of [...extra, ...s.tables]) out.push(...renderTable(t));
  }
  if (report.notComputed.length > 0) {
    out.push(`## ${ui('notComputedTitle', L)}`, '');
    out.push(...table([ui('metric', L), ui('reason', L)], report.notComputed.map((n) => [n.label, n.reason])), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
