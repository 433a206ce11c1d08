import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal, queryRows } from '../../db/query.js';
import { runSteps, sqlFile } from '../../db/steps.js';
import { errorLabel, eventTypeLabel, outcomeLabel, type Language } from '../labels.js';
import { WORKLIST_COLUMNS, type WorklistLine } from './columns.js';
import { createLabelsTable } from './labels-table.js';
import { csvText } from './csv.js';
import { worklistFileName } from './file-name.js';
import { rowXml, writeXlsx, XLSX_STYLE, type XlsxSheet } from './xlsx.js';

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

/** Column order of report_worklist_lines.sql, as WorklistLine keys. */
const LINE_KEYS: (keyof WorklistLine)[] = [
  'worklist_commune', 'basis', 'event_type', 'role', 'outcome', 'errors', 'record_id', 'commune_code', 'book_no', 'registration_no',
  'registered_on', 'full_name', 'dob', 'population_pid', 'error_code', 'field', 'registry_value', 'population_value', 'person_id',
];

/** Row `j` of a chunk read column by column (much cheaper than DuckDB's row objects). */
function toLine(columns: unknown[][], j: number): WorklistLine {
  const line: Record<string, unknown> = {};
  for (let i = 0; i < LINE_KEYS.length; i++) line[LINE_KEYS[i]] = columns[i][j] ?? null;
  return line as unknown as WorklistLine;
}

/**
 * One sheet of a commune's workbook, filled line by line as the sorted stream goes by: each line
 * becomes its XML row at once (a group row before each new event type + error code), so nothing
 * but the rows' text is kept while a commune is read.
 */
class SheetBuilder {
  private readonly xml: string[] = [];
  private readonly persons = new Set<string>();
  private row = 5;
  private stt = 0;
  private group = '';

  constructor(
    private readonly basis: 'registration' | 'residence',
    private readonly language: Language,
  ) {}

  add(line: WorklistLine): void {
    const { language } = this;
    const key = `${line.event_type}|${line.error_code ?? line.outcome}`;
    if (key !== this.group) {
      this.group = key;
      const what = line.error_code ? errorLabel(line.error_code, language) : outcomeLabel(line.outcome, language);
      this.xml.push(rowXml(++this.row, [`${eventTypeLabel(line.event_type, language)} — ${what}`], XLSX_STYLE.group));
    }
    this.persons.add(line.person_id);
    const cells: (string | number)[] = [++this.stt];
    for (const c of WORKLIST_COLUMNS) cells.push(c.value(line, language));
    this.xml.push(rowXml(++this.row, cells, XLSX_STYLE.data, VERIFY_FROM));
  }

  get empty(): boolean {
    return this.stt === 0;
  }

  sheet(heading: string, runId: string): XlsxSheet {
    const t = TEXTS[this.language];
    return {
      name: t.sheets[this.basis],
      widths: [6, ...WORKLIST_COLUMNS.map((c) => c.width)],
      rows: [
        { cells: [t.title], style: XLSX_STYLE.title },
        { cells: [heading], style: XLSX_STYLE.bold },
        { cells: [`${t.basis[this.basis]} · ${t.persons}: ${this.persons.size} · ${t.run}: ${runId}`], style: XLSX_STYLE.plain },
        { cells: [], style: XLSX_STYLE.plain },
        { cells: [t.number, ...WORKLIST_COLUMNS.map((c) => c.header[this.language])], style: XLSX_STYLE.header },
      ],
      frozenRows: 5,
      verifyFrom: VERIFY_FROM,
      rowsXml: this.xml,
      lastRow: this.row,
    };
  }
}

/** STT then the columns: the verification columns start here (shaded). */
const VERIFY_FROM = 1 + WORKLIST_COLUMNS.findIndex((c) => c.key === 'verification_result');

/**
 * Writes one XLSX (Vietnamese headers, grouped by event type and error code, shaded empty
 * verification columns) and one CSV per commune into `dir`, from report_worklist, plus `index.csv`
 * (communes and counts, no personal data). A commune's files hold only the persons assigned to it:
 * registered there, or (sheet "Cư trú tại xã") living there while registered elsewhere. The lines
 * are read from DuckDB as one sorted stream, a commune at a time in memory.
 *
 * @example
 * await prepareReportTables(c, scope);
 * const files = await writeWorklists(c, { dir: 'reports/pilot/x/worklists', language: 'vi', runId: 'x' });
 */
export async function writeWorklists(
  connection: DuckDBConnection,
  options: { dir: string; language: Language; runId: string; byResidence?: boolean },
): Promise<WorklistFile[]> {
  const { dir, language } = options;
  mkdirSync(dir, { recursive: true });
  await runSteps(
    connection,
    [{ name: 'report_worklist', sql: sqlFile(import.meta.url, '../sql/report_worklist.sql'), params: { by_residence: options.byResidence ?? true } }],
    undefined,
    { countRows: false },
  );
  const communes = await queryRows<Omit<WorklistFile, 'file'>>(connection, sqlFile(import.meta.url, '../sql/report_worklist_communes.sql'));
  const byCode = new Map(communes.map((c) => [c.commune_code, c]));
  const files: WorklistFile[] = [];
  // XLSX files are compressed and written in the background while the next commune is built.
  const pending: Promise<void>[] = [];

  let current = '';
  let sheets = { registration: new SheetBuilder('registration', language), residence: new SheetBuilder('residence', language) };
  const flush = () => {
    const commune = byCode.get(current);
    if (!commune) return;
    const name = worklistFileName(commune.commune_code, commune.commune_name, commune.district_name);
    const heading = `${commune.commune_name}, ${commune.district_name} (${commune.commune_code})`;
    const parts = [sheets.registration, sheets.residence].filter((b) => !b.empty).map((b) => b.sheet(heading, options.runId));
    if (parts.length) {
      pending.push(writeXlsx(join(dir, `${name}.xlsx`), parts));
      files.push({ ...commune, file: name });
    }
  };

  const result = await connection.stream(sqlFile(import.meta.url, '../sql/report_worklist_lines.sql'));
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const columns = LINE_KEYS.map((_, i) => chunk.getColumnVector(i).toArray() as unknown[]);
    for (let j = 0; j < chunk.rowCount; j++) {
      const line = toLine(columns, j);
      if (line.worklist_commune !== current) {
        flush();
        current = line.worklist_commune;
        sheets = { registration: new SheetBuilder('registration', language), residence: new SheetBuilder('residence', language) };
      }
      sheets[line.basis].add(line);
    }
  }
  flush();
  await Promise.all(pending);

  // The CSVs are written by DuckDB (labels joined from report_labels): no JS per field.
  await createLabelsTable(connection, language);
  await runSteps(connection, [{ name: 'report_worklist_csv', sql: sqlFile(import.meta.url, '../sql/report_worklist_csv.sql') }], undefined, { countRows: false });
  for (const f of files) {
    // COPY takes no parameter for its path: the path is quoted as a literal; the commune is bound.
    await connection.run(
      `copy (select * exclude (worklist_commune) from report_worklist_csv where worklist_commune = $commune) to ${literal(join(dir, `${f.file}.csv`))} (format csv, header true)`,
      { commune: f.commune_code },
    );
  }

  writeFileSync(
    join(dir, 'index.csv'),
    csvText(
      ['commune_code', 'commune_name', 'district_name', 'registered_here', 'living_here', 'lines', 'file'],
      files.map((f) => [f.commune_code, f.commune_name, f.district_name, String(f.registered_here), String(f.living_here), String(f.lines), `${f.file}.xlsx`]),
    ),
  );
  return files;
}
