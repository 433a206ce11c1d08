import { openSync, readSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, queryRows, queryValue } from '../../db/query.js';
import { UserError } from '../../errors.js';
import type { TextEncoding } from '../../vn/encoding/index.js';
import type { ColumnPlan } from '../columns.js';
import type { InputFile } from '../inputs.js';
import { appendLineRuns, appendLoadQuarantine, appendRawRows, createRawTable, rawTableName } from '../raw.js';
import { hashAndIndex, scanRecordLines, transcodeHashAndIndex, type BytePass } from './byte-passes.js';
import { chooseEncoding, decodeHead, isUtf8 } from './encoding.js';
import { readCsvHeader } from './dialect.js';
import { scannedModel, singleLineModel } from './line-model.js';
import { lineAt } from './record-scanner.js';
import { readRecord, resolveRejectedSpan, type QuarantinedRecord, type RecoveredRow } from './recover.js';

/** What the first bytes of a CSV file say: its encoding, delimiter and header. */
export interface CsvProbe {
  encoding: TextEncoding;
  delimiter: string;
  headers: string[];
}

/**
 * Reads the encoding, delimiter and header of a CSV file from its first bytes.
 *
 * @example
 * probeCsv(file, sniffFile(file.path).head) // { encoding: 'utf8-bom', delimiter: ';', headers: [...] }
 */
export function probeCsv(file: InputFile, head: Buffer): CsvProbe {
  const { encoding } = chooseEncoding(file.path, head, file.encoding);
  const text = decodeHead(head, encoding);
  // Lines are counted on LF; a file broken by CR alone (old Mac exports) would read as one line.
  if (text.includes('\r') && !text.includes('\n')) throw new UserError(`${file.path}: lines end with CR only (old Mac format); save it with Windows or Unix line ends`);
  const header = readCsvHeader(text);
  if (!header) throw new UserError(`${file.path}: the file is empty`);
  return { encoding, ...header };
}

export interface CsvLoadResult {
  sha256: string;
  /** Data records in the file: rows in the raw table + records quarantined while reading. */
  rowsIn: number;
  rowsRaw: number;
  quarantined: number;
}

/**
 * Loads a CSV file into its raw table (`ingest_raw_<kind>_<n>`, temp, all VARCHAR) with DuckDB's
 * reader (explicit columns, store_rejects), while a JS pass hashes the bytes and indexes the lines.
 * Non-UTF-8 files are first transcoded to a UTF-8 copy in `workDir`. Each accepted row gets its exact
 * physical line through the line model; each rejected record is quarantined with its line and a
 * reason, or, when a stray quote swallowed the lines after it, those lines are read again.
 *
 * @example
 * const result = await loadCsv(c, file, probe, plan, '/tmp/doichieu-ingest-x');
 * // { sha256: '9b36...', rowsIn: 1179085, rowsRaw: 1179080, quarantined: 5 }
 */
export async function loadCsv(
  c: DuckDBConnection,
  file: InputFile,
  probe: CsvProbe,
  plan: ColumnPlan,
  workDir: string,
  onBytes?: (bytes: number) => void,
): Promise<CsvLoadResult> {
  const table = rawTableName(file);
  let readPath = file.path;
  let pass: Promise<BytePass>;
  if (isUtf8(probe.encoding)) {
    pass = hashAndIndex(file.path, onBytes);
  } else {
    readPath = join(workDir, `${file.no}.utf8.csv`);
    pass = Promise.resolve(await transcodeHashAndIndex(file.path, probe.encoding, readPath, onBytes));
  }
  await c.run('drop table if exists temp.ingest_rejects; drop table if exists temp.ingest_reject_scans');
  const [bytes] = await Promise.all([pass, c.run(readCsvSql(table, plan.columns), { path: readPath, delim: probe.delimiter })]);
  const { index } = bytes;

  const accepted = Number(await queryValue(c, `select count(*) from ${ident(table)}`));
  const rejects = await rejectedLines(c, index.lineStarts);
  let model = singleLineModel(index.lines, index.blankLines, [...rejects.keys()], accepted);
  if (!model) model = scannedModel(await scanRecordLines(readPath, probe.delimiter), index.lines, index.blankLines, [...rejects.keys()], accepted);
  if (!model) return loadRecordByRecord(c, file, probe, plan, readPath, bytes);

  await appendLineRuns(c, file.no, model.runs);
  const recovered: RecoveredRow[] = [];
  const quarantined: QuarantinedRecord[] = [];
  for (const span of model.rejected) {
    const lines = readLines(readPath, index.lineStarts, index.bytes, span.line, span.lastLine);
    const outcome = resolveRejectedSpan(lines, span.line, probe.delimiter, plan.columns.length, rejects.get(span.line) ?? '');
    recovered.push(...outcome.rows);
    quarantined.push(...outcome.quarantined);
  }
  await appendRawRows(c, table, plan.columns, recovered);
  await appendLoadQuarantine(c, file.no, quarantined);
  const rowsIn = accepted + recovered.length + quarantined.length;
  if (rowsIn === 0) throw new UserError(`${file.path}: header only, no data rows`);
  return { sha256: bytes.sha256, rowsIn, rowsRaw: accepted + recovered.length, quarantined: quarantined.length };
}

