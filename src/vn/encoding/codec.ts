// One entry point to turn bytes in any supported encoding into Unicode NFC text, and back for the
// legacy encodings (the generator writes test files with them).

import { decodeCp1258, decodeTcvn3, decodeVni, encodeCp1258, encodeTcvn3, encodeVni } from './legacy.js';
import { decodeViqr, encodeViqr } from './viqr.js';

/** Text encodings ingest can read. `utf8-bom` is UTF-8 starting with EF BB BF. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'cp1258' | 'tcvn3' | 'vni' | 'viqr';

/** The legacy encodings `encodeText` can write. */
export type LegacyEncoding = 'cp1258' | 'tcvn3' | 'vni' | 'viqr';

export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf8', 'utf8-bom', 'utf16le', 'utf16be', 'cp1258', 'tcvn3', 'vni', 'viqr'];

/**
 * Decodes bytes to Unicode NFC text. A byte-order mark is dropped. Bytes that are invalid in the
 * encoding become U+FFFD (UTF-8/16) or their Windows-1252 character (TCVN3, VNI).
 *
 * @example
 * decodeBytes(encodeText('Nguyễn Văn An', 'vni'), 'vni') // 'Nguyễn Văn An'
 */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding): string {
  switch (encoding) {
    case 'utf8':
    case 'utf8-bom':
      return new TextDecoder('utf-8').decode(bytes).normalize('NFC');
    case 'utf16le':
      return new TextDecoder('utf-16le').decode(bytes).normalize('NFC');
    case 'utf16be':
      return decodeUtf16be(bytes).normalize('NFC');
    case 'cp1258':
      return decodeCp1258(bytes);
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes).normalize('NFC');
    case 'viqr':
      return decodeViqr(new TextDecoder('utf-8').decode(bytes));
  }
}

/**
 * UTF-16BE without relying on the ICU build having that decoder: swap bytes, then decode as LE.
 * With `stream`, pass even-length chunks and the same `decoder` each time.
 *
 * @example
 * decodeUtf16be(Uint8Array.from([0x00, 0x41, 0x1e, 0xc5])) // 'Aễ'
 */
export function decodeUtf16be(bytes: Uint8Array, stream = false, decoder = new TextDecoder('utf-16le')): string {
  const even = bytes.length & ~1;
  const swapped = new Uint8Array(even);
  for (let i = 0; i < even; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return decoder.decode(swapped, { stream });
}

/**
 * Encodes Unicode text in a legacy Vietnamese encoding. For Vietnamese text,
 * `decodeBytes(encodeText(x, e), e)` is `x` in NFC, except that TCVN3 has no toned capitals (they come
 * back in lower case unless the whole word is in capitals; `canonicalName` gives identical names).
 *
 * @example
 * encodeText('Văn', 'tcvn3') // Uint8Array [0x56, 0xa8, 0x6e]
 */
export function encodeText(text: string, encoding: LegacyEncoding): Uint8Array {
  switch (encoding) {
    case 'cp1258':
      return encodeCp1258(text);
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
    case 'viqr':
      return new TextEncoder().encode(encodeViqr(text));
  }
}
