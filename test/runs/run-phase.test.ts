import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { queryRows, queryValue } from '../../src/db/query.js';
import { UserError } from '../../src/errors.js';
import { compareRuns, openHistory, runPhase, runProgress } from '../../src/runs/index.js';
import { fixtureStages } from './fixture-stages.js';

const root = mkdtempSync(join(tmpdir(), 'doichieu-runs-'));
const campaignYaml = readFileSync(new URL('../../data-samples/campaign.yaml', import.meta.url), 'utf8');
let clock = Date.UTC(2026, 0, 25, 3, 30, 0);
const now = () => new Date((clock += 61_000));
/** Small PNGs: the charts' size does not matter here, and they cost time. */
const smallConfig = () => parseConfig('report:\n  png_width: 400\n');

afterAll(() => {
  // temp folders are left to the OS: they hold only fixture data
});

async function historyCounts(path: string) {
  const h = await openHistory(path, { readOnly: true });
  try {
    return {
      runs: await queryValue<number>(h.connection, 'select count(*) from history.runs'),
      results: await queryValue<number>(h.connection, 'select count(*) from history.run_results'),
      inputs: await queryValue<number>(h.connection, 'select count(*) from history.run_inputs'),
    };
  } finally {
    await h.close();
  }
}

function child(args: string[]): { proc: ReturnType<typeof spawn>; output: Promise<string>; line: (text: string) => Promise<void> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', new URL('./child-run.ts', import.meta.url).pathname, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  proc.stdout!.on('data', (d) => {
    out += d.toString();
    for (const w of waiters) if (out.includes(w.text)) w.resolve();
  });
  proc.stderr!.on('data', (d) => (out += d.toString()));
  const output = new Promise<string>((resolve) => proc.on('close', () => resolve(out)));
  return {
    proc,
    output,
    line: (text) => new Promise<void>((resolve, reject) => {
      if (out.includes(text)) return resolve();
      waiters.push({ text, resolve });
      proc.on('close', () => reject(new Error(`child ended without "${text}": ${out}`)));
    }),
  };
}

