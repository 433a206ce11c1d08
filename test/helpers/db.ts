import type { DuckDBConnection } from '@duckdb/node-api';
import { openDatabase } from '../../src/db/open.js';
import { sqlFile } from '../../src/db/steps.js';

/** Runs `fn` against a fresh in-memory database that already has the ingest and results tables. */
export async function withSchema<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  const db = await openDatabase(':memory:');
  try {
    await db.connection.run(sqlFile(import.meta.url, '../../src/ingest/sql/schema.sql'));
    await db.connection.run(sqlFile(import.meta.url, '../../src/match/sql/results_schema.sql'));
    return await fn(db.connection);
  } finally {
    db.close();
  }
}
