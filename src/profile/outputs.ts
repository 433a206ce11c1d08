import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { literal } from '../db/query.js';
import { plainValue } from '../db/query.js';
import { profileFigures } from './figures.js';
import { TEXT, type Language } from './labels.js';
import { profileSectionHtml } from './section.js';

export interface ProfileOutputFiles {
  html: string;
  csv: string;
  xlsx: string;
  json: string;
  /** Failing rows written to the XLSX (a sheet holds at most 1.048.575 rows; the CSV has them all). */
  xlsxRows: number;
  failureRows: number;
}

/** XLSX's row limit, less the header row. */
export const XLSX_MAX_ROWS = 1_048_575;

/** Columns of the failures export, with their Vietnamese headers (the analysts' language). */
const FAILURE_COLUMNS: [string, string][] = [
  ['f.rule_code', 'Mã quy tắc'],
  ['r.label_vi', 'Quy tắc'],
  ["case f.severity when 'error' then 'Lỗi' when 'warning' then 'Cảnh báo' else 'Thông tin' end", 'Mức độ'],
  ['f.source', 'Nguồn'],
  ['f.record_id', 'Mã hồ sơ'],
  ['f.person_id', 'Mã người'],
  ['f.population_row_id', 'Dòng CSDL dân cư'],
  ['f.role', 'Vai trò'],
  ['f.event_type', 'Loại việc'],
  ['f.district_code', 'Mã huyện'],
  ['f.commune_code', 'Mã xã'],
  ['f.registered_year', 'Năm đăng ký'],
  ['f.field', 'Trường'],
  ['f.value', 'Giá trị'],
  ['f.reason', 'Lý do'],
];

const FAILURES_SQL = `select ${FAILURE_COLUMNS.map(([expr, header]) => `${expr} as "${header}"`).join(', ')}
from profile_failures f join profile_rules r on r.code = f.rule_code
order by r.position, f.commune_code nulls last, f.record_id nulls last, f.person_id nulls last, f.population_row_id`;

async function writeXlsx(c: DuckDBConnection, path: string): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const sheet = workbook.addWorksheet('Lỗi dữ liệu');
  sheet.columns = FAILURE_COLUMNS.map(([, header]) => ({ header, width: 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let written = 0;
  const result = await c.stream(FAILURES_SQL);
  for await (const rows of result.yieldRows()) {
    for (const row of rows.slice(0, XLSX_MAX_ROWS - written)) {
      sheet.addRow(row.map((v) => plainValue(v) as ExcelJS.CellValue)).commit();
      written++;
    }
    if (written >= XLSX_MAX_ROWS) break;
  }
  sheet.commit();
  await workbook.commit();
  return written;
}

/**
 * Writes the profile outputs into `dir`: `profile.html` (the section as a self-contained page),
 * `profile_failures.csv` and `.xlsx` (every failing row, Vietnamese headers: analysts' files with
 * personal values), `profile_summary.json` (the figures: aggregates only).
 *
 * @example
 * await profile(c);
 * const files = await writeProfileOutputs(c, 'reports/profile', { language: 'vi' });
 */
export async function writeProfileOutputs(c: DuckDBConnection, dir: string, options: { language?: Language } = {}): Promise<ProfileOutputFiles> {
  const language = options.language ?? 'vi';
  mkdirSync(dir, { recursive: true });
  const figures = await profileFigures(c);
  const files = { html: join(dir, 'profile.html'), csv: join(dir, 'profile_failures.csv'), xlsx: join(dir, 'profile_failures.xlsx'), json: join(dir, 'profile_summary.json') };
  const page = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${TEXT.section[language]}</title></head>
<body>
${profileSectionHtml(figures, language)}
</body></html>
`;
  writeFileSync(files.html, page);
  writeFileSync(files.json, JSON.stringify(figures, null, 2) + '\n');
  // COPY takes no parameter for its path: the path is quoted as a literal
  await c.run(`copy (${FAILURES_SQL}) to ${literal(files.csv)} (header, delimiter ',')`);
  const failureRows = figures.rules.reduce((n, r) => n + r.failing_rows, 0);
  const xlsxRows = await writeXlsx(c, files.xlsx);
  return { ...files, xlsxRows, failureRows };
}
