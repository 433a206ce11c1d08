/**
 * Gives every row DuckDB accepted its physical line, and every row it rejected its span of lines.
 *
 * DuckDB reads in file order (insertion order is preserved), so the n-th accepted row is the n-th
 * record of the file that was not rejected. What a "record" is depends on the file:
 *  - usually one line each: records are the non-blank lines after the header (`singleLineModel`,
 *    needs only the line index computed while hashing);
 *  - with quoted fields holding newlines, records come from the quote-aware `RecordScanner`
 *    (`scannedModel`, one more pass over the bytes, only when the first model does not add up).
 * A model is accepted only if accepted + rejected rows equals its record count exactly; the rows
 * then map one to one and in order, so line numbers are exact. The result is compact: runs of rows
 * whose line is `row + offset`, joined back in SQL with an ASOF join.
 */

export interface LineRun {
  /** 0-based position of the first accepted row of the run (the raw table's rowid). */
  firstRow: number;
  /** line = row + offset for every row of the run. */
  offset: number;
}

export interface RejectedSpan {
  /** First and last physical line of the rejected record. */
  line: number;
  lastLine: number;
}

export interface LineModel {
  runs: LineRun[];
  rejected: RejectedSpan[];
  /** Data records in the file (header excluded): accepted + rejected. */
  records: number;
}

/**
 * Model where every non-blank line after the header is one record.
 *
 * @example
 * // lines: 1 header, 2 row, 3 blank, 4 rejected, 5 row
 * singleLineModel(5, [3], [4], 2) // { runs: [{firstRow: 0, offset: 2}, {firstRow: 1, offset: 4}], rejected: [{line: 4, lastLine: 4}], records: 3 }
 */
export function singleLineModel(lines: number, blankLines: readonly number[], rejectLines: readonly number[], accepted: number): LineModel | undefined {
  const blank = new Set(blankLines);
  const rejected = new Set(rejectLines);
  for (const line of rejected) if (line < 2 || line > lines || blank.has(line)) return undefined;
  const records = lines - 1 - blankLines.filter((l) => l >= 2).length;
  if (accepted + rejected.size !== records) return undefined;
  const runs: LineRun[] = [];
  let row = 0;
  for (let line = 2; line <= lines; line++) {
    if (blank.has(line) || rejected.has(line)) continue;
    const offset = line - row;
    if (runs.length === 0 || runs[runs.length - 1].offset !== offset) runs.push({ firstRow: row, offset });
    row++;
  }
  return { runs, rejected: [...rejected].sort((a, b) => a - b).map((line) => ({ line, lastLine: line })), records };
}

/**
 * Model where records start at `recordLines` (from the RecordScanner; index 0 is the header).
 *
 * @example
 * // header on 1, a record on lines 2-3 (quoted newline), one on 4 that was rejected, one on 5
 * scannedModel(new Int32Array([1, 2, 4, 5]), 5, [], [4], 2)
 * // { runs: [{firstRow: 0, offset: 2}, {firstRow: 1, offset: 4}], rejected: [{line: 4, lastLine: 4}], records: 3 }
 */
export function scannedModel(
  recordLines: Int32Array,
  lines: number,
  blankLines: readonly number[],
  rejectLines: readonly number[],
  accepted: number,
): LineModel | undefined {
  const records = recordLines.length - 1;
  const rejectedRecords = new Set<number>();
  for (const line of rejectLines) {
    const k = recordContaining(recordLines, line);
    if (k < 1) return undefined;
    rejectedRecords.add(k);
  }
  if (accepted + rejectedRecords.size !== records) return undefined;
  const blank = new Set(blankLines);
  const runs: LineRun[] = [];
  const rejected: RejectedSpan[] = [];
  let row = 0;
  for (let k = 1; k <= records; k++) {
    const line = recordLines[k];
    if (rejectedRecords.has(k)) {
      let lastLine = k < records ? recordLines[k + 1] - 1 : lines;
      while (lastLine > line && blank.has(lastLine)) lastLine--;
      rejected.push({ line, lastLine });
      continue;
    }
    const offset = line - row;
    if (runs.length === 0 || runs[runs.length - 1].offset !== offset) runs.push({ firstRow: row, offset });
    row++;
  }
  return { runs, rejected, records };
}

/** Index k of the record whose first line is the last one <= line. */
function recordContaining(recordLines: Int32Array, line: number): number {
  let lo = 0;
  let hi = recordLines.length - 1;
  if (hi < 0 || recordLines[0] > line) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (recordLines[mid] <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
