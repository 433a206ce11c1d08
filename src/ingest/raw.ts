import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from '../db/query.js';
import type { LineRun } from './csv/line-model.js';
import type { QuarantinedRecord } from './csv/recover.js';
import type { InputFile } from './inputs.js';

/**
 * The raw table of one input file: every recognised column as VARCHAR, exactly as read, plus
 * `line_no` (the physical line when the loader knows it; else it comes from ingest_line_runs).
 * Lives in the temp catalog.
 *
 * @example
 * rawTableName({ kind: 'registry', no: 2 }) // 'ingest_raw_registry_2'
 */
export function rawTableName(file: Pick<InputFile, 'kind' | 'no'>): string {
  return `ingest_raw_${file.kind}_${file.no}`;
}

/**
 * Creates an empty raw table with the given canonical columns (for loaders that append rows).
 *
 * @example
 * await createRawTable(c, 'ingest_raw_registry_1', ['record_id', 'child_full_name']);
 */
export async function createRawTable(c: DuckDBConnection, table: string, columns: string[]): Promise<void> {
  const list = ['line_no bigint', ...columns.map((col) => `${ident(col)} varchar`)].join(', ');
  await c.run(`create or replace temp table ${ident(table)} (${list})`);
}

/**
 * Appends rows with known lines to a raw table; `fields[i]` goes to `columns[i]` (null: skipped).
 *
 * @example
 * await appendRawRows(c, 'ingest_raw_registry_1', ['record_id', null], [{ line: 9, fields: ['R1', 'x'] }]);
 */
export async function appendRawRows(c: DuckDBConnection, table: string, columns: (string | null)[], rows: { line: number; fields: (string | null)[] }[]): Promise<void> {
  if (rows.length === 0) return;
  const kept = columns.map((col, i) => ({ col, i })).filter((x) => x.col !== null);
  const appender = await c.createAppender(table, 'main', 'temp');
  for (const row of rows) {
    appender.appendBigInt(BigInt(row.line));
    for (const { i } of kept) {
      const v = row.fields[i];
      if (v === null || v === undefined || v === '') appender.appendNull();
      else appender.appendVarchar(v);
    }
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * Records rows a loader could not read.
 *
 * @example
 * await appendLoadQuarantine(c, 1, [{ line: 8, reasonCode: 'malformed_row', reason: 'line 8: 2 fields, expected 3', rawLine: 'a,b' }]);
 */
export async function appendLoadQuarantine(c: DuckDBConnection, fileNo: number, records: QuarantinedRecord[]): Promise<void> {
  if (records.length === 0) return;
  const appender = await c.createAppender('ingest_load_quarantine', 'main', 'temp');
  for (const r of records) {
    appender.appendInteger(fileNo);
    appender.appendBigInt(BigInt(r.line));
    appender.appendVarchar(r.reasonCode);
    appender.appendVarchar(r.reason);
    appender.appendVarchar(r.rawLine);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * Records the line runs of a file's DuckDB-read rows.
 *
 * @example
 * await appendLineRuns(c, 1, [{ firstRow: 0, offset: 2 }]);
 */
export async function appendLineRuns(c: DuckDBConnection, fileNo: number, runs: LineRun[]): Promise<void> {
  if (runs.length === 0) return;
  const appender = await c.createAppender('ingest_line_runs', 'main', 'temp');
  for (const run of runs) {
    appender.appendInteger(fileNo);
    appender.appendBigInt(BigInt(run.firstRow));
    appender.appendBigInt(BigInt(run.offset));
    appender.endRow();
  }
  appender.closeSync();
}
