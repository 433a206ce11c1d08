import { parse } from 'csv-parse/sync';

/** A row of a rejected span that turned out to be readable after all. */
export interface RecoveredRow {
  line: number;
  fields: (string | null)[];
}

/** A quarantined record: where, why (no personal data), and its raw text. */
export interface QuarantinedRecord {
  line: number;
  reasonCode: 'malformed_row' | 'invalid_encoding';
  reason: string;
  rawLine: string;
}

export interface SpanOutcome {
  rows: RecoveredRow[];
  quarantined: QuarantinedRecord[];
}

const QUOTE_ERRORS = new Set(['UNQUOTED VALUE']);

/**
 * Decides what to do with a record DuckDB rejected, given the text of its physical lines.
 *
 * A record rejected for a broken quote may have swallowed the lines after it (DuckDB reads on until
 * a quote closes). Its first line is quarantined, and the following lines are read again one record
 * at a time, so the rows hidden behind a stray quote are still loaded (or quarantined on their own
 * line). Any other rejected record is quarantined whole, with a reason saying what is wrong.
 *
 * @example
 * resolveRejectedSpan(['5,"broken', '6,ok,ok'], 8, ',', 3, 'UNQUOTED VALUE')
 * // { rows: [{ line: 9, fields: ['6', 'ok', 'ok'] }],
 * //   quarantined: [{ line: 8, reasonCode: 'malformed_row', reason: 'line 8: quoted field not closed', rawLine: '5,"broken' }] }
 */
export function resolveRejectedSpan(lines: string[], firstLine: number, delimiter: string, expected: number, errorType: string): SpanOutcome {
  if (lines.length === 1 || !QUOTE_ERRORS.has(errorType)) {
    return { rows: [], quarantined: [describeRecord(lines.join('\n'), firstLine, delimiter, expected, errorType)] };
  }
  const outcome: SpanOutcome = { rows: [], quarantined: [describeRecord(lines[0], firstLine, delimiter, expected, errorType)] };
  let i = 1;
  while (i < lines.length) {
    const line = firstLine + i;
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const single = tryParse(lines[i], delimiter, true);
    if (single && single.length === expected) {
      outcome.rows.push({ line, fields: single });
      i++;
      continue;
    }
    // A quoted field may legitimately run over several lines: take the shortest run that reads cleanly.
    let joined = lines[i];
    let taken = 0;
    for (let j = i + 1; j < lines.length && taken === 0; j++) {
      joined += '\n' + lines[j];
      const record = tryParse(joined, delimiter, false);
      if (record && record.length === expected) {
        outcome.rows.push({ line, fields: record });
        taken = j - i + 1;
      }
    }
    if (taken > 0) {
      i += taken;
      continue;
    }
    outcome.quarantined.push(describeRecord(lines[i], line, delimiter, expected, errorType));
    i++;
  }
  return outcome;
}

/**
 * Why a record cannot be loaded, in one sentence without its content.
 *
 * @example
 * describeRecord('a,b', 57, ',', 3, 'MISSING COLUMNS').reason // 'line 57: 2 fields, expected 3'
 */
export function describeRecord(text: string, line: number, delimiter: string, expected: number, errorType: string): QuarantinedRecord {
  const quarantined = (reason: string, reasonCode: QuarantinedRecord['reasonCode'] = 'malformed_row'): QuarantinedRecord => ({
    line,
    reasonCode,
    reason: `line ${line}: ${reason}`,
    rawLine: text,
  });
  if (errorType === 'INVALID UNICODE' || errorType === 'INVALID ENCODING') return quarantined('bytes that are not valid UTF-8 (give the right --encoding)', 'invalid_encoding');
  if (errorType === 'LINE SIZE OVER MAXIMUM') return quarantined('record longer than the reader accepts (a quote left open?)');
  try {
    const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
    const fields = records.length === 1 ? records[0].length : undefined;
    if (fields !== undefined && fields !== expected) return quarantined(`${fields} ${fields === 1 ? 'field' : 'fields'}, expected ${expected}`);
    if (records.length > 1) return quarantined(`${records.length} records run together (a quote left open?)`);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'CSV_QUOTE_NOT_CLOSED') return quarantined('quoted field not closed');
    if (code === 'CSV_INVALID_CLOSING_QUOTE') return quarantined('characters after a closing quote');
    return quarantined('unreadable CSV record');
  }
  if (QUOTE_ERRORS.has(errorType)) return quarantined('characters after a closing quote');
  return quarantined(`rejected by the CSV reader (${errorType.toLowerCase()})`);
}

function tryParse(text: string, delimiter: string, relaxQuotes: boolean): string[] | undefined {
  try {
    const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: relaxQuotes }) as string[][];
    return records.length === 1 ? records[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads one record's text into its fields when it has exactly `expected` of them; otherwise says why
 * it cannot be loaded.
 *
 * @example
 * readRecord('a,"b, c"', 12, ',', 2) // { line: 12, fields: ['a', 'b, c'] }
 */
export function readRecord(text: string, line: number, delimiter: string, expected: number): RecoveredRow | QuarantinedRecord {
  const fields = tryParse(text, delimiter, true);
  if (fields && fields.length === expected) return { line, fields };
  return describeRecord(text, line, delimiter, expected, '');
}
