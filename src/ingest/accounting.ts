import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import type { LoadedFile, ProbedFile } from './load.js';
import type { FileSummary, IngestSummary } from './types.js';

/**
 * Checks, for every input file, that rows in = rows loaded + rows quarantined, then records the file
 * in `ingest_files`. A broken identity is a bug, never a user error: it throws and the ingest is
 * rolled back.
 *
 * @example
 * await checkAccounting(c, probed, loaded); // throws 'ingest accounting failed for registry.csv: ...'
 */
export async function checkAccounting(c: DuckDBConnection, probed: ProbedFile[], loaded: LoadedFile[]): Promise<FileSummary[]> {
  const counts = await queryRows<{ file_no: number; loaded: number; quarantined: number }>(c, sqlFile(import.meta.url, 'sql/ingest_file_counts.sql'));
  const summaries: FileSummary[] = [];
  for (const [i, p] of probed.entries()) {
    const l = loaded[i];
    const count = counts.find((x) => x.file_no === p.file.no) ?? { loaded: 0, quarantined: 0 };
    if (l.rowsIn !== l.rowsRaw + l.quarantined || l.rowsIn !== count.loaded + count.quarantined) {
      throw new Error(`ingest accounting failed for ${p.file.path}: ${l.rowsIn} rows in, ${count.loaded} loaded + ${count.quarantined} quarantined`);
    }
    const summary: FileSummary = {
      sourceFile: p.file.path,
      kind: p.file.kind,
      format: p.format,
      encoding: p.csv?.encoding ?? null,
      delimiter: p.csv?.delimiter ?? null,
      headerStyle: p.plan.headerStyle,
      bytes: p.bytes,
      rowsIn: l.rowsIn,
      rowsLoaded: count.loaded,
      rowsQuarantined: count.quarantined,
      ignoredHeaders: p.plan.ignoredHeaders,
    };
    await c.run(sqlFile(import.meta.url, 'sql/ingest_files_insert.sql'), {
      source_file: summary.sourceFile, kind: summary.kind, sha256: l.sha256, bytes: summary.bytes, format: summary.format,
      encoding: summary.encoding, delimiter: summary.delimiter, header_style: summary.headerStyle,
      rows_in: summary.rowsIn, rows_loaded: summary.rowsLoaded, rows_quarantined: summary.rowsQuarantined,
    });
    summaries.push(summary);
  }
  return summaries;
}

/**
 * The figures of an ingest (no personal data): per file, totals, persons by role, quarantine by reason.
 *
 * @example
 * const { totals, personsByRole } = await summarise(c, files);
 */
export async function summarise(c: DuckDBConnection, files: FileSummary[]): Promise<Omit<IngestSummary, 'steps' | 'seconds'>> {
  const count = async (sql: string) => Number((await queryRows<{ n: number }>(c, sql))[0].n);
  const byRole = await queryRows<{ role: string; n: number }>(c, 'select role, count(*) as n from persons group by role order by n desc, role');
  const byReason = await queryRows<{ reason_code: string; n: number }>(c, 'select reason_code, count(*) as n from quarantine group by reason_code order by n desc, reason_code');
  return {
    files,
    totals: {
      rowsIn: files.reduce((n, f) => n + f.rowsIn, 0),
      rowsLoaded: files.reduce((n, f) => n + f.rowsLoaded, 0),
      rowsQuarantined: files.reduce((n, f) => n + f.rowsQuarantined, 0),
    },
    registrations: await count('select count(*) as n from registrations'),
    persons: await count('select count(*) as n from persons'),
    personsByRole: Object.fromEntries(byRole.map((r) => [r.role, r.n])),
    population: await count('select count(*) as n from population'),
    quarantineByReason: Object.fromEntries(byReason.map((r) => [r.reason_code, r.n])),
  };
}
