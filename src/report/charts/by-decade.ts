import { Plot } from '../../plot/render.js';
import { formatCount, formatShare } from '../format.js';
import type { Language } from '../labels.js';
import type { Figures } from '../types.js';
import { CHART_STYLE, outcomeColorScale, outcomeLegend, outcomeRows, type ChartSpec } from './spec.js';
import { CHART_TEXTS } from './texts.js';

/**
 * Persons per registration decade, stacked by outcome: older books are where errors gather.
 *
 * @example
 * const spec = byDecadeChart(figures, 'vi');
 */
export function byDecadeChart(figures: Figures, language: Language): ChartSpec {
  const t = CHART_TEXTS[language];
  const rows = figures.by_decade.filter((r) => r.key !== '');
  const label = (r: { key: string }) => `${r.key}–${Number(r.key) + 9}`;
  const data = outcomeRows(rows, label, language);
  return {
    id: 'by-decade',
    title: t.byDecade,
    plot: {
      style: CHART_STYLE,
      width: 760,
      height: 300,
      marginLeft: 64,
      x: { label: null, domain: rows.map(label) },
      y: { label: t.persons, grid: true, tickFormat: (d: number) => formatCount(d, language) },
      color: outcomeColorScale(language),
      marks: [Plot.barY(data, Plot.stackY({ x: 'group', y: 'persons', fill: 'outcome', order: null })), Plot.ruleY([0])],
    },
    legend: outcomeLegend(language),
    table: {
      columns: [t.decade, t.persons, t.compared, t.consistent, t.consistentShare, t.discrepant, t.notFound, t.ambiguous, t.invalid],
      rows: rows.map((r) => [label(r), r.persons, r.compared, r.consistent, formatShare(r.consistent, r.compared, language), r.discrepant, r.not_found, r.ambiguous, r.invalid]),
    },
  };
}
