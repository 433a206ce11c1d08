import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { literal, queryRows } from '../db/query.js';
import type { MatchSummary } from './types.js';

/** The columns of results.csv: the contract's, in its order, then additional ones. */
export const resultColumns = [
  'record_id', 'event_type', 'role', 'authority_code', 'outcome', 'population_pid', 'score', 'errors', 'pid_action',
  'person_id', 'commune_code', 'district_code', 'registered_year', 'match_weight', 'method', 'population_row_id',
  'second_row_id', 'second_score', 'residence_commune_code',
] as const;

/**
 * Writes a match run's files into `dir`: results.csv and results.parquet (one row per
 * person-in-registration, the contract's columns first) by DuckDB COPY, and match_parameters.json
 * (the learnt m, u and weights, the prior, pairs per blocking rule: no personal data).
 *
 * @example
 * const files = await writeMatchOutputs(c, 'reports/pilot/run-1', summary);
 */
export async function writeMatchOutputs(connection: DuckDBConnection, dir: string, summary?: MatchSummary): Promise<{ csv: string; parquet: string; parameters: string }> {
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, 'results.csv');
  const parquet = join(dir, 'results.parquet');
  const select = `select ${resultColumns.join(', ')} from match_results order by record_id, role`;
  await connection.run(`copy (${select}) to ${literal(csv)} (format csv, header true)`);
  await connection.run(`copy (${select}) to ${literal(parquet)} (format parquet)`);
  const parameters = join(dir, 'match_parameters.json');
  const levels = await queryRows(connection, 'select comparison, level, label, error, weighs, m, u, weight, m_source, u_source, tf from match_parameters order by comparison, level');
  writeFileSync(
    parameters,
    JSON.stringify(
      {
        prior: summary?.parameters.prior, prior_weight: summary?.parameters.priorWeight, presence: summary?.parameters.presence,
        em_sessions: summary?.parameters.sessions, blocking: summary?.blocking, levels,
      },
      null,
      2,
    ) + '\n',
  );
  return { csv, parquet, parameters };
}
