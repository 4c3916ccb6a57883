import { formatValue } from '../format.js';
import { ui } from '../labels.js';
import type { Report, ReportChartId, ReportMetric, ReportTable } from '../types.js';
import { metricLines, metricsById, periodLine, reportTitle, sectionTitle, changeCell } from './common.js';
import { esc, heatmap, horizontalBars, lineChart, npsChart } from './svg.js';

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:#111827;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:1120px;margin:0 auto;padding:28px 24px 48px}
header{margin-bottom:20px}
h1{font-size:26px;margin:0 0 4px}
.meta{color:#4b5563;margin:0}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px;margin:20px 0 28px}
.kpi{background:#fff;border-radius:10px;padding:14px 16px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.kpi .label{color:#4b5563;font-size:12.5px}
.kpi .value{font-size:26px;font-weight:650;margin:2px 0}
.kpi .prev{color:#6b7280;font-size:12px}
.good{color:#15803d}.bad{color:#b91c1c}.flat{color:#6b7280}
section{background:#fff;border-radius:12px;padding:18px 22px 20px;margin:0 0 18px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
h2{font-size:18px;margin:0 0 12px}
table{border-collapse:collapse;width:100%;margin:0 0 10px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top}
th{font-size:12px;color:#6b7280;font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.calc{font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#374151;margin:2px 0 0;white-space:pre-wrap;word-break:break-word}
.reading{color:#6b7280;font-size:12px;margin:2px 0 0}
.note{color:#92400e;font-size:12px;margin:2px 0 0}
.nc{color:#9ca3af;font-style:italic}
.charts{display:flex;flex-wrap:wrap;gap:16px;margin:8px 0 4px}
figure{margin:0;padding:10px 12px;border:1px solid #e5e7eb;border-radius:10px;overflow-x:auto;max-width:100%}
figcaption{font-weight:600;font-size:13px;margin:0 0 6px}
.chart{display:block;max-width:100%;height:auto}
.tables h3{font-size:13px;margin:14px 0 4px}
.tables table{width:auto;min-width:min(100%,460px)}
.tables td:first-child{padding-right:28px}
.empty{color:#6b7280;font-style:italic;margin:0}
footer{color:#9ca3af;font-size:12px;text-align:center;margin-top:24px}
`;

/** The class of a change: good or bad news for this metric, or flat. */
function changeClass(m: ReportMetric): string {
  return m.change?.favourable === true ? 'good' : m.change?.favourable === false ? 'bad' : 'flat';
}

function tableHtml(t: ReportTable): string {
  const head = t.columns.map((c, j) => `<th${j > 0 ? ' class="num"' : ''}>${esc(c)}</th>`).join('');
  const rows = t.rows.map((r) => `<tr>${t.columns.map((_, j) => `<td${j > 0 ? ' class="num"' : ''}>${esc(r[j] ?? '')}</td>`).join('')}</tr>`).join('');
  return `<div class="tables"><h3>${esc(t.title)}</h3><table data-table="${esc(t.id)}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function metricRow(m: ReportMetric, L: Report['locale']): string {
  const lines = metricLines(m, L);
  const calc = m.status === 'computed' && m.calculation ? `<p class="calc">${esc(String(lines.shift()))}</p>` : '';
  const rest = lines
    .map((l) => (m.note === l ? `<p class="note">${esc(l)}</p>` : `<p class="reading">${esc(l)}</p>`))
    .join('');
  const value = m.status === 'computed' ? esc(m.display) : `<span class="nc">${esc(ui('notComputed', L))}</span>`;
  const change = m.change ? `<span class="${changeClass(m)}">${esc(changeCell(m))}</span>` : '';
  return `<tr data-metric="${esc(m.id)}"><td><strong>${esc(m.label)}</strong>${calc}${rest}</td><td class="num">${value}</td><td class="num">${esc(m.previous?.display ?? '')}</td><td class="num">${change}</td></tr>`;
}

function num(s: string | null): number | null {
  return s === null ? null : Number(s);
}

function chartHtml(id: ReportChartId, report: Report): string {
  const L = report.locale;
  const pct = (v: number) => formatValue(String(v), 'ratio', L);
  const c = report.charts;
  let body = '';
  let title = '';
  if (id === 'trend' && c.trend && c.trend.points.length > 0) {
    title = c.trend.title;
    body = lineChart({
      label: title,
      xLabels: c.trend.points.map((p) => p.period),
      percent: (v) => formatValue(String(v), 'ratio', L).replace(/\.0%$/, '%'),
      series: [
        { name: ui('startCohort', L), color: '#2563eb', values: c.trend.points.map((p) => num(p.startCohortRetention)) },
        { name: ui('retention', L) + ' (CRR)', color: '#60a5fa', dashed: true, values: c.trend.points.map((p) => num(p.retention)) },
        { name: ui('churn', L), color: '#dc2626', values: c.trend.points.map((p) => num(p.churn)) },
      ],
    });
  } else if (id === 'cohorts' && c.cohorts && c.cohorts.rows.length > 0) {
    title = c.cohorts.title;
    const width = Math.max(...c.cohorts.rows.map((r) => r.rates.length));
    body = heatmap({
      label: title,
      rows: c.cohorts.rows.map((r) => ({ label: r.cohort, note: String(r.size), cells: r.rates.map(num) })),
      columnLabels: Array.from({ length: width }, (_, k) => `+${k}`),
      cellText: (v) => pct(v).replace(/\.\d%$/, '%'),
    });
  } else if (id === 'nps' && c.nps) {
    title = c.nps.title;
    const score = num(c.nps.score);
    const interval = c.nps.interval ? ([Number(c.nps.interval[0]), Number(c.nps.interval[1])] as const) : null;
    body = npsChart({
      label: title,
      counts: c.nps.counts,
      score,
      interval,
      scoreText: formatValue(c.nps.score, 'points', L),
      intervalText: c.nps.interval
        ? `NPS ${formatValue(c.nps.score, 'points', L)}, ${formatValue(c.nps.confidence, 'ratio', L).replace(/\.0%$/, '%')} ${ui('interval', L)} [${formatValue(c.nps.interval[0], 'points', L)}, ${formatValue(c.nps.interval[1], 'points', L)}]`
        : '',
    });
  } else if ((id === 'healthTiers' || id === 'churnReasons' || id === 'rfmSegments') && c[id] && c[id].bars.length > 0) {
    const data = c[id];
    title = data.title;
    const color = id === 'churnReasons' ? '#f97316' : id === 'healthTiers' ? '#10b981' : '#8b5cf6';
    const tierColor = (label: string) => (/risk|风险/i.test(label) ? '#ef4444' : /vip/i.test(label) ? '#059669' : undefined);
    body = horizontalBars({
      label: title,
      color,
      bars: data.bars.map((b) => ({
        label: b.label,
        value: b.count,
        text: b.share === null ? String(b.count) : `${b.count} (${formatValue(b.share, 'ratio', L)})`,
        ...(id === 'healthTiers' && tierColor(b.label) ? { color: tierColor(b.label)! } : {}),
      })),
    });
  }
  return body ? `<figure data-chart="${id}"><figcaption>${esc(title)}</figcaption>${body}</figure>` : '';
}

/**
 * Render a report as one self-contained HTML page: no script, no network, inline CSS and SVG
 * charts drawn by the library's own small code — retention and churn over periods, the cohort
 * heatmap, the NPS distribution with its interval, health tiers, churn reasons and RFM segments,
 * each in its section of seed 002's outline, beside the section's metrics and calculations.
 *
 * @param report - A report from `buildReport` (or its JSON, parsed).
 * @returns A complete HTML document (`<!doctype html>` …), UTF-8.
 * @category Report
 */
export function renderHtml(report: Report): string {
  const L = report.locale;
  const byId = metricsById(report);
  const kpis = report.keyIndicators
    .map((id) => byId.get(id))
    .filter((m) => m !== undefined)
    .map((m) => {
      const change = m.change ? ` <span class="${changeClass(m)}">${esc(changeCell(m))}</span>` : '';
      const prev = m.previous ? `${esc(ui('previous', L))} ${esc(m.previous.display)}${change}` : '';
      const value = m.status === 'computed' ? esc(m.display) : `<span class="nc">${esc(ui('notComputed', L))}</span>`;
      return `<div class="kpi" data-metric="${esc(m.id)}"><div class="label">${esc(m.label)}</div><div class="value">${value}</div><div class="prev">${prev}</div></div>`;
    })
    .join('');
  const sections = report.sections
    .map((s) => {
      const metrics =
        s.metrics.length > 0
          ? `<table class="metrics"><thead><tr><th>${esc(ui('metric', L))}</th><th class="num">${esc(ui('value', L))}</th><th class="num">${esc(ui('previous', L))}</th><th class="num">${esc(ui('change', L))}</th></tr></thead><tbody>${s.metrics.map((m) => metricRow(m, L)).join('')}</tbody></table>`
          : '';
      const charts = s.charts.map((id) => chartHtml(id, report)).filter((x) => x !== '');
      const chartBlock = charts.length > 0 ? `<div class="charts">${charts.join('')}</div>` : '';
      const empty = s.empty ? `<p class="empty">${esc(s.empty)}</p>` : '';
      // Tables that repeat a chart's bars are left out of the page (text and Markdown keep them).
      const tables = s.tables.filter((t) => !(s.charts as readonly string[]).includes(t.id));
      const heading = L === 'zh-CN' ? sectionTitle(s, L) : `${s.number}. ${s.title}`;
      return `<section id="${s.id}"><h2 title="${esc(s.heading)}">${esc(heading)}</h2>${empty}${metrics}${chartBlock}${tables.map(tableHtml).join('')}</section>`;
    })
    .join('\n');
  const nc =
    report.notComputed.length > 0
      ? `<section id="not-computed"><h2>${esc(ui('notComputedTitle', L))}</h2><table><thead><tr><th>${esc(ui('metric', L))}</th><th>${esc(ui('reason', L))}</th></tr></thead><tbody>${report.notComputed.map((n) => `<tr><td>${esc(n.label)}</td><td>${esc(n.reason)}</td></tr>`).join('')}</tbody></table></section>`
      : '';
  const anomalies = report.anomalies > 0 ? `<p class="meta">${report.anomalies} ${esc(ui('anomalies', L))}</p>` : '';
  return `<!doctype html>
<html lang="${L}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle(report))} · ${esc(report.period.label)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header><h1>${esc(reportTitle(report))}</h1><p class="meta">${esc(periodLine(report))}</p>${anomalies}</header>
${kpis ? `<div class="kpis">${kpis}</div>` : ''}
${sections}
${nc}
<footer>${esc(ui('generated', L))}</footer>
</main>
</body>
</html>
`;
}
