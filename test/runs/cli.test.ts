import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openDatabase } from '../../src/db/open.js';
import { sqlFile } from '../../src/db/steps.js';
import { buildFixture } from '../report/fixture.js';

const root = mkdtempSync(join(tmpdir(), 'doichieu-cli-'));

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('doichieu report / run', () => {
  it('report writes the run folder from a matched campaign database, figures on stdout', async () => {
    const dbPath = join(root, 'campaign.duckdb');
    const db = await openDatabase(dbPath);
    await db.connection.run(sqlFile(import.meta.url, '../../src/ingest/sql/schema.sql'));
    await db.connection.run(sqlFile(import.meta.url, '../../src/match/sql/results_schema.sql'));
    await buildFixture(db.connection, { registrations: 300 });
    db.close();
    const out = join(root, 'out');
    const r = await capture(['report', '--db', dbPath, '--out', out, '--no-pdf', '--history', join(root, 'none.duckdb')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(r.out).toContain(`thống nhất ${summary.headline.consistent}`);
    expect(r.out.trim().endsWith(out)).toBe(true);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    expect(existsSync(join(out, 'report.pdf'))).toBe(false);
  });

  it('user errors are one line: missing database, unknown phase', async () => {
    const missing = await capture(['report', '--db', join(root, 'nope.duckdb')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^doichieu: .*nope\.duckdb: no campaign database/);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const phase = await capture(['run', '--registry', 'x.csv', '--phase', 'nope', '--history', join(root, 'h.duckdb')]);
    expect(phase.code).toBe(2);
    expect(phase.err).toBe("doichieu: --phase nope: no such phase in the config (phases: none, or 'all')\n");
  });
});
