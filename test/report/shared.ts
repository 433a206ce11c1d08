import type { DuckDBConnection } from '@duckdb/node-api';
import { parseConfig } from '../../src/config/load.js';
import type { RunInfo } from '../../src/report/index.js';

/** The shipped campaign config with report settings for tests. */
export function testConfig(overrides = '') {
  return parseConfig(`campaign: "Đối chiếu thử"\nreport:\n  pdf: false\n${overrides}\nphases:\n  - name: pilot\n    from: 11/05/2023\n    to: 11/07/2023\n    scope:\n      communes: ["31825", "31942", "31915"]\n`);
}

export function testRun(overrides: Partial<RunInfo> = {}): RunInfo {
  return {
    id: '20260125-103000-all-a1b2c3',
    campaign: 'Đối chiếu thử',
    phase: 'all',
    scope: {},
    startedAt: new Date(2026, 0, 25, 10, 30),
    configHash: 'f'.repeat(64),
    codeVersion: 'test',
    timings: { ingest: 1.25 },
    ...overrides,
  };
}

/** Names and pids of the fixture: none may appear in leadership outputs. */
export async function personalValues(c: DuckDBConnection): Promise<string[]> {
  const reader = await c.runAndReadAll(`
    select distinct v from (
      select full_name as v from persons union all select pid from persons union all select population_pid from match_results
      union all select registry_value from match_differences union all select population_value from match_differences
      union all select dob_raw from persons
    ) where v is not null and length(v) >= 8`);
  return reader.getRows().map((r) => String(r[0]));
}
