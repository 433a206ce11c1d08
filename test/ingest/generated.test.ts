import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { generate } from '../../src/generate/index.js';
import { ingest } from '../../src/ingest/index.js';

// The generator writes files the way the province's exports look (here TCVN3, ';', Vietnamese
// headers, one file per event type) and knows the line of every malformed row it wrote.
describe('ingest of generated extracts', () => {
  it('loads every person the generator wrote and quarantines exactly its malformed lines', async () => {
    const out = mkdtempSync(join(tmpdir(), 'doichieu-ingest-gen-'));
    const db = await openDatabase();
    try {
      const g = await generate({ scale: 600, seed: 11, out, vietnameseHeaders: true, encoding: 'tcvn3', delimiter: ';', splitByEvent: true, malformed: 10 });
      const at = (f: string) => join(out, basename(f));
      const summary = await ingest(db.connection, { registry: g.files.registry.map(at), population: at(g.files.population) });
      expect(summary.files.every((f) => f.encoding === 'tcvn3' && f.delimiter === ';' && f.headerStyle === 'vietnamese')).toBe(true);
      expect(summary.persons).toBe(g.persons.total);
      expect(summary.population).toBe(g.population_rows);
      expect(summary.registrations).toBe(g.records.total);
      const expected = Object.values(g.malformed.by_kind).flatMap((k) => k.lines.map((l) => `${basename(l.file)}:${l.line}`)).sort();
      const quarantined = await queryRows<{ f: string; source_line: number }>(db.connection, "select regexp_extract(source_file, '[^/]+$') as f, source_line from quarantine");
      expect(quarantined.map((q) => `${q.f}:${q.source_line}`).sort()).toEqual(expected);
      expect(summary.totals.rowsIn).toBe(summary.totals.rowsLoaded + summary.totals.rowsQuarantined);
    } finally {
      db.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
