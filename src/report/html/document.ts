import { eventTypeLabel } from '../labels.js';
import { escapeHtml } from './escape.js';
import type { ReportModel } from './model.js';
import { categoryTable, chartFigure, comparisonSection, methodsSection, qualitySection } from './sections.js';
import { REPORT_CSS } from './style.js';
import { REPORT_TEXTS } from './texts.js';
import { headlineTiles } from './tiles.js';

function scopeText(model: ReportModel): string {
  const t = REPORT_TEXTS[model.language];
  const s = model.run.scope;
  const parts: string[] = [];
  if (s.communes?.length) parts.push(t.scopeCommunes(s.communes.length));
  if (s.districts?.length) parts.push(t.scopeDistricts(s.districts.length));
  if (s.event_types?.length) parts.push(`${t.scopeEventTypes}: ${s.event_types.map((e) => eventTypeLabel(e, model.language)).join(', ')}`);
  if (s.registration_years?.length) parts.push(`${t.scopeYears}: ${s.registration_years.join(', ')}`);
  return parts.length ? parts.join('; ') : t.scopeAll;
}

function dateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * The leadership report as one self-contained HTML document (inline CSS and SVG, no external
 * resource): opens offline and prints on A4. Aggregates only.
 *
 * @example
 * writeFileSync('report.html', renderReportHtml(model));
 */
export function renderReportHtml(model: ReportModel): string {
  const t = REPORT_TEXTS[model.language];
  const lang = model.language;
  const { run, charts, svgs } = model;
  const period = [run.phaseFrom, run.phaseTo].filter(Boolean).join(' - ');
  const header =
    `<header><h1>${escapeHtml(model.title)}</h1>` +
    `<p class="meta">${escapeHtml(model.campaign)}</p>` +
    `<p class="meta">${escapeHtml(t.phase)}: <b>${escapeHtml(run.phaseLabel ?? run.phase)}</b>` +
    (period ? ` · ${escapeHtml(t.period)}: ${escapeHtml(period)}` : '') +
    ` · ${escapeHtml(t.scope)}: ${escapeHtml(scopeText(model))}</p>` +
    `<p class="meta">${escapeHtml(t.run)}: <code>${escapeHtml(run.id)}</code> · ${escapeHtml(t.generated)}: ${escapeHtml(dateTime(run.startedAt))}</p></header>`;
  const communeNote = t.pilotNote(model.pilotPeriod);
  const body = [
    header,
    `<section><h2>${escapeHtml(t.headline)}</h2>`,
    model.previous ? `<p class="note">${escapeHtml(t.sincePrevious(model.previous.run_id))}</p>` : '',
    headlineTiles(model.figures.headline, model.previous?.headline, lang),
    `<p class="note">${escapeHtml(t.recordsInNote)} ${escapeHtml(t.privacy)}</p>`,
    comparisonSection(model),
    `</section>`,
    `<section><h2>${escapeHtml(t.progressTitle)}</h2>${chartFigure(charts.progress, model.progress.length > 1 ? svgs[charts.progress.id] : undefined, lang)}</section>`,
    `<section><h2>${escapeHtml(t.byDistrict)}</h2>${chartFigure(charts.byDistrict, svgs[charts.byDistrict.id], lang)}</section>`,
    `<section><h2>${escapeHtml(t.byCommune)}</h2>${chartFigure(charts.byCommune, svgs[charts.byCommune.id], lang, communeNote)}</section>`,
    `<section><h2>${escapeHtml(t.byEventType)}</h2>${chartFigure(charts.byEventType, svgs[charts.byEventType.id], lang)}</section>`,
    `<section><h2>${escapeHtml(t.byError)}</h2>${chartFigure(charts.byErrorCode, svgs[charts.byErrorCode.id], lang, t.byErrorNote)}`,
    `<h3>${escapeHtml(t.byCategory)}</h3>${categoryTable(model)}</section>`,
    `<section><h2>${escapeHtml(t.byDecade)}</h2>${chartFigure(charts.byDecade, svgs[charts.byDecade.id], lang)}</section>`,
    qualitySection(model),
    `<section><h2>${escapeHtml(t.methods)}</h2>${methodsSection(model)}</section>`,
  ].join('\n');
  return (
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(model.title)} - ${escapeHtml(run.phaseLabel ?? run.phase)}</title>` +
    `<style>${REPORT_CSS}</style></head><body>\n${body}\n</body></html>\n`
  );
}
