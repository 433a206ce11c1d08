import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { openDatabase } from '../../db/open.js';
import { literal } from '../../db/query.js';
import { UserError } from '../../errors.js';
import { link } from '../../match/link.js';
import { matchSummaryText } from '../../match/summary-text.js';

interface LinkCommandOptions {
  left: string;
  right: string;
  config?: string;
  out: string;
  db: string;
  timings?: boolean;
}

export function register(program: Command): void {
  program
    .command('link')
    .description('link any two tables (CSV or Parquet) with the match engine; columns mapped in the config section match.link')
    .requiredOption('--left <file>', 'the table whose rows are looked up (CSV or Parquet)')
    .requiredOption('--right <file>', 'the table they are looked up in (CSV or Parquet)')
    .option('--config <file>', 'campaign config (YAML) with match.link: { left: { id, columns }, right: { id, columns }, one_to_one }')
    .option('--out <dir>', 'folder for link_pairs.csv and link_pairs.parquet', 'reports/link')
    .option('--db <file>', 'database to work in (default: in memory)', ':memory:')
    .option('--timings', 'print the seconds, rows and memory of every step')
    .action(async (options: LinkCommandOptions) => {
      const config = loadConfig(options.config);
      if (!config.match.link) throw new UserError(`${options.config ?? 'config'}: no match.link section (left and right: id column and columns)`);
      const db = await openDatabase(options.db);
      try {
        const summary = await link(db.connection, { left: options.left, right: options.right, config: config.match });
        mkdirSync(options.out, { recursive: true });
        const csv = join(options.out, 'link_pairs.csv');
        const parquet = join(options.out, 'link_pairs.parquet');
        await db.connection.run(`copy link_pairs to ${literal(csv)} (format csv, header true)`);
        await db.connection.run(`copy link_pairs to ${literal(parquet)} (format parquet)`);
        process.stdout.write(matchSummaryText(summary, { timings: options.timings }) + '\n' + `${csv}\n${parquet}\n`);
      } finally {
        db.close();
      }
    });
}
