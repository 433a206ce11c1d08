import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDatabase } from '../../src/db/open.js';
import { queryRows, type Row } from '../../src/db/query.js';
import { ingest } from '../../src/ingest/index.js';
import type { IngestOptions, IngestSummary } from '../../src/ingest/types.js';

/** A folder of input files written by a test, removed afterwards. */
export function inputDir(files: Record<string, string | Uint8Array>): { dir: string; path: (name: string) => string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'doichieu-ingest-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Ingested {
  summary: IngestSummary;
  rows<T extends Row = Row>(sql: string, params?: Record<string, string | number>): Promise<T[]>;
  connection: DuckDBConnection;
}

/**
 * Writes the files, ingests them into an in-memory database and hands `fn` the summary and a query
 * function. Registry and population names refer to keys of `files` (a `TYPE=` prefix is kept).
 */
export async function withIngest<T>(
  files: Record<string, string | Uint8Array>,
  options: Omit<IngestOptions, 'registry' | 'population'> & { registry: string[]; population?: string },
  fn: (ingested: Ingested) => Promise<T>,
): Promise<T> {
  const inputs = inputDir(files);
  const db = await openDatabase(':memory:');
  try {
    const withPath = (arg: string) => {
      const typed = /^([a-z_]+)=(.+)$/.exec(arg);
      return typed ? `${typed[1]}=${inputs.path(typed[2])}` : inputs.path(arg);
    };
    const summary = await ingest(db.connection, {
      ...options,
      registry: options.registry.map(withPath),
      population: options.population ? inputs.path(options.population) : undefined,
      quarantineCsv: options.quarantineCsv ? inputs.path(options.quarantineCsv) : undefined,
    });
    return await fn({ summary, rows: (sql, params) => queryRows(db.connection, sql, params), connection: db.connection });
  } finally {
    db.close();
    inputs.cleanup();
  }
}

/** A CSV text from rows of fields (fields are written as given: quote them yourself). */
export function csv(rows: string[][], delimiter = ',', newline = '\n'): string {
  return rows.map((r) => r.join(delimiter)).join(newline) + newline;
}
