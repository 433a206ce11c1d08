import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal, queryRows } from '../../db/query.js';
import { runSteps, sqlFile } from '../../db/steps.js';
import type { Language } from '../labels.js';
import { VERIFY_FROM, WORKLIST_COLUMNS } from './columns.js';
import { createLabelsTable } from './labels-table.js';
import { csvText } from './csv.js';
import { worklistFileName } from './file-name.js';
import { withInsertionOrder } from '../insertion-order.js';
import { lastRowNumber, sheetBodies } from './sheet-bodies.js';
import { buildSheetRows, exportSheetRows } from './sheet-rows.js';
import { writeXlsx, XLSX_STYLE, type XlsxSheet } from './xlsx.js';

/** One commune's worklist files and how many persons they hold. */
export interface WorklistFile {
  commune_code: string;
  commune_name: string;
  district_name: string;
  registered_here: number;
  living_here: number;
  lines: number;
  file: string;
}

const TEXTS = {
  vi: {
    title: 'DANH SÁCH HỒ SƠ HỘ TỊCH CẦN XÁC MINH, ĐIỀU CHỈNH SAU ĐỐI CHIẾU VỚI CSDLQG VỀ DÂN CƯ',
    sheets: { registration: 'Đăng ký tại xã', residence: 'Cư trú tại xã' },
    basis: { registration: 'Hồ sơ do xã đăng ký', residence: 'Người đang cư trú tại xã, hồ sơ đăng ký ở xã khác' },
    run: 'Lần chạy',
    persons: 'Số người',
    number: 'STT',
  },
  en: {
    title: 'CIVIL-STATUS RECORDS TO VERIFY AND CORRECT AFTER RECONCILIATION WITH THE POPULATION DB',
    sheets: { registration: 'Registered here', residence: 'Living here' },
    basis: { registration: 'Records registered by the commune', residence: 'People living in the commune, registered elsewhere' },
    run: 'Run',
    persons: 'Persons',
    number: 'No.',
  },
} as const;

type Basis = 'registration' | 'residence';

/** A commune's sheet for one basis: the five header rows written here, the rest from DuckDB (`body`). */
function worklistSheet(
  basis: Basis,
  language: Language,
  texts: { heading: string; runId: string; persons: number },
  body: Buffer,
  lastRow: number,
): XlsxSheet {
  const t = TEXTS[language];
  return {
    name: t.sheets[basis],
    widths: [6, ...WORKLIST_COLUMNS.map((c) => c.width)],
    rows: [
      { cells: [t.title], style: XLSX_STYLE.title },
      { cells: [texts.heading], style: XLSX_STYLE.bold },
      { cells: [`${t.basis[basis]} · ${t.persons}: ${texts.persons} · ${t.run}: ${texts.runId}`], style: XLSX_STYLE.plain },
      { cells: [], style: XLSX_STYLE.plain },
      { cells: [t.number, ...WORKLIST_COLUMNS.map((c) => c.header[language])], style: XLSX_STYLE.header },
    ],
    frozenRows: 5,
    verifyFrom: VERIFY_FROM,
    body,
    lastRow,
  };
}

/** Items grouped by key, groups in the order their keys first appear. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** XLSX files compressed at once at most; each holds a commune's sheet XML in memory. */
const XLSX_IN_FLIGHT = 3;

