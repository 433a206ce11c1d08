import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBConnection } from '@duckdb/node-api';
import { openDatabase, type Database } from '../db/open.js';
import { literal, queryValue } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import { UserError } from '../errors.js';

/** Where the run history is kept unless the config (`report.history`) or `--history` says otherwise. */
export const DEFAULT_HISTORY = 'reports/history.duckdb';

/** A connection on which the run history is attached as `history`. */
export interface RunHistory {
  readonly path: string;
  readonly connection: DuckDBConnection;
  close(): Promise<void>;
}

/** Histories attached in this process: DuckDB's file lock only keeps other processes out. */
const attachedHere = new Set<string>();

function inUse(path: string): UserError {
  return new UserError(`history ${path} is in use by another run`);
}

/**
 * True for DuckDB's error when another process holds the file's lock.
 *
 * @example
 * isLockError(new Error('IO Error: Could not set lock on file "h.duckdb"')); // true
 */
export function isLockError(error: unknown): boolean {
  return error instanceof Error && /Could not set lock on file|Conflicting lock/i.test(error.message);
}

/**
 * Attaches the run history file as `history` on a connection (made, with its tables, if missing).
 * DuckDB locks the file for as long as it stays attached: a second run against the same history
 * gets "history X is in use by another run". Detach with `detachHistory`.
 *
 * @example
 * await attachHistory(connection, 'reports/history.duckdb');
 * await connection.run('select count(*) from history.runs');
 */
export async function attachHistory(connection: DuckDBConnection, path: string, options: { readOnly?: boolean } = {}): Promise<void> {
  const full = resolve(path);
  if (attachedHere.has(full)) throw inUse(path);
  if (!options.readOnly) mkdirSync(dirname(full), { recursive: true });
  try {
    // ATTACH takes no parameter for its path: the path is quoted as a literal.
    await connection.run(`attach ${literal(full)} as history${options.readOnly ? ' (read_only)' : ''}`);
  } catch (error) {
    if (isLockError(error)) throw inUse(path);
    if (error instanceof Error && /not a valid DuckDB database|Unable to open|No such file/i.test(error.message)) {
      throw new UserError(`history ${path}: cannot open it as a DuckDB run history`);
    }
    throw error;
  }
  attachedHere.add(full);
  if (!options.readOnly) await connection.run(sqlFile(import.meta.url, 'sql/history_schema.sql'));
}

/**
 * Detaches the run history, releasing its lock.
 *
 * @example
 * await detachHistory(connection, 'reports/history.duckdb');
 */
export async function detachHistory(connection: DuckDBConnection, path: string): Promise<void> {
  const full = resolve(path);
  if (!attachedHere.has(full)) return;
  try {
    await connection.run('detach history');
  } finally {
    attachedHere.delete(full);
  }
}

/**
 * Opens a run history on its own (for comparing runs, listing progress) on an in-memory connection.
 *
 * @example
 * const history = await openHistory('reports/history.duckdb');
 * const diff = await compareRuns(history, a, b);
 * await history.close();
 */
export async function openHistory(path = DEFAULT_HISTORY, options: { readOnly?: boolean } = {}): Promise<RunHistory> {
  const db: Database = await openDatabase(':memory:');
  try {
    await attachHistory(db.connection, path, options);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    path,
    connection: db.connection,
    async close() {
      await detachHistory(db.connection, path);
      db.close();
    },
  };
}

/**
 * Whether a run id is recorded in the attached history.
 *
 * @example
 * await hasRun(connection, '20260125-103000-pilot-1a2b3c'); // true
 */
export async function hasRun(connection: DuckDBConnection, runId: string): Promise<boolean> {
  return (await queryValue<number>(connection, 'select count(*) from history.runs where run_id = $id', { id: runId })) > 0;
}

/**
 * The connection of a RunHistory, or the connection itself.
 *
 * @example
 * const c = historyConnection(await openHistory('reports/history.duckdb'));
 */
export function historyConnection(history: RunHistory | DuckDBConnection): DuckDBConnection {
  return history instanceof DuckDBConnection ? history : history.connection;
}
