import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder for one test's output. */
export function tempDir(prefix = 'doichieu-generate-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Physical lines of a text file (without the final empty one). */
export function lines(path: string, text = readFileSync(path, 'utf8')): string[] {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** Parses one CSV line (RFC 4180 quoting); null when it is not valid CSV. */
export function parseLine(line: string, delimiter = ','): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        field += line.slice(i, q);
        if (line[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== delimiter) return null;
    } else {
      const d = line.indexOf(delimiter, i);
      const end = d < 0 ? line.length : d;
      field = line.slice(i, end);
      if (field.includes('"')) return null;
      i = end;
    }
    out.push(field);
    if (i >= line.length) return out;
    i++; // delimiter
  }
}

/** The rows of a well-formed CSV file as objects keyed by header (malformed lines skipped). */
export function readRows(path: string, skip: ReadonlySet<number> = new Set(), text?: string): Record<string, string>[] {
  const all = lines(path, text);
  const header = parseLine(all[0])!;
  const rows: Record<string, string>[] = [];
  for (let i = 1; i < all.length; i++) {
    if (skip.has(i + 1)) continue;
    const fields = parseLine(all[i]);
    if (!fields || fields.length !== header.length) throw new Error(`${path}:${i + 1}: unexpected malformed line`);
    rows.push(Object.fromEntries(header.map((h, j) => [h, fields[j]])));
  }
  return rows;
}
