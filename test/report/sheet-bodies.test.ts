import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastRowNumber, sheetBodies } from '../../src/report/worklists/sheet-bodies.js';

const dir = mkdtempSync(join(tmpdir(), 'doichieu-sheet-bodies-'));

/** A sheet body as exportSheetRows writes it: rows 6.. one a line, cell text escaped (no '<'). */
function body(texts: string[]): string {
  return texts.map((t, i) => `<row r="${6 + i}"><c r="A${6 + i}" t="inlineStr"><is><t>${t}</t></is></c></row>\n`).join('');
}

async function collect(path: string, blockBytes: number): Promise<string[]> {
  const out: string[] = [];
  for await (const b of sheetBodies(path, blockBytes)) out.push(b.toString('utf8'));
  return out;
}

describe('sheetBodies', () => {
  it('cuts the file into the sheets it was written from, whatever the read block size', async () => {
    // cell text as escaped data can be: anything but '<' (line breaks and "r=6" look-alikes included)
    const text = fc.string({ unit: fc.constantFrom('a', 'ễ', ' ', '\n', 'r="6">', '&lt;row r="6"&gt;', '"', '6'), maxLength: 12 });
    const sheets = fc.array(fc.array(text, { minLength: 1, maxLength: 6 }).map(body), { minLength: 1, maxLength: 6 });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(sheets, fc.integer({ min: 1, max: 300 }), async (expected, blockBytes) => {
        const path = join(dir, `rows-${run++}.xml`);
        writeFileSync(path, expected.join(''));
        expect(await collect(path, blockBytes)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('reads the last row number of a body', () => {
    expect(lastRowNumber(Buffer.from(body(['x', 'y', 'z'])))).toBe(8);
    expect(lastRowNumber(Buffer.from(body(['only'])))).toBe(6);
    expect(lastRowNumber(Buffer.from(''))).toBe(0);
  });
});
