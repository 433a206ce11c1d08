import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../vn/numbers.js';
import { SEVERITY_LABELS, TEXT, label, type Language } from '../labels.js';
import type { ProfileFigures } from '../types.js';
import { CHART_STYLE, SEVERITY_COLORS, countTicks, type ProfileChartSpec } from './spec.js';

/**
 * Horizontal bars: failing rows of each rule that failed, coloured by severity, most first; the
 * table lists every rule that ran, failing or not.
 *
 * @example
 * const svg = renderPlot(failuresByRuleChart(figures, 'vi').plot);
 */
export function failuresByRuleChart(f: ProfileFigures, language: Language): ProfileChartSpec {
  const ruleLabel = (r: { label_vi: string; label_en: string }) => (language === 'vi' ? r.label_vi : r.label_en);
  const failing = f.rules
    .filter((r) => r.failing_rows > 0)
    .sort((a, b) => b.failing_rows - a.failing_rows || a.code.localeCompare(b.code))
    .map((r) => ({ rule: ruleLabel(r), rows: r.failing_rows, severity: label(SEVERITY_LABELS, r.severity, language), text: formatNumber(r.failing_rows, language) }));
  const severities = ['error', 'warning', 'info'];
  return {
    id: 'profile-failures-rule',
    title: TEXT.failuresChart[language],
    plot: {
      style: CHART_STYLE,
      width: 760,
      height: 50 + 22 * Math.max(1, failing.length),
      marginLeft: 300,
      marginRight: 60,
      x: { label: null, grid: true, tickFormat: countTicks((n) => formatNumber(n, language)) },
      y: { domain: failing.map((r) => r.rule), label: null },
      color: { domain: severities.map((s) => label(SEVERITY_LABELS, s, language)), range: severities.map((s) => SEVERITY_COLORS[s]), legend: false },
      marks: [
        Plot.barX(failing, { x: 'rows', y: 'rule', fill: 'severity' }),
        Plot.text(failing, { x: 'rows', y: 'rule', text: 'text', textAnchor: 'start', dx: 4 }),
        Plot.ruleX([0]),
      ],
    },
    legend: severities.map((s) => ({ label: label(SEVERITY_LABELS, s, language), color: SEVERITY_COLORS[s] })),
    table: {
      columns: [TEXT.code[language], TEXT.rule[language], TEXT.severity[language], TEXT.failingRows[language], TEXT.failingRecords[language]],
      rows: f.rules.map((r) => [
        r.code,
        ruleLabel(r),
        label(SEVERITY_LABELS, r.severity, language),
        formatNumber(r.failing_rows, language),
        r.source === 'population' ? '–' : formatNumber(r.failing_records, language),
      ]),
    },
  };
}
