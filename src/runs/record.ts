import type { DuckDBConnection } from '@duckdb/node-api';
import { scopeCondition } from '../config/scope.js';
import { sqlFile } from '../db/steps.js';
import type { Summary } from '../report/index.js';

/**
 * Records a finished run in the attached history (`attachHistory`) in ONE transaction: the run's
 * row with its headline figures and summary, its inputs and checksums, its timings and its
 * per-person results (from match_results in the run's scope). Either all of it lands or none: an
 * interrupted run leaves the history as it was. `beforeCommit` lets tests interrupt it there.
 *
 * @example
 * await recordRun(connection, { summary, outDir: dir });
 */
export async function recordRun(
  connection: DuckDBConnection,
  record: { summary: Summary; outDir: string | null },
  options: { beforeCommit?: () => void | Promise<void> } = {},
): Promise<void> {
  const { summary } = record;
  const run = summary.run;
  const h = summary.headline;
  const scope = scopeCondition(run.scope, 'm');
  await connection.run('begin transaction');
  try {
    await connection.run(sqlFile(import.meta.url, 'sql/runs_insert_run.sql'), {
      run_id: run.id,
      campaign: run.campaign,
      phase: run.phase,
      phase_label: run.phase_label,
      started_at: run.started_at.replace('T', ' ').replace('Z', ''),
      config_hash: run.config_hash,
      code_version: run.code_version,
      scope_json: JSON.stringify(run.scope),
      out_dir: record.outDir,
      records_in: h.records_in,
      quarantined: h.quarantined,
      registrations: h.registrations,
      persons: h.persons,
      compared: h.compared,
      consistent: h.consistent,
      discrepant: h.discrepant,
      not_found: h.not_found,
      ambiguous: h.ambiguous,
      invalid: h.invalid,
      pids_to_assign: h.pids_to_assign,
      pid_conflicts: h.pid_conflicts,
      summary_json: JSON.stringify(summary),
    });
    await connection.run(sqlFile(import.meta.url, 'sql/runs_insert_inputs.sql'), { run_id: run.id });
    const prepared = await connection.prepare('insert into history.run_timings values ($run_id, $stage, $seconds)');
    for (const [stage, seconds] of Object.entries(summary.timings)) {
      prepared.bind({ run_id: run.id, stage, seconds });
      await prepared.run();
    }
    const results = sqlFile(import.meta.url, 'sql/runs_insert_results.sql').replace('/*scope*/ true', scope.sql);
    await connection.run(results, { run_id: run.id, ...scope.params });
    await options.beforeCommit?.();
    await connection.run('commit');
  } catch (error) {
    await connection.run('rollback').catch(() => undefined);
    throw error;
  }
}
