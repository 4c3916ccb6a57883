import type { Report, ReportMetric, ReportTable } from '../../src/index.js';

/** The metric of a report with this id, in whichever section it is. */
export const metric = (r: Report, id: string): ReportMetric | undefined => r.sections.flatMap((s) => s.metrics).find((m) => m.id === id);

/** The table of a report with this id, in whichever section it is. */
export const table = (r: Report, id: string): ReportTable | undefined => r.sections.flatMap((s) => s.tables).find((t) => t.id === id);
