import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Renders an Observable Plot specification on the server and returns standalone SVG text.
 * Plot needs a DOM: linkedom supplies one. With a title or caption Plot returns a <figure>; the
 * SVG inside it is returned (titles belong in the surrounding HTML).
 *
 * @example
 * const svg = renderPlot({ marks: [Plot.barY(rows, { x: 'district', y: 'n' })] });
 */
export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Plot's types name the browser's Document; linkedom's is structurally enough for Plot.
  const node = Plot.plot({ ...options, document: document as never }) as unknown as SvgNode;
  // In a <figure>, legends come first (swatches may be SVGs of their own): the chart is the
  // figure's own last <svg> child.
  const svg = node.tagName.toLowerCase() === 'svg' ? node : [...node.children].reverse().find((n) => n.tagName.toLowerCase() === 'svg');
  if (!svg) throw new Error('Plot returned no SVG');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  return svg.outerHTML;
}

/** The few DOM members used here (the project compiles without the DOM library). */
interface SvgNode {
  tagName: string;
  outerHTML: string;
  children: ArrayLike<SvgNode> & Iterable<SvgNode>;
  setAttribute(name: string, value: string): void;
}

export { Plot };
