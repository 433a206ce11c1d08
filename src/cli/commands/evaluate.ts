import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openDatabase } from '../../db/open.js';
import { queryRows } from '../../db/query.js';
import { UserError } from '../../errors.js';
import { evaluateRun } from '../../match/evaluate/metrics.js';
import { loadTruth } from '../../match/evaluate/truth.js';
import { evaluationText, writeEvaluation } from '../../match/evaluate/write.js';

interface EvaluateCommandOptions {
  truth: string;
  db: string;
  out: string;
}

export function register(program: Command): void {
  program
    .command('evaluate')
    .description("compare the last match run with a ground truth (the generator's truth.csv): link and error-code precision, recall, F1")
    .requiredOption('--truth <file>', 'truth.csv written by `doichieu generate`')
    .option('--db <file>', 'campaign database of a `doichieu match` run', 'campaign.duckdb')
    .option('--out <dir>', 'folder for evaluation.json, threshold_sweep.svg/.png; summary.json there gets an `evaluation` key', 'reports/match')
    .action(async (options: EvaluateCommandOptions) => {
      if (!existsSync(options.db)) throw new UserError(`${options.db}: no campaign database (give --db)`);
      const db = await openDatabase(options.db);
      try {
        const ran = await queryRows(db.connection, `select 1 from information_schema.tables where table_name = 'match_best'`);
        if (!ran.length) throw new UserError(`${options.db}: no match run; run \`doichieu match\` first`);
        await loadTruth(db.connection, options.truth);
        const evaluation = await evaluateRun(db.connection);
        const [settings] = await queryRows<{ value: string }>(db.connection, `select value from match_settings where key = 'config'`);
        const threshold = settings ? (JSON.parse(settings.value) as { min_match_weight: number }).min_match_weight : undefined;
        const files = writeEvaluation(options.out, evaluation, { threshold });
        process.stdout.write(evaluationText(evaluation) + '\n');
        process.stdout.write(`${files.json}\n${files.summary}\n${files.svg}\n`);
      } finally {
        db.close();
      }
    });
}
