/**
 * customer-metrics/report: renderers of a customer-management report (客户管理汇报) built by
 * `buildReport` — plain text, Markdown and a self-contained HTML page with inline SVG charts.
 * Kept in its own entry point so that the core package stays small.
 * @packageDocumentation
 */

// Report
export { renderText } from './text.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export type {
  Report,
  ReportBar,
  ReportChange,
  ReportChartId,
  ReportCharts,
  ReportDetail,
  ReportLocale,
  ReportMetric,
  ReportPeriod,
  ReportPreviousValue,
  ReportSection,
  ReportSectionId,
  ReportTable,
  ReportUnit,
} from '../types.js';
