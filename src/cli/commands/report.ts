import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { openDatabase } from '../../db/open.js';
import { UserError } from '../../errors.js';
import { reportDatabase, runText } from '../../runs/index.js';

interface ReportCommandOptions {
  db: string;
  config?: string;
  phase?: string;
  out?: string;
  history?: string;
  pdf: boolean;
}

/**
 * `doichieu report`: the run folder from a matched campaign database.
 *
 * @example
 * register(new Command('doichieu'));
 */
export function register(program: Command): void {
  program
    .command('report')
    .description('the run folder (summary.json, report.html/.pdf, charts, worklists) from a matched campaign database')
    .option('--db <file>', 'campaign database written by `doichieu ingest` and `doichieu match`', 'campaign.duckdb')
    .option('--config <file>', 'campaign config (YAML)')
    .option('--phase <name>', "phase of the config whose scope to report; default: everything ('all')")
    .option('--out <dir>', 'the run folder, exactly (default: <report.out_dir>/<phase>/<run-id>/)')
    .option('--history <file>', 'run history to compare with (read only; default: report.history)')
    .option('--no-pdf', 'skip report.pdf (no Chromium needed)')
    .action(async (options: ReportCommandOptions) => {
      const config = loadConfig(options.config);
      if (!existsSync(options.db)) throw new UserError(`${options.db}: no campaign database (run \`doichieu ingest\` and \`doichieu match\` first, or give --db)`);
      const db = await openDatabase(options.db);
      try {
        const ready = await db.connection.runAndReadAll(`select count(*) from duckdb_tables() where table_name = 'match_results'`);
        if (Number(ready.getRows()[0][0]) === 0) throw new UserError(`${options.db}: no match_results table (run \`doichieu match\` first)`);
        const result = await reportDatabase(db.connection, {
          config,
          phase: options.phase,
          out: options.out,
          history: options.history,
          pdf: options.pdf ? undefined : false,
        });
        process.stdout.write(`${runText(result.summary, result.previous?.comparison, config.report.language)}\n${result.dir}\n`);
      } finally {
        db.close();
      }
    });
}
