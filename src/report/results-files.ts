import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { scopeCondition, type Scope } from '../config/scope.js';
import { literal } from '../db/query.js';
import { sqlFile } from '../db/steps.js';

/**
 * Writes results.csv, results.parquet (the scope's match_results, contract columns first, sorted by
 * person_id) and quarantine.csv into `dir`. The scope is applied to match_results directly (the rows
 * of report_results, without joining them).
 *
 * @example
 * await writeResultsFiles(connection, 'reports/pilot/20260125-103000-pilot-1a2b3c', { communes: ['31825'] });
 */
export async function writeResultsFiles(connection: DuckDBConnection, dir: string, scope?: Scope): Promise<void> {
  const condition = scopeCondition(scope, 'm');
  const results = sqlFile(import.meta.url, 'sql/report_results_export.sql').replace('/*scope*/ true', condition.sql);
  const quarantine = sqlFile(import.meta.url, 'sql/report_quarantine_export.sql');
  // Sorted once into a temp table; both copies read it in that order. COPY takes no parameter for
  // its path: the path is quoted as a literal.
  await connection.run(`create or replace temp table report_export as ${results}`, condition.params);
  await connection.run(`copy report_export to ${literal(join(dir, 'results.csv'))} (format csv, header true)`);
  await connection.run(`copy report_export to ${literal(join(dir, 'results.parquet'))} (format parquet, compression zstd)`);
  await connection.run('drop table report_export');
  await connection.run(`copy (${quarantine}) to ${literal(join(dir, 'quarantine.csv'))} (format csv, header true)`);
}
