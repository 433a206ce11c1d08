import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, queryRows, queryValue } from '../db/query.js';
import { UserError } from '../errors.js';
import { sha256File } from './hash.js';
import type { ColumnPlan } from './columns.js';
import type { InputFile } from './inputs.js';
import { rawTableName } from './raw.js';

// Parquet columns are typed; each is cast to VARCHAR so the raw table holds text like any other
// input. A row's line is its 1-based position in the file (Parquet has no header line).

export interface ParquetProbe {
  headers: string[];
  types: string[];
}

/**
 * Reads the column names and types of a Parquet file.
 *
 * @example
 * await probeParquet(c, 'population.parquet') // { headers: ['pid', 'full_name', ...], types: ['VARCHAR', ...] }
 */
export async function probeParquet(c: DuckDBConnection, path: string): Promise<ParquetProbe> {
  try {
    const rows = await queryRows<{ column_name: string; column_type: string }>(c, 'describe select * from read_parquet($path)', { path });
    return { headers: rows.map((r) => r.column_name), types: rows.map((r) => r.column_type) };
  } catch {
    throw new UserError(`${path}: cannot read the file as Parquet`);
  }
}

/**
 * Loads a Parquet file into its raw table, every column cast to text (integral floats without ".0",
 * so a number that lost its quotes still reads as digits).
 *
 * @example
 * await loadParquet(c, file, probe, plan) // { sha256, rowsIn: 1000, rowsRaw: 1000, quarantined: 0 }
 */
export async function loadParquet(c: DuckDBConnection, file: InputFile, probe: ParquetProbe, plan: ColumnPlan) {
  const table = rawTableName(file);
  const projection = [
    'file_row_number + 1 as line_no',
    ...plan.columns.flatMap((col, i) => (col ? [`${asText(ident(probe.headers[i]), probe.types[i])} as ${ident(col)}`] : [])),
  ].join(', ');
  const hashing = sha256File(file.path);
  await c.run(`create or replace temp table ${ident(table)} as select ${projection} from read_parquet($path, file_row_number = true)`, { path: file.path });
  const rowsIn = Number(await queryValue(c, `select count(*) from ${ident(table)}`));
  if (rowsIn === 0) throw new UserError(`${file.path}: no data rows`);
  return { sha256: await hashing, rowsIn, rowsRaw: rowsIn, quarantined: 0 };
}

function asText(column: string, type: string): string {
  if (type === 'DOUBLE' || type === 'FLOAT' || type.startsWith('DECIMAL')) {
    return `case when ${column} = trunc(${column}) and abs(${column}) < 1e18 then cast(cast(${column} as hugeint) as varchar) else cast(${column} as varchar) end`;
  }
  if (type === 'DATE') return `strftime(${column}, '%d/%m/%Y')`;
  return `cast(${column} as varchar)`;
}
