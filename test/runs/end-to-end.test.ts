import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { generate } from '../../src/generate/index.js';
import { openHistory } from '../../src/runs/index.js';
import { queryValue } from '../../src/db/query.js';

const root = mkdtempSync(join(tmpdir(), 'doichieu-e2e-'));

describe('doichieu run on generated data (every real stage)', () => {
  it('writes the run folder and records the run; the pilot covers only pilot communes', async () => {
    const data = await generate({ scale: 1500, seed: 7, out: join(root, 'data') });
    const inData = (f: string) => join(root, 'data', basename(f));
    const config = new URL('../../data-samples/campaign.yaml', import.meta.url).pathname;
    const history = join(root, 'history.duckdb');
    const out = join(root, 'run');
    let stdout = '';
    let stderr = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
    let code: number;
    try {
      code = await main(['run', ...data.files.registry.flatMap((f) => ['--registry', inData(f)]), '--population', inData(data.files.population), '--config', config, '--phase', 'pilot', '--history', history, '--out', out, '--no-pdf']);
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(stdout).toContain(summary.run.id);
    const results = readFileSync(join(out, 'results.csv'), 'utf8').trim().split('\n');
    expect(results.length - 1).toBe(summary.headline.persons);
    expect(summary.headline.persons).toBeGreaterThan(0);
    const pilot = ['31825', '31942', '31915', '31843', '31900', '31972', '31867'];
    expect(summary.by_commune.every((r: { key: string }) => pilot.includes(r.key))).toBe(true);
    expect(summary.inputs.map((i: { kind: string }) => i.kind).sort()).toEqual(['population', 'registry']);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    // worklists: records registered in the pilot communes only (people living elsewhere go to their commune)
    const csvs = readdirSync(join(out, 'worklists')).filter((f) => f.endsWith('.csv') && f !== 'index.csv');
    const registering = new Set(csvs.flatMap((f) => (parse(readFileSync(join(out, 'worklists', f)), { columns: true }) as { registering_commune: string }[]).map((r) => r.registering_commune)));
    expect([...registering].every((c) => pilot.includes(c))).toBe(true);
    expect(csvs.length).toBeGreaterThan(0);
    const h = await openHistory(history, { readOnly: true });
    try {
      expect(await queryValue(h.connection, 'select count(*) from history.run_results where run_id = $id', { id: summary.run.id })).toBe(summary.headline.persons);
      expect(await queryValue(h.connection, 'select count(*) from history.run_inputs where run_id = $id', { id: summary.run.id })).toBe(2);
    } finally {
      await h.close();
    }
  });
});
