import { Plot } from '../../plot/render.js';
import type { ExplainedCandidate } from '../explain.js';

/** One bar of the waterfall: a contribution and where it starts and ends. */
export interface WaterfallStep {
  label: string;
  weight: number;
  start: number;
  end: number;
}

/**
 * The steps of a match weight waterfall: the prior, then each comparison that weighs (its level
 * weight plus term-frequency adjustment), then family evidence; the last step ends at the total.
 *
 * @example
 * waterfallSteps(explanation.prior, explanation.candidates[0]).at(-1)!.end; // the total weight
 */
export function waterfallSteps(prior: number, candidate: ExplainedCandidate): WaterfallStep[] {
  const steps: WaterfallStep[] = [];
  let at = 0;
  const push = (label: string, weight: number) => {
    steps.push({ label, weight, start: at, end: at + weight });
    at += weight;
  };
  push('prior', prior);
  for (const c of candidate.comparisons) if (c.weighs && c.level >= 0) push(`${c.comparison}: ${c.label}`, c.weight + c.tf);
  if (candidate.family) push(`family: ${candidate.family.label}`, candidate.family.weight);
  return steps;
}

/**
 * An Observable Plot spec of the match weight waterfall of one candidate (render it with
 * `renderPlot` from src/plot/render.ts, or display it in a notebook). Bars go right for evidence of a
 * match, left against; the rule marks the threshold.
 *
 * @example
 * const e = await explainPerson(c, 'B2023-001/child');
 * const svg = renderPlot(waterfallChart(e.prior, e.candidates[0], { threshold: e.threshold }));
 */
export function waterfallChart(prior: number, candidate: ExplainedCandidate, options: { threshold?: number; width?: number } = {}): Plot.PlotOptions {
  const steps = waterfallSteps(prior, candidate);
  const total = { label: 'total', weight: candidate.total, start: 0, end: candidate.total };
  const rows = [...steps, total].map((s, i) => ({ ...s, order: i, sign: s.label === 'total' ? 'total' : s.weight >= 0 ? 'for' : 'against' }));
  return {
    width: options.width ?? 720,
    height: 28 * rows.length + 60,
    marginLeft: 210,
    marginRight: 50,
    x: { label: 'match weight (log2 odds) →', grid: true },
    y: { domain: rows.map((r) => r.label), label: null },
    color: { domain: ['for', 'against', 'total'], range: ['#2a9d8f', '#e76f51', '#264653'] },
    marks: [
      Plot.barX(rows, { y: 'label', x1: 'start', x2: 'end', fill: 'sign' }),
      Plot.text(rows, { y: 'label', x: 'end', text: (d: { weight: number }) => d.weight.toFixed(1), dx: 14, fontSize: 10 }),
      ...(options.threshold === undefined ? [] : [Plot.ruleX([options.threshold], { stroke: '#555', strokeDasharray: '4,3' })]),
      Plot.ruleX([0]),
    ],
  };
}
