import type { PlotOptions } from '@observablehq/plot';

/**
 * A chart of the profile section: a Plot specification and the numbers it draws as a table printed
 * beside it (every figure can be read, not only seen). One chart per file in this folder.
 */
export interface ProfileChartSpec {
  /** Anchor in the HTML (and file name, for PNG exports). */
  id: string;
  title: string;
  plot: PlotOptions;
  /** Colour swatches printed above the chart (Plot's own legends are HTML a PNG would lose). */
  legend: { label: string; color: string }[];
  table: { columns: string[]; rows: string[][] };
}

/** Typography shared by the charts: DejaVu Sans has every Vietnamese letter (PDF, PNG alike). */
export const CHART_STYLE = { fontFamily: 'DejaVu Sans, sans-serif', fontSize: '11px', background: 'white' } as const;

/** Colours of rule severities. */
export const SEVERITY_COLORS: Record<string, string> = { error: '#c62828', warning: '#ef6c00', info: '#1565c0' };

/**
 * Short district names for crowded axes.
 *
 * @example
 * shortDistrict('Thành phố Bạc Liêu'); // 'TP Bạc Liêu'
 */
export function shortDistrict(name: string | null | undefined): string {
  if (!name) return '';
  return name.replace(/^Thành phố /, 'TP ').replace(/^Thị xã /, 'TX ').replace(/^Huyện /, 'H. ');
}

/**
 * Tick labels for counts: integers only (no '1,5' between 1 and 2), grouped the language's way.
 *
 * @example
 * const x = { tickFormat: countTicks((n) => formatNumber(n, 'vi')) };
 */
export function countTicks(format: (n: number) => string): (n: number) => string {
  return (n: number) => (Number.isInteger(n) ? format(n) : '');
}