describe('runPhase', () => {
  it('an identical rerun gives byte-identical results.csv and equal figures; a corrected record shows as fixed', async () => {
    const history = join(root, 'h1', 'history.duckdb');
    const config = smallConfig();
    const a = await runPhase({ registry: ['registry.csv'], config, history, out: join(root, 'h1', 'a'), pdf: false, stages: fixtureStages(), now });
    const b = await runPhase({ registry: ['registry.csv'], config, history, out: join(root, 'h1', 'b'), pdf: false, stages: fixtureStages(), now });
    expect(a.runId).not.toBe(b.runId);
    expect(a.runId.slice(-6)).toBe(b.runId.slice(-6)); // same config and inputs: same short hash
    expect(readFileSync(join(a.dir, 'results.csv'))).toEqual(readFileSync(join(b.dir, 'results.csv')));
    expect(b.summary.headline).toEqual(a.summary.headline);
    expect(b.summary.by_commune).toEqual(a.summary.by_commune);
    const problems = a.summary.headline.discrepant + a.summary.headline.not_found + a.summary.headline.ambiguous;
    expect(b.comparison).toMatchObject({ fixed: 0, new_problems: 0, still_open: problems, runA: a.runId });

    // one discrepant person is corrected by the commune; the next run sees it fixed
    const results = readFileSync(join(a.dir, 'results.csv'), 'utf8').split('\n');
    const header = results[0].split(',');
    const discrepant = results.slice(1).map((l) => l.split(',')).find((r) => r[header.indexOf('outcome')] === 'discrepant')!;
    const personId = discrepant[header.indexOf('person_id')];
    const c = await runPhase({ registry: ['registry.csv'], config, history, out: join(root, 'h1', 'c'), pdf: false, stages: fixtureStages({ corrected: [personId] }), now });
    expect(c.comparison).toMatchObject({ runA: b.runId, fixed: 1, new_problems: 0, still_open: problems - 1 });
    expect(c.summary.headline.discrepant).toBe(a.summary.headline.discrepant - 1);
    expect(c.summary.headline.consistent).toBe(a.summary.headline.consistent + 1);
    expect(JSON.parse(readFileSync(join(c.dir, 'summary.json'), 'utf8')).previous.comparison.fixed).toBe(1);

    const h = await openHistory(history, { readOnly: true });
    try {
      expect(await compareRuns(h, a.runId, c.runId)).toMatchObject({ fixed: 1, new_problems: 0, still_open: problems - 1, only_in_a: 0, only_in_b: 0 });
      expect(await compareRuns(h, c.runId, a.runId)).toMatchObject({ fixed: 0, new_problems: 1 });
      const progress = await runProgress(h, 'all');
      expect(progress.map((p) => p.run_id)).toEqual([a.runId, b.runId, c.runId]);
      expect(progress.map((p) => p.discrepant)).toEqual([a.summary.headline.discrepant, a.summary.headline.discrepant, a.summary.headline.discrepant - 1]);
      const stored = await queryRows(h.connection, 'select outcome, count(*) as n from history.run_results where run_id = $id group by 1 order by 1', { id: c.runId });
      expect(Object.fromEntries(stored.map((r) => [r.outcome, r.n]))).toMatchObject({ consistent: c.summary.headline.consistent, discrepant: c.summary.headline.discrepant });
      const [run] = await queryRows(h.connection, 'select phase, config_hash, code_version from history.runs where run_id = $id', { id: c.runId });
      expect(run.phase).toBe('all');
      expect(String(run.config_hash)).toMatch(/^[0-9a-f]{64}$/);
      const timings = await queryRows(h.connection, 'select stage from history.run_timings where run_id = $id', { id: c.runId });
      expect(timings.map((t) => t.stage)).toEqual(expect.arrayContaining(['ingest', 'profile', 'match', 'outputs.worklists']));
      expect(await queryValue(h.connection, 'select count(*) from history.run_inputs where run_id = $id', { id: c.runId })).toBe(2);
    } finally {
      await h.close();
    }
  });

  it('a pilot run covers only the pilot communes and goes to reports/<phase>/<run-id>/ under out_dir', async () => {
    const config = parseConfig(campaignYaml.replace('out_dir: reports', `out_dir: ${join(root, 'h2', 'reports')}`));
    const history = join(root, 'h2', 'history.duckdb');
    const r = await runPhase({ registry: ['registry.csv'], config, phase: 'pilot', history, pdf: false, stages: fixtureStages(), now });
    expect(r.runId).toMatch(/^\d{8}-\d{6}-pilot-[0-9a-f]{6}$/);
    expect(r.dir).toBe(join(root, 'h2', 'reports', 'pilot', r.runId));
    const lines = readFileSync(join(r.dir, 'results.csv'), 'utf8').trim().split('\n');
    const col = lines[0].split(',').indexOf('commune_code');
    const communes = new Set(lines.slice(1).map((l) => l.split(',')[col]));
    const pilot = config.phases.find((p) => p.name === 'pilot')!.scope.communes!;
    expect([...communes].every((c) => pilot.includes(c))).toBe(true);
    expect(communes.has('31813')).toBe(false); // Phường 2, not a pilot commune, is in the fixture
    expect(r.summary.headline.persons).toBe(lines.length - 1);
    await expect(runPhase({ registry: ['registry.csv'], config, phase: 'nope', history, stages: fixtureStages() })).rejects.toThrow(
      /--phase nope: no such phase in the config \(phases: pilot, province, or 'all'\)/,
    );
  });

  it('a failed run leaves the history as it was and releases it', async () => {
    const history = join(root, 'h3', 'history.duckdb');
    const config = smallConfig();
    await runPhase({ registry: ['registry.csv'], config, history, out: join(root, 'h3', 'a'), pdf: false, stages: fixtureStages(), now });
    const before = await historyCounts(history);
    await expect(runPhase({ registry: ['registry.csv'], config, history, out: join(root, 'h3', 'b'), pdf: false, stages: fixtureStages({ failAt: 'match' }), now })).rejects.toThrow('match failed');
    expect(await historyCounts(history)).toEqual(before);
    await runPhase({ registry: ['registry.csv'], config, history, out: join(root, 'h3', 'c'), pdf: false, stages: fixtureStages(), now });
    expect((await historyCounts(history)).runs).toBe(before.runs + 1);
  });

  it('a run killed just before its commit leaves the history unchanged', async () => {
    const history = join(root, 'h4', 'history.duckdb');
    await runPhase({ registry: ['registry.csv'], config: smallConfig(), history, out: join(root, 'h4', 'a'), pdf: false, stages: fixtureStages({ registrations: 200 }), now });
    const before = await historyCounts(history);
    const run = child([history, join(root, 'h4', 'b'), 'kill-at-commit']);
    const out = await run.output;
    expect(out).toContain('killing');
    expect(run.proc.signalCode).toBe('SIGKILL');
    expect(existsSync(join(root, 'h4', 'b', 'summary.json'))).toBe(true); // it got as far as its outputs
    expect(await historyCounts(history)).toEqual(before);
  });

  it('a second run against a history in use stops with a one-line message', async () => {
    const history = join(root, 'h5', 'history.duckdb');
    const holder = child([history, join(root, 'h5', 'a'), 'hold']);
    try {
      await holder.line('holding');
      const attempt = runPhase({ registry: ['registry.csv'], config: smallConfig(), history, out: join(root, 'h5', 'b'), pdf: false, stages: fixtureStages(), now });
      await expect(attempt).rejects.toThrow(UserError);
      await expect(attempt).rejects.toThrow(`history ${history} is in use by another run`);
      await expect(openHistory(history)).rejects.toThrow(/is in use by another run/);
    } finally {
      holder.proc.kill('SIGKILL');
      await holder.output;
    }
    // once the other run is gone, the history is usable and was not damaged
    const r = await runPhase({ registry: ['registry.csv'], config: smallConfig(), history, out: join(root, 'h5', 'c'), pdf: false, stages: fixtureStages(), now });
    expect((await historyCounts(history)).runs).toBe(1);
    expect(r.comparison).toBeUndefined();
  });
});
