import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { ident } from '../../db/query.js';

/** A lookup column's type; dates travel as ISO text and are cast where they are joined. */
export type LookupType = 'varchar' | 'integer' | 'boolean';
export type LookupValue = string | number | boolean | null;

/**
 * A lookup table from raw text to normalised values, filled in TypeScript over *distinct* raw
 * values only: `raw` plus `columns`, built by `normalise` for each raw value.
 */
export interface LookupSpec {
  /** Temp table name, prefixed `ingest_`. */
  table: string;
  columns: { name: string; type: LookupType }[];
  /** A query returning one column named `raw`: the values to normalise (nulls and duplicates are dropped). */
  sourceSql: string;
  normalise: (raw: string) => LookupValue[];
}

const SEPARATOR = '\u001e';

/**
 * Creates the lookup table if needed and adds the raw values of `sourceSql` it does not have yet.
 * Returns how many new values were normalised.
 *
 * @example
 * await fillLookup(c, { table: 'ingest_sexes', columns: [{ name: 'sex', type: 'varchar' }],
 *   sourceSql: 'select sex_raw as raw from temp.ingest_person_rows', normalise: (raw) => [parseSex(raw)] });
 */
export async function fillLookup(c: DuckDBConnection, spec: LookupSpec): Promise<number> {
  const values = await newValues(c, spec);
  await storeLookup(c, spec, values, values.map(spec.normalise));
  return values.length;
}

/**
 * The distinct raw values of `sourceSql` the lookup table does not hold yet (creating the table).
 * They leave DuckDB as one `string_agg`, far faster than row by row.
 *
 * @example
 * const values = await newValues(c, nameLookup('select full_name_raw as raw from temp.ingest_person_rows'));
 */
export async function newValues(c: DuckDBConnection, spec: LookupSpec): Promise<string[]> {
  const table = ident(spec.table);
  const columns = spec.columns.map((col) => `${ident(col.name)} ${col.type}`).join(', ');
  await c.run(`create temp table if not exists ${table} (raw varchar primary key, ${columns})`);
  return distinctValues(
    c,
    `select distinct s.raw from (${spec.sourceSql}) s where s.raw is not null and not exists (select 1 from temp.${table} l where l.raw = s.raw)`,
  );
}

/**
 * Normalises values in slices, yielding to the event loop between slices, so that DuckDB steps
 * started meanwhile keep being driven: the JS work of a big lookup (names) overlaps SQL work.
 *
 * @example
 * const rows = normaliseInBackground(values, normaliseName); // start
 * await runSteps(c, otherSteps);                             // SQL runs meanwhile
 * await storeLookup(c, spec, values, await rows);
 */
export async function normaliseInBackground(values: string[], normalise: (raw: string) => LookupValue[], slice = 20_000): Promise<LookupValue[][]> {
  const rows: LookupValue[][] = new Array(values.length);
  for (let from = 0; from < values.length; from += slice) {
    const to = Math.min(values.length, from + slice);
    for (let i = from; i < to; i++) rows[i] = normalise(values[i]);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return rows;
}

/**
 * Appends normalised rows (`rows[i]` for `values[i]`) to the lookup table.
 *
 * @example
 * await storeLookup(c, spec, ['Nam'], [['M']]);
 */
export async function storeLookup(c: DuckDBConnection, spec: LookupSpec, values: string[], rows: LookupValue[][]): Promise<void> {
  if (values.length === 0) return;
  const appender = await c.createAppender(spec.table, 'main', 'temp');
  const appendValue = valueAppenders(appender, spec.columns.map((col) => col.type));
  for (let k = 0; k < values.length; k++) {
    appender.appendVarchar(values[k]);
    const row = rows[k];
    for (let i = 0; i < row.length; i++) appendValue[i](row[i]);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * The values of a one-column query, read as a single aggregated string and split (checked against
 * the count: a value holding the separator falls back to reading rows).
 *
 * @example
 * await distinctValues(c, 'select distinct sex_raw from temp.ingest_person_rows') // ['Nam', 'Nữ', ...]
 */
export async function distinctValues(c: DuckDBConnection, sql: string): Promise<string[]> {
  const reader = await c.runAndReadAll(`select count(*), string_agg(v, chr(30)) from (${sql}) t(v)`);
  const [count, joined] = reader.getRows()[0] as [bigint, string | null];
  const n = Number(count);
  if (n === 0 || joined === null) return [];
  const values = joined.split(SEPARATOR);
  if (values.length === n) return values;
  const rows = (await c.runAndReadAll(sql)).getRows();
  return rows.map((r) => r[0] as string);
}

function valueAppenders(appender: DuckDBAppender, types: LookupType[]): ((v: LookupValue) => void)[] {
  return types.map((type) => (v: LookupValue) => {
    if (v === null || v === undefined) appender.appendNull();
    else if (type === 'varchar') appender.appendVarchar(String(v));
    else if (type === 'integer') appender.appendInteger(Number(v));
    else appender.appendBoolean(Boolean(v));
  });
}
