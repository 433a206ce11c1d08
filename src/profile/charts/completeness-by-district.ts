import * as Plot from '@observablehq/plot';
import { formatPercent } from '../../vn/numbers.js';
import { FIELD_LABELS, TEXT, label, type Language } from '../labels.js';
import type { ProfileFigures } from '../types.js';
import { CHART_STYLE, shortDistrict, type ProfileChartSpec } from './spec.js';

/**
 * Heatmap: share of required values filled, per district (rows) and field (columns); the table
 * beside it gives the same shares.
 *
 * @example
 * const svg = renderPlot(completenessByDistrictChart(figures, 'vi').plot);
 */
export function completenessByDistrictChart(f: ProfileFigures, language: Language): ProfileChartSpec {
  const districtOf = (d: { district_code?: string | null; district_name?: string | null }) =>
    d.district_code ? shortDistrict(d.district_name) || d.district_code : TEXT.unknown[language];
  const rows = f.completeness.by_district_field.map((d) => ({
    district: districtOf(d),
    field: label(FIELD_LABELS, d.field, language),
    share: d.filled_share ?? 0,
    text: formatPercent(d.filled_share ?? 0, language, 1, { fixed: true }),
  }));
  const districts = [...new Set(rows.map((r) => r.district))];
  // the scale starts at the lowest share (at most 90%): in a nearly complete extract the gaps still show
  const low = Math.min(0.9, ...rows.map((r) => r.share));
  const colors = ['#c62828', '#fff59d', '#2e7d32'];
  const fields = [...new Set(f.completeness.by_field.map((d) => label(FIELD_LABELS, d.field, language)))];
  const cell = (district: string, field: string) => rows.find((r) => r.district === district && r.field === field);
  return {
    id: 'profile-completeness-district',
    title: TEXT.completenessChart[language],
    plot: {
      style: CHART_STYLE,
      width: 760,
      height: 60 + 28 * Math.max(1, districts.length),
      marginLeft: 110,
      marginBottom: 80,
      padding: 0.05,
      x: { domain: fields, label: null, tickRotate: -35 },
      y: { domain: districts, label: null },
      color: { type: 'linear', domain: [low, (low + 1) / 2, 1], range: colors, interpolate: 'rgb', legend: false },
      marks: [
        Plot.cell(rows, { x: 'field', y: 'district', fill: 'share', inset: 0.5 }),
        Plot.text(rows, { x: 'field', y: 'district', text: 'text', fill: 'black', fontSize: 8 }),
      ],
    },
    legend: [low, (low + 1) / 2, 1].map((x, i) => ({ label: formatPercent(x, language, 1), color: colors[i] })),
    table: {
      columns: [TEXT.district[language], ...fields],
      rows: districts.map((d) => [d, ...fields.map((field) => cell(d, field)?.text ?? '')]),
    },
  };
}
