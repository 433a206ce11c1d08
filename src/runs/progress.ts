import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, queryValue } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import type { Headline, PreviousRuns, ProgressPoint } from '../report/index.js';
import { HEADLINE_KEYS } from '../report/index.js';
import type { Scope } from '../config/scope.js';
import { compareWithCurrent } from './compare.js';
import { historyConnection, type RunHistory } from './history.js';

/**
 * Headline figures of every recorded run of a phase, oldest first.
 *
 * @example
 * const points = await runProgress(history, 'pilot');
 * points.map((p) => p.discrepant); // [412, 180, 37]
 */
export async function runProgress(history: RunHistory | DuckDBConnection, phase: string): Promise<ProgressPoint[]> {
  const connection = historyConnection(history);
  return queryRows<ProgressPoint & Record<string, unknown>>(connection, sqlFile(import.meta.url, 'sql/runs_progress.sql'), { phase });
}

/**
 * What the report says about earlier runs, for a run of `phase` in progress: the previous run
 * (latest of the phase, else of the campaign), how records moved since, and the phase's progress.
 * Undefined for the first run of a campaign.
 *
 * @example
 * const previous = await previousRuns(connection, { phase: 'pilot', scope, currentRunId });
 */
export async function previousRuns(
  connection: DuckDBConnection,
  options: { phase: string; scope: Scope | undefined; currentRunId: string },
): Promise<PreviousRuns | undefined> {
  const runId = await queryValue<string | undefined>(connection, sqlFile(import.meta.url, 'sql/runs_previous.sql'), { phase: options.phase });
  if (!runId) return undefined;
  const [row] = await queryRows<Record<string, number>>(connection, `select ${HEADLINE_KEYS.join(', ')} from history.runs where run_id = $id`, { id: runId });
  const headline = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, Number(row[k])])) as unknown as Headline;
  return {
    run_id: runId,
    headline,
    comparison: await compareWithCurrent(connection, runId, options.currentRunId, options.scope),
    progress: await runProgress(connection, options.phase),
  };
}
