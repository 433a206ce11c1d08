import type { DuckDBConnection } from '@duckdb/node-api';
import { literal, queryRows } from '../../db/query.js';
import { runSteps, sqlFile } from '../../db/steps.js';
import { VERIFY_FROM, WORKLIST_COLUMNS } from './columns.js';
import { columnName, XLSX_STYLE, type XlsxStyle } from './xlsx.js';

/** SQL pieces (for `concat`) of one cell of the row numbered `row_ref`: xlsx.ts's rowXml markup. */
function cellSql(column: string, style: XlsxStyle, value: string | null, escape: boolean): string {
  const empty = `'<c r="${column}', row_ref, '" s="${style}"/>'`;
  if (value === null) return empty;
  const text = escape ? `report_xml_text(${value})` : value;
  return `case when ${value} is null or ${value} = '' then concat(${empty}) else concat('<c r="${column}', row_ref, '" s="${style}" t="inlineStr"><is><t xml:space="preserve">', ${text}, '</t></is></c>') end`;
}

/**
 * The query giving every worklist sheet row of report_worklist_sheet as SpreadsheetML text (column
 * `xml`), in the table's order: a line's cells (STT, then WORKLIST_COLUMNS), after its group's row
 * when it is the group's first line, as one `concat`, so DuckDB copies each row's text once rather
 * than once per `||`. Only code constants (column letters, style numbers, column expressions) are
 * written into it.
 *
 * @example
 * await connection.run(`copy (${worklistRowsSql()}) to 'rows.xml' (format csv, header false, quote '', escape '')`);
 */
export function worklistRowsSql(): string {
  const cells = [`'<c r="A', row_ref, '" s="${XLSX_STYLE.data}"><v>', stt, '</v></c>'`];
  WORKLIST_COLUMNS.forEach((column, k) => {
    const i = k + 1;
    const style = i >= VERIFY_FROM ? XLSX_STYLE.dataVerify : XLSX_STYLE.data;
    cells.push(cellSql(columnName(i), style, column.sql, column.escape ?? false));
  });
  // a group's first line brings the group's row (r - 1) before its own
  const group = `case when group_label_xml is not null then concat('<row r="', r - 1, '"><c r="A', r - 1, '" s="${XLSX_STYLE.group}" t="inlineStr"><is><t xml:space="preserve">', group_label_xml, '</t></is></c></row>\n') else '' end`;
  return `select concat(${group}, '<row r="', row_ref, '">', ${cells.join(', ')}, '</row>') as xml
from (select *, r::varchar as row_ref from report_worklist_sheet)`;
}

/** A worklist sheet: its commune, basis and last row number (the header is rows 1 to 5). */
export interface SheetExtent {
  commune: string;
  basis: 'registration' | 'residence';
  lastRow: number;
}

/**
 * Runs step report_worklist_sheet (every worklist sheet's rows below the header, labelled, in sheet
 * order) and returns the sheets in that order. Needs report_worklist and report_labels.
 *
 * @example
 * const sheets = await buildSheetRows(connection); // [{ commune: '31813', basis: 'registration', lastRow: 2104 }, ...]
 */
export async function buildSheetRows(connection: DuckDBConnection): Promise<SheetExtent[]> {
  await connection.run(sqlFile(import.meta.url, '../sql/report_xlsx_macros.sql'));
  await runSteps(connection, [{ name: 'report_worklist_sheet', sql: sqlFile(import.meta.url, '../sql/report_worklist_sheet.sql') }], undefined, {
    countRows: false,
  });
  const rows = await queryRows<{ commune: string; basis: SheetExtent['basis']; last_row: number }>(
    connection,
    'select worklist_commune as commune, basis, max(r) as last_row from report_worklist_sheet group by all order by commune, basis',
  );
  return rows.map((r) => ({ commune: r.commune, basis: r.basis, lastRow: r.last_row }));
}

/**
 * Writes every sheet's rows, sheet after sheet in buildSheetRows' order, as raw XML text into one
 * file: one row element a line (line breaks between elements are XML whitespace). DuckDB's CSV
 * writer with no quoting writes the text as it is, on all threads, in table order (call it inside
 * withInsertionOrder).
 *
 * @example
 * await exportSheetRows(connection, 'rows.xml');
 * for await (const body of sheetBodies('rows.xml')) ...
 */
export async function exportSheetRows(connection: DuckDBConnection, path: string): Promise<void> {
  // COPY takes no parameter for its path: the path is quoted as a literal.
  await connection.run(`copy (${worklistRowsSql()}) to ${literal(path)} (format csv, header false, quote '', escape '')`);
}
