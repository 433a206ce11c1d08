import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { runPhase, runText } from '../../runs/index.js';
import { progressBars } from '../progress.js';

interface RunCommandOptions {
  registry: string[];
  population?: string;
  config?: string;
  phase?: string;
  out?: string;
  history?: string;
  db?: string;
  pdf: boolean;
}

/**
 * `doichieu run`: every stage for one phase, recorded in the run history.
 *
 * @example
 * register(new Command('doichieu'));
 */
export function register(program: Command): void {
  program
    .command('run')
    .description('every stage for one phase (ingest, profile, match, report, worklists), recorded in the run history')
    .option('--registry <path>', 'registry extract (repeat for several files; TYPE=PATH names the event type)', (v: string, all: string[]) => [...all, v], [])
    .option('--population <path>', 'population extract')
    .option('--config <file>', 'campaign config (YAML); see data-samples/campaign.yaml')
    .option('--phase <name>', "phase of the config to run (its scope); default: the whole input ('all')")
    .option('--out <dir>', 'the run folder, exactly (default: <report.out_dir>/<phase>/<run-id>/)')
    .option('--history <file>', 'run history, shared by every run of the campaign (default: report.history, reports/history.duckdb)')
    .option('--db <file>', 'keep the campaign database in this file (default: in memory)')
    .option('--no-pdf', 'skip report.pdf (no Chromium needed)')
    .action(async (options: RunCommandOptions) => {
      const config = loadConfig(options.config);
      const progress = progressBars();
      try {
        const result = await runPhase({
          registry: options.registry,
          population: options.population,
          config,
          phase: options.phase,
          out: options.out,
          history: options.history,
          db: options.db,
          pdf: options.pdf ? undefined : false,
          onProgress: progress.fn,
          onStage: (stage) => {
            if (process.stderr.isTTY && !stage.includes('.')) process.stderr.write(`${stage}...\n`);
          },
        });
        progress.stop();
        process.stdout.write(`${runText(result.summary, result.comparison, config.report.language)}\n${result.dir}\n`);
      } finally {
        progress.stop();
      }
    });
}