/** The XLSX and CSV files of every commune with lines (writeWorklists' work, in sheet order). */
async function writeCommuneFiles(
  connection: DuckDBConnection,
  options: { dir: string; language: Language; runId: string; byResidence?: boolean },
): Promise<WorklistFile[]> {
  const { dir, language } = options;
  await runSteps(
    connection,
    [{ name: 'report_worklist', sql: sqlFile(import.meta.url, '../sql/report_worklist.sql'), params: { by_residence: options.byResidence ?? true } }],
    undefined,
    { countRows: false },
  );
  const communes = await queryRows<Omit<WorklistFile, 'file'>>(connection, sqlFile(import.meta.url, '../sql/report_worklist_communes.sql'));
  const byCode = new Map(communes.map((c) => [c.commune_code, c]));
  // Sheet rows and CSV lines are labelled and written by DuckDB: no JS per line or field.
  await createLabelsTable(connection, language);
  const extents = await buildSheetRows(connection);
  await connection.run('drop table report_worklist');
  const csvLines = sqlFile(import.meta.url, '../sql/report_worklist_csv.sql');

  const files: WorklistFile[] = [];
  // XLSX files are compressed (on libuv's threads) and written while DuckDB writes the CSVs.
  const pending = new Set<Promise<void>>();
  let failure: unknown;
  const scratch = mkdtempSync(join(dir, '.sheet-rows-'));
  const rowsFile = join(scratch, 'rows.xml');
  const bodies = sheetBodies(rowsFile);
  try {
    await exportSheetRows(connection, rowsFile);
    for (const [code, sheetsHere] of groupBy(extents, (e) => e.commune)) {
      const commune = byCode.get(code);
      if (!commune) throw new Error(`worklist sheet for unknown commune ${code}`);
      const name = worklistFileName(commune.commune_code, commune.commune_name, commune.district_name);
      const heading = `${commune.commune_name}, ${commune.district_name} (${commune.commune_code})`;
      const sheets: XlsxSheet[] = [];
      for (const { basis, lastRow } of sheetsHere) {
        const { value: body } = await bodies.next();
        // a wrong cut would put one commune's people in another's file: refuse rather than write it
        if (!body || lastRowNumber(body) !== lastRow) throw new Error(`worklist rows of ${code} (${basis}) do not end at row ${lastRow}`);
        const persons = basis === 'registration' ? commune.registered_here : commune.living_here;
        sheets.push(worklistSheet(basis, language, { heading, runId: options.runId, persons }, body, lastRow));
      }
      while (pending.size >= XLSX_IN_FLIGHT) await Promise.race(pending);
      const write: Promise<void> = writeXlsx(join(dir, `${name}.xlsx`), sheets).then(
        () => void pending.delete(write),
        (error: unknown) => {
          pending.delete(write);
          failure ??= error;
        },
      );
      pending.add(write);
      // COPY takes no parameter for its path: the path is quoted as a literal; the commune is bound.
      await connection.run(`copy (${csvLines}) to ${literal(join(dir, `${name}.csv`))} (format csv, header true)`, { commune: commune.commune_code });
      files.push({ ...commune, file: name });
    }
    if (!(await bodies.next()).done) throw new Error('worklist rows left over after the last sheet');
    await Promise.all(pending);
  } finally {
    await bodies.return(undefined);
    rmSync(scratch, { recursive: true, force: true });
    await connection.run('drop table if exists report_worklist_sheet');
  }
  if (failure) throw failure;
  return files;
}

/**
 * Writes one XLSX (Vietnamese headers, grouped by event type and error code, shaded empty
 * verification columns) and one CSV per commune into `dir`, from report_worklist, plus `index.csv`
 * (communes and counts, no personal data). A commune's files hold only the persons assigned to it:
 * registered there, or (sheet "Cư trú tại xã") living there while registered elsewhere. DuckDB
 * writes every sheet row and CSV line; JS only adds the header rows and zips, a commune at a time.
 *
 * @example
 * await prepareReportTables(c, scope);
 * const files = await writeWorklists(c, { dir: 'reports/pilot/x/worklists', language: 'vi', runId: 'x' });
 */
export async function writeWorklists(
  connection: DuckDBConnection,
  options: { dir: string; language: Language; runId: string; byResidence?: boolean },
): Promise<WorklistFile[]> {
  const { dir } = options;
  mkdirSync(dir, { recursive: true });
  const files = await withInsertionOrder(connection, () => writeCommuneFiles(connection, options));
  writeFileSync(
    join(dir, 'index.csv'),
    csvText(
      ['commune_code', 'commune_name', 'district_name', 'registered_here', 'living_here', 'lines', 'file'],
      files.map((f) => [f.commune_code, f.commune_name, f.district_name, String(f.registered_here), String(f.living_here), String(f.lines), `${f.file}.xlsx`]),
    ),
  );
  return files;
}
