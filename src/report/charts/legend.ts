/**
 * Plot draws categorical legends as HTML beside the SVG, which a PNG export would lose; this puts a
 * swatch legend above the chart inside one standalone SVG, so the inline report chart and the slide
 * PNG are the same picture.
 */
const ROW_HEIGHT = 22;
const SWATCH = 12;
const CHAR_WIDTH = 6.6; // DejaVu Sans at 11px, average

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Legend items laid out left to right, wrapping at `width`. */
function layout(items: { label: string; color: string }[], width: number): { x: number; y: number; label: string; color: string }[] {
  let x = 0;
  let y = 0;
  return items.map((item) => {
    const w = SWATCH + 6 + item.label.length * CHAR_WIDTH + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW_HEIGHT;
    }
    const placed = { x, y, ...item };
    x += w;
    return placed;
  });
}

/**
 * Wraps a chart SVG (from renderPlot) with a legend row above it.
 *
 * @example
 * const svg = withLegend(renderPlot(spec.plot), [{ label: 'Thống nhất', color: '#2e7d32' }]);
 */
export function withLegend(chartSvg: string, items: { label: string; color: string }[]): string {
  const width = Number(/width="([\d.]+)"/.exec(chartSvg)?.[1] ?? 640);
  const height = Number(/height="([\d.]+)"/.exec(chartSvg)?.[1] ?? 400);
  if (items.length === 0) return chartSvg;
  const placed = layout(items, width - 20);
  const legendHeight = placed[placed.length - 1].y + ROW_HEIGHT + 6;
  const swatches = placed
    .map(
      (p) =>
        `<g transform="translate(${p.x + 10},${p.y + 6})"><rect width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(p.color)}"/>` +
        `<text x="${SWATCH + 6}" y="${SWATCH - 2}">${escapeXml(p.label)}</text></g>`,
    )
    .join('');
  const inner = chartSvg.replace(/^<svg/, `<svg x="0" y="${legendHeight}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + legendHeight}" viewBox="0 0 ${width} ${height + legendHeight}" ` +
    `font-family="DejaVu Sans, sans-serif" font-size="11">` +
    `<rect width="100%" height="100%" fill="white"/><g class="legend">${swatches}</g>${inner}</svg>`
  );
}
