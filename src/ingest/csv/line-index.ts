/**
 * Where each physical line of a file starts, and which lines are blank, found with the native
 * `indexOf` while the bytes stream past (for hashing or transcoding): cheap enough for every file.
 */

const LF = 10;
const CR = 13;

export interface LineIndexResult {
  /** Number of physical lines (a last line without a newline counts; a final newline adds none). */
  lines: number;
  /** Byte offset of each line start; index 0 is line 1. */
  lineStarts: Float64Array;
  /** 1-based numbers of blank lines (empty or a lone CR), ascending. */
  blankLines: number[];
  bytes: number;
}

/**
 * Incremental line index over a byte stream.
 *
 * @example
 * const index = new LineIndex();
 * index.push(Buffer.from('a\r\n\r\nb'));
 * index.finish(); // { lines: 3, lineStarts: [0, 3, 5], blankLines: [2], bytes: 6 }
 */
export class LineIndex {
  private starts = new Float64Array(1 << 16);
  private count = 1; // line 1 starts at byte 0
  private offset = 0;
  private readonly blank: number[] = [];
  /** Bytes seen on the current line so far, capped at 2 (all we need to tell a blank line). */
  private lineLength = 0;
  private lineIsCr = false;

  push(chunk: Uint8Array): void {
    let from = 0;
    for (;;) {
      const lf = chunk.indexOf(LF, from);
      const end = lf < 0 ? chunk.length : lf;
      if (end > from) {
        if (this.lineLength === 0) this.lineIsCr = end - from === 1 && chunk[from] === CR;
        else this.lineIsCr = false;
        this.lineLength = Math.min(2, this.lineLength + end - from);
      }
      if (lf < 0) break;
      if (this.lineLength === 0 || (this.lineLength === 1 && this.lineIsCr)) this.blank.push(this.count);
      this.addStart(this.offset + lf + 1);
      this.lineLength = 0;
      this.lineIsCr = false;
      from = lf + 1;
    }
    this.offset += chunk.length;
  }

  finish(): LineIndexResult {
    let lines = this.count;
    if (this.starts[this.count - 1] === this.offset) lines--; // nothing after the final newline
    else if (this.lineLength === 1 && this.lineIsCr) this.blank.push(this.count);
    return { lines, lineStarts: this.starts.subarray(0, lines), blankLines: this.blank, bytes: this.offset };
  }

  private addStart(position: number): void {
    if (this.count === this.starts.length) {
      const next = new Float64Array(this.starts.length * 2);
      next.set(this.starts);
      this.starts = next;
    }
    this.starts[this.count++] = position;
  }
}
