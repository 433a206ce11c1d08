// Speed and accuracy of the match stage. Prints seconds (median of --runs), peak memory, candidate pairs
// per blocking rule and the evaluation figures against the ground truth.
//
//   node --import tsx bench/match.bench.ts --scale 20000                 # generate, ingest, match, evaluate
//   node --import tsx bench/match.bench.ts --db campaign.duckdb --truth truth.csv --runs 3
//   node --import tsx bench/match.bench.ts --synthetic 1000000           # the SQL scale fixture (speed)
//
// Heavy: run it alone on the machine, once or twice. Outputs go to bench/out/ (git-ignored).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open.js';
import { sqlFile } from '../src/db/steps.js';
import { generate } from '../src/generate/index.js';
import { ingest } from '../src/ingest/index.js';
import { match, type MatchSummary } from '../src/match/index.js';
import { evaluateRun } from '../src/match/evaluate/metrics.js';
import { loadTruth } from '../src/match/evaluate/truth.js';
import { evaluationText, writeEvaluation } from '../src/match/evaluate/write.js';
import { matchSummaryText } from '../src/match/summary-text.js';
import { makeSynthetic } from '../test/match/synthetic/synthetic.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    seed: { type: 'string', default: '7' },
    synthetic: { type: 'string' },
    db: { type: 'string' },
    truth: { type: 'string' },
    runs: { type: 'string', default: '1' },
    memory: { type: 'string', default: '5GB' },
    threads: { type: 'string', default: '2' },
  },
});
const out = join('bench', 'out', 'match');
mkdirSync(out, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let dbPath = values.db;
let truth = values.truth;
if (values.scale && !dbPath) {
  const dir = join(out, `generated-${values.scale}-${values.seed}`);
  dbPath = join(dir, 'campaign.duckdb');
  truth = join(dir, 'truth.csv');
  if (!existsSync(dbPath)) {
    let t = performance.now();
    await generate({ scale: Number(values.scale), seed: Number(values.seed), out: dir });
    console.log(`generate: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const db = await openDatabase(dbPath);
    t = performance.now();
    await ingest(db.connection, { registry: [join(dir, 'registry.csv')], population: join(dir, 'population.csv') });
    console.log(`ingest: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    db.close();
  }
}
if (values.synthetic && !dbPath) {
  dbPath = join(out, `synthetic-${values.synthetic}.duckdb`);
  if (!existsSync(dbPath)) {
    const db = await openDatabase(dbPath);
    await db.connection.run(sqlFile(import.meta.url, '../src/ingest/sql/schema.sql'));
    const t = performance.now();
    await makeSynthetic(db.connection, { people: Number(values.synthetic) });
    console.log(`synthetic fixture: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    db.close();
  }
}
if (!dbPath) throw new Error('give --scale N, --synthetic N or --db FILE');

const seconds: number[] = [];
let last: MatchSummary | undefined;
for (let run = 0; run < Number(values.runs); run++) {
  const db = await openDatabase(dbPath, { memoryLimit: values.memory, threads: Number(values.threads) });
  last = await match(db.connection, { config: process.env.KEEP ? ({ keep_steps: true } as never) : undefined });
  seconds.push(last.seconds);
  if (run === Number(values.runs) - 1 && (truth || values.synthetic)) {
    if (truth) await loadTruth(db.connection, truth);
    else await db.connection.run('create or replace table match_truth as select * exclude (true_row_id) from synth_truth');
    const evaluation = await evaluateRun(db.connection);
    console.log(evaluationText(evaluation));
    writeEvaluation(out, evaluation, { threshold: 3 });
  }
  db.close();
}
console.log(matchSummaryText(last!, { timings: true }));
console.log(`match seconds: median ${median(seconds).toFixed(1)} of ${seconds.map((s) => s.toFixed(1)).join(', ')}; peak RSS ${(last!.peakRssMb / 1024).toFixed(2)} GB`);
