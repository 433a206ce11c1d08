import { closeSync, openSync, writeSync } from 'node:fs';
import { encodeText } from '../vn/index.js';

/** Output encodings of the generator. */
export type OutputEncoding = 'utf8' | 'utf8-bom' | 'cp1258' | 'tcvn3' | 'vni';
export const OUTPUT_ENCODINGS: readonly OutputEncoding[] = ['utf8', 'utf8-bom', 'cp1258', 'tcvn3', 'vni'];

// Small enough that buffered lines die young (cheap for the garbage collector), big enough for fast writes.
const CHUNK = 256 * 1024;

/** Columns a kind of row can fill, with the runs of delimiters between them. */
export interface SparseLayout {
  used: number[];
  before: string[];
  after: string;
}

/**
 * The sparse layout of rows of `columns` fields of which only `used` (ascending) can be filled.
 *
 * @example
 * sparseLayout(5, [0, 3], ','); // { used: [0, 3], before: ['', ',,,'], after: ',' }
 */
export function sparseLayout(columns: number, used: number[], delimiter: string): SparseLayout {
  const before = used.map((i, k) => delimiter.repeat(k === 0 ? i : i - used[k - 1]));
  return { used, before, after: delimiter.repeat(columns - 1 - used[used.length - 1]) };
}

/**
 * A CSV file written line by line through a 256 KB buffer, in UTF-8 or a legacy Vietnamese encoding.
 * Counts physical lines so malformed rows can be reported by line number (header = line 1).
 *
 * @example
 * const f = new CsvFile('out/registry.csv', 'utf8', ',');
 * f.row(['record_id', 'event_type']);
 * f.close();
 */
export class CsvFile {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  /** Lines written so far. */
  lines = 0;
  private readonly needsQuote: RegExp;

  constructor(readonly path: string, readonly encoding: OutputEncoding, readonly delimiter: string) {
    this.fd = openSync(path, 'w');
    if (encoding === 'utf8-bom') writeSync(this.fd, Buffer.from([0xef, 0xbb, 0xbf]));
    this.needsQuote = new RegExp(`["\\r\\n${delimiter === '\t' ? '\\t' : delimiter.replace(/[|\\]/g, '\\$&')}]`);
  }

  /** Quotes a field when it holds the delimiter, a quote or a line break. */
  field(value: string): string {
    return this.needsQuote.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }

  /** Writes one row of fields (quoting them in place: the array is the caller's scratch copy). */
  row(fields: string[]): void {
    for (let i = 0; i < fields.length; i++) {
      const v = fields[i];
      if (v !== '' && this.needsQuote.test(v)) fields[i] = `"${v.replace(/"/g, '""')}"`;
    }
    this.raw(fields.join(this.delimiter));
  }

  /**
   * Writes a row of which only the columns `layout.used` can hold values (the union layout of the
   * registry: a birth never fills the columns of a death), without visiting the empty ones.
   */
  sparseRow(fields: readonly string[], layout: SparseLayout): void {
    let line = '';
    for (let k = 0; k < layout.used.length; k++) {
      const v = fields[layout.used[k]];
      line += layout.before[k] + (v !== '' && this.needsQuote.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    }
    this.raw(line + layout.after);
  }

  /** Writes one line as given (malformed rows). */
  raw(line: string): void {
    this.parts.push(line);
    this.size += line.length + 1;
    this.lines++;
    if (this.size >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('\n') + '\n';
    this.parts = [];
    this.size = 0;
    const bytes = this.encoding === 'utf8' || this.encoding === 'utf8-bom' ? Buffer.from(text, 'utf8') : encodeText(text, this.encoding);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
