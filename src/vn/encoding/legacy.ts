// Byte-level codecs for TCVN3 (ABC) and VNI, the two legacy 8-bit Vietnamese encodings of the 1990s
// and 2000s. TCVN3 gives every lower-case letter one byte; VNI writes a base letter followed by one
// modifier byte ("Nguyễn" = "Nguye" + "ã"), so a letter can span two bytes.

import iconv from 'iconv-lite';
import { lowerCode, upperCode } from '../letters.js';
import { CP1252, LETTER_ROWS } from './tables.js';

const QUESTION_MARK = 0x3f;

// ---------- TCVN3 ----------

// TCVN3 letters that exist only in upper case / only in lower case, used to restore ALL-CAPS words.
const TCVN3_UPPER = new Set('ĂÂÊÔƠƯĐ'.split('').map((c) => c.charCodeAt(0)));
const TCVN3_LOWER = new Set('ăâêôơưđ'.split('').map((c) => c.charCodeAt(0)));

const tcvn3Decode: string[] = CP1252.toChar.slice();
const tcvn3Encode = new Map<number, number[]>();
for (const row of LETTER_ROWS) {
  const code = row.letter.charCodeAt(0);
  tcvn3Encode.set(code, row.tcvn3);
  // Toned capitals share the lower-case code (TCVN3 has none of their own): that code decodes to lower case.
  if (row.tcvn3.length === 1 && (lowerCode(code) === code || TCVN3_UPPER.has(code))) tcvn3Decode[row.tcvn3[0]] = row.letter;
}

/**
 * Decodes TCVN3 (ABC) bytes. Bytes outside the Vietnamese letters read as Windows-1252. Toned capitals
 * have no TCVN3 code (fonts like .VnTimeH draw the lower-case codes as capitals), so they come out in
 * lower case, except inside words written in capitals ("NGUYÔN" -> "NGUYỄN"; a two-letter word like
 * "LÝ" cannot be told from "Lý").
 *
 * @example
 * decodeTcvn3(Uint8Array.from([0x4e, 0x67, 0x75, 0x79, 0xd4, 0x6e])) // 'Nguyễn'
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += tcvn3Decode[bytes[i]];
  return restoreCapitals(out);
}

function restoreCapitals(s: string): string {
  let result = '';
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (!isWordCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const wordStart = i;
    let lower = 0;
    let toned = 0;
    let upperInside = false; // a capital after the first letter: not Title Case
    while (i < s.length && isWordCode(s.charCodeAt(i))) {
      const c = s.charCodeAt(i);
      if ((c >= 0x41 && c <= 0x5a) || TCVN3_UPPER.has(c)) {
        if (i > wordStart) upperInside = true;
      }
      else if ((c >= 0x61 && c <= 0x7a) || TCVN3_LOWER.has(c)) lower++;
      else toned++;
      i++;
    }
    // "Lý" may be Title Case or capitals: only words with a capital after the first letter are restored
    if (upperInside && lower === 0 && toned > 0) {
      result += s.slice(start, wordStart) + s.slice(wordStart, i).toUpperCase();
      start = i;
    }
  }
  return start === 0 ? s : result + s.slice(start);
}

function isWordCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x2000 && upperCode(c) !== lowerCode(c));
}

/**
 * Encodes text as TCVN3 bytes. Toned capitals get the lower-case code (as ABC files do); characters
 * TCVN3 cannot hold become "?".
 *
 * @example
 * encodeTcvn3('Văn') // Uint8Array [0x56, 0xa8, 0x6e]
 */
export function encodeTcvn3(text: string): Uint8Array {
  const s = text.normalize('NFC');
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else out.push(...(tcvn3Encode.get(c) ?? [QUESTION_MARK]));
  }
  return Uint8Array.from(out);
}

// ---------- VNI ----------

