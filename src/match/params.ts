import type { DuckDBValue } from '@duckdb/node-api';

/**
 * Collects values for one generated SQL statement and hands out their `$name` placeholders, so
 * builders never paste a value into SQL text.
 *
 * @example
 * const p = new SqlParams('cmp');
 * const sql = `jaro_winkler_similarity(l.given_fold, r.given_fold) >= ${p.add(0.9)}`;
 * await connection.run(`select ${sql} ...`, p.values);
 */
export class SqlParams {
  readonly values: Record<string, DuckDBValue> = {};
  private next = 0;

  constructor(private readonly prefix = 'p') {}

  /** Registers a value and returns its placeholder. */
  add(value: DuckDBValue): string {
    const name = `${this.prefix}${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  /** Placeholders for a list of values, for `x in (...)`. */
  list(values: readonly DuckDBValue[]): string {
    return values.map((v) => this.add(v)).join(', ');
  }
}
