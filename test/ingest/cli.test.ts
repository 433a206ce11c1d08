import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { csv, inputDir } from './helpers.js';

const BIN = join(import.meta.dirname, '../../bin/doichieu.js');
const POPULATION = csv([['pid', 'full_name'], ['095219012345', 'Nguyễn Văn An']]);
const REGISTRY = csv([['record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on', 'child_full_name'], ['R1', 'birth', '31825', '01', '1', '06/03/2019', 'Nguyễn Văn An']]);

function doichieu(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'ingest', ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('doichieu ingest (command line)', () => {
  it('loads the inputs and prints the accounting per file', () => {
    const dir = inputDir({ 'r.csv': REGISTRY + 'R2,birth,31825\n', 'p.csv': POPULATION });
    try {
      const r = doichieu(dir.dir, '--registry', 'r.csv', '--population', 'p.csv', '--quarantine', 'out/q.csv');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('r.csv (registry; csv, utf8, ",", canonical headers): 2 rows in = 1 loaded + 1 quarantined');
      expect(r.stdout).toContain('total: 3 rows in = 2 loaded + 1 quarantined');
      expect(r.stdout).toContain('persons by role: child 1');
      expect(r.stdout).toContain('quarantined: malformed_row 1');
      expect(r.stdout).toMatch(/\d s, peak memory \d+\.?\d* GB/);
      expect(r.stdout).toContain('database: campaign.duckdb; quarantine: out/q.csv');
      expect(r.stdout).not.toContain('Nguyễn');
    } finally {
      dir.cleanup();
    }
  });

  const oneLineError = async (files: Record<string, string>, args: string[], message: RegExp) => {
    const dir = inputDir(files);
    try {
      mkdirSync(join(dir.dir, 'folder'));
      const r = await doichieuAsync(dir.dir, ...args);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\s+at\s/);
    } finally {
      dir.cleanup();
    }
  };

  // Spawned together: each process spends most of its time starting up.
  it('fails in one line, with no stack trace, on an empty, header-only, unrecognisable or missing file', async () => {
    await Promise.all([
      oneLineError({ 'r.csv': '', 'p.csv': POPULATION }, ['--registry', 'r.csv', '--population', 'p.csv'], /^doichieu: r\.csv: the file is empty$/m),
      oneLineError({ 'r.csv': REGISTRY.split('\n')[0] + '\n', 'p.csv': POPULATION }, ['--registry', 'r.csv', '--population', 'p.csv'], /^doichieu: r\.csv: header only, no data rows$/m),
      oneLineError({ 'r.csv': 'a,b,c\n1,2,3\n', 'p.csv': POPULATION }, ['--registry', 'r.csv', '--population', 'p.csv'], /^doichieu: r\.csv: no recognisable column in the header/m),
      oneLineError({ 'p.csv': POPULATION }, ['--registry', 'nope.csv', '--population', 'p.csv'], /^doichieu: nope\.csv: cannot read the file \(no such file\)$/m),
    ]);
  });

  it('fails in one line on a BOM-only file, a folder, or a missing input option (in process)', async () => {
    const dir = inputDir({ 'r.csv': REGISTRY, 'bom.csv': '\ufeff\r\n', 'p.csv': POPULATION });
    mkdirSync(join(dir.dir, 'folder'));
    const cwd = process.cwd();
    process.chdir(dir.dir);
    try {
      const cases: [string[], RegExp][] = [
        [['--registry', 'bom.csv', '--population', 'p.csv'], /^doichieu: bom\.csv: the file is empty\n$/],
        [['--registry', 'folder', '--population', 'p.csv'], /^doichieu: folder: is a directory, not a file\n$/],
        [['--registry', 'r.csv'], /^doichieu: no population file/],
        [['--population', 'p.csv'], /^doichieu: no registry file/],
      ];
      for (const [args, message] of cases) {
        const r = await inProcess(['ingest', '--db', ':memory:', ...args]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
      }
    } finally {
      process.chdir(cwd);
      dir.cleanup();
    }
  });
});

async function inProcess(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(argv);
    return { code, stderr };
  } finally {
    process.stderr.write = write;
  }
}

function doichieuAsync(cwd: string, ...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', ...args], { cwd, env: { ...process.env, CI: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}
