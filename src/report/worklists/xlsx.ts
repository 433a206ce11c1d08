import { writeFile } from 'node:fs/promises';
import { zip } from './zip.js';

/**
 * A small, fast XLSX writer for the worklists: inline strings, a handful of fixed styles, frozen
 * header rows, column widths and an auto-filter. exceljs's streaming writer needs ~5 s per 100.000
 * rows here, too slow for a province's worklists (~800.000 lines in under 20 s); building the sheet
 * XML as text and deflating it with zlib takes well under a second for the same rows.
 */

/** The cell styles a worklist uses (their order is the order of cellXfs in styles.xml). */
export const XLSX_STYLE = { plain: 0, title: 1, bold: 2, header: 3, headerVerify: 4, group: 5, data: 6, dataVerify: 7 } as const;
export type XlsxStyle = (typeof XLSX_STYLE)[keyof typeof XLSX_STYLE];

export interface XlsxRow {
  cells: (string | number | null)[];
  /** Style of every cell of the row; `verifyFrom` (0-based) switches to the verify variant. */
  style: XlsxStyle;
}

export interface XlsxSheet {
  name: string;
  widths: number[];
  rows: XlsxRow[];
  /** Rows kept visible at the top (the header row is the last of them); auto-filter on that row. */
  frozenRows: number;
  /** First 0-based column of the officer's verification columns (shaded). */
  verifyFrom?: number;
  /** Rows already written as XML text (see `rowXml`), placed after `rows`; `lastRow` is the last one's number. */
  body?: Buffer;
  lastRow?: number;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeXml(text: string): string {
  let s = text.replace(INVALID_XML, '');
  if (/[&<>"]/.test(s)) s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return s;
}

/**
 * The spreadsheet name of a 0-based column index.
 *
 * @example
 * columnName(27); // 'AB'
 */
export function columnName(i: number): string {
  let n = i + 1;
  let name = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    name = String.fromCharCode(65 + m) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const STYLES =
  HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="13"/><name val="Calibri"/></font></fonts>' +
  '<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF8E1"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="8">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="4" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function verifyVariant(style: XlsxStyle): XlsxStyle {
  if (style === XLSX_STYLE.header) return XLSX_STYLE.headerVerify;
  if (style === XLSX_STYLE.data) return XLSX_STYLE.dataVerify;
  return style;
}

/**
 * One row as sheet XML: `cells` in columns A, B, ..., styled `style` (`verifyStyle` from column
 * `verifyFrom` on). Numbers are numbers; null and '' are empty (styled) cells.
 *
 * @example
 * rowXml(6, [1, 'R0001'], XLSX_STYLE.data); // '<row r="6"><c r="A6" s="6"><v>1</v></c>...'
 */
export function rowXml(n: number, cells: (string | number | null)[], style: XlsxStyle, verifyFrom = Infinity): string {
  let xml = `<row r="${n}">`;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    const s = i >= verifyFrom ? verifyVariant(style) : style;
    const ref = (COLUMN_NAMES[i] ?? columnName(i)) + n;
    if (typeof v === 'number') xml += `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
    else if (v === null || v === '') xml += s ? `<c r="${ref}" s="${s}"/>` : '';
    else xml += `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  }
  return xml + '</row>';
}

const COLUMN_NAMES = Array.from({ length: 52 }, (_, i) => columnName(i));

function lastRow(sheet: XlsxSheet): number {
  return Math.max(sheet.rows.length, sheet.lastRow ?? 0);
}

function sheetXml(sheet: XlsxSheet): Buffer {
  const width = Math.max(sheet.widths.length, 1);
  const names = Array.from({ length: width }, (_, i) => columnName(i));
  const parts: string[] = [];
  parts.push(`${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`);
  parts.push('<sheetViews><sheetView workbookViewId="0">');
  if (sheet.frozenRows > 0) parts.push(`<pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/>`);
  parts.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>');
  sheet.widths.forEach((w, i) => parts.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
  parts.push('</cols><sheetData>');
  sheet.rows.forEach((row, r) => parts.push(rowXml(r + 1, row.cells, row.style, sheet.verifyFrom)));
  const head = parts.join('');
  parts.length = 0;
  parts.push('</sheetData>');
  const last = lastRow(sheet);
  if (sheet.frozenRows > 0 && last > sheet.frozenRows) parts.push(`<autoFilter ref="A${sheet.frozenRows}:${names[width - 1]}${last}"/>`);
  parts.push('<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>');
  return sheet.body ? Buffer.concat([Buffer.from(head), sheet.body, Buffer.from(parts.join(''))]) : Buffer.from(head + parts.join(''));
}

/** The hidden names Excel expects beside each sheet's auto-filter (none: no element at all). */
function definedNames(sheets: XlsxSheet[]): string {
  const names = sheets
    .map((s, i) => {
      if (!(s.frozenRows > 0 && lastRow(s) > s.frozenRows)) return '';
      const last = columnName(Math.max(s.widths.length, 1) - 1);
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(s.name.slice(0, 31))}'!$A$${s.frozenRows}:$${last}$${lastRow(s)}</definedName>`;
    })
    .join('');
  return names ? `<definedNames>${names}</definedNames>` : '';
}

/**
 * Writes an XLSX file with one or more sheets.
 *
 * @example
 * await writeXlsx('a.xlsx', [{ name: 'Danh sách', widths: [10, 20], frozenRows: 1, rows: [{ cells: ['Mã', 'Tên'], style: XLSX_STYLE.header }] }]);
 */
export async function writeXlsx(path: string, sheets: XlsxSheet[]): Promise<void> {
  const workbook =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    sheets.map((s, i) => `<sheet name="${escapeXml(s.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets>' +
    definedNames(sheets) +
    '</workbook>';
  const rels =
    `${HEAD}<Relationships xmlns="${PKG}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '</Types>';
  const rootRels = `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rootRels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels) },
    { name: 'xl/styles.xml', data: Buffer.from(STYLES) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) })),
  ];
  await writeFile(path, await zip(entries));
}
