import type { DuckDBConnection } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { UserError } from '../errors.js';
import { sha256File } from './hash.js';
import type { ColumnPlan } from './columns.js';
import type { QuarantinedRecord, RecoveredRow } from './csv/recover.js';
import type { InputFile } from './inputs.js';
import { appendLoadQuarantine, appendRawRows, createRawTable, rawTableName } from './raw.js';

// XLSX is read in JS with exceljs's streaming reader (DuckDB's excel extension needs a download).
// Only the first worksheet is read; its first non-empty row is the header; a row's line is its Excel
// row number, so a quarantined row can be found in the sheet as the user sees it.

/** Header of the first worksheet and the Excel row it is on. */
export interface XlsxProbe {
  headers: string[];
  headerRow: number;
}

type Cell = ExcelJS.CellValue;

/**
 * Reads the header row of the first worksheet.
 *
 * @example
 * await probeXlsx('registry.xlsx') // { headers: ['record_id', ...], headerRow: 1 }
 */
export async function probeXlsx(path: string): Promise<XlsxProbe> {
  for await (const { line, values } of sheetRows(path)) {
    return { headers: values.map((v) => v ?? ''), headerRow: line };
  }
  throw new UserError(`${path}: the first worksheet is empty`);
}

/**
 * Loads the data rows of the first worksheet into the file's raw table. A row with a value under no
 * header is quarantined (it does not fit the columns).
 *
 * @example
 * await loadXlsx(c, file, probe, plan) // { sha256, rowsIn: 3, rowsRaw: 3, quarantined: 0 }
 */
export async function loadXlsx(c: DuckDBConnection, file: InputFile, probe: XlsxProbe, plan: ColumnPlan) {
  const table = rawTableName(file);
  await createRawTable(c, table, plan.columns.filter((col): col is string => col !== null));
  const hashing = sha256File(file.path);
  const width = plan.columns.length;
  let batch: RecoveredRow[] = [];
  const quarantined: QuarantinedRecord[] = [];
  let rowsRaw = 0;
  for await (const { line, values } of sheetRows(file.path)) {
    if (line <= probe.headerRow) continue;
    if (values.length > width && values.slice(width).some((v) => v !== null)) {
      const extra = values.findIndex((v, i) => i >= width && v !== null) + 1;
      quarantined.push({ line, reasonCode: 'malformed_row', reason: `line ${line}: a value in column ${extra}, which has no header`, rawLine: values.map((v) => v ?? '').join('\t') });
      continue;
    }
    batch.push({ line, fields: values });
    if (batch.length >= 10_000) {
      await appendRawRows(c, table, plan.columns, batch);
      rowsRaw += batch.length;
      batch = [];
    }
  }
  await appendRawRows(c, table, plan.columns, batch);
  rowsRaw += batch.length;
  await appendLoadQuarantine(c, file.no, quarantined);
  const rowsIn = rowsRaw + quarantined.length;
  if (rowsIn === 0) throw new UserError(`${file.path}: header only, no data rows`);
  return { sha256: await hashing, rowsIn, rowsRaw, quarantined: quarantined.length };
}

/** Non-empty rows of the first worksheet as text cells (index 0 = column A). */
async function* sheetRows(path: string): AsyncGenerator<{ line: number; values: (string | null)[] }> {
  let reader: ExcelJS.stream.xlsx.WorkbookReader;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  } catch {
    throw new UserError(`${path}: cannot read the file as XLSX`);
  }
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets++;
      for await (const row of worksheet) {
        const raw = (row.values as Cell[]).slice(1);
        const values = raw.map(cellText);
        if (values.every((v) => v === null)) continue;
        yield { line: row.number, values };
      }
      break;
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: cannot read the file as XLSX (${(err as Error).message.split('\n')[0]})`);
  }
  if (sheets === 0) throw new UserError(`${path}: the workbook has no worksheet`);
}

/**
 * A cell as the text a user would read: dates as dd/mm/yyyy, numbers without exponent, rich text
 * joined, formulas by their result; null when empty.
 *
 * @example
 * cellText(new Date(Date.UTC(2019, 2, 5))) // '05/03/2019'
 */
export function cellText(value: Cell | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    const d = value;
    if (Number.isNaN(d.getTime())) return null;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return cellText((v.richText as { text: string }[]).map((r) => r.text).join(''));
  if ('result' in v) return cellText(v.result as Cell);
  if ('text' in v) return cellText(v.text as Cell);
  if ('error' in v) return null;
  return String(value);
}
