import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRates } from '../../src/generate/rates.js';
import { tempDir } from './helpers.js';

const cli = (...args: string[]) => spawnSync('node', ['bin/doichieu.js', 'generate', ...args], { encoding: 'utf8' });

describe('doichieu generate', () => {
  it('writes one registry file per event type and prints counts without personal data', () => {
    const out = tempDir();
    const r = cli('--scale', '400', '--seed', '3', '--out', out, '--split-by-event', '--delimiter', ';', '--malformed', '3');
    expect(r.status, r.stderr).toBe(0);
    for (const t of ['birth', 'death', 'marriage', 'marital_status', 'parent_recognition', 'guardianship', 'adoption']) expect(existsSync(join(out, `registry_${t}.csv`))).toBe(true);
    expect(r.stdout).toMatch(/^400 records, \d+ persons, \d+ population rows, 3 malformed lines/);
    expect(r.stdout).not.toMatch(/\d{12}/);
    expect(readFileSync(join(out, 'registry_death.csv'), 'utf8').split('\n')[0]).toMatch(/^record_id;event_type;/);
    const summary = JSON.parse(readFileSync(join(out, 'truth_summary.json'), 'utf8'));
    expect(summary.malformed.total).toBe(3);
    expect(summary.options.delimiter).toBe(';');
  });

  it('rejects unusable arguments with one line', () => {
    // each run starts the whole CLI (a few seconds): two cases, the others are checked by resolveOptions
    for (const args of [['--scale', 'many'], ['--encoding', 'latin1']]) {
      const r = cli('--out', tempDir(), ...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(args[0]));
    }
  });
});

describe('rates files', () => {
  it('override single rates and are scaled by the error rate', () => {
    const file = join(tempDir(), 'rates.yaml');
    writeFileSync(file, 'rates:\n  name.spelling: 0.05\n  not_in_population: 0\n');
    const rates = loadRates(file, 2);
    expect(rates.errors['name.spelling']).toBeCloseTo(0.1);
    expect(rates.structure.not_in_population).toBe(0);
  });

  it('name the key that is wrong', () => {
    const file = join(tempDir(), 'rates.yaml');
    writeFileSync(file, 'name.spelin: 0.05\n');
    expect(() => loadRates(file, 1)).toThrow(/rates\.yaml: name\.spelin: unknown rate/);
    writeFileSync(file, 'sex: 2\n');
    expect(() => loadRates(file, 1)).toThrow(/sex: expected a number between 0 and 1/);
  });
});
