import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import { withInsertionOrder } from './insertion-order.js';

/**
 * Writes results.csv, results.parquet (the scope's match_results, contract columns first, sorted by
 * person_id) and quarantine.csv into `dir`. Needs report_results (prepareReportTables), which is
 * stored in person_id order: both files copy it as it is, with no sort of their own.
 *
 * @example
 * await writeResultsFiles(connection, 'reports/pilot/20260125-103000-pilot-1a2b3c');
 */
export async function writeResultsFiles(connection: DuckDBConnection, dir: string): Promise<void> {
  const results = sqlFile(import.meta.url, 'sql/report_results_export.sql');
  const quarantine = sqlFile(import.meta.url, 'sql/report_quarantine_export.sql');
  // COPY takes no parameter for its path: the path is quoted as a literal.
  await withInsertionOrder(connection, async () => {
    await connection.run(`copy (${results}) to ${literal(join(dir, 'results.csv'))} (format csv, header true)`);
    await connection.run(`copy (${results}) to ${literal(join(dir, 'results.parquet'))} (format parquet, compression zstd)`);
  });
  await connection.run(`copy (${quarantine}) to ${literal(join(dir, 'quarantine.csv'))} (format csv, header true)`);
}
