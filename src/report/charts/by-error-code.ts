import { Plot } from '../../plot/render.js';
import { formatCount, formatShare } from '../format.js';
import { categoryLabel, errorLabel, type Language } from '../labels.js';
import type { Figures } from '../types.js';
import { CHART_STYLE, type ChartSpec } from './spec.js';
import { CHART_TEXTS } from './texts.js';

const TABLEAU10 = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];

/**
 * Persons per error code (Vietnamese labels), coloured by category, most frequent first. Shares are
 * of the discrepant persons (a person with two errors counts under each).
 *
 * @example
 * const spec = byErrorCodeChart(figures, 'vi');
 */
export function byErrorCodeChart(figures: Figures, language: Language): ChartSpec {
  const t = CHART_TEXTS[language];
  const rows = figures.by_error_code.map((r) => ({ ...r, label: errorLabel(r.code, language), categoryLabel: categoryLabel(r.category, language) }));
  const fmt = { format: (d: number) => formatCount(d, language) };
  const categories = [...new Set(rows.map((r) => r.categoryLabel))];
  const colors = categories.map((_, i) => TABLEAU10[i % TABLEAU10.length]);
  return {
    id: 'by-error-code',
    title: t.byErrorCode,
    plot: {
      style: CHART_STYLE,
      width: 760,
      height: 60 + 22 * Math.max(1, rows.length),
      marginLeft: Math.min(300, 14 + 6.2 * Math.max(4, ...rows.map((r) => r.label.length))),
      marginRight: 56,
      x: { label: t.persons, grid: true, tickFormat: (d: number) => fmt.format(d) },
      y: { label: null, domain: rows.map((r) => r.label) },
      color: { domain: categories, range: colors },
      marks: [
        Plot.barX(rows, { x: 'persons', y: 'label', fill: 'categoryLabel' }),
        Plot.text(rows, { x: 'persons', y: 'label', text: (r: { persons: number }) => fmt.format(r.persons), textAnchor: 'start', dx: 4 }),
        Plot.ruleX([0]),
      ],
    },
    legend: categories.map((label, i) => ({ label, color: colors[i] })),
    table: {
      columns: [t.errorCode, language === 'vi' ? 'Mã' : 'Code', t.persons, t.share],
      rows: rows.map((r) => [r.label, r.code, r.persons, formatShare(r.persons, figures.headline.discrepant, language)]),
    },
  };
}