/**
 * The read_csv step of one file: explicit all-VARCHAR columns by position (so a bad row can never
 * change the dialect), rejects stored, columns kept under their canonical names.
 */
export function readCsvSql(table: string, columns: (string | null)[]): string {
  const struct = columns.map((_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ');
  const projection = ['cast(null as bigint) as line_no', ...columns.flatMap((col, i) => (col ? [`c${i + 1} as ${ident(col)}`] : []))].join(', ');
  return `create or replace temp table ${ident(table)} as
select ${projection}
from read_csv($path, columns = {${struct}}, header = true, delim = $delim, quote = '"', escape = '"',
  auto_detect = false, strict_mode = true, null_padding = false, comment = '', encoding = 'utf-8',
  store_rejects = true, rejects_table = 'ingest_rejects', rejects_scan = 'ingest_reject_scans')`;
}

/** Physical first line of each record DuckDB rejected, with the first error type seen on it. */
async function rejectedLines(c: DuckDBConnection, lineStarts: Float64Array): Promise<Map<number, string>> {
  const rows = await queryRows<{ position: number; error_type: string }>(
    c,
    'select line_byte_position as position, error_type from temp.ingest_rejects order by line_byte_position, byte_position',
  );
  const byLine = new Map<number, string>();
  for (const r of rows) {
    const line = lineAt(lineStarts, Number(r.position));
    if (!byLine.has(line)) byLine.set(line, r.error_type);
  }
  return byLine;
}

/** The text of physical lines first..last (1-based), without their line breaks. */
function readLines(path: string, lineStarts: Float64Array, bytes: number, first: number, last: number): string[] {
  const start = lineStarts[first - 1];
  const end = last < lineStarts.length ? lineStarts[last] : bytes;
  const buffer = Buffer.alloc(end - start);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, start);
  } finally {
    closeSync(fd);
  }
  let text = buffer.toString('utf8');
  if (first === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  return lines.slice(0, last - first + 1);
}

/**
 * The exact slow path, for a file where DuckDB's rows and the scanned records do not line up one to
 * one (never seen in tests; kept so that no row can ever be lost or misnumbered): every record is
 * parsed in JS and appended with its line.
 */
async function loadRecordByRecord(
  c: DuckDBConnection,
  file: InputFile,
  probe: CsvProbe,
  plan: ColumnPlan,
  readPath: string,
  bytes: BytePass,
): Promise<CsvLoadResult> {
  const table = rawTableName(file);
  await createRawTable(c, table, plan.columns.filter((col): col is string => col !== null));
  const recordLines = await scanRecordLines(readPath, probe.delimiter);
  const { lineStarts, lines } = bytes.index;
  const content = readFileSync(readPath);
  const rows: RecoveredRow[] = [];
  const quarantined: QuarantinedRecord[] = [];
  for (let k = 1; k < recordLines.length; k++) {
    const first = recordLines[k];
    const last = k + 1 < recordLines.length ? recordLines[k + 1] - 1 : lines;
    const end = last < lineStarts.length ? lineStarts[last] : content.length;
    const text = content.subarray(lineStarts[first - 1], end).toString('utf8').replace(/(\r?\n)+$/, '');
    const record = readRecord(text, first, probe.delimiter, plan.columns.length);
    if ('fields' in record) rows.push(record);
    else quarantined.push(record);
  }
  await appendRawRows(c, table, plan.columns, rows);
  await appendLoadQuarantine(c, file.no, quarantined);
  const rowsIn = rows.length + quarantined.length;
  if (rowsIn === 0) throw new UserError(`${file.path}: header only, no data rows`);
  return { sha256: bytes.sha256, rowsIn, rowsRaw: rows.length, quarantined: quarantined.length };
}