const vniSingle: string[] = CP1252.toChar.slice();
const vniPair = new Uint16Array(65536); // (first byte << 8 | second byte) -> letter code, 0 = no pair
const vniEncode = new Map<number, number[]>();
for (const row of LETTER_ROWS) {
  vniEncode.set(row.letter.charCodeAt(0), row.vni);
  if (row.vni.length === 1) vniSingle[row.vni[0]] = row.letter;
}
for (const row of LETTER_ROWS) {
  if (row.vni.length !== 2) continue;
  const [a, b] = row.vni;
  vniPair[(a << 8) | b] = row.letter.charCodeAt(0);
}
// Mixed case ("NGUYEãN", "Nguyeãn" typed with caps lock): accept the modifier in the other case; the base letter decides.
for (const row of LETTER_ROWS) {
  if (row.vni.length !== 2) continue;
  const [a, b] = row.vni;
  const other = b >= 0xc0 && b <= 0xdf ? b + 0x20 : b >= 0xe0 ? b - 0x20 : -1;
  if (other >= 0 && vniPair[(a << 8) | other] === 0) vniPair[(a << 8) | other] = row.letter.charCodeAt(0);
}

/**
 * Decodes VNI bytes (base letter + modifier byte). Bytes that are not part of a letter read as Windows-1252.
 *
 * @example
 * decodeVni(iconv.encode('Nguyeãn Vaên An', 'windows-1252')) // 'Nguyễn Văn An'
 */
export function decodeVni(bytes: Uint8Array): string {
  let out = '';
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (i + 1 < n) {
      const pair = vniPair[(b << 8) | bytes[i + 1]];
      if (pair !== 0) {
        out += String.fromCharCode(pair);
        i++;
        continue;
      }
    }
    out += vniSingle[b];
  }
  return out;
}

/**
 * True when two characters, as Windows-1252 shows VNI bytes, form one VNI letter ("eã" = "ễ").
 *
 * @example
 * isVniPairText('e'.charCodeAt(0), 'ã'.charCodeAt(0)) // true
 */
export function isVniPairText(first: number, second: number): boolean {
  const a = CP1252.toByte[first];
  const b = CP1252.toByte[second];
  return a >= 0 && b >= 0 && vniPair[(a << 8) | b] !== 0;
}

/**
 * True when `byte` can start a two-byte VNI letter, so a decoder must not split it from the next byte.
 *
 * @example
 * isVniLead(0x65) // true ('e' may be followed by a modifier)
 */
export function isVniLead(byte: number): boolean {
  for (let b = 0xc0; b <= 0xff; b++) if (vniPair[(byte << 8) | b] !== 0) return true;
  return false;
}

/**
 * Encodes text as VNI bytes; characters VNI cannot hold become "?".
 *
 * @example
 * encodeVni('Văn') // Uint8Array [0x56, 0x61, 0xea, 0x6e]
 */
export function encodeVni(text: string): Uint8Array {
  const s = text.normalize('NFC');
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else {
      const bytes = vniEncode.get(c);
      if (bytes) out.push(...bytes);
      else out.push(QUESTION_MARK);
    }
  }
  return Uint8Array.from(out);
}

// ---------- Windows-1258 ----------

const cp1258Encode = new Map<number, number[]>();
for (const row of LETTER_ROWS) cp1258Encode.set(row.letter.charCodeAt(0), row.cp1258);

/**
 * Decodes Windows-1258 bytes to NFC text (cp1258 writes most toned letters as base + combining tone).
 *
 * @example
 * decodeCp1258(Uint8Array.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e])) // 'Nguyễn'
 */
export function decodeCp1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1258').normalize('NFC');
}

/**
 * Encodes text as Windows-1258: base letter (with its shape) + combining tone byte, as the letter table
 * gives it; characters cp1258 cannot hold become "?".
 *
 * @example
 * encodeCp1258('Nguyễn') // Uint8Array [0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]
 */
export function encodeCp1258(text: string): Uint8Array {
  const s = text.normalize('NFC');
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else {
      const bytes = cp1258Encode.get(c);
      if (bytes) out.push(...bytes);
      else {
        const encoded = iconv.encode(s[i], 'windows-1258');
        out.push(...encoded);
      }
    }
  }
  return Uint8Array.from(out);
}
