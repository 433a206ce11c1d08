import type { DuckDBConnection } from '@duckdb/node-api';
import { queryValue } from '../db/query.js';

/**
 * Runs `fn` with DuckDB's `preserve_insertion_order` on (the setting is global to the database
 * instance, so the previous value is put back): report_results and the worklists' lines are stored
 * sorted and read back in that order, by rowid and by plain scans, with no second sort.
 *
 * @example
 * await withInsertionOrder(connection, () => connection.run('copy (select xml from t) to ...'));
 */
export async function withInsertionOrder<T>(connection: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  const previous = await queryValue<boolean>(connection, "select current_setting('preserve_insertion_order')");
  await connection.run('set preserve_insertion_order = true');
  try {
    return await fn();
  } finally {
    if (previous === false) await connection.run('set preserve_insertion_order = false');
  }
}
