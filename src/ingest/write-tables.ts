import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from '../db/query.js';
import { runSteps, sqlFile, type SqlStep } from '../db/steps.js';
import { addPrimaryKeys, recreateContractTables } from './contract-tables.js';
import type { Timed } from './index.js';
import { registrationLookups, valueLookups, type PendingNames } from './normalise/index.js';

const step = (name: string): SqlStep => ({ name, sql: sqlFile(import.meta.url, `sql/${name}.sql`) });

/**
 * Fills the contract tables from the narrow row tables, inside the caller's transaction: the
 * registration checks and the quarantine, the lookups, then registrations, population and persons,
 * and finally their primary keys. Work tables are dropped as soon as nothing reads them, so the big
 * writes get their memory.
 *
 * @example
 * await c.run('begin transaction');
 * await writeContractTables(c, names, { timed });
 */
export async function writeContractTables(c: DuckDBConnection, names: PendingNames[], options: { timed: Timed; keepWorkTables?: boolean }): Promise<void> {
  const { timed } = options;
  const run = async (...steps: SqlStep[]) => {
    for (const s of steps) await timed(s.name, () => runSteps(c, [s], undefined, { countRows: false }));
  };
  const done = async (...tables: string[]) => {
    if (!options.keepWorkTables) for (const table of tables) await c.run(`drop table if exists temp.${ident(table)}`);
  };
  const keys = await recreateContractTables(c);
  await registrationLookups(c, timed);
  await run(step('ingest_registry_checked'), step('ingest_registry_ok'), step('ingest_quarantine_raw'));
  await run(step('ingest_registry_quarantine'), step('ingest_load_quarantine'), step('ingest_population_quarantine'));
  await valueLookups(c, timed);
  await run(step('registrations'), step('ingest_person_relatives'));
  await done('ingest_quarantine_raw', 'ingest_registry_checked', 'ingest_registry_rows', 'ingest_load_quarantine');
  for (const pending of names) await pending.store();
  await run(step('population'));
  await done('ingest_population_rows');
  await run(step('persons'));
  await done('ingest_person_rows', 'ingest_person_relatives', 'ingest_registry_ok', 'ingest_names', 'ingest_dates', 'ingest_places');
  await timed('primary keys', () => addPrimaryKeys(c, keys));
}
