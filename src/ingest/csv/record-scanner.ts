/**
 * Finds where each CSV record starts, in physical lines, with the same quoting rules as DuckDB's
 * reader (RFC 4180, quote `"` doubled inside quoted fields; a quote inside an unquoted field is a
 * plain character). DuckDB returns rows without their line, and a row's line is not its position
 * once a quoted field holds a newline or a blank line is skipped; this scan, run over the bytes
 * while they are hashed, gives every record's first line so rows and rejects can be numbered exactly.
 */

const LF = 10;
const CR = 13;
const QUOTE = 34;

const enum State {
  RecordStart,
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/** What a scan found: physical line starts (byte offsets) and the first line of each record. */
export interface ScanResult {
  /** Number of physical lines (a final line without a newline counts). */
  lines: number;
  /** Byte offset where each physical line starts (index 0 = line 1). */
  lineStarts: Float64Array;
  /** 1-based first physical line of each record, header included, blank lines excluded. */
  recordLines: Int32Array;
  /** Whether the last record ends inside an unterminated quoted field. */
  unterminated: boolean;
}

class GrowingArray<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  result(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/**
 * Incremental record scanner: feed it the file's bytes chunk by chunk, then call `finish`.
 *
 * @example
 * const scanner = new RecordScanner(','.charCodeAt(0));
 * scanner.push(Buffer.from('a,b\n1,"x\ny"\n\n2,z\n'));
 * scanner.finish().recordLines; // Int32Array [1, 2, 5]
 */
export class RecordScanner {
  private state = State.RecordStart;
  private offset = 0;
  private line = 1;
  private lineHasContent = false;
  private recordLine = 0;
  private readonly lineStarts = new GrowingArray(new Float64Array(1 << 16));
  private readonly recordLines = new GrowingArray(new Int32Array(1 << 16));

  constructor(private readonly delimiter: number) {
    this.lineStarts.push(0);
  }

  push(chunk: Uint8Array): void {
    const delimiter = this.delimiter;
    let state = this.state;
    let line = this.line;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const b = chunk[i];
      if (b === LF) {
        // A line ends; the record ends with it unless we are inside quotes.
        if (state !== State.Quoted) {
          if (state !== State.RecordStart) this.recordLines.push(this.recordLine);
          state = State.RecordStart;
        }
        line++;
        this.lineStarts.push(this.offset + i + 1);
        continue;
      }
      switch (state) {
        case State.RecordStart:
          if (b === CR) break; // a blank CRLF line is still blank
          this.recordLine = line;
          state = b === QUOTE ? State.Quoted : b === delimiter ? State.FieldStart : State.Unquoted;
          break;
        case State.FieldStart:
          if (b === CR) break;
          state = b === QUOTE ? State.Quoted : b === delimiter ? State.FieldStart : State.Unquoted;
          break;
        case State.Unquoted:
          if (b === delimiter) state = State.FieldStart;
          break;
        case State.Quoted:
          if (b === QUOTE) state = State.QuoteInQuoted;
          break;
        case State.QuoteInQuoted:
          // "" is an escaped quote; a delimiter closes the field; anything else is an error that
          // DuckDB reports on this record, which then runs to the end of the line like an unquoted one.
          state = b === QUOTE ? State.Quoted : b === delimiter ? State.FieldStart : State.Unquoted;
          break;
      }
    }
    this.state = state;
    this.line = line;
    this.offset += n;
  }

  finish(): ScanResult {
    const unterminated = this.state === State.Quoted;
    if (this.state !== State.RecordStart) this.recordLines.push(this.recordLine);
    this.state = State.RecordStart;
    let lines = this.line;
    // A file ending with a newline has no extra empty line after it.
    if (this.lineStarts.length > 0 && this.lineStarts.data[this.lineStarts.length - 1] === this.offset) lines--;
    return { lines, lineStarts: this.lineStarts.result().subarray(0, Math.max(lines, 0)), recordLines: this.recordLines.result(), unterminated };
  }
}

/**
 * The 1-based physical line holding byte `position` (a position on a line's newline counts as the
 * next line, as DuckDB reports a rejected row's start there after a CRLF).
 *
 * @example
 * lineAt(new Float64Array([0, 4, 9]), 5) // 2
 */
export function lineAt(lineStarts: Float64Array, position: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1 < lineStarts.length && lineStarts[lo + 1] === position + 1 ? lo + 2 : lo + 1;
}
