import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from '../db/query.js';
import { sqlFile } from '../db/steps.js';

/** A primary key of a contract table (one column each in schema.sql). */
export interface PrimaryKey {
  table: string;
  column: string;
}

/**
 * The contract DDL (schema.sql) without its primary keys, and the keys it had. Filling a table and
 * then adding its key builds the index in one go; keeping it while inserting millions of rows one
 * by one costs several times more (measured: 2.9M persons, ~40 CPU s against ~10).
 *
 * @example
 * const { sql, keys } = withoutPrimaryKeys('create table if not exists t (\n  id varchar primary key,\n  x int\n);');
 * keys; // [{ table: 't', column: 'id' }]
 */
export function withoutPrimaryKeys(schema: string): { sql: string; keys: PrimaryKey[] } {
  const keys: PrimaryKey[] = [];
  let table = '';
  const lines = schema.split('\n').map((line) => {
    const create = /create table if not exists (\w+)/i.exec(line);
    if (create) table = create[1];
    const key = /^\s*(\w+)\s+[^,]*?\bprimary key\b/i.exec(line);
    if (!key) return line;
    keys.push({ table, column: key[1] });
    return line.replace(/\s+primary key\b/i, '');
  });
  return { sql: lines.join('\n'), keys };
}

/**
 * Drops the contract tables ingest fills and makes them again, without their primary keys
 * (`addPrimaryKeys` puts them back once they are filled). units_2023 is reference data, kept.
 *
 * @example
 * const keys = await recreateContractTables(c);
 */
export async function recreateContractTables(c: DuckDBConnection): Promise<PrimaryKey[]> {
  await c.run(sqlFile(import.meta.url, 'sql/ingest_clear.sql'));
  const { sql, keys } = withoutPrimaryKeys(sqlFile(import.meta.url, 'sql/schema.sql'));
  await c.run(sql);
  return keys.filter((k) => k.table !== 'units_2023');
}

/**
 * Adds the primary keys back (fails, and the ingest rolls back, if a key is not unique: a bug).
 *
 * @example
 * await addPrimaryKeys(c, keys);
 */
export async function addPrimaryKeys(c: DuckDBConnection, keys: PrimaryKey[]): Promise<void> {
  for (const k of keys) await c.run(`alter table ${ident(k.table)} add primary key (${ident(k.column)})`);
}
