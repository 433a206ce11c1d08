import { describe, expect, it } from 'vitest';
import { Plot, renderPlot } from '../src/plot/render.js';
import { svgToPng } from '../src/plot/png.js';

describe('server-side Plot', () => {
  const rows = [ { d: 'Hồng Dân', n: 3 }, { d: 'Đông Hải', n: 5 } ];
  it('renders standalone SVG with Vietnamese labels', () => {
    const svg = renderPlot({ title: 'Tiến độ', marks: [Plot.barY(rows, { x: 'd', y: 'n' })] });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Đông Hải');
    expect((svg.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });
  it('converts to a PNG', () => {
    const png = svgToPng(renderPlot({ marks: [Plot.barY(rows, { x: 'd', y: 'n' })] }), { width: 400 });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(400);
  });
});

describe('server-side Plot with a legend', () => {
  it('returns the chart, not the legend swatches', () => {
    const rows = [ { d: 'A', n: 3, k: 'x' }, { d: 'B', n: 5, k: 'y' } ];
    const svg = renderPlot({ color: { legend: true }, marks: [Plot.barY(rows, { x: 'd', y: 'n', fill: 'k' })] });
    expect((svg.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('aria-label="bar"');
  });
});
