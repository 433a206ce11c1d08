import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, queryValue } from '../db/query.js';
import { sqlFile } from '../db/steps.js';

/** What the methods section prints about the match: its settings and the weights it learnt. */
export interface MatchMethod {
  /** Scalar settings of the config's `match` section (thresholds, EM settings), dotted names. */
  thresholds: { name: string; value: string }[];
  /** Per comparison level: m and u probabilities and the weight log2(m/u), from match_parameters. */
  weights: { comparison: string; label: string; m: number | null; u: number | null; weight: number | null }[];
}

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
 * The thresholds the match used (from the config) and the weights it estimated (the match
 * stage's match_parameters table, when the run has one), for the report's methods section.
 *
 * @example
 * const method = await matchMethod(connection, config.match);
 * method.thresholds.find((t) => t.name === 'min_match_weight'); // { name: 'min_match_weight', value: '4' }
 */
export async function matchMethod(connection: DuckDBConnection, matchConfig: unknown): Promise<MatchMethod> {
  const thresholds: { name: string; value: string }[] = [];
  flatten(matchConfig, '', thresholds, 0);
  const exists = await queryValue<number>(connection, `select count(*) from duckdb_tables() where table_name = 'match_parameters'`);
  const weights = exists ? await queryRows<MatchMethod['weights'][number]>(connection, sqlFile(import.meta.url, 'sql/report_match_weights.sql')) : [];
  return { thresholds, weights };
}
