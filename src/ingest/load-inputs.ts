import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from '../db/query.js';
import { runSteps, sqlFile, type SqlStep } from '../db/steps.js';
import type { ProgressFn } from '../progress.js';
import type { Timed } from './index.js';
import { loadFile, type LoadedFile, type ProbedFile } from './load.js';
import { startNames, type PendingNames } from './normalise/index.js';
import { rawTableName } from './raw.js';
import { personRowsStep, populationRowsStep, registryRowsStep, type RawSource } from './steps/from-raw.js';

/** The files read: per file what loading gave, and the names being normalised in the background. */
export interface LoadedInputs {
  loaded: LoadedFile[];
  names: PendingNames[];
}

/**
 * Loads every input into its raw table, reduces it at once to the narrow row tables
 * (`ingest_registry_rows`, `ingest_person_rows`, `ingest_population_rows`) and drops it, so one wide
 * table at most is in memory. Must run outside a transaction: committed rows have rowids counting
 * from 0 in file order (rows inside a transaction get provisional ones), which the line model relies
 * on. Names start being normalised (in JS, in the background) once the registry files are read.
 *
 * @example
 * const { loaded, names } = await loadInputs(c, probed, workDir, { timed, progress });
 */
export async function loadInputs(
  c: DuckDBConnection,
  probed: ProbedFile[],
  workDir: string,
  options: { timed: Timed; progress: ProgressFn; keepRawTables?: boolean },
): Promise<LoadedInputs> {
  const { timed, progress } = options;
  await c.run(sqlFile(import.meta.url, 'sql/ingest_row_tables.sql'));
  const run = async (steps: (SqlStep | undefined)[]) => {
    for (const s of steps) if (s) await timed(s.name, () => runSteps(c, [s], undefined, { countRows: false }));
  };
  const loaded: LoadedFile[] = [];
  const names: PendingNames[] = [];
  let registryNames: Set<string> | undefined;
  const totalBytes = probed.reduce((n, p) => n + p.bytes, 0);
  let doneBytes = 0;
  for (const [i, p] of probed.entries()) {
    const before = doneBytes;
    const onBytes = (bytes: number) => progress({ task: 'reading inputs', done: before + bytes, total: totalBytes, unit: 'bytes' });
    loaded.push(await timed(`load ${basename(p.file.path)}`, () => loadFile(c, p, workDir, onBytes)));
    const source: RawSource = { file: p.file, columns: new Set(p.plan.columns.filter((x): x is string => x !== null)) };
    await run(p.file.kind === 'registry' ? [registryRowsStep(source), personRowsStep(source)] : [populationRowsStep(source)]);
    if (!options.keepRawTables) await c.run(`drop table if exists temp.${ident(rawTableName(p.file))}`);
    doneBytes += p.bytes;
    if (p.file.kind === 'registry' && probed[i + 1]?.file.kind !== 'registry') {
      const pending = await startNames(c, 'registry', timed);
      registryNames = new Set(pending.values);
      names.push(pending);
    }
    if (p.file.kind === 'population') names.push(await startNames(c, 'population', timed, registryNames));
  }
  progress({ task: 'reading inputs', done: totalBytes, total: totalBytes, unit: 'bytes' });
  return { loaded, names };
}
