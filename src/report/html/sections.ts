import type { ChartSpec } from '../charts/index.js';
import { formatCount, formatShare } from '../format.js';
import { formatNumber } from '../../vn/numbers.js';
import { categoryLabel, type Language } from '../labels.js';
import { escapeHtml } from './escape.js';
import type { ReportModel } from './model.js';
import { htmlTable } from './table.js';
import { REPORT_TEXTS } from './texts.js';

/**
 * A chart and the table of its numbers, under one caption.
 *
 * @example
 * chartFigure(charts.byDistrict, renderChart(charts.byDistrict), 'vi');
 */
export function chartFigure(spec: ChartSpec, svg: string | undefined, language: Language, note = ''): string {
  return (
    (svg === undefined ? '' : `<figure id="${escapeHtml(spec.id)}"><figcaption>${escapeHtml(spec.title)}</figcaption>${svg}</figure>`) +
    htmlTable(spec.table, language) +
    (note ? `<p class="note">${escapeHtml(note)}</p>` : '')
  );
}

/**
 * Fixed / new / still open since the previous run, as three tiles.
 *
 * @example
 * comparisonSection(model); // three tiles: fixed, new problems, still open
 */
export function comparisonSection(model: ReportModel): string {
  const t = REPORT_TEXTS[model.language];
  const c = model.previous?.comparison;
  if (!model.previous || !c) return `<p>${escapeHtml(t.firstRun)}</p>`;
  const tile = (label: string, value: number, note: string, tone: string) =>
    `<div class="tile ${tone}"><div class="label">${escapeHtml(label)}</div><div class="value">${formatCount(value, model.language)}</div><div class="sub">${escapeHtml(note)}</div></div>`;
  return (
    `<h3>${escapeHtml(t.comparisonTitle)} (${escapeHtml(c.runA)})</h3><div class="tiles">` +
    tile(t.fixed, c.fixed, t.fixedNote, 'good') +
    tile(t.newProblems, c.new_problems, t.newNote, 'bad') +
    tile(t.stillOpen, c.still_open, t.stillNote, 'warn') +
    `</div>`
  );
}

/**
 * Error categories (a person counted once per category) below the per-code chart.
 *
 * @example
 * categoryTable(model); // <table> of Họ tên, Ngày sinh, ...
 */
export function categoryTable(model: ReportModel): string {
  const t = REPORT_TEXTS[model.language];
  const d = model.figures.headline.discrepant;
  return htmlTable(
    {
      columns: [t.category, t.personsHeader, '%'],
      rows: model.figures.by_error_category.map((r) => [categoryLabel(r.category, model.language), r.persons, formatShare(r.persons, d, model.language)]),
    },
    model.language,
  );
}

/**
 * Rows not loaded, by reason (counts only).
 *
 * @example
 * quarantineTable(model); // <h3>…</h3><table>malformed_row 5</table>
 */
export function quarantineTable(model: ReportModel): string {
  const t = REPORT_TEXTS[model.language];
  const q = model.figures.quarantine_by_reason;
  return q.length
    ? `<h3>${escapeHtml(t.quarantineByReason)}</h3>` + htmlTable({ columns: [t.reason, t.rows], rows: q.map((r) => [r.reason_code, r.rows]) }, model.language)
    : `<p>${escapeHtml(t.noQuarantine)}</p>`;
}

/**
 * The data-quality section: the profile stage's own section (with its heading) when it ran, then
 * the rows not loaded; else a short section of the rows not loaded.
 *
 * @example
 * qualitySection(model);
 */
export function qualitySection(model: ReportModel): string {
  const t = REPORT_TEXTS[model.language];
  if (model.qualitySection) return `${model.qualitySection}<section>${quarantineTable(model)}</section>`;
  return `<section><h2>${escapeHtml(t.quality)}</h2>${quarantineTable(model)}</section>`;
}

/**
 * What was compared and how, the thresholds used, and where the figures come from.
 *
 * @example
 * methodsSection(model); // paragraphs, thresholds, weights, inputs and checksums
 */
export function methodsSection(model: ReportModel): string {
  const t = REPORT_TEXTS[model.language];
  const lang = model.language;
  const methods = new Map<string, number>();
  for (const r of model.figures.by_method) methods.set(r.method, (methods.get(r.method) ?? 0) + r.persons);
  const { thresholds, weights } = model.matchMethod;
  const decimal = (v: number | null, digits: number) => (v === null ? '' : formatNumber(v, lang, digits, { fixed: true }));
  const params =
    (thresholds.length
      ? htmlTable({ columns: [t.parameter, t.value], rows: thresholds.map((p) => [p.name, p.value]) }, lang, { className: 'kv' })
      : `<p class="note">${escapeHtml(t.noThresholds)}</p>`) +
    (weights.length
      ? `<h3>${escapeHtml(t.weights)}</h3>` +
        htmlTable(
          { columns: [t.comparison, t.level, 'm', 'u', t.weight], rows: weights.map((w) => [w.comparison, w.label, decimal(w.m, 4), decimal(w.u, 5), decimal(w.weight, 1)]) },
          lang,
        ) +
        `<p class="note">${escapeHtml(t.weightsNote)}</p>`
      : '');
  const inputs = htmlTable(
    {
      columns: [t.file, t.kind, t.rowsIn, t.loaded, t.quarantined, t.checksum],
      rows: model.inputs.map((f) => [f.source_file, f.kind, f.rows_in, f.rows_loaded, f.rows_quarantined, f.sha256.slice(0, 16) + '…']),
    },
    lang,
  );
  const timings = Object.entries(model.run.timings);
  return (
    t.methodsText.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `<h3>${escapeHtml(t.byMethod)}</h3>` +
    htmlTable({ columns: [t.method, t.personsHeader], rows: [...methods].map(([m, n]) => [t.methodNames[m] ?? m, n]) }, lang) +
    `<h3>${escapeHtml(t.thresholds)}</h3>${params}` +
    `<h3>${escapeHtml(t.provenance)}</h3>` +
    `<p>${escapeHtml(t.run)}: <code>${escapeHtml(model.run.id)}</code> · ${escapeHtml(t.configHash)}: <code>${escapeHtml(model.run.configHash.slice(0, 16))}</code> · ${escapeHtml(t.codeVersion)}: <code>${escapeHtml(model.run.codeVersion)}</code></p>` +
    inputs +
    (timings.length
      ? htmlTable({ columns: [t.stage, t.seconds], rows: timings.map(([stage, s]) => [stage, s.toFixed(1).replace('.', lang === 'vi' ? ',' : '.')]) }, lang)
      : '') +
    `<p class="note">${escapeHtml(t.recordsInNote)}</p>`
  );
}
