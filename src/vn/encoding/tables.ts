// Byte tables for the legacy Vietnamese encodings, built once from the letter table
// src/vn/data/encoding/vn_legacy_encoding_map.csv (one row per letter: Unicode, VNI, TCVN3, VIQR,
// cp1258) and from iconv-lite's Windows code pages.

import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';

export interface LetterRow {
  /** The letter, NFC. */
  letter: string;
  vni: number[];
  tcvn3: number[];
  viqr: string;
  cp1258: number[];
}

const CSV_URL = new URL('../data/encoding/vn_legacy_encoding_map.csv', import.meta.url);

function hexBytes(cell: string): number[] {
  return cell.trim().split(/\s+/).map((h) => parseInt(h, 16));
}

/** Every Vietnamese letter with a diacritic (134 rows) as the CSV gives it. */
export const LETTER_ROWS: readonly LetterRow[] = readFileSync(CSV_URL, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const f = line.split(',');
    return { letter: f[0].normalize('NFC'), vni: hexBytes(f[4]), tcvn3: hexBytes(f[6]), viqr: f[7], cp1258: hexBytes(f[8]) };
  });

/** A Windows single-byte code page as two tables; bytes the code page leaves undefined map to U+0080+b, as browsers do. */
export interface CodePage {
  toChar: string[]; // 256 entries
  /** UTF-16 code unit -> byte; -1 when the code page cannot hold the character. */
  toByte: Int16Array;
  /** Bytes the code page leaves undefined (decoders write U+FFFD or U+0080+b for them). */
  undefinedBytes: number[];
}

function codePage(name: string): CodePage {
  const toChar: string[] = [];
  const toByte = new Int16Array(0x10000).fill(-1);
  const undefinedBytes: number[] = [];
  for (let b = 0; b < 256; b++) {
    let ch = iconv.decode(Buffer.from([b]), name);
    if (ch === '\ufffd') {
      ch = String.fromCharCode(b);
      undefinedBytes.push(b);
    }
    toChar.push(ch);
    if (ch.length === 1 && toByte[ch.charCodeAt(0)] < 0) toByte[ch.charCodeAt(0)] = b;
  }
  return { toChar, toByte, undefinedBytes };
}

/** Western European: what legacy Vietnamese bytes look like when a program assumes "ANSI" on a Western PC. */
export const CP1252 = codePage('windows-1252');
/**
 * The code pages UTF-8 bytes are found mis-read as, most likely first: Western Windows, Vietnamese
 * Windows, and ISO-8859-2 (seen in the name lists: "ThĂ´ng" for "Thông").
 */
export const MISREAD_CODE_PAGES: readonly CodePage[] = [CP1252, codePage('windows-1258'), codePage('iso-8859-2')];
