import { dirname } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal } from '../db/query.js';
import { UserError } from '../errors.js';

/**
 * Writes the quarantine table as CSV (UTF-8): source_file, source_line, kind, reason_code, reason,
 * raw_line, ordered by file and line.
 * It holds raw rows, hence personal data: it belongs with the campaign database, not in reports.
 *
 * @example
 * await writeQuarantineCsv(c, 'reports/quarantine.csv');
 */
export async function writeQuarantineCsv(c: DuckDBConnection, path: string): Promise<void> {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch {
    throw new UserError(`${path}: cannot create the folder for the quarantine file`);
  }
  // COPY takes no parameter for its target: the path goes in as a quoted literal.
  try {
    await c.run(`copy (
      select q.source_file, q.source_line, q.kind, q.reason_code, q.reason, q.raw_line
      from quarantine q
      left join ingest_files f on f.source_file = q.source_file
      order by f.kind desc nulls last, q.source_file, q.source_line
    ) to ${literal(path)} (header, delimiter ',')`);
  } catch (err) {
    throw new UserError(`${path}: cannot write the quarantine file (${(err as Error).message.split('\n')[0]})`);
  }
}
