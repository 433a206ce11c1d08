import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, queryValue } from '../db/query.js';

/** Flattens scalar settings of a config section to (dotted name, value) pairs; lists are skipped. */
function flatten(value: unknown, prefix: string, out: { name: string; value: string }[], depth: number): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    out.push({ name: prefix, value: String(value) });
    return;
  }
  if (Array.isArray(value) || depth > 2) return;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
}

/**
 * The thresholds and parameters the match used, for the report's methods section: the match
 * stage's `match_parameters` table when it exists (what was estimated and applied), else the
 * scalar settings of the config's `match` section.
 *
 * @example
 * const rows = await matchParameters(connection, config.match); // [{ name: 'min_match_weight', value: '6' }, ...]
 */
export async function matchParameters(connection: DuckDBConnection, matchConfig: unknown): Promise<{ name: string; value: string }[]> {
  const exists = await queryValue<number>(connection, `select count(*) from duckdb_tables() where table_name = 'match_parameters'`);
  if (exists) {
    const rows = await queryRows(connection, 'select * from match_parameters limit 200');
    if (rows.length) {
      return rows.map((r) => {
        const [first, ...rest] = Object.values(r);
        const names = Object.keys(r);
        return { name: String(first), value: rest.map((v, i) => (rest.length > 1 ? `${names[i + 1]}=${v}` : String(v))).join(', ') };
      });
    }
  }
  const out: { name: string; value: string }[] = [];
  flatten(matchConfig, '', out, 0);
  return out;
}
