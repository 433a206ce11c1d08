import { renderPlot } from '../../plot/render.js';
import { withLegend } from './legend.js';
import type { ChartSpec } from './spec.js';

/**
 * Renders a chart spec to standalone SVG text (legend included): inlined in the report, and turned
 * into a PNG for slides.
 *
 * @example
 * const svg = renderChart(byDistrictChart(figures, 'vi'));
 */
export function renderChart(spec: ChartSpec): string {
  return withLegend(renderPlot(spec.plot), spec.legend);
}
