import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPlot } from '../../plot/render.js';
import { svgToPng } from '../../plot/png.js';
import { thresholdChart } from '../charts/threshold.js';
import type { Evaluation } from './metrics.js';

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** The headline figures of an evaluation (what summary.json carries). */
export function evaluationHeadline(e: Evaluation) {
  return {
    persons: e.persons,
    link_precision: r4(e.links.precision),
    link_recall: r4(e.links.recall),
    link_f1: r4(e.links.f1),
    error_code_f1: r4(e.errorCodesMicro.f1),
    error_code_precision: r4(e.errorCodesMicro.precision),
    error_code_recall: r4(e.errorCodesMicro.recall),
    outcome_accuracy: r4(e.outcomeAccuracy),
    twins_cross_linked: e.twinsCrossLinked,
    harmless_variants_reported: e.harmlessReported,
    variant_code_confusions: e.variantCodeConfusions,
    blocking_recall: e.blockingRecall === null ? null : r4(e.blockingRecall),
  };
}

/**
 * Writes an evaluation into `dir`: evaluation.json (every figure), the headline merged into
 * summary.json under `evaluation` (created when absent, other keys kept), and the threshold sweep chart
 * (threshold_sweep.svg and .png). Counts only: no personal data.
 *
 * @example
 * const files = writeEvaluation('reports/pilot/run-1', evaluation, { threshold: 4 });
 */
export function writeEvaluation(dir: string, e: Evaluation, options: { threshold?: number } = {}): { json: string; summary: string; svg: string; png: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'evaluation.json');
  writeFileSync(json, JSON.stringify({ headline: evaluationHeadline(e), ...e }, null, 2) + '\n');
  const summary = join(dir, 'summary.json');
  const existing = existsSync(summary) ? (JSON.parse(readFileSync(summary, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(summary, JSON.stringify({ ...existing, evaluation: evaluationHeadline(e) }, null, 2) + '\n');
  const svgText = renderPlot(thresholdChart(e.thresholdSweep, { threshold: options.threshold }));
  const svg = join(dir, 'threshold_sweep.svg');
  writeFileSync(svg, svgText);
  const png = join(dir, 'threshold_sweep.png');
  writeFileSync(png, svgToPng(svgText, { width: 1200 }));
  return { json, summary, svg, png };
}

/**
 * An evaluation as terminal text: the headline, then per error code precision/recall/F1 and the
 * outcome confusions.
 *
 * @example
 * process.stdout.write(evaluationText(e));
 */
export function evaluationText(e: Evaluation): string {
  const h = evaluationHeadline(e);
  const lines = [
    `${e.persons.toLocaleString('en-US')} persons in the truth${e.unmatchedTruth ? ` (${e.unmatchedTruth} without a result)` : ''}`,
    `links: precision ${h.link_precision}, recall ${h.link_recall}, F1 ${h.link_f1} (tp ${e.links.tp}, fp ${e.links.fp}, fn ${e.links.fn})`,
    `error codes: F1 ${h.error_code_f1} (precision ${h.error_code_precision}, recall ${h.error_code_recall}); outcome accuracy ${h.outcome_accuracy}`,
    `twins cross-linked: ${e.twinsCrossLinked} of ${e.twins}; harmless variants reported as errors: ${e.harmlessReported} of ${e.variants} (${e.variantCodeConfusions} more with an expected error reported under a neighbouring code); blocking recall: ${h.blocking_recall ?? 'n/a'}`,
    'per error code (tp fp fn F1):',
    ...Object.entries(e.errorCodes).map(([code, s]) => `  ${code.padEnd(30)} ${String(s.tp).padStart(7)} ${String(s.fp).padStart(6)} ${String(s.fn).padStart(6)} ${s.f1.toFixed(3)}`),
  ];
  const off = e.outcomes.filter((o) => o.expected !== o.actual);
  if (off.length) lines.push('outcome confusions (expected -> actual):', ...off.map((o) => `  ${o.expected} -> ${o.actual}: ${o.n}`));
  return lines.join('\n');
}
