import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from '../db/query.js';
import { PROVINCE_PID_CODES } from '../vn/pid.js';
import { EVENT_TYPES, ROLES_BY_EVENT } from '../vn/headers.js';
import type { InputFile } from './inputs.js';

/**
 * Fills a small temp table of text columns from rows held in TypeScript.
 *
 * @example
 * await smallTable(c, 'ingest_event_roles', ['event_type', 'role'], [['birth', 'child']]);
 */
export async function smallTable(c: DuckDBConnection, table: string, columns: string[], rows: (string | number)[][]): Promise<void> {
  await c.run(`create or replace temp table ${ident(table)} (${columns.map((col) => `${ident(col)} varchar`).join(', ')})`);
  const appender = await c.createAppender(table, 'main', 'temp');
  for (const row of rows) {
    for (const v of row) appender.appendVarchar(String(v));
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * The reference tables the SQL steps join with: file numbers and names, the roles of each event
 * type (src/vn/headers.ts) and the province codes a pid may start with (src/vn/pid.ts).
 *
 * @example
 * await createReferenceTables(c, files);
 */
export async function createReferenceTables(c: DuckDBConnection, files: InputFile[]): Promise<void> {
  await c.run('create or replace temp table ingest_file_names (file_no integer, source_file varchar, kind varchar)');
  const appender = await c.createAppender('ingest_file_names', 'main', 'temp');
  for (const f of files) {
    appender.appendInteger(f.no);
    appender.appendVarchar(f.path);
    appender.appendVarchar(f.kind);
    appender.endRow();
  }
  appender.closeSync();
  await smallTable(c, 'ingest_event_roles', ['event_type', 'role'], EVENT_TYPES.flatMap((t) => ROLES_BY_EVENT[t].map((role) => [t, role])));
  await smallTable(c, 'ingest_pid_provinces', ['code'], Object.keys(PROVINCE_PID_CODES).map((code) => [code]));
}
