// Full-scale generation: seconds and peak RSS (run once or twice: the machine is shared).
//   node --import tsx bench/generate.bench.ts [scale] [runs] [thread: auto|worker|parallel]
// Each run is a child process, so its peak RSS is its own; prints every run and the median.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scale = Number(process.argv[2] ?? 1_179_085);
const runs = Number(process.argv[3] ?? 1);
const thread = process.argv[4] ?? 'auto';
const script = `
import { generate } from ${JSON.stringify(new URL('../src/generate/index.ts', import.meta.url).pathname)};
const t0 = performance.now();
const s = await generate({ scale: ${scale}, seed: 1, out: process.env.OUT, thread: ${JSON.stringify(thread)} });
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, records: s.records.total, population: s.population_rows, persons: s.persons.total }));
`;
const results: { seconds: number; peakMb: number; cpuSeconds: number }[] = [];
for (let i = 0; i < runs; i++) {
  const out = mkdtempSync(join(tmpdir(), 'doichieu-bench-'));
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', 'node', '--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, OUT: out }, encoding: 'utf8' });
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(r.stderr);
  const result = JSON.parse(r.stdout.trim().split('\n').pop()!);
  const [kb, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  results.push({ seconds: result.seconds, peakMb: kb / 1024, cpuSeconds: user + sys });
  console.log(`run ${i + 1}: ${result.records} records, ${result.persons} persons, ${result.population} population rows: ${result.seconds.toFixed(1)} s, CPU ${(user + sys).toFixed(1)} s, peak RSS ${(kb / 1024).toFixed(0)} MB`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of ${runs}: ${median(results.map((r) => r.seconds)).toFixed(1)} s, CPU ${median(results.map((r) => r.cpuSeconds)).toFixed(1)} s, peak RSS ${median(results.map((r) => r.peakMb)).toFixed(0)} MB (scale ${scale}, thread ${thread})`);
