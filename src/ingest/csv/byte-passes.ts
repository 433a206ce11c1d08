import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createTranscoder, type TextEncoding } from '../../vn/encoding/index.js';
import { LineIndex, type LineIndexResult } from './line-index.js';
import { RecordScanner } from './record-scanner.js';

const CHUNK = 1 << 20;

export interface BytePass {
  sha256: string;
  /** Line index of the bytes DuckDB reads (the transcoded copy for non-UTF-8 inputs). */
  index: LineIndexResult;
}

/**
 * One pass over a UTF-8 file: its sha256 and its line index. Runs while DuckDB parses the same file.
 *
 * @example
 * const { sha256, index } = await hashAndIndex('registry.csv');
 */
export async function hashAndIndex(path: string, onBytes?: (bytes: number) => void): Promise<BytePass> {
  const hash = createHash('sha256');
  const index = new LineIndex();
  let done = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    index.push(chunk);
    onBytes?.((done += chunk.length));
  }
  return { sha256: hash.digest('hex'), index: index.finish() };
}

/**
 * One pass over a non-UTF-8 file: hashes the original bytes, transcodes them to UTF-8 at `outPath`
 * and indexes the lines of the UTF-8 copy (the bytes DuckDB will read).
 *
 * @example
 * await transcodeHashAndIndex('tcvn3.csv', 'tcvn3', '/tmp/x/1.csv');
 */
export async function transcodeHashAndIndex(path: string, encoding: TextEncoding, outPath: string, onBytes?: (bytes: number) => void): Promise<BytePass> {
  const hash = createHash('sha256');
  const index = new LineIndex();
  let done = 0;
  await pipeline(
    createReadStream(path, { highWaterMark: CHUNK }),
    tap((chunk) => {
      hash.update(chunk);
      onBytes?.((done += chunk.length));
    }),
    createTranscoder(encoding),
    tap((chunk) => index.push(chunk)),
    createWriteStream(outPath),
  );
  return { sha256: hash.digest('hex'), index: index.finish() };
}

function tap(fn: (chunk: Buffer) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      fn(chunk);
      done(null, chunk);
    },
  });
}

/**
 * The quote-aware pass: the first line of every record (see RecordScanner). Only run when the file
 * has records spanning several lines.
 *
 * @example
 * const recordLines = await scanRecordLines('registry.csv', ',');
 */
export async function scanRecordLines(path: string, delimiter: string): Promise<Int32Array> {
  const scanner = new RecordScanner(delimiter.charCodeAt(0));
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) scanner.push(chunk);
  return scanner.finish().recordLines;
}
