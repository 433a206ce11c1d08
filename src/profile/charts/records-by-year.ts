import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../vn/numbers.js';
import { EVENT_TYPES } from '../catalog.js';
import { EVENT_LABELS, TEXT, label, type Language } from '../labels.js';
import type { ProfileFigures } from '../types.js';
import { CHART_STYLE, countTicks, type ProfileChartSpec } from './spec.js';

const EVENT_COLORS = ['#1565c0', '#6d4c41', '#c2185b', '#00897b', '#f9a825', '#7b1fa2', '#546e7a'];

/**
 * Stacked bars: records per registration year, by event type; the table gives the counts by year.
 * Records without a readable year are left out of the chart and counted in the table.
 *
 * @example
 * const svg = renderPlot(recordsByYearChart(figures, 'vi').plot);
 */
export function recordsByYearChart(f: ProfileFigures, language: Language): ProfileChartSpec {
  const types = EVENT_TYPES.filter((t) => f.records_by_year.some((r) => r.event_type === t));
  const rows = f.records_by_year
    .filter((r) => r.registered_year !== null)
    .map((r) => ({ year: r.registered_year as number, type: label(EVENT_LABELS, r.event_type, language), records: r.records }));
  const years = [...new Set(f.records_by_year.map((r) => r.registered_year))];
  const count = (year: number | null, type: string) =>
    f.records_by_year.filter((r) => r.registered_year === year && r.event_type === type).reduce((n, r) => n + r.records, 0);
  return {
    id: 'profile-records-year',
    title: TEXT.recordsChart[language],
    plot: {
      style: CHART_STYLE,
      width: 760,
      height: 300,
      marginLeft: 60,
      x: { label: null, tickFormat: (y: number) => String(y) },
      y: { label: null, grid: true, tickFormat: countTicks((n) => formatNumber(n, language)) },
      color: { domain: types.map((t) => label(EVENT_LABELS, t, language)), range: EVENT_COLORS.slice(0, types.length), legend: false },
      marks: [Plot.rectY(rows, { x: 'year', y: 'records', fill: 'type', interval: 1 }), Plot.ruleY([0])],
    },
    legend: types.map((t, i) => ({ label: label(EVENT_LABELS, t, language), color: EVENT_COLORS[i] })),
    table: {
      columns: [TEXT.year[language], ...types.map((t) => label(EVENT_LABELS, t, language)), TEXT.total[language]],
      rows: years.map((y) => [
        y === null ? TEXT.unknown[language] : String(y),
        ...types.map((t) => formatNumber(count(y, t), language)),
        formatNumber(types.reduce((n, t) => n + count(y, t), 0), language),
      ]),
    },
  };
}
