import type { Language } from '../labels.js';
import type { ProfileFigures } from '../types.js';
import { completenessByDistrictChart } from './completeness-by-district.js';
import { failuresByRuleChart } from './failures-by-rule.js';
import { recordsByYearChart } from './records-by-year.js';
import type { ProfileChartSpec } from './spec.js';

export type { ProfileChartSpec } from './spec.js';

/**
 * Every chart of the profile section, in the order they are shown.
 *
 * @example
 * profileCharts(figures, 'vi').map((c) => c.id); // ['profile-completeness-district', ...]
 */
export function profileCharts(f: ProfileFigures, language: Language): ProfileChartSpec[] {
  return [completenessByDistrictChart(f, language), failuresByRuleChart(f, language), recordsByYearChart(f, language)];
}

export { completenessByDistrictChart, failuresByRuleChart, recordsByYearChart };
