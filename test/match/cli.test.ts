import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openDatabase } from '../../src/db/open.js';
import { sqlFile } from '../../src/db/steps.js';
import { addPersons, addPopulation, childRow, decoys, popRow } from './world.js';

async function campaign(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'doichieu-match-cli-'));
  const path = join(dir, 'campaign.duckdb');
  const db = await openDatabase(path);
  await db.connection.run(sqlFile(import.meta.url, '../../src/ingest/sql/schema.sql'));
  await addPopulation(db.connection, [popRow(1), popRow(2), ...decoys(100)]);
  await addPersons(db.connection, [childRow(1), childRow(2, { name: 'Le Van Tuan' }), childRow(3, { name: 'Khổng Minh Triết', dob: '01/02/2003' })]);
  db.close();
  return path;
}

describe('doichieu match / explain / evaluate', () => {
  it('match writes results.csv with the contract columns first, one row per person', async () => {
    const db = await campaign();
    const out = join(db, '..', 'out');
    expect(await main(['match', '--db', db, '--out', out])).toBe(0);
    const lines = readFileSync(join(out, 'results.csv'), 'utf8').trim().split('\n');
    expect(lines[0].split(',').slice(0, 9)).toEqual(['record_id', 'event_type', 'role', 'authority_code', 'outcome', 'population_pid', 'score', 'errors', 'pid_action']);
    expect(lines.length).toBe(4);
    expect(lines.find((l) => l.startsWith('B2,'))).toContain('name.diacritics');
    const parameters = JSON.parse(readFileSync(join(out, 'match_parameters.json'), 'utf8'));
    expect(parameters.levels.some((l: { comparison: string }) => l.comparison === 'given_name')).toBe(true);
  });

  it('unusable arguments give a one-line error and a non-zero exit', async () => {
    expect(await main(['match', '--db', '/nonexistent/x.duckdb'])).toBe(2);
    const db = await campaign();
    expect(await main(['explain', 'B1', '--db', db])).toBe(2); // no match run yet
    expect(await main(['evaluate', '--truth', '/nonexistent.csv', '--db', db])).toBe(2);
  });
});
