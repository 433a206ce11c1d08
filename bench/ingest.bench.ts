/**
 * Ingest at full scale: seconds per step and peak RSS, median of several runs, each run in its own
 * process (so its peak RSS is its own) on a fresh campaign database file.
 *
 *   node --import tsx bench/ingest.bench.ts [--scale 1179085] [--runs 3] [--synthetic] [--memory 1800MB] [--keep]
 *
 * Inputs come from `generate()` (src/generate), cached in .tmp/ingest/bench-<scale>/ and reused
 * while its truth_summary.json says the same scale and seed; --synthetic uses the quick wide CSV of
 * bench/ingest-synthetic.ts instead. Target: 1.179.085 records + population in < 20 s and < 3 GB
 * on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 1;
const root = fileURLToPath(new URL('..', import.meta.url));

interface RunResult {
  seconds: number;
  cpuSeconds: number;
  steps: { name: string; seconds: number; cpuSeconds: number }[];
  maxRssBytes: number;
  totals: { rowsIn: number; rowsLoaded: number; rowsQuarantined: number };
  persons: number;
  population: number;
}

async function child(registry: string[], population: string, dbPath: string, memoryLimit: string): Promise<void> {
  const { openDatabase } = await import('../src/db/open.js');
  const { ingest } = await import('../src/ingest/index.js');
  for (const f of [dbPath, `${dbPath}.wal`]) rmSync(f, { force: true });
  const db = await openDatabase(dbPath, { memoryLimit });
  try {
    const cpu = process.cpuUsage();
    const s = await ingest(db.connection, { registry, population });
    const used = process.cpuUsage(cpu);
    const result: RunResult = {
      seconds: s.seconds, cpuSeconds: (used.user + used.system) / 1e6, steps: s.steps, maxRssBytes: process.resourceUsage().maxRSS * 1024, totals: s.totals, persons: s.persons, population: s.population,
    };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    db.close();
  }
}

async function inputs(scale: number, synthetic: boolean): Promise<{ registry: string[]; population: string }> {
  const dir = join(root, '.tmp/ingest', `bench-${synthetic ? 'synthetic' : 'generate'}-${scale}`);
  mkdirSync(dir, { recursive: true });
  if (synthetic) {
    const registry = join(dir, 'registry.csv');
    const population = join(dir, 'population.csv');
    if (!existsSync(population)) {
      const { writeSyntheticInputs } = await import('./ingest-synthetic.js');
      await writeSyntheticInputs(dir, scale, Math.round(scale * 0.85));
    }
    return { registry: [registry], population };
  }
  const summaryFile = join(dir, 'truth_summary.json');
  const cached = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : undefined;
  // The generator names its files relative to its output folder.
  const within = (f: string) => (isAbsolute(f) || existsSync(f) ? f : join(dir, basename(f)));
  if (cached?.options?.scale === scale && cached?.options?.seed === SEED) {
    return { registry: cached.files.registry.map(within), population: within(cached.files.population) };
  }
  const { generate } = await import('../src/generate/index.js');
  const t = performance.now();
  const summary = await generate({ scale, seed: SEED, out: dir });
  console.log(`generated ${scale} records in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  return { registry: summary.files.registry.map(within), population: within(summary.files.population) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  if (argv[0] === '--child') return child(JSON.parse(argv[1]), argv[2], argv[3], argv[4]);
  const scale = Number(arg('--scale', '1179085'));
  const runs = Number(arg('--runs', '3'));
  const synthetic = argv.includes('--synthetic');
  const memoryLimit = arg('--memory', '1800MB'); // as the CLI opens the database
  const files = await inputs(scale, synthetic);
  const bytes = [...files.registry, files.population].reduce((n, f) => n + statSync(f).size, 0);
  console.log(`inputs: ${[...files.registry, files.population].join(', ')} (${(bytes / 1e6).toFixed(0)} MB)`);
  const dbPath = join(root, '.tmp/ingest', 'bench.duckdb');
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify(files.registry), files.population, dbPath, memoryLimit], {
      cwd: root, encoding: 'utf8', maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`run ${i + 1} failed: ${r.stderr}`);
    const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as RunResult;
    results.push(result);
    console.log(`run ${i + 1}: ${result.seconds.toFixed(1)} s (${result.cpuSeconds.toFixed(1)} CPU s), peak RSS ${(result.maxRssBytes / 1e9).toFixed(2)} GB`);
  }
  if (!argv.includes('--keep')) for (const f of [dbPath, `${dbPath}.wal`]) rmSync(f, { force: true });
  const last = results[results.length - 1];
  console.log(`rows in ${last.totals.rowsIn} = ${last.totals.rowsLoaded} loaded + ${last.totals.rowsQuarantined} quarantined; persons ${last.persons}; population ${last.population}`);
  // CPU seconds say what a step costs when the machine is shared (wall time then depends on the others).
  console.log(`median of ${runs} runs (wall s, CPU s; load average ${loadavg()[0].toFixed(1)} at the end):`);
  for (const [k, step] of last.steps.entries()) {
    const seconds = median(results.map((r) => r.steps[k]?.seconds ?? 0));
    const cpu = median(results.map((r) => r.steps[k]?.cpuSeconds ?? 0));
    console.log(`  ${step.name.padEnd(52)} ${seconds.toFixed(2).padStart(7)} ${cpu.toFixed(2).padStart(7)}`);
  }
  console.log(`  ${'total'.padEnd(52)} ${median(results.map((r) => r.seconds)).toFixed(2).padStart(7)} ${median(results.map((r) => r.cpuSeconds)).toFixed(2).padStart(7)}`);
  console.log(`  ${'peak RSS'.padEnd(52)} ${(median(results.map((r) => r.maxRssBytes)) / 1e9).toFixed(2)} GB`);
}

await main(process.argv.slice(2));
