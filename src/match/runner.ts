import type { DuckDBConnection } from '@duckdb/node-api';
import { runSteps, type SqlStep } from '../db/steps.js';
import type { MatchStepTiming } from './types.js';

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Runs named steps one by one, recording time, rows and memory after each; also times phases done
 * in TypeScript (counting, EM) under a name.
 *
 * @example
 * const run = new StepRunner(c, (t) => console.error(t.name, t.seconds));
 * await run.steps([{ name: 'match_scope', sql }]);
 * await run.phase('match_em', () => estimate());
 */
export class StepRunner {
  readonly timings: MatchStepTiming[] = [];

  /**
   * @param persist when given, only steps it names are written to the database file; the others become
   *   temporary tables and views (this connection only): writing wide intermediate tables to disk costs
   *   more than computing them.
   */
  constructor(
    private readonly connection: DuckDBConnection,
    private readonly onStep?: (t: MatchStepTiming) => void,
    private readonly persist?: (name: string) => boolean,
  ) {}

  async steps(steps: SqlStep[]): Promise<void> {
    for (const step of steps) {
      const transient = this.persist && !this.persist(step.name);
      const sql = transient
        ? step.sql.replace(/create or replace table/gi, 'create or replace temp table').replace(/create or replace view/gi, 'create or replace temp view')
        : step.sql;
      await runSteps(this.connection, [{ ...step, sql }], (t) => this.record(t));
    }
  }

  async phase<T>(name: string, fn: () => Promise<T>, rows?: (result: T) => number | undefined): Promise<T> {
    const start = performance.now();
    const result = await fn();
    this.record({ name, seconds: (performance.now() - start) / 1000, rows: rows?.(result) });
    return result;
  }

  private record(t: { name: string; seconds: number; rows?: number }): void {
    const timing: MatchStepTiming = { ...t, rssMb: mb(process.memoryUsage().rss), peakRssMb: peakRssMb() };
    this.timings.push(timing);
    this.onStep?.(timing);
  }
}
