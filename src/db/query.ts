import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

export type Params = DuckDBValue[] | Record<string, DuckDBValue>;
export type Row = Record<string, unknown>;

/** Turns DuckDB's JS values into plain ones: BIGINT -> number when safe, dates -> ISO strings. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainValue);
  const v = value as { toString(): string; items?: unknown[]; entries?: unknown };
  const ctor = (value as object).constructor?.name ?? '';
  if (ctor === 'DuckDBDateValue' || ctor === 'DuckDBTimestampValue' || ctor === 'DuckDBTimestampTZValue' || ctor === 'DuckDBTimeValue') {
    return v.toString();
  }
  if (ctor === 'DuckDBDecimalValue') return Number(v.toString());
  if (ctor === 'DuckDBListValue' || ctor === 'DuckDBArrayValue') return (v.items ?? []).map(plainValue);
  if (ctor === 'DuckDBStructValue') {
    const entries = (value as unknown as { entries: Record<string, unknown> }).entries;
    return Object.fromEntries(Object.entries(entries).map(([k, x]) => [k, plainValue(x)]));
  }
  return v.toString();
}

/**
 * Runs a parameterised query and returns plain row objects.
 *
 * @example
 * const rows = await queryRows(c, 'select * from persons where commune_code = $code', { code: '31825' });
 */
export async function queryRows<T extends Row = Row>(connection: DuckDBConnection, sql: string, params?: Params): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, params);
  const names = reader.columnNames();
  return reader.getRows().map((row) => {
    const out: Row = {};
    for (let i = 0; i < names.length; i++) out[names[i]] = plainValue(row[i]);
    return out as T;
  });
}

/**
 * Runs a query that returns one value (first column of the first row), or `undefined` for no rows.
 *
 * @example
 * const n = await queryValue<number>(c, 'select count(*) from persons');
 */
export async function queryValue<T = unknown>(connection: DuckDBConnection, sql: string, params?: Params): Promise<T> {
  const reader = await connection.runAndReadAll(sql, params);
  const rows = reader.getRows();
  return (rows.length ? plainValue(rows[0][0]) : undefined) as T;
}

/** Quotes an SQL identifier (table or column name). Values never go through here: use parameters. */
export function ident(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** Quotes a string literal, for the few places DuckDB takes no parameter (file paths in COPY / read_csv). */
export function literal(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}
