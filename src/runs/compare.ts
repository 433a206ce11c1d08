import type { DuckDBConnection } from '@duckdb/node-api';
import { scopeCondition, type Scope } from '../config/scope.js';
import { queryRows } from '../db/query.js';
import { runSteps, sqlFile } from '../db/steps.js';
import { UserError } from '../errors.js';
import type { RunComparison } from '../report/index.js';
import { hasRun, historyConnection, type RunHistory } from './history.js';

async function counts(connection: DuckDBConnection, runA: string, runB: string): Promise<RunComparison> {
  await runSteps(connection, [{ name: 'runs_compare_pairs', sql: sqlFile(import.meta.url, 'sql/runs_compare_pairs.sql') }], undefined, { countRows: false });
  const [c] = await queryRows<Omit<RunComparison, 'runA' | 'runB' | 'by_commune'>>(connection, sqlFile(import.meta.url, 'sql/runs_compare_counts.sql'));
  const byCommune = await queryRows<RunComparison['by_commune'][number]>(connection, sqlFile(import.meta.url, 'sql/runs_compare_by_commune.sql'));
  return { runA, runB, ...c, by_commune: byCommune };
}

/**
 * Compares two recorded runs person by person: fixed since A (a problem in A, consistent in B),
 * new problems, still open, and persons in one run only. Counts only (no personal data).
 *
 * @example
 * const history = await openHistory('reports/history.duckdb', { readOnly: true });
 * const diff = await compareRuns(history, '20260125-103000-pilot-1a2b3c', '20260301-090000-pilot-4d5e6f');
 * diff.fixed; // 1204
 */
export async function compareRuns(history: RunHistory | DuckDBConnection, runA: string, runB: string): Promise<RunComparison> {
  const connection = historyConnection(history);
  for (const id of [runA, runB]) if (!(await hasRun(connection, id))) throw new UserError(`run ${id}: not in the history`);
  await runSteps(
    connection,
    [
      { name: 'runs_compare_a', sql: sqlFile(import.meta.url, 'sql/runs_compare_a.sql'), params: { run: runA } },
      { name: 'runs_compare_b', sql: sqlFile(import.meta.url, 'sql/runs_compare_b.sql'), params: { run: runB } },
    ],
    undefined,
    { countRows: false },
  );
  return counts(connection, runA, runB);
}

/**
 * Compares a recorded run with the run in progress (match_results of the campaign database in
 * `scope`), on a connection where the history is attached.
 *
 * @example
 * const diff = await compareWithCurrent(connection, previousRunId, 'current', phase.scope);
 */
export async function compareWithCurrent(connection: DuckDBConnection, previousRunId: string, currentRunId: string, scope: Scope | undefined): Promise<RunComparison> {
  const condition = scopeCondition(scope, 'm');
  await runSteps(
    connection,
    [
      { name: 'runs_compare_a', sql: sqlFile(import.meta.url, 'sql/runs_compare_a.sql'), params: { run: previousRunId } },
      {
        name: 'runs_compare_b',
        sql: sqlFile(import.meta.url, 'sql/runs_compare_b_current.sql').replace('/*scope*/ true', condition.sql),
        params: condition.params,
      },
    ],
    undefined,
    { countRows: false },
  );
  return counts(connection, previousRunId, currentRunId);
}
