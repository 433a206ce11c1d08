import { Resvg } from '@resvg/resvg-js';

/**
 * Converts SVG text to PNG bytes (for slides). Text needs a system font with Vietnamese letters:
 * Debian's fonts-dejavu-core (installed by scripts/system-deps.sh); without any font resvg silently
 * draws no text, so the font family is set explicitly.
 *
 * @example
 * writeFileSync('chart.png', svgToPng(svg, { width: 1200 }));
 */
export function svgToPng(svg: string, options: { width?: number; background?: string } = {}): Buffer {
  const resvg = new Resvg(svg, {
    background: options.background ?? 'white',
    fitTo: options.width ? { mode: 'width', value: options.width } : { mode: 'original' },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
