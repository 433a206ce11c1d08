import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { InputFormat } from './types.js';

/** What the first bytes of an input say about it. */
export interface SniffedFile {
  format: InputFormat;
  bytes: number;
  /** Up to `sampleBytes` first bytes of the file. */
  head: Buffer;
}

/**
 * Checks that an input can be read and tells its format from its first bytes (Parquet: `PAR1`,
 * XLSX: a zip), else CSV. Missing, unreadable, directory, empty and old binary `.xls` files are a
 * one-line UserError naming the file.
 *
 * @example
 * sniffFile('registry.csv').format // 'csv'
 */
export function sniffFile(path: string, sampleBytes = 256 * 1024): SniffedFile {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError(`${path}: is a directory, not a file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: cannot read the file (${describeFsError(err)})`);
  }
  let head: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      head = Buffer.alloc(Math.min(sampleBytes, size));
      const n = readSync(fd, head, 0, head.length, 0);
      head = head.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new UserError(`${path}: cannot read the file (${describeFsError(err)})`);
  }
  if (isBlankText(head) && size === head.length) throw new UserError(`${path}: the file is empty`);
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return { format: 'parquet', bytes: size, head };
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return { format: 'xlsx', bytes: size, head };
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new UserError(`${path}: old Excel .xls format is not supported; save it as .xlsx or CSV`);
  }
  return { format: 'csv', bytes: size, head };
}

/** Nothing but byte-order marks, spaces and line breaks. */
function isBlankText(head: Buffer): boolean {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  else if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) i = 2;
  for (; i < head.length; i++) {
    const b = head[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x00) return false;
  }
  return true;
}

function describeFsError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? 'unknown error';
}
