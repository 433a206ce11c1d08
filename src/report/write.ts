import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CampaignConfig } from '../config/campaign.js';
import { queryRows } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import { svgToPng } from '../plot/png.js';
import { renderChart, reportCharts } from './charts/index.js';
import { computeFigures, prepareReportTables } from './figures.js';
import { renderReportHtml } from './html/document.js';
import { REPORT_TEXTS } from './html/texts.js';
import { matchMethod } from './match-parameters.js';
import { htmlToPdf } from './pdf.js';
import { qualitySectionHtml } from './quality-section.js';
import { writeResultsFiles } from './results-files.js';
import { buildSummary, type Summary } from './summary.js';
import type { PreviousRuns, ProgressPoint, RunInfo, RunInput } from './types.js';
import { writeWorklists } from './worklists/write.js';

export interface RunOutputsOptions {
  /** The run folder; made if missing. */
  dir: string;
  run: RunInfo;
  config: CampaignConfig;
  /** The previous run, the comparison with it and the campaign's progress, from the run history. */
  previous?: PreviousRuns;
  /** Write report.pdf (default: config.report.pdf). */
  pdf?: boolean;
}

export interface RunOutputs {
  summary: Summary;
  /** Seconds per part: figures, results, worklists, charts, html, pdf, summary. */
  timings: Record<string, number>;
}

/**
 * Writes a run's folder from the campaign database: results.csv/.parquet, quarantine.csv,
 * worklists/, charts/*.png, report.html, report.pdf and summary.json (last, so its presence means the
 * folder is complete). Every file is a view of match_results in the run's scope, so they agree.
 *
 * @example
 * const { summary } = await writeRunOutputs(connection, { dir: 'reports/pilot/20260125-103000-pilot-1a2b3c', run, config });
 * summary.headline.consistent; // 1204
 */
export async function writeRunOutputs(connection: DuckDBConnection, options: RunOutputsOptions): Promise<RunOutputs> {
  const { dir, run, config } = options;
  const language = config.report.language;
  const timings: Record<string, number> = {};
  const timed = async <T>(part: string, fn: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings[part] = Number(((performance.now() - start) / 1000).toFixed(3));
    }
  };
  mkdirSync(join(dir, 'charts'), { recursive: true });

  const pilot = config.phases.find((p) => p.name === config.report.pilot_phase);
  const figures = await timed('figures', async () => {
    await prepareReportTables(connection, run.scope);
    return computeFigures(connection, { pilotCommunes: pilot?.scope.communes ?? [] });
  });
  const inputs = await queryRows<RunInput & Record<string, unknown>>(connection, sqlFile(import.meta.url, 'sql/report_inputs.sql'));
  const matchMethodSection = await matchMethod(connection, config.match);
  const qualitySection = await qualitySectionHtml(connection, language);

  // From here the connection only writes files (results, then worklists) while the leadership report,
  // which needs nothing more from DuckDB, is drawn and printed in JS and Chromium alongside.
  const files = (async () => {
    await timed('results', () => writeResultsFiles(connection, dir));
    return timed('worklists', () =>
      writeWorklists(connection, { dir: join(dir, 'worklists'), language, runId: run.id, byResidence: config.report.worklists_by_residence }),
    );
  })();
  const current: ProgressPoint = { run_id: run.id, phase: run.phase, started_at: run.startedAt.toISOString(), ...figures.headline };
  const progress = [...(options.previous?.progress ?? []), current];
  const report = (async () => {
    // let DuckDB start on the files before the charts take the JS thread
    await new Promise((resolve) => setImmediate(resolve));
    const charts = reportCharts(figures, progress, language);
    const svgs = await timed('charts', () => {
      const out: Record<string, string> = {};
      for (const spec of Object.values(charts)) {
        out[spec.id] = renderChart(spec);
        writeFileSync(join(dir, 'charts', `${spec.id}.png`), svgToPng(out[spec.id], { width: config.report.png_width }));
      }
      return out;
    });
    const html = await timed('html', () =>
      renderReportHtml({
        language,
        title: config.report.title ?? REPORT_TEXTS[language].defaultTitle,
        campaign: config.campaign,
        run,
        figures,
        charts,
        svgs,
        previous: options.previous,
        progress,
        inputs,
        matchMethod: matchMethodSection,
        qualitySection,
        pilotPeriod: [pilot?.from, pilot?.to].filter(Boolean).join(' - '),
      }),
    );
    writeFileSync(join(dir, 'report.html'), html);
    if (options.pdf ?? config.report.pdf) {
      await timed('pdf', () => htmlToPdf(html, join(dir, 'report.pdf'), { footer: `${run.phaseLabel ?? run.phase} · ${run.id}` }));
    }
  })();
  // Both finish before anything is thrown, so the caller never closes the database under a query.
  const [worklists] = await settled(files, report);
  const summary = buildSummary({ run, figures, inputs, previous: options.previous, worklists, timings: { ...run.timings, ...prefixed(timings) } });
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return { summary, timings };
}

/** The values of both promises once both have settled; the first failure, if any, is thrown. */
async function settled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}

function prefixed(timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [`outputs.${k}`, v]));
}
