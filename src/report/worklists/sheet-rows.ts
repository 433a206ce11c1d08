import type { DuckDBConnection } from '@duckdb/node-api';
import { literal } from '../../db/query.js';
import { runSteps, sqlFile } from '../../db/steps.js';
import { VERIFY_FROM, WORKLIST_COLUMNS } from './columns.js';
import { columnName, XLSX_STYLE, type XlsxStyle } from './xlsx.js';

/** SQL for one cell of the row numbered `row_ref` (text), the same markup as xlsx.ts's rowXml. */
function cellSql(column: string, style: XlsxStyle, value: string | null, escape: boolean): string {
  const empty = `'<c r="${column}', row_ref, '" s="${style}"/>'`;
  if (value === null) return empty;
  const text = escape ? `report_xml_text(${value})` : value;
  return `case when ${value} is null or ${value} = '' then concat(${empty}) else concat('<c r="${column}', row_ref, '" s="${style}" t="inlineStr"><is><t xml:space="preserve">', ${text}, '</t></is></c>') end`;
}

/**
 * The SQL expression of a worklist line's row (STT, then WORKLIST_COLUMNS) as one `concat`: DuckDB
 * then copies each row's text once instead of once per `||`. Only code constants (column letters,
 * style numbers, column expressions) are written into it.
 *
 * @example
 * worklistRowSql(); // `concat('<row r="', row_ref, '">', '<c r="A', row_ref, '" s="6"><v>', stt, '</v></c>', case when ...`
 */
export function worklistRowSql(): string {
  const cells = [`'<c r="A', row_ref, '" s="${XLSX_STYLE.data}"><v>', stt, '</v></c>'`];
  WORKLIST_COLUMNS.forEach((column, k) => {
    const i = k + 1;
    const style = i >= VERIFY_FROM ? XLSX_STYLE.dataVerify : XLSX_STYLE.data;
    cells.push(cellSql(columnName(i), style, column.sql, column.escape ?? false));
  });
  return `concat('<row r="', row_ref, '">', ${cells.join(', ')}, '</row>')`;
}

/**
 * Runs step report_worklist_xlsx: every worklist sheet's rows below the header, as SpreadsheetML
 * text, built by DuckDB in parallel. Needs report_worklist and report_labels.
 *
 * @example
 * await buildSheetRows(connection);
 * await exportSheetRows(connection, { commune: '31825', basis: 'registration', path: 'rows.xml' });
 */
export async function buildSheetRows(connection: DuckDBConnection): Promise<void> {
  await connection.run(sqlFile(import.meta.url, '../sql/report_xlsx_macros.sql'));
  const step = sqlFile(import.meta.url, '../sql/report_worklist_xlsx.sql').replace(`'/*row*/'`, worklistRowSql());
  await runSteps(connection, [{ name: 'report_worklist_xlsx', sql: step, params: { group_style: XLSX_STYLE.group } }], undefined, { countRows: false });
}

/** Each sheet's last row number (the header is rows 1 to 5), by commune and basis. */
export async function sheetLastRows(connection: DuckDBConnection): Promise<Map<string, number>> {
  const reader = await connection.runAndReadAll('select worklist_commune, basis, max(r) from report_worklist_xlsx group by all');
  return new Map(reader.getRows().map(([commune, basis, last]) => [`${commune}|${basis}`, Number(last)]));
}

/**
 * Writes one sheet's rows (from report_worklist_xlsx), in order, as raw XML text into `path`: one
 * row element per line (the line breaks between them are XML whitespace). DuckDB's CSV writer with
 * no quoting writes the text as it is.
 *
 * @example
 * await exportSheetRows(connection, { commune: '31825', basis: 'registration', path: 'rows.xml' });
 */
export async function exportSheetRows(
  connection: DuckDBConnection,
  sheet: { commune: string; basis: 'registration' | 'residence'; path: string },
): Promise<void> {
  // COPY takes no parameter for its path: the path is quoted as a literal; the sheet is bound.
  await connection.run(
    `copy (select xml from report_worklist_xlsx where worklist_commune = $commune and basis = $basis order by r)
     to ${literal(sheet.path)} (format csv, header false, quote '', escape '')`,
    { commune: sheet.commune, basis: sheet.basis },
  );
}
