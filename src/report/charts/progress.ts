import { Plot } from '../../plot/render.js';
import { formatCount, formatShare } from '../format.js';
import { OUTCOME_LABELS, type Language } from '../labels.js';
import type { ProgressPoint } from '../types.js';
import { CHART_STYLE, outcomeColorScale, outcomeLegend, type ChartSpec } from './spec.js';
import { CHART_TEXTS } from './texts.js';

const SHOWN = ['consistent', 'discrepant', 'not_found', 'ambiguous'] as const;

/**
 * Consistent, discrepant, not-found and ambiguous persons over the runs of the campaign (oldest
 * first, the current run last): corrections made by the communes show as discrepancies falling.
 *
 * @example
 * const spec = progressChart([...previous.progress, current], 'vi');
 */
export function progressChart(points: ProgressPoint[], language: Language): ChartSpec {
  const t = CHART_TEXTS[language];
  const runLabel = (p: ProgressPoint, i: number) => `${i + 1}. ${p.started_at.slice(8, 10)}/${p.started_at.slice(5, 7)}/${p.started_at.slice(0, 4)} (${p.phase})`;
  const labels = points.map(runLabel);
  const data = points.flatMap((p, i) => SHOWN.map((o) => ({ run: labels[i], outcome: OUTCOME_LABELS[o][language], persons: p[o] })));
  const fmt = { format: (d: number) => formatCount(d, language) };
  return {
    id: 'progress',
    title: t.progress,
    plot: {
      style: CHART_STYLE,
      width: 760,
      height: 280,
      marginLeft: 70,
      marginRight: 20,
      x: { label: null, domain: labels, padding: 0.3 },
      y: { label: t.persons, grid: true, zero: true, tickFormat: (d: number) => fmt.format(d) },
      color: outcomeColorScale(language, SHOWN),
      marks: [
        Plot.line(data, { x: 'run', y: 'persons', stroke: 'outcome', z: 'outcome', strokeWidth: 2 }),
        Plot.dot(data, { x: 'run', y: 'persons', fill: 'outcome', r: 4 }),
      ],
    },
    legend: outcomeLegend(language, SHOWN),
    table: {
      columns: [t.run, t.compared, t.consistent, t.consistentShare, t.discrepant, t.notFound, t.ambiguous, language === 'vi' ? 'Cấp số ĐDCN' : 'PIDs to assign'],
      rows: points.map((p, i) => [
        `${labels[i]} – ${p.run_id}`,
        p.compared,
        p.consistent,
        formatShare(p.consistent, p.compared, language),
        p.discrepant,
        p.not_found,
        p.ambiguous,
        p.pids_to_assign,
      ]),
    },
  };
}
