import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { openDatabase } from '../../db/open.js';
import { UserError } from '../../errors.js';
import { match } from '../../match/index.js';
import { writeMatchOutputs } from '../../match/output.js';
import { matchSummaryText } from '../../match/summary-text.js';

interface MatchCommandOptions {
  db: string;
  config?: string;
  out: string;
  phase?: string;
}

export function register(program: Command): void {
  program
    .command('match')
    .description('reconcile every person of the registry with the population: outcome, population pid and error codes per person')
    .option('--db <file>', 'campaign database written by `doichieu ingest`', 'campaign.duckdb')
    .option('--config <file>', 'campaign config (YAML): blocking rules, comparisons and thresholds in its `match` section')
    .option('--out <dir>', 'folder for results.csv, results.parquet and match_parameters.json', 'reports/match')
    .option('--phase <name>', "match only the registrations of this phase's scope (from the config)")
    .action(async (options: MatchCommandOptions) => {
      const config = loadConfig(options.config);
      const phase = options.phase ? config.phases.find((p) => p.name === options.phase) : undefined;
      if (options.phase && !phase) throw new UserError(`--phase ${options.phase}: no such phase in the config (${config.phases.map((p) => p.name).join(', ') || 'none'})`);
      if (!existsSync(options.db)) throw new UserError(`${options.db}: no campaign database (run \`doichieu ingest\` first, or give --db)`);
      const db = await openDatabase(options.db);
      try {
        const tty = process.stderr.isTTY;
        const summary = await match(db.connection, {
          config, scope: phase?.scope,
          onStep: (t) => {
            if (tty) process.stderr.write(`  ${t.name} ${t.seconds.toFixed(1)} s\n`);
          },
        });
        const files = await writeMatchOutputs(db.connection, options.out, summary);
        process.stdout.write(matchSummaryText(summary, { timings: true }) + '\n');
        process.stdout.write(`${files.csv}\n${files.parquet}\n${files.parameters}\n`);
      } finally {
        db.close();
      }
    });
}
