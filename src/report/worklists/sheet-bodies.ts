import { open } from 'node:fs/promises';

/** Where a sheet starts in exportSheetRows' file: its first row is always row 6, a group row. */
const SHEET_START = Buffer.from('\n<row r="6">');
const BLOCK_BYTES = 16 << 20;

/**
 * The sheet bodies of a file written by exportSheetRows, in order, read block by block (one sheet
 * at a time in memory, not the whole file). Each sheet's rows start with row 6, and no cell text
 * can hold `<row` (text is escaped), so every `\n<row r="6">` starts the next sheet.
 *
 * @example
 * for await (const body of sheetBodies('rows.xml')) body.subarray(0, 11).toString(); // '<row r="6">'
 */
export async function* sheetBodies(path: string, blockBytes = BLOCK_BYTES): AsyncGenerator<Buffer> {
  const file = await open(path);
  try {
    let rest = Buffer.alloc(0);
    for (;;) {
      const block = Buffer.allocUnsafe(blockBytes);
      const { bytesRead } = await file.read(block, 0, blockBytes, null);
      if (bytesRead === 0) break;
      const data = rest.length ? Buffer.concat([rest, block.subarray(0, bytesRead)]) : block.subarray(0, bytesRead);
      let start = 0;
      // `rest` was searched already, but a marker may straddle its end and the new block
      let at = data.indexOf(SHEET_START, Math.max(0, rest.length - SHEET_START.length));
      while (at !== -1) {
        yield data.subarray(start, at + 1);
        start = at + 1;
        at = data.indexOf(SHEET_START, start);
      }
      rest = data.subarray(start);
    }
    if (rest.length) yield rest;
  } finally {
    await file.close();
  }
}

/**
 * The number of the last row in a sheet body (0 when there is none), to check a body against the
 * sheet it should be.
 *
 * @example
 * lastRowNumber(Buffer.from('<row r="6">..</row>\n<row r="7">..</row>\n')); // 7
 */
export function lastRowNumber(body: Buffer): number {
  const at = body.lastIndexOf('<row r="');
  if (at === -1) return 0;
  const end = body.indexOf('"', at + 8);
  return Number(body.subarray(at + 8, end).toString('latin1'));
}
