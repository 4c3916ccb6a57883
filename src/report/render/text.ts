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

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function table(columns: readonly string[], rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = columns.map((c, j) => Math.max(displayWidth(c), ...rows.map((r) => displayWidth(r[j] ?? ''))));
  const line = (cells: readonly string[]) => `${indent}${cells.map((c, j) => pad(c, widths[j] ?? 0)).join('  ').trimEnd()}`;
  return [line(columns), `${indent}${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map(line)];
}

function renderTable(t: ReportTable, indent: string): string[] {
  return [`${indent}${t.title}`, ...table(t.columns, t.rows, indent), ''];
}

/**
 * Render a report as plain text for a terminal: the title and period, the key indicators, then
 * the ten sections of seed 002, each metric with its value, the previous value, the change, and
 * its worked calculation underneath; then the metrics that could not be computed and why.
 *
 * @param report - A report from `buildReport` (or its JSON, parsed).
 * @returns Plain text, lines separated by `\n`, ending with a newline.
 * @category Report
 */
export function renderText(report: Report): string {
  const L = report.locale;
  const out: string[] = [];
  const title = reportTitle(report);
  out.push(title, '='.repeat(displayWidth(title)), periodLine(report));
  if (report.anomalies > 0) out.push(`(${report.anomalies} ${ui('anomalies', L)})`);
  out.push('');

  const byId = metricsById(report);
  const key = report.keyIndicators.map((id) => byId.get(id)).filter((m) => m !== undefined);
  if (key.length > 0) {
    out.push(ui('keyIndicators', L));
    out.push(...table([ui('metric', L), ui('value', L), ui('previous', L), ui('change', L)], key.map((m) => [m.label, valueCell(m, L), previousCell(m), changeCell(m)]), '  '), '');
  }

  for (const s of report.sections) {
    const heading = sectionTitle(s, L);
    out.push(heading, '-'.repeat(displayWidth(heading)));
    if (s.empty) out.push(`  ${s.empty}`, '');
    if (s.metrics.length > 0) {
      out.push(...table([ui('metric', L), ui('value', L), ui('previous', L), ui('change', L)], s.metrics.map((m) => [m.label, valueCell(m, L), previousCell(m), changeCell(m)]), '  '), '');
      for (const m of s.metrics) {
        out.push(`  ${m.label}`);
        for (const l of metricLines(m, L)) out.push(`    ${l}`);
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
    for (const t of [...extra, ...s.tables]) out.push(...renderTable(t, '  '));
  }

  if (report.notComputed.length > 0) {
    const h = ui('notComputedTitle', L);
    out.push(h, '-'.repeat(displayWidth(h)));
    for (const n of report.notComputed) out.push(`  ${n.label}: ${n.reason}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
