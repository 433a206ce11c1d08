import type { PlotOptions } from '@observablehq/plot';
import { OUTCOME_LABELS, OUTCOMES, type Language } from '../labels.js';

/**
 * A chart of the report: a Plot specification and the numbers it draws, as a table printed beside
 * it (so every figure can be read, not only seen). One chart per file in this folder.
 */
export interface ChartSpec {
  /** File name of the PNG export and anchor in the report. */
  id: string;
  title: string;
  plot: PlotOptions;
  /** Swatches drawn above the chart (Plot's own legends are HTML, which a PNG would lose). */
  legend: { label: string; color: string }[];
  table: { columns: string[]; rows: (string | number)[][] };
}

/** Outcome colours, the same in every chart: green consistent, orange discrepant, red not found. */
export const OUTCOME_COLORS: Record<string, string> = {
  consistent: '#2e7d32',
  discrepant: '#ef6c00',
  not_found: '#c62828',
  ambiguous: '#6a1b9a',
  invalid: '#9e9e9e',
};

/**
 * The colour scale of outcomes, by their labels in `language`.
 *
 * @example
 * Plot.plot({ color: outcomeColorScale('vi'), marks: [...] });
 */
export function outcomeColorScale(language: Language, outcomes: readonly string[] = OUTCOMES) {
  return {
    domain: outcomes.map((o) => OUTCOME_LABELS[o as keyof typeof OUTCOME_LABELS][language]),
    range: outcomes.map((o) => OUTCOME_COLORS[o]),
  };
}

/**
 * Legend swatches of the outcomes, in the same order and colours as `outcomeColorScale`.
 *
 * @example
 * outcomeLegend('vi')[0]; // { label: 'Thống nhất', color: '#2e7d32' }
 */
export function outcomeLegend(language: Language, outcomes: readonly string[] = OUTCOMES): { label: string; color: string }[] {
  return outcomes.map((o) => ({ label: OUTCOME_LABELS[o as keyof typeof OUTCOME_LABELS][language], color: OUTCOME_COLORS[o] }));
}

/** Typography shared by every chart: DejaVu Sans has every Vietnamese letter (PDF, PNG alike). */
export const CHART_STYLE = { fontFamily: 'DejaVu Sans, sans-serif', fontSize: '11px', background: 'white' } as const;

/**
 * "Thành phố Bạc Liêu" -> "TP Bạc Liêu": short district names for crowded axes.
 *
 * @example
 * shortDistrict('Thị xã Giá Rai'); // 'TX Giá Rai'
 */
export function shortDistrict(name: string | null | undefined): string {
  if (!name) return '';
  return name.replace(/^Thành phố /, 'TP ').replace(/^Thị xã /, 'TX ').replace(/^Huyện /, 'H. ');
}

/**
 * Long rows (group, outcome label, count) for stacked bars of outcomes per group.
 *
 * @example
 * outcomeRows(figures.by_district, (r) => r.label, 'vi'); // [{ group, outcome, persons, order }, ...]
 */
export function outcomeRows<T extends object>(
  groups: T[],
  groupLabel: (g: T) => string,
  language: Language,
): { group: string; outcome: string; persons: number; order: number }[] {
  const rows: { group: string; outcome: string; persons: number; order: number }[] = [];
  groups.forEach((g, order) => {
    for (const o of OUTCOMES) rows.push({ group: groupLabel(g), outcome: OUTCOME_LABELS[o][language], persons: Number((g as Record<string, unknown>)[o] ?? 0), order });
  });
  return rows;
}
