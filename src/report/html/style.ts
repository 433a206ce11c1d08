/**
 * The report's CSS: screen and print (A4). Fonts: DejaVu Sans (Debian's fonts-dejavu-core, every
 * Vietnamese letter, regular and bold) through local(), so the HTML stays light and offline and
 * Chromium embeds the font in the PDF; other machines fall back to their sans-serif.
 */
export const REPORT_CSS = `
@font-face { font-family: 'Report Sans'; font-weight: 400; src: local('DejaVu Sans'), local('DejaVuSans'); }
@font-face { font-family: 'Report Sans'; font-weight: 700; src: local('DejaVu Sans Bold'), local('DejaVuSans-Bold'); }
:root { --ink: #1d2733; --muted: #5b6673; --line: #d5dbe1; --band: #f3f5f7; --accent: #0d47a1; }
* { box-sizing: border-box; }
html { font-family: 'Report Sans', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.4; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; color: var(--accent); }
h2 { font-size: 13pt; margin: 8mm 0 3mm; padding-bottom: 1mm; border-bottom: 1.5px solid var(--accent); color: var(--accent); break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 1.5mm 0; }
.meta { color: var(--muted); font-size: 9pt; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 4mm 0; }
.tile { border: 1px solid var(--line); border-radius: 2mm; padding: 2.5mm 3mm; background: var(--band); break-inside: avoid; }
.tile .label { font-size: 8.5pt; color: var(--muted); }
.tile .value { font-size: 16pt; font-weight: 700; white-space: nowrap; }
.tile .sub { font-size: 8.5pt; color: var(--muted); }
.tile .delta.up { color: #2e7d32; } .tile .delta.down { color: #c62828; }
.tile.good { border-left: 4px solid #2e7d32; } .tile.warn { border-left: 4px solid #ef6c00; } .tile.bad { border-left: 4px solid #c62828; }
figure { margin: 3mm 0; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-weight: 700; margin-bottom: 1.5mm; }
table { border-collapse: collapse; width: 99.5%; font-size: 8.5pt; margin: 2mm 0 4mm; }
thead { display: table-header-group; }
th { background: var(--band); text-align: left; font-weight: 700; }
th, td { border: 1px solid var(--line); padding: 1mm 1.5mm; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
th { hyphens: auto; }
tr { break-inside: avoid; }
td:first-child, th:first-child { min-width: 40mm; }
table.kv td:first-child { width: 45%; }
tr.total td { font-weight: 700; background: var(--band); }
.note { font-size: 8.5pt; color: var(--muted); }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; overflow-wrap: anywhere; }
.section { break-inside: auto; }
@page { size: A4; margin: 12mm 10mm 14mm; }
@media print {
  body { padding: 0; max-width: none; }
  h2 { break-before: auto; }
  .page-break { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;
