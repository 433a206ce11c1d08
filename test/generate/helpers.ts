import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

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

/** Parses one CSV line; null when it is not valid CSV. */
export function parseLine(line: string, delimiter = ','): string[] | null {
  try {
    const rows = parse(line, { delimiter, relax_column_count: true }) as string[][];
    return rows[0] ?? [];
  } catch {
    return null;
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
