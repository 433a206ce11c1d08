import type { DuckDBConnection } from '@duckdb/node-api';
import { Bool, Float64, Int32, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import type { Params } from './query.js';
import { plainValue } from './query.js';

/** Arrow type for a DuckDB column type name; anything unusual travels as text. */
function arrowType(duckType: string): DataType {
  if (/^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT)$/.test(duckType)) return new Int32();
  if (/^(BIGINT|UBIGINT|UINTEGER|HUGEINT|DOUBLE|FLOAT|DECIMAL.*)$/.test(duckType)) return new Float64();
  if (duckType === 'BOOLEAN') return new Bool();
  return new Utf8();
}

/**
 * Runs a query and returns an apache-arrow Table, the form notebooks, Observable Plot and other JS
 * data tools take directly. Dates come as ISO text, big integers as numbers.
 *
 * @example
 * const t = await queryArrow(c, 'select commune_code, count(*) as n from persons group by 1');
 * t.numRows; t.getChild('n')?.toArray();
 */
export async function queryArrow(connection: DuckDBConnection, sql: string, params?: Params): Promise<Table> {
  const reader = await connection.runAndReadAll(sql, params);
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => t.toString());
  const columns = reader.getColumns();
  const vectors: Record<string, Vector> = {};
  names.forEach((name, i) => {
    const type = arrowType(types[i]);
    const values = (columns[i] ?? []).map((v) => {
      const p = plainValue(v);
      if (p === null || p === undefined) return null;
      if (type instanceof Utf8) return typeof p === 'string' ? p : JSON.stringify(p);
      if (type instanceof Bool) return Boolean(p);
      return Number(p);
    });
    vectors[name] = vectorFromArray(values, type);
  });
  return new Table(vectors);
}
