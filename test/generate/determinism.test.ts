import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate/index.js';
import { tempDir } from './helpers.js';

const files = (dir: string) => readdirSync(dir).sort();

describe('generate is deterministic', () => {
  it('writes the same bytes for the same arguments, other bytes for another seed', async () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    await generate({ scale: 2000, seed: 7, out: a });
    await generate({ scale: 2000, seed: 7, out: b });
    await generate({ scale: 2000, seed: 8, out: c });
    expect(files(a)).toEqual(['population.csv', 'registry.csv', 'truth.csv', 'truth_summary.json']);
    expect(files(b)).toEqual(files(a));
    for (const f of files(a)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    for (const f of ['registry.csv', 'population.csv', 'truth.csv']) expect(readFileSync(join(c, f)).equals(readFileSync(join(a, f))), f).toBe(false);
  });

  it('keeps the simulated people when only the error rate changes', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await generate({ scale: 500, seed: 3, out: a });
    await generate({ scale: 500, seed: 3, out: b, errorRate: 0 });
    const ids = (dir: string) => readFileSync(join(dir, 'truth.csv'), 'utf8').split('\n').map((l) => l.split(',').slice(0, 4).join(','));
    expect(ids(b)).toEqual(ids(a));
    const discrepant = (dir: string) => (readFileSync(join(dir, 'truth.csv'), 'utf8').match(/,discrepant,/g) ?? []).length;
    expect(discrepant(a)).toBeGreaterThan(20);
    // without injected errors only the natural differences remain (old death books, re-registrations, adoptions)
    expect(discrepant(b)).toBeLessThan(discrepant(a) / 4);
  });

  it('writes the same files from one worker thread, from two in parallel and from this one', async () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    const progress: string[] = [];
    await generate({ scale: 300, seed: 4, out: a, thread: 'current' });
    await generate({ scale: 300, seed: 4, out: b, thread: 'worker' }, (e) => progress.push(e.task));
    await generate({ scale: 300, seed: 4, out: c, thread: 'parallel' }, (e) => progress.push(e.task));
    expect(files(c)).toEqual(files(a));
    for (const f of files(a)) {
      expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
      expect(readFileSync(join(c, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    }
    expect(progress).toContain('registry.csv');
    expect(progress).toContain('population.csv');
  });

  it('reports a bad option from parallel workers as one user error', async () => {
    await expect(generate({ scale: 300, out: tempDir(), thread: 'parallel', delimiter: ':' })).rejects.toThrow(/^--delimiter: expected one of/);
  });

  it('reports a bad option from the worker as a one-line user error', async () => {
    await expect(generate({ scale: 300, out: tempDir(), thread: 'worker', encoding: 'latin1' as 'utf8' })).rejects.toThrow(/^--encoding: expected one of/);
  });
});
