// Streams a whole file into UTF-8 so that DuckDB's read_csv can load it; a 300 MB legacy file never
// sits in memory. Legacy encodings are decoded a line at a time: a VNI letter spans two bytes and a
// cp1258 tone is a separate byte after its vowel, and neither ever spans a line break.

import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decodeBytes, decodeUtf16be, type TextEncoding } from './codec.js';

export interface TranscodeResult {
  bytesIn: number;
  bytesOut: number;
}

/**
 * Rewrites `inPath` (in `encoding`) as UTF-8 without BOM at `outPath`, NFC for the legacy encodings.
 * UTF-8 input is copied byte for byte (its BOM dropped).
 *
 * @example
 * await transcodeFileToUtf8('registry-tcvn3.csv', '.tmp/registry.utf8.csv', 'tcvn3');
 */
export async function transcodeFileToUtf8(inPath: string, outPath: string, encoding: TextEncoding): Promise<TranscodeResult> {
  const transform = createTranscoder(encoding);
  await pipeline(createReadStream(inPath, { highWaterMark: 1 << 20 }), transform, createWriteStream(outPath));
  return { bytesIn: transform.bytesIn, bytesOut: transform.bytesOut };
}

/** A stream Transform from `encoding` to UTF-8 bytes; counts bytes in and out. */
export interface Transcoder extends Transform {
  bytesIn: number;
  bytesOut: number;
}

/**
 * A Transform stream turning bytes in `encoding` into UTF-8 bytes, for callers that stream themselves.
 *
 * @example
 * await pipeline(createReadStream(path), createTranscoder('vni'), createWriteStream(out));
 */
export function createTranscoder(encoding: TextEncoding): Transcoder {
  const utf8Out = new TextEncoder();
  let first = true;
  let carry: Uint8Array = new Uint8Array(0);
  let head: Uint8Array = new Uint8Array(0);
  const utf16 = new TextDecoder('utf-16le');
  const stream = new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      stream.bytesIn += chunk.length;
      let bytes: Uint8Array = chunk;
      if (first && (encoding === 'utf8' || encoding === 'utf8-bom')) {
        // the BOM may arrive split over tiny chunks: wait for three bytes
        bytes = concat(head, bytes);
        if (bytes.length < 3) {
          head = bytes;
          return done();
        }
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      first = false;
      push(convert(bytes, false));
      done();
    },
    flush(done: TransformCallback) {
      if (first && head.length > 0) push(head); // a file shorter than a BOM
      push(convert(new Uint8Array(0), true));
      done();
    },
  }) as Transcoder;
  stream.bytesIn = 0;
  stream.bytesOut = 0;

  function push(out: Uint8Array) {
    if (out.length === 0) return;
    stream.bytesOut += out.length;
    stream.push(Buffer.isBuffer(out) ? out : Buffer.from(out.buffer, out.byteOffset, out.byteLength)); // consumers expect Buffers
  }

  function convert(bytes: Uint8Array, end: boolean): Uint8Array {
    switch (encoding) {
      case 'utf8':
      case 'utf8-bom':
        return bytes;
      case 'utf16le':
        return utf8Out.encode(utf16.decode(bytes, { stream: !end }));
      case 'utf16be': {
        const all = concat(carry, bytes);
        const even = end ? all.length : all.length & ~1;
        carry = all.slice(even);
        return utf8Out.encode(decodeUtf16be(all.subarray(0, even), !end, utf16));
      }
      default: {
        const all = concat(carry, bytes);
        const cut = end ? all.length : all.lastIndexOf(0x0a) + 1;
        carry = all.slice(cut);
        return cut === 0 ? new Uint8Array(0) : utf8Out.encode(decodeBytes(all.subarray(0, cut), encoding));
      }
    }
  }
  return stream;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
