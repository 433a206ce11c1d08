import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/ingest/csv/line-index.js';
import { scannedModel, singleLineModel } from '../../src/ingest/csv/line-model.js';
import { lineAt, RecordScanner } from '../../src/ingest/csv/record-scanner.js';
import { detectDelimiter, readCsvHeader } from '../../src/ingest/csv/dialect.js';
import { describeRecord, readRecord, resolveRejectedSpan } from '../../src/ingest/csv/recover.js';

/** Splits bytes into chunks at the given cut points, as a stream would deliver them. */
function chunks(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

// A field: plain text, or quoted text that may hold the delimiter, quotes and line breaks.
const plain = fc.stringMatching(/^[a-zA-Zạễ0-9 ]{0,6}$/);
// (no lone CR inside quotes: the oracle, csv-parse, counts it as a line break; files break lines on LF)
const quoted = fc.stringMatching(/^[a-z,;"\n ]{0,6}$/).map((s) => `"${s.replace(/"/g, '""')}"`);
const record = fc.array(fc.oneof(plain, quoted), { minLength: 1, maxLength: 4 }).map((fields) => fields.join(','));
const file = fc.tuple(fc.array(fc.oneof(record, fc.constant('')), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean());

describe('CSV line bookkeeping', () => {
  it('finds the first line of every record as a CSV parser does, whatever the chunking', () => {
    fc.assert(
      fc.property(file, fc.array(fc.nat(), { maxLength: 5 }), ([records, newline, finalNewline], cuts) => {
        const text = records.join(newline) + (finalNewline ? newline : '');
        const expected: number[] = [];
        // csv-parse reports the line each record ends on; a record starts right after the previous end (blank lines skipped)
        const parsed = parse(text, { info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as { info: { lines: number } }[];
        const lines = text.split('\n');
        let next = 1;
        for (const r of parsed) {
          while (next <= lines.length && lines[next - 1].replace(/\r$/, '') === '') next++;
          expected.push(next);
          next = r.info.lines + 1;
        }
        const scanner = new RecordScanner(44);
        for (const c of chunks(Buffer.from(text), cuts)) scanner.push(c);
        expect([...scanner.finish().recordLines]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('indexes line starts and blank lines the same in any chunking', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b,c', '', '\r', 'ễ'), { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 6 }), (lines, newline, cuts) => {
        const text = lines.join(newline);
        const bytes = Buffer.from(text);
        const index = new LineIndex();
        for (const c of chunks(bytes, cuts)) index.push(c);
        const result = index.finish();
        const physical = text === '' ? [] : text.split('\n');
        if (text.endsWith('\n')) physical.pop(); // a final line break ends the last line, it starts none
        expect(result.lines).toBe(physical.length);
        let offset = 0;
        const starts: number[] = [];
        const blanks: number[] = [];
        physical.forEach((line, i) => {
          starts.push(offset);
          if (line === '' || line === '\r') blanks.push(i + 1);
          offset += Buffer.byteLength(line) + 1;
        });
        expect([...result.lineStarts]).toEqual(starts);
        expect(result.blankLines).toEqual(blanks);
        expect(result.bytes).toBe(bytes.length);
      }),
      { numRuns: 300 },
    );
  });

  it('maps a byte position to its line, a position on a newline to the next line', () => {
    const starts = new Float64Array([0, 4, 9]);
    expect([0, 2, 4, 7, 9, 20].map((p) => lineAt(starts, p))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(lineAt(starts, 3)).toBe(2); // byte 3 is the newline of line 1
    expect(lineAt(starts, 8)).toBe(3);
  });

  it('numbers accepted rows around blank and rejected lines', () => {
    // 1 header, 2 row, 3 blank, 4 rejected, 5 row, 6 row
    expect(singleLineModel(6, [3], [4], 3)).toEqual({ runs: [{ firstRow: 0, offset: 2 }, { firstRow: 1, offset: 4 }], rejected: [{ line: 4, lastLine: 4 }], records: 4 });
    expect(singleLineModel(6, [3], [4], 2)).toBeUndefined(); // does not add up: refuse rather than guess
  });

  it('numbers rows of records that span lines', () => {
    // 1 header, 2-3 one record, 4 rejected record over 4-5, 6 blank, 7 row
    const model = scannedModel(new Int32Array([1, 2, 4, 7]), 7, [6], [5], 2);
    expect(model).toEqual({ runs: [{ firstRow: 0, offset: 2 }, { firstRow: 1, offset: 6 }], rejected: [{ line: 4, lastLine: 5 }], records: 3 });
  });
});

describe('CSV dialect and rejected records', () => {
  it('detects the delimiter outside quotes', () => {
    expect(detectDelimiter('"Họ, tên";"Ngày, sinh";x')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a|b|"c|d"|e')).toBe('|');
    expect(detectDelimiter('single')).toBe(',');
    expect(readCsvHeader('\ufeff"Họ, chữ đệm và tên";Ngày sinh\r\nx;y')).toEqual({ delimiter: ';', headers: ['Họ, chữ đệm và tên', 'Ngày sinh'] });
  });

  it('says what is wrong with a record without quoting it', () => {
    expect(describeRecord('a,b', 57, ',', 3, 'MISSING COLUMNS')).toEqual({ line: 57, reasonCode: 'malformed_row', reason: 'line 57: 2 fields, expected 3', rawLine: 'a,b' });
    expect(describeRecord('a,"b', 8, ',', 2, 'UNQUOTED VALUE').reason).toBe('line 8: quoted field not closed');
    expect(describeRecord('a,"Nguyễn "Văn" An",c', 9, ',', 3, 'UNQUOTED VALUE').reason).toBe('line 9: characters after a closing quote');
    expect(describeRecord('a,b', 9, ',', 2, 'INVALID UNICODE').reasonCode).toBe('invalid_encoding');
    expect(readRecord('a,"b, c"', 12, ',', 2)).toEqual({ line: 12, fields: ['a', 'b, c'] });
  });

  it('reads again the lines a stray quote swallowed', () => {
    const outcome = resolveRejectedSpan(['5,"broken,q', '6,ok,ok', '7,few', '8,"a""b",c', '9,"multi', 'line",z'], 8, ',', 3, 'UNQUOTED VALUE');
    expect(outcome.rows).toEqual([
      { line: 9, fields: ['6', 'ok', 'ok'] },
      { line: 11, fields: ['8', 'a"b', 'c'] },
      { line: 12, fields: ['9', 'multi\nline', 'z'] },
    ]);
    expect(outcome.quarantined.map((q) => q.reason)).toEqual(['line 8: quoted field not closed', 'line 10: 2 fields, expected 3']);
  });
});
