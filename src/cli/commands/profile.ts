import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { openDatabase } from '../../db/open.js';
import { UserError } from '../../errors.js';
import { profile, writeProfileOutputs } from '../../profile/index.js';
import { profileSummaryText } from '../../profile/summary-text.js';
import { progressBars } from '../progress.js';

interface ProfileCommandOptions {
  db: string;
  config?: string;
  out: string;
  phase?: string;
  language?: 'vi' | 'en';
}

export function register(program: Command): void {
  program
    .command('profile')
    .description('completeness and validity of the ingested extracts by field, commune, year and event type')
    .option('--db <file>', 'campaign database written by `doichieu ingest`', 'campaign.duckdb')
    .option('--config <file>', 'campaign config (YAML): validity rules in its `profile` section')
    .option('--out <dir>', 'folder for profile.html, profile_failures.csv/.xlsx and profile_summary.json', 'reports/profile')
    .option('--phase <name>', "profile only the registrations of this phase's scope (from the config)")
    .option('--language <vi|en>', 'language of the HTML section and the summary (default: the config\'s report language)')
    .action(async (options: ProfileCommandOptions) => {
      const config = loadConfig(options.config);
      const phase = options.phase ? config.phases.find((p) => p.name === options.phase) : undefined;
      if (options.phase && !phase) throw new UserError(`--phase ${options.phase}: no such phase in the config (${config.phases.map((p) => p.name).join(', ') || 'none'})`);
      const language = options.language ?? config.report.language;
      if (language !== 'vi' && language !== 'en') throw new UserError(`--language ${language}: expected vi or en`);
      if (!existsSync(options.db)) throw new UserError(`${options.db}: no campaign database (run \`doichieu ingest\` first, or give --db)`);
      const db = await openDatabase(options.db);
      const progress = progressBars();
      try {
        const summary = await profile(db.connection, { config, scope: phase?.scope, onProgress: progress.fn });
        progress.stop();
        const files = await writeProfileOutputs(db.connection, options.out, { language });
        process.stdout.write(profileSummaryText(summary, language) + '\n');
        process.stdout.write(`${files.html}\n${files.csv}\n${files.xlsx}${files.xlsxRows < files.failureRows ? ` (${files.xlsxRows} of ${files.failureRows} rows)` : ''}\n${files.json}\n`);
      } finally {
        progress.stop();
        db.close();
      }
    });
}
