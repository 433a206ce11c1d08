import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { openDatabase } from '../../src/db/open.js';
import { sqlFile } from '../../src/db/steps.js';
import { fixturePersonalValues, loadFixture } from './fixture.js';

describe('doichieu profile', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'doichieu-profile-cli-'));
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('profiles a campaign database, prints aggregates and writes the four files', async () => {
    const dbPath = join(dir, 'campaign.duckdb');
    const db = await openDatabase(dbPath);
    await db.connection.run(sqlFile(import.meta.url, '../../src/ingest/sql/schema.sql'));
    await loadFixture(db.connection);
    db.close();
    const code = await main(['profile', '--db', dbPath, '--out', join(dir, 'out')]);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const printed = out.join('');
    expect(printed).toContain('Hồ sơ: 22 · người trong hồ sơ: 45 · CSDL dân cư: 6');
    expect(fixturePersonalValues().filter((v) => printed.includes(v))).toEqual([]);
    for (const f of ['profile.html', 'profile_failures.csv', 'profile_failures.xlsx', 'profile_summary.json']) expect(existsSync(join(dir, 'out', f))).toBe(true);
  });

  it('says in one line when the database is missing', async () => {
    const code = await main(['profile', '--db', join(dir, 'none.duckdb')]);
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/^doichieu: .*none.duckdb: no campaign database \(run `doichieu ingest` first, or give --db\)\n$/);
  });

  it('names an unknown phase', async () => {
    const config = join(dir, 'c.yaml');
    await import('node:fs').then((fs) => fs.writeFileSync(config, 'phases: [{ name: pilot }]\n'));
    const code = await main(['profile', '--db', join(dir, 'x.duckdb'), '--config', config, '--phase', 'provinc']);
    expect(code).toBe(2);
    expect(err.join('')).toBe('doichieu: --phase provinc: no such phase in the config (pilot)\n');
  });

  it('the commented example of the rules section is a valid config', () => {
    const text = readFileSync(new URL('../../src/profile/rules/example.yaml', import.meta.url), 'utf8');
    const config = parseConfig(text, 'example.yaml');
    expect(config.profile.rules.find((r) => r.code === 'twins')?.enabled).toBe(false);
    expect(config.profile.rules.find((r) => r.code === 'registration_no_digits')?.kind).toBe('pattern');
  });
});
