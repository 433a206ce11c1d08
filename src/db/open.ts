import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/**
 * Options every doichieu database is opened with. Extension auto-install and auto-load are off:
 * the machines are offline, and a query that would need a download must fail at once, clearly.
 */
export const SAFE_DUCKDB_OPTIONS: Record<string, string> = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  enable_external_access: 'true',
};

/**
 * Storage format of database files this code creates (an existing file keeps the format it was made
 * with). DuckDB's default stays readable by 0.10; 1.5's format compresses strings with DICT_FSST,
 * which writes 2.9M persons with a third less CPU and into a file half the size (bench/ingest.bench.ts).
 */
export const STORAGE_VERSION = 'v1.5.0';

/** A database handle: one DuckDB instance (file or memory) and one connection on it. */
export interface Database {
  readonly path: string;
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
  close(): void;
}

/**
 * Opens (or creates) a DuckDB database file, or an in-memory one for `':memory:'`.
 *
 * @example
 * const db = await openDatabase('reports/campaign.duckdb');
 * await db.connection.run('select 42');
 * db.close();
 */
export async function openDatabase(path = ':memory:', options: { threads?: number; memoryLimit?: string } = {}): Promise<Database> {
  const settings: Record<string, string> = { ...SAFE_DUCKDB_OPTIONS, storage_compatibility_version: STORAGE_VERSION };
  if (options.threads) settings.threads = String(options.threads);
  if (options.memoryLimit) settings.memory_limit = options.memoryLimit;
  const instance = await DuckDBInstance.create(path, settings);
  const connection = await instance.connect();
  return {
    path,
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Runs `fn` with a connection to a fresh database, closing it afterwards (also on error).
 *
 * @example
 * const n = await withConnection(async (c) => (await c.runAndReadAll('select 1')).getRows()[0][0]);
 */
export async function withConnection<T>(fn: (connection: DuckDBConnection) => Promise<T>, path = ':memory:'): Promise<T> {
  const db = await openDatabase(path);
  try {
    return await fn(db.connection);
  } finally {
    db.close();
  }
}
