import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { queryRows } from '../../db/query.js';
import { literal } from '../../db/query.js';
import { UserError } from '../../errors.js';

/** Columns of the generator's truth.csv, in order. */
export const truthColumns = [
  'person_id', 'record_id', 'role', 'event_type', 'true_pid', 'expected_outcome', 'expected_errors',
  'expected_pid_action', 'variants', 'twin_of', 'duplicate_of',
] as const;

/**
 * Loads a ground-truth CSV into match_truth (all text; empty fields become null). The header must
 * hold every truth column; extra columns are ignored.
 *
 * @example
 * await loadTruth(c, 'out/truth.csv');
 */
export async function loadTruth(connection: DuckDBConnection, path: string): Promise<number> {
  if (!existsSync(path)) throw new UserError(`${path}: no such truth file`);
  let header: string[];
  try {
    const rows = await queryRows<{ name: string }>(
      connection,
      `select column_name as name from (describe select * from read_csv(${literal(path)}, header = true, all_varchar = true, sample_size = 1))`,
    );
    header = rows.map((r) => r.name);
  } catch {
    throw new UserError(`${path}: not a readable CSV file`);
  }
  const missing = truthColumns.filter((c) => !header.includes(c));
  if (missing.length) throw new UserError(`${path}: missing truth column(s) ${missing.join(', ')}`);
  await connection.run(`create or replace table match_truth as
select ${truthColumns.map((c) => `nullif(trim("${c}"), '') as ${c}`).join(', ')}
from read_csv(${literal(path)}, header = true, all_varchar = true)`);
  const [row] = await queryRows<{ n: number }>(connection, 'select count(*) as n from match_truth');
  return row.n;
}
