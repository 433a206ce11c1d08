// Speed of a run's outputs at full scale: summary.json, report HTML + PDF, PNG charts, worklists.
//   node --import tsx bench/report.bench.ts [--registrations 1450000] [--runs 3] [--no-pdf]
// Builds a synthetic campaign in SQL (about 2.5 million persons-in-registration over the 64
// communes, the test fixture's pattern of outcomes and differences), then times writeRunOutputs
// several times and prints the median seconds per part and the peak RSS.
import { rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open.js';
import { queryRows, queryValue } from '../src/db/query.js';
import { sqlFile } from '../src/db/steps.js';
import { defaultConfig } from '../src/config/campaign.js';
import { writeRunOutputs } from '../src/report/index.js';
import { buildFixture, loadUnits } from '../test/report/fixture.js';

const { values } = parseArgs({ options: { registrations: { type: 'string', default: '1450000' }, runs: { type: 'string', default: '3' }, 'no-pdf': { type: 'boolean', default: false } } });
const out = join(process.cwd(), 'bench', 'out', 'report');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const db = await openDatabase(':memory:', { threads: 2 });
const c = db.connection;
await c.run(sqlFile(import.meta.url, '../src/ingest/sql/schema.sql'));
await c.run(sqlFile(import.meta.url, '../src/match/sql/results_schema.sql'));
// all 64 communes of the province
const unitsDb = await openDatabase(':memory:');
await unitsDb.connection.run(sqlFile(import.meta.url, '../src/ingest/sql/schema.sql'));
await loadUnits(unitsDb.connection);
const communes = (await queryRows<{ c: string }>(unitsDb.connection, 'select commune_code as c from units_2023 order by 1')).map((r) => r.c);
unitsDb.close();

let t = performance.now();
await buildFixture(c, { registrations: Number(values.registrations), communes });
const persons = await queryValue<number>(c, 'select count(*) from match_results');
const lines = await queryValue<number>(c, "select count(*) from match_results where outcome in ('discrepant', 'not_found', 'ambiguous')");
console.log(`fixture: ${persons} result rows, ${lines} to verify, ${communes.length} communes, ${((performance.now() - t) / 1000).toFixed(1)} s, RSS ${mb()} MB`);

const config = defaultConfig();
const parts: Record<string, number[]> = {};
const totals: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const dir = join(out, `run-${i}`);
  rmSync(dir, { recursive: true, force: true });
  t = performance.now();
  const cpu = process.cpuUsage();
  const { timings } = await writeRunOutputs(c, {
    dir,
    config,
    pdf: !values['no-pdf'],
    run: { id: `bench-${i}`, campaign: 'bench', phase: 'province', scope: {}, startedAt: new Date(), configHash: 'bench', codeVersion: 'bench', timings: {} },
  });
  totals.push((performance.now() - t) / 1000);
  for (const [k, v] of Object.entries(timings)) (parts[k] ??= []).push(v);
  const used = process.cpuUsage(cpu);
  // CPU seconds of every thread of this process (Node + DuckDB, minus Chromium), for a loaded machine.
  console.log(`run ${i + 1}: ${totals[i].toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU, load average ${os.loadavg()[0].toFixed(1)}`);
}
console.log('median seconds per part:');
for (const [k, v] of Object.entries(parts)) console.log(`  ${k.padEnd(10)} ${median(v).toFixed(2)}`);
console.log(`  ${'total'.padEnd(10)} ${median(totals).toFixed(2)}`);
console.log(`peak RSS ${mb()} MB`);
db.close();
