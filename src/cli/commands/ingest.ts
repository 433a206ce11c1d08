import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { openDatabase } from '../../db/open.js';
import { UserError } from '../../errors.js';
import { ingest } from '../../ingest/index.js';
import { ingestSummaryText } from '../../ingest/summary-text.js';
import { progressBars } from '../progress.js';

interface IngestCommandOptions {
  registry?: string[];
  population?: string;
  db: string;
  config?: string;
  encoding?: string;
  quarantine?: string;
  timings?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** DuckDB spills beyond this; with the JS heap an ingest of the whole province stays under 3 GB. */
const INGEST_MEMORY_LIMIT = '1800MB';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('load the registry and population extracts into the campaign database; every row is loaded or quarantined')
    .option('--registry <path>', 'registry extract (CSV, Parquet or XLSX); repeat for one file per event type, written TYPE=PATH (e.g. death=khai_tu.csv) when the file has no event_type column', collect)
    .option('--population <path>', 'population extract (CSV, Parquet or XLSX)')
    .option('--db <file>', 'campaign database to (re)load; a fresh ingest replaces what a previous one loaded', 'campaign.duckdb')
    .option('--config <file>', 'campaign config (YAML): inputs, and the `ingest` section (column mapping, encoding, per-file event types)')
    .option('--encoding <name>', 'read every CSV input in this encoding instead of detecting it: utf8, utf16le, cp1258, tcvn3, vni, viqr')
    .option('--quarantine <file>', 'also write the quarantined rows (file, line, reason, raw row) to this CSV file')
    .option('--timings', 'print the seconds of every step')
    .action(async (options: IngestCommandOptions) => {
      const config = loadConfig(options.config);
      const registry = options.registry?.length ? options.registry : config.inputs.registry;
      const population = options.population ?? config.inputs.population;
      if (registry.length === 0) throw new UserError('no registry file: give --registry PATH (or inputs.registry in the config)');
      if (!population) throw new UserError('no population file: give --population PATH (or inputs.population in the config)');
      let db;
      try {
        db = await openDatabase(options.db, { memoryLimit: INGEST_MEMORY_LIMIT });
      } catch (err) {
        throw new UserError(`${options.db}: cannot open the campaign database (${(err as Error).message.split('\n')[0]})`);
      }
      const progress = progressBars();
      try {
        const summary = await ingest(db.connection, {
          registry, population, config, encoding: options.encoding, quarantineCsv: options.quarantine, onProgress: progress.fn,
        });
        progress.stop();
        const peak = process.resourceUsage().maxRSS * 1024;
        process.stdout.write(ingestSummaryText(summary, { peakMemoryBytes: peak, timings: options.timings }) + '\n');
        process.stdout.write(`database: ${options.db}${options.quarantine ? `; quarantine: ${options.quarantine}` : ''}\n`);
      } finally {
        progress.stop();
        db.close();
      }
    });
}
