import type { DuckDBConnection } from '@duckdb/node-api';
import { queryValue } from '../db/query.js';

/**
 * The DuckDB settings ingest needs, applied for its duration; returns a function that puts the
 * previous values back (they are global to the database instance):
 * - `preserve_insertion_order` on: raw tables must keep file order (the line model counts on it);
 * - FSST string compression off while ingest writes its tables: in a file of DuckDB's old storage
 *   format, writing 2.9M persons then takes a quarter less time, for a database file about twice as
 *   large (6.9 s and 814 MB against 8.8 s and 438 MB). Files made by openDatabase use the 1.5 format,
 *   whose DICT_FSST strings this setting leaves alone (10.2 CPU s for 2.9M persons, 153 MB).
 *
 * @example
 * const restore = await applyIngestSettings(c);
 * try { ... } finally { await restore(); }
 */
export async function applyIngestSettings(c: DuckDBConnection): Promise<() => Promise<void>> {
  const previous = (await queryValue<string>(c, "select current_setting('disabled_compression_methods')")) ?? '';
  const previousOrder = await queryValue<boolean>(c, "select current_setting('preserve_insertion_order')");
  const disabled = new Set(previous.split(',').map((s) => s.trim()).filter(Boolean));
  disabled.add('fsst');
  await c.run(`set disabled_compression_methods = ${quote([...disabled].join(','))}`);
  await c.run('set preserve_insertion_order = true');
  return async () => {
    await c.run(`set disabled_compression_methods = ${quote(previous)}`);
    await c.run(`set preserve_insertion_order = ${previousOrder === false ? 'false' : 'true'}`);
  };
}

/** SET takes no parameters: the value (compression method names) goes in as a quoted literal. */
function quote(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}
