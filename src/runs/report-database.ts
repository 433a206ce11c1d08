import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CampaignConfig } from '../config/campaign.js';
import { writeRunOutputs, type PreviousRuns, type Summary } from '../report/index.js';
import { attachHistory, detachHistory } from './history.js';
import { resolvePhase } from './phase.js';
import { previousRuns } from './progress.js';
import { describeRun } from './run-info.js';

/**
 * Writes a run folder from a campaign database that has already been ingested and matched (the
 * `doichieu report` command), comparing with the latest run of the phase in the history when there
 * is one (read only: the history is not changed).
 *
 * @example
 * const { dir } = await reportDatabase(connection, { config, phase: 'pilot' });
 */
export async function reportDatabase(
  connection: DuckDBConnection,
  options: { config: CampaignConfig; phase?: string; out?: string; history?: string; pdf?: boolean; now?: Date },
): Promise<{ runId: string; dir: string; summary: Summary; previous?: PreviousRuns }> {
  const { config } = options;
  const phase = resolvePhase(config, options.phase);
  const startedAt = options.now ?? new Date();
  const run = await describeRun(connection, config, phase, startedAt, {});
  const runId = run.id;
  const dir = options.out ?? join(config.report.out_dir, phase.name, runId);
  const historyPath = options.history ?? config.report.history;
  let previous: PreviousRuns | undefined;
  if (existsSync(historyPath)) {
    await attachHistory(connection, historyPath, { readOnly: true });
    try {
      previous = await previousRuns(connection, { phase: phase.name, scope: phase.scope, currentRunId: runId });
    } finally {
      await detachHistory(connection, historyPath);
    }
  }
  const { summary } = await writeRunOutputs(connection, { dir, run, config, previous, pdf: options.pdf });
  return { runId, dir, summary, previous };
}
