import type { Language } from '../labels.js';
import type { Figures, ProgressPoint } from '../types.js';
import { byCommuneChart } from './by-commune.js';
import { byDecadeChart } from './by-decade.js';
import { byDistrictChart } from './by-district.js';
import { byErrorCodeChart } from './by-error-code.js';
import { byEventTypeChart } from './by-event-type.js';
import { progressChart } from './progress.js';
import type { ChartSpec } from './spec.js';

export type { ChartSpec } from './spec.js';
export { communeLabel } from './by-commune.js';

/** The report's charts, by id. */
export interface ReportCharts {
  progress: ChartSpec;
  byDistrict: ChartSpec;
  byCommune: ChartSpec;
  byEventType: ChartSpec;
  byErrorCode: ChartSpec;
  byDecade: ChartSpec;
}

/**
 * Every chart of the report, built from the run's figures and the campaign's progress points
 * (earlier runs then this one).
 *
 * @example
 * const charts = reportCharts(figures, progress, 'vi');
 * renderPlot(charts.byDistrict.plot);
 */
export function reportCharts(figures: Figures, progress: ProgressPoint[], language: Language): ReportCharts {
  return {
    progress: progressChart(progress, language),
    byDistrict: byDistrictChart(figures, language),
    byCommune: byCommuneChart(figures, language),
    byEventType: byEventTypeChart(figures, language),
    byErrorCode: byErrorCodeChart(figures, language),
    byDecade: byDecadeChart(figures, language),
  };
}
export { renderChart } from './render.js';
