import { Plot } from '../../plot/render.js';
import { formatShare } from '../format.js';
import type { Language } from '../labels.js';
import type { BreakdownRow } from '../types.js';
import { CHART_STYLE, outcomeColorScale, outcomeLegend, outcomeRows, type ChartSpec } from './spec.js';
import { CHART_TEXTS } from './texts.js';

/**
 * Horizontal bars, one per group, split into the share of each outcome (100% wide): the shape
 * shared by the district, commune and event-type charts. The table beside it gives the counts.
 *
 * @example
 * const spec = shareBars({ id: 'by-district', title, groupHeader: 'Huyện', rows, label: (r) => r.label, language: 'vi' });
 */
export function shareBars(options: {
  id: string;
  title: string;
  groupHeader: string;
  rows: BreakdownRow[];
  label: (row: BreakdownRow) => string;
  language: Language;
}): ChartSpec {
  const { rows, label, language } = options;
  const t = CHART_TEXTS[language];
  const data = outcomeRows(rows, label, language);
  const order = rows.map(label);
  const plot = {
    style: CHART_STYLE,
    width: 760,
    // a province's 64 communes in thinner bars, so the chart with its heading fits one A4 page
    height: 50 + (rows.length > 30 ? 14 : 22) * rows.length,
    marginLeft: Math.min(260, 14 + 6.2 * Math.max(4, ...order.map((s) => s.length))),
    marginBottom: 34,
    x: { percent: true, label: `${t.share} (%)`, grid: true, domain: [0, 100] },
    y: { label: null, domain: order },
    color: outcomeColorScale(language),
    marks: [
      Plot.barX(data, Plot.stackX({ x: 'persons', y: 'group', fill: 'outcome', offset: 'normalize', order: null })),
      Plot.ruleX([0]),
    ],
  };
  return {
    id: options.id,
    title: options.title,
    plot,
    legend: outcomeLegend(language),
    table: {
      columns: [options.groupHeader, t.persons, t.compared, t.consistent, t.consistentShare, t.discrepant, t.notFound, t.ambiguous, t.invalid],
      rows: rows.map((r) => [
        label(r),
        r.persons,
        r.compared,
        r.consistent,
        formatShare(r.consistent, r.compared, language),
        r.discrepant,
        r.not_found,
        r.ambiguous,
        r.invalid,
      ]),
    },
  };
}
