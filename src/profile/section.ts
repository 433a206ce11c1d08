import type { DuckDBConnection } from '@duckdb/node-api';
import { renderPlot } from '../plot/render.js';
import { formatNumber, formatPercent } from '../vn/numbers.js';
import { profileCharts } from './charts/index.js';
import { shortDistrict } from './charts/spec.js';
import { profileFigures } from './figures.js';
import { EVENT_LABELS, FIELD_LABELS, ROLE_LABELS, SOURCE_LABELS, TEXT, fillText, label, type Language } from './labels.js';
import type { ColumnFigure, CompletenessFigure, ProfileFigures } from './types.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function table(columns: string[], rows: string[][], className = 'dc-table'): string {
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${className}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function legend(items: { label: string; color: string }[]): string {
  const swatches = items.map((i) => `<span><i style="background:${i.color}"></i>${escapeHtml(i.label)}</span>`).join('');
  return `<div class="dc-legend">${swatches}</div>`;
}

const STYLE = `<style>
.dc-profile{font-family:'DejaVu Sans',sans-serif;font-size:13px;color:#222}
.dc-profile figure{margin:1.5em 0;break-inside:avoid}
.dc-profile figcaption{font-weight:bold;margin-bottom:.5em}
.dc-profile .dc-table{border-collapse:collapse;margin:.5em 0;font-size:12px}
.dc-profile .dc-table th,.dc-profile .dc-table td{border:1px solid #ccc;padding:2px 6px;text-align:left}
.dc-profile .dc-table td:not(:first-child){text-align:right}
.dc-profile details summary{cursor:pointer;color:#555}
.dc-profile .dc-legend span{margin-right:1em;font-size:12px}
.dc-profile .dc-legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
</style>`;

/** A share in a table cell: always one decimal, so a column lines up. */
function share(x: number | null, language: Language): string {
  return x === null ? '–' : formatPercent(x, language, 1, { fixed: true });
}

function communeYearRows(rows: CompletenessFigure[], language: Language): string[][] {
  return rows.map((r) => [
    r.commune_name ?? r.commune_code ?? '',
    shortDistrict(r.district_name) || (r.district_code ?? ''),
    r.registered_year === undefined || r.registered_year === null ? TEXT.unknown[language] : String(r.registered_year),
    formatNumber(r.expected, language),
    share(r.filled_share, language),
    share(r.usable_share, language),
  ]);
}

function columnRows(columns: ColumnFigure[], language: Language): string[][] {
  return columns.map((c) => [
    label(SOURCE_LABELS, c.source, language),
    label(FIELD_LABELS, c.field, language),
    formatNumber(c.rows, language),
    share(c.empty_share, language),
    share(c.unreadable_share, language),
    formatNumber(c.distinct_values, language),
    c.shapes[0]?.shape ?? '',
    c.min_year !== null && c.max_year !== null ? `${c.min_year}–${c.max_year}` : '',
    (c.top_values ?? []).slice(0, 3).map((t) => `${t.value} (${formatPercent(t.share, language, 0)})`).join('; '),
  ]);
}

/**
 * The profile section as an HTML fragment from figures: headline, each chart as inline SVG with
 * its table, the worst communes x years and fields, the column profile. Aggregates only.
 *
 * @example
 * const html = profileSectionHtml(await profileFigures(c), 'vi');
 */
export function profileSectionHtml(f: ProfileFigures, language: Language): string {
  const n = (x: number) => formatNumber(x, language);
  const lead = fillText(TEXT.lead[language], {
    registrations: n(f.rows.registrations),
    persons: n(f.rows.persons),
    population: n(f.rows.population),
    filled: f.completeness.overall.filled_share === null ? '–' : formatPercent(f.completeness.overall.filled_share, language),
  });
  const quarantined = fillText(TEXT.quarantine[language], { rows: n(f.quarantine.reduce((sum, q) => sum + q.rows, 0)) });
  const duplicates = fillText(TEXT.duplicates[language], { duplicates: n(f.duplicates.duplicate_registration_pairs), twins: n(f.duplicates.twin_pairs) });
  const charts = profileCharts(f, language).map((chart) => {
    const long = chart.table.rows.length > 15;
    const numbers = table(chart.table.columns, chart.table.rows);
    return `<figure id="${chart.id}">
<figcaption>${escapeHtml(chart.title)}</figcaption>
${legend(chart.legend)}
${renderPlot(chart.plot)}
${long ? `<details><summary>${escapeHtml(TEXT.dataTable[language])}</summary>${numbers}</details>` : numbers}
</figure>`;
  });
  const communeColumns = [TEXT.commune[language], TEXT.district[language], TEXT.year[language], TEXT.expected[language], TEXT.filled[language], TEXT.usable[language]];
  const fieldColumns = [TEXT.eventType[language], TEXT.role[language], TEXT.field[language], TEXT.expected[language], TEXT.filled[language], TEXT.usable[language]];
  const fieldRows = f.completeness.worst_fields.map((r) => [
    label(EVENT_LABELS, r.event_type, language),
    label(ROLE_LABELS, r.role, language),
    label(FIELD_LABELS, r.field, language),
    n(r.expected),
    share(r.filled_share, language),
    share(r.usable_share, language),
  ]);
  const columnColumns = [
    TEXT.source[language], TEXT.field[language], TEXT.rows[language], TEXT.empty[language], TEXT.unreadable[language],
    TEXT.distinct[language], TEXT.shape[language], TEXT.range[language], TEXT.topValues[language],
  ];
  return `<section class="dc-profile" lang="${language}">
${STYLE}
<h2>${escapeHtml(TEXT.section[language])}</h2>
<p>${escapeHtml(lead)} ${escapeHtml(quarantined)}</p>
<p>${escapeHtml(duplicates)}</p>
${charts.join('\n')}
<h3>${escapeHtml(TEXT.worstCommuneYears[language])}</h3>
${table(communeColumns, communeYearRows(f.completeness.worst_commune_years, language))}
<h3>${escapeHtml(TEXT.worstFields[language])}</h3>
${table(fieldColumns, fieldRows)}
<h3>${escapeHtml(TEXT.columns[language])}</h3>
<details><summary>${escapeHtml(TEXT.columns[language])}</summary>
${table(columnColumns, columnRows(f.columns, language))}
</details>
</section>`;
}

/**
 * The profile section of the leadership report (HTML fragment with inline SVG charts and their
 * tables), from the `profile_*` tables of a database that has been profiled. Aggregates only: no
 * names, ID numbers or dates of birth.
 *
 * @example
 * const html = await renderProfileSection(c, { language: 'vi' });
 */
export async function renderProfileSection(c: DuckDBConnection, options: { language?: Language } = {}): Promise<string> {
  return profileSectionHtml(await profileFigures(c), options.language ?? 'vi');
}
