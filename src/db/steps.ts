import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Params } from './query.js';

/**
 * One named step of an SQL pipeline: it creates (or replaces) one table or view, named `name`.
 * Steps are kept in `.sql` files beside the stage that owns them. `params` bind to `$name`
 * placeholders; DuckDB prepares `create table ... as select` but not views, so a view that needs a
 * value reads it with `getvariable('x')` after a `set variable x = $x` step.
 */
export interface SqlStep {
  name: string;
  sql: string;
  params?: Params;
}

export interface StepTiming {
  name: string;
  seconds: number;
  rows?: number;
}

/**
 * Reads a `.sql` file that sits beside the calling module.
 *
 * @example
 * const sql = sqlFile(import.meta.url, 'sql/match_candidates.sql');
 */
export function sqlFile(moduleUrl: string, relativePath: string): string {
  return readFileSync(join(dirname(fileURLToPath(moduleUrl)), relativePath), 'utf8');
}

/**
 * Runs steps in order, timing each, and counting the rows of the table each step made.
 *
 * @example
 * const timings = await runSteps(c, [{ name: 'match_candidates', sql }], (t) => log(t));
 */
export async function runSteps(
  connection: DuckDBConnection,
  steps: SqlStep[],
  onStep?: (timing: StepTiming) => void,
  options: { countRows?: boolean } = {},
): Promise<StepTiming[]> {
  const timings: StepTiming[] = [];
  for (const step of steps) {
    const start = performance.now();
    await connection.run(step.sql, step.params);
    let rows: number | undefined;
    if (options.countRows !== false) {
      try {
        const r = await connection.runAndReadAll(`select count(*) from "${step.name.replace(/"/g, '""')}"`);
        rows = Number(r.getRows()[0][0]);
      } catch {
        rows = undefined;
      }
    }
    const timing = { name: step.name, seconds: (performance.now() - start) / 1000, rows };
    timings.push(timing);
    onStep?.(timing);
  }
  return timings;
}
