import type { Language } from '../labels.js';
import type { BreakdownRow, Figures } from '../types.js';
import { shareBars } from './share-bars.js';
import { shortDistrict, type ChartSpec } from './spec.js';
import { CHART_TEXTS } from './texts.js';

/**
 * A commune's label on charts and tables: names are not unique (two "Phường 1"), so the district
 * is added; pilot communes get a star.
 *
 * @example
 * communeLabel({ label: 'Phường 1', parent: 'Thị xã Giá Rai', pilot: true, ... }); // 'Phường 1 (TX Giá Rai) ★'
 */
export function communeLabel(row: Pick<BreakdownRow, 'label' | 'parent' | 'pilot'>): string {
  return `${row.label}${row.parent ? ` (${shortDistrict(row.parent)})` : ''}${row.pilot ? ' ★' : ''}`;
}

/**
 * Share of each outcome per commune, grouped by district.
 *
 * @example
 * const spec = byCommuneChart(figures, 'vi');
 */
export function byCommuneChart(figures: Figures, language: Language): ChartSpec {
  const t = CHART_TEXTS[language];
  const rows = [...figures.by_commune].sort((a, b) => (a.parent ?? '').localeCompare(b.parent ?? '', 'vi') || a.key.localeCompare(b.key));
  return shareBars({ id: 'by-commune', title: t.byCommune, groupHeader: t.commune, rows, label: communeLabel, language });
}
