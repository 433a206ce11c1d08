import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/**
 * Reads one reference CSV shipped in `src/vn/data/`, checking that it has the columns the code needs.
 * These files ship with the code, so a missing column is a packaging bug, not a user error.
 *
 * @example
 * const rows = readDataCsv('bac_lieu_units_2023.csv', ['commune_code', 'commune_name']);
 */
export function readDataCsv(file: string, columns: readonly string[]): Record<string, string>[] {
  const path = fileURLToPath(new URL(`../data/${file}`, import.meta.url));
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const missing = columns.filter((c) => rows.length > 0 && !(c in rows[0]));
  if (rows.length === 0 || missing.length > 0) {
    throw new Error(`${path}: reference data lacks ${rows.length === 0 ? 'rows' : `column(s) ${missing.join(', ')}`}`);
  }
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.trim()])));
}
