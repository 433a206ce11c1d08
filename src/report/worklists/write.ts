import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { queryRows } from '../../db/query.js';
import { runSteps, sqlFile } from '../../db/steps.js';
import { errorLabel, eventTypeLabel, outcomeLabel, type Language } from '../labels.js';
import { CSV_COLUMNS, WORKLIST_COLUMNS, type WorklistLine } from './columns.js';
import { worklistFileName } from './file-name.js';

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
    basis: {
      registration: 'Hồ sơ do xã đăng ký',
      residence: 'Người đang cư trú tại xã, hồ sơ đăng ký ở xã khác',
    },
    run: 'Lần chạy',
    persons: 'Số người',
  },
  en: {
    title: 'CIVIL-STATUS RECORDS TO VERIFY AND CORRECT AFTER RECONCILIATION WITH THE POPULATION DB',
    sheets: { registration: 'Registered here', residence: 'Living here' },
    basis: { registration: 'Records registered by the commune', residence: 'People living in the commune, registered elsewhere' },
    run: 'Run',
    persons: 'Persons',
  },
} as const;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const VERIFY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8E1' } };

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, basis: 'registration' | 'residence', lines: WorklistLine[], heading: string, runId: string, language: Language): void {
  const t = TEXTS[language];
  const sheet = workbook.addWorksheet(t.sheets[basis], { views: [{ state: 'frozen', ySplit: 5 }] });
  sheet.columns = [{ key: 'stt', width: 6 }, ...WORKLIST_COLUMNS.map((c) => ({ key: c.key, width: c.width }))];
  const persons = new Set(lines.map((l) => l.person_id)).size;
  sheet.addRow([t.title]).font = { bold: true, size: 12 };
  sheet.addRow([heading]).font = { bold: true };
  sheet.addRow([`${t.basis[basis]} · ${t.persons}: ${persons} · ${t.run}: ${runId}`]);
  sheet.addRow([]);
  const header = sheet.addRow([language === 'vi' ? 'STT' : 'No.', ...WORKLIST_COLUMNS.map((c) => c.header[language])]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((cell, col) => (cell.fill = col >= WORKLIST_COLUMNS.length - 1 ? VERIFY_FILL : HEADER_FILL));
  header.commit();
  let group = '';
  let n = 0;
  for (const line of lines) {
    const key = `${line.event_type}|${line.error_code ?? line.outcome}`;
    if (key !== group) {
      group = key;
      const label = `${eventTypeLabel(line.event_type, language)} — ${line.error_code ? errorLabel(line.error_code, language) : outcomeLabel(line.outcome, language)}`;
      const row = sheet.addRow([label]);
      row.font = { bold: true };
      row.eachCell((cell) => (cell.fill = GROUP_FILL));
      row.commit();
    }
    n += 1;
    const row = sheet.addRow([n, ...WORKLIST_COLUMNS.map((c) => c.value(line, language))]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  sheet.commit();
}

/**
 * Writes one XLSX (Vietnamese headers, grouped by event type and error code, empty verification
 * columns) and one CSV per commune into `dir`, from report_worklist, plus `index.csv` (communes and
 * counts, no personal data). A commune's files hold only the persons assigned to it: registered
 * there, or (sheet "Cư trú tại xã") living there while registered elsewhere.
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
  await runSteps(connection, [{ name: 'report_worklist', sql: sqlFile(import.meta.url, '../sql/report_worklist.sql'), params: { by_residence: options.byResidence ?? true } }], undefined, { countRows: false });
  const communes = await queryRows<Omit<WorklistFile, 'file'>>(connection, sqlFile(import.meta.url, '../sql/report_worklist_communes.sql'));
  const linesSql = sqlFile(import.meta.url, '../sql/report_worklist_lines.sql');
  const files: WorklistFile[] = [];
  for (const commune of communes) {
    const name = worklistFileName(commune.commune_code, commune.commune_name, commune.district_name);
    const lines = await queryRows<WorklistLine & Record<string, unknown>>(connection, linesSql, { commune: commune.commune_code });
    const heading = `${commune.commune_name}, ${commune.district_name} (${commune.commune_code})`;
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, `${name}.xlsx`), useStyles: true, useSharedStrings: false });
    for (const basis of ['registration', 'residence'] as const) {
      const part = lines.filter((l) => l.basis === basis);
      if (part.length) addSheet(workbook, basis, part, heading, options.runId, language);
    }
    await workbook.commit();
    const csv = stringify(lines.map((l) => CSV_COLUMNS.map((c) => c.value(l, language))), { header: true, columns: CSV_COLUMNS.map((c) => c.key) });
    writeFileSync(join(dir, `${name}.csv`), '\ufeff' + csv);
    files.push({ ...commune, file: name });
  }
  writeFileSync(
    join(dir, 'index.csv'),
    stringify(files.map((f) => [f.commune_code, f.commune_name, f.district_name, f.registered_here, f.living_here, f.lines, `${f.file}.xlsx`]), {
      header: true,
      columns: ['commune_code', 'commune_name', 'district_name', 'registered_here', 'living_here', 'lines', 'file'],
    }),
  );
  return files;
}
