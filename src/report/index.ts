/** The run folder: summary.json, the leadership report (HTML, PDF, PNG charts) and the worklists. */
export { writeRunOutputs, type RunOutputs, type RunOutputsOptions } from './write.js';
export { computeFigures, prepareReportTables, reportSteps } from './figures.js';
export { buildSummary, type Summary } from './summary.js';
export { writeWorklists, type WorklistFile } from './worklists/write.js';
export { worklistFileName, slug } from './worklists/file-name.js';
export { renderReportHtml } from './html/document.js';
export { htmlToPdf } from './pdf.js';
export { reportCharts, renderChart, type ChartSpec, type ReportCharts } from './charts/index.js';
export { formatCount, formatShare, formatDelta } from './format.js';
export * from './labels.js';
export type { Headline, BreakdownRow, Figures, RunInfo, RunInput, RunComparison, ProgressPoint, PreviousRuns } from './types.js';
export { HEADLINE_KEYS } from './types.js';
