import { Plot } from '../../plot/render.js';

/** One point of a threshold sweep. */
export interface SweepPoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * An Observable Plot spec of precision, recall and F1 of links against the match weight threshold
 * (from `evaluateRun(...).thresholdSweep`), with the configured threshold marked.
 *
 * @example
 * const svg = renderPlot(thresholdChart(evaluation.thresholdSweep, { threshold: 4 }));
 */
export function thresholdChart(points: SweepPoint[], options: { threshold?: number; width?: number } = {}): Plot.PlotOptions {
  const rows = points.flatMap((p) => [
    { threshold: p.threshold, measure: 'precision', value: p.precision },
    { threshold: p.threshold, measure: 'recall', value: p.recall },
    { threshold: p.threshold, measure: 'F1', value: p.f1 },
  ]);
  const lowest = Math.min(...rows.map((r) => r.value), 1);
  const last = points.length ? points.reduce((a, b) => (b.threshold > a.threshold ? b : a)) : undefined;
  const ends = last ? rows.filter((r) => r.threshold === last.threshold) : [];
  return {
    width: options.width ?? 720,
    height: 360,
    marginRight: 70,
    x: { label: 'match weight threshold →' },
    y: { label: '↑ share', domain: [Math.max(0, Math.floor(lowest * 100) / 100 - 0.01), 1], grid: true },
    color: { domain: ['precision', 'recall', 'F1'], range: ['#264653', '#e76f51', '#2a9d8f'] },
    marks: [
      Plot.line(rows, { x: 'threshold', y: 'value', stroke: 'measure' }),
      Plot.dot(rows, { x: 'threshold', y: 'value', stroke: 'measure', r: 2 }),
      // the legend as labels at the lines' ends (server-side rendering keeps only the SVG)
      Plot.text(ends, { x: 'threshold', y: 'value', text: 'measure', fill: 'measure', dx: 8, textAnchor: 'start' }),
      ...(options.threshold === undefined ? [] : [Plot.ruleX([options.threshold], { stroke: '#555', strokeDasharray: '4,3' })]),
    ],
  };
}
