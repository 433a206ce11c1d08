import type { Language } from '../labels.js';
import type { Figures } from '../types.js';
import { shareBars } from './share-bars.js';
import type { ChartSpec } from './spec.js';
import { CHART_TEXTS } from './texts.js';

/**
 * Share of each outcome per district.
 *
 * @example
 * const spec = byDistrictChart(figures, 'vi');
 */
export function byDistrictChart(figures: Figures, language: Language): ChartSpec {
  const t = CHART_TEXTS[language];
  return shareBars({ id: 'by-district', title: t.byDistrict, groupHeader: t.district, rows: figures.by_district, label: (r) => r.label, language });
}
