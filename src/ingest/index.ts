import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { defaultConfig } from '../config/campaign.js';
import { ident } from '../db/query.js';
import { runSteps, sqlFile } from '../db/steps.js';
import { loadUnitsTable } from '../vn/units/index.js';
import { checkAccounting, summarise } from './accounting.js';
import { checkGlobalMapping } from './columns.js';
import { resolveInputs } from './inputs.js';
import { loadInputs } from './load-inputs.js';
import { probeFile, type ProbedFile } from './load.js';
import { writeQuarantineCsv } from './quarantine-csv.js';
import { applyIngestSettings } from './settings.js';
import type { IngestOptions, IngestSummary, StepSeconds } from './types.js';
import { createReferenceTables } from './work-tables.js';
import { writeContractTables } from './write-tables.js';

export type { IngestOptions, IngestSummary, FileSummary, StepSeconds, HeaderStyle, InputFormat } from './types.js';
export { resolveInputs, type InputFile } from './inputs.js';

/** Timed steps after the files are loaded, for the progress bar (about; the bar stops at the end). */
const STEPS_AFTER_LOADING = 20;

/** Runs `fn`, recording how long it took under `name`. */
export type Timed = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/**
 * Loads the registry extract(s) and the population extract into the contract tables of a campaign
 * database (`src/ingest/sql/schema.sql`): ingest_files, quarantine, registrations, persons,
 * population, units_2023. A fresh load replaces what a previous ingest loaded there, in one
 * transaction (a failed ingest leaves the previous load as it was); tables of later stages are not
 * touched and must be rebuilt.
 *
 * Memory: DuckDB spills to disk beyond its memory limit; open the database with a limit of about
 * 1.8 GB (`openDatabase(path, { memoryLimit: '1800MB' })`, as the CLI does) to keep a whole province under
 * 3 GB. FSST string compression is off while ingest writes (see settings.ts).
 *
 * Every input row is either loaded or quarantined; rows in = loaded + quarantined is checked per file
 * before committing. User errors (a missing, empty, header-only or unrecognisable file, a config
 * mapping naming a header that is not there) are one-line `UserError`s.
 *
 * @example
 * const summary = await ingest(db.connection, { registry: ['registry.csv'], population: 'population.csv' });
 * summary.totals; // { rowsIn: 1179085, rowsLoaded: 1179070, rowsQuarantined: 15 }
 */
export async function ingest(c: DuckDBConnection, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const timings: StepSeconds[] = [];
  const progress = options.onProgress ?? (() => {});
  let writing = 0;
  const timed: Timed = async (name, fn) => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const result = await fn();
    const used = process.cpuUsage(cpu);
    timings.push({ name, seconds: (performance.now() - t) / 1000, cpuSeconds: (used.user + used.system) / 1e6 });
    if (writing > 0) progress({ task: 'checking and writing', done: Math.min(writing++, STEPS_AFTER_LOADING), total: STEPS_AFTER_LOADING, unit: 'steps' });
    return result;
  };
  const config = options.config ?? defaultConfig();
  const files = resolveInputs({ registry: options.registry, population: options.population, config, encoding: options.encoding });

  // Every user error about the inputs' shape comes out here, before the database is touched.
  const probed: ProbedFile[] = await timed('probe inputs', async () => {
    const out: ProbedFile[] = [];
    for (const file of files) out.push(await probeFile(c, file, config.ingest.columns));
    checkGlobalMapping(config.ingest.columns, files, out.map((p) => p.plan));
    return out;
  });

  const workDir = mkdtempSync(join(tmpdir(), 'doichieu-ingest-'));
  const restoreSettings = await applyIngestSettings(c);
  let transaction = false;
  try {
    await timed('prepare tables', async () => {
      await c.run(sqlFile(import.meta.url, 'sql/schema.sql'));
      await loadUnitsTable(c); // reference data; commits on its own
      await c.run(sqlFile(import.meta.url, 'sql/ingest_work_tables.sql'));
      await createReferenceTables(c, files); // before the macros, which read ingest_pid_provinces
      await c.run(sqlFile(import.meta.url, 'sql/ingest_macros.sql'));
      await runSteps(c, [{ name: 'ingest_authorities', sql: sqlFile(import.meta.url, 'sql/ingest_authorities.sql') }], undefined, { countRows: false });
    });

    const { loaded, names } = await loadInputs(c, probed, workDir, { timed, progress, keepRawTables: options.keepWorkTables });

    await c.run('begin transaction');
    transaction = true;
    writing = 1;
    await writeContractTables(c, names, { timed, keepWorkTables: options.keepWorkTables });
    const summary = await timed('accounting', async () => summarise(c, await checkAccounting(c, probed, loaded)));
    await timed('commit', () => c.run('commit'));
    transaction = false;
    progress({ task: 'checking and writing', done: STEPS_AFTER_LOADING, total: STEPS_AFTER_LOADING, unit: 'steps' });
    if (options.quarantineCsv) await timed('quarantine.csv', () => writeQuarantineCsv(c, options.quarantineCsv!));
    return { ...summary, steps: timings, seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    if (transaction) await c.run('rollback').catch(() => {});
    throw err;
  } finally {
    if (!options.keepWorkTables) await dropWorkTables(c).catch(() => {});
    await restoreSettings().catch(() => {});
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Temp tables go with the connection anyway; dropping them frees memory for the stages after. */
async function dropWorkTables(c: DuckDBConnection): Promise<void> {
  const rows = (await c.runAndReadAll("select table_name from duckdb_tables() where temporary and starts_with(table_name, 'ingest_')")).getRows();
  for (const [name] of rows) await c.run(`drop table if exists temp.${ident(String(name))}`);
}
