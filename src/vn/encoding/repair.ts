// Repairs single values that were mis-decoded before they reached us: a TCVN3 or VNI file opened as
// Windows-1252 ("NguyÔn V¨n An", "Nguyeãn Vaên An"), UTF-8 read as a Windows code page
// ("Nguyá»…n", "ThĂ´ng"), or VIQR typed in ASCII ("Nguye^~n"). A value is only changed when the
// repaired text is entirely made of possible Vietnamese syllables and the original was not.

import { hasLegacyDebris } from './debris.js';
import { utf8Check } from './detect.js';
import { decodeTcvn3, decodeVni } from './legacy.js';
import { scoreWords } from './score.js';
import { lowerCode, upperCode } from '../letters.js';
import { CP1252, MISREAD_CODE_PAGES, type CodePage } from './tables.js';
import { decodeViqr } from './viqr.js';

export type RepairSource = 'tcvn3' | 'vni' | 'viqr' | 'utf8-as-latin1';

export interface Repair {
  text: string;
  /** Which mis-decoding was undone; null when the value was left unchanged. */
  repairedFrom: RepairSource | null;
}

const VIQR_HINT = /[\^(+`~]|[aeiouyAEIOUY][.?'][A-Za-z]|(?:^|[^A-Za-z])[dD][dD][aeiouyAEIOUY]|[aeiouyAEIOUY][.?'] /;
const VIQR_STRONG = /[aeiouyAEIOUY](?:[(^+]|[`~])|(?:^|[^A-Za-z])[dD][dD][aeiouyAEIOUY]|[aeiouyAEIOUY][.?'][A-Za-z]/g;
const VIQR_MID_TONE = /[aeiouyAEIOUY][.?'] /g;

/**
 * Undoes an upstream mis-decoding of one value when that is certain; otherwise returns it unchanged.
 * Correct Vietnamese and plain ASCII names are never touched. Upper-case toned letters of TCVN3 come
 * back in lower case (TCVN3 has no code for them): pass the result through `canonicalName`.
 *
 * @example
 * repairMisdecoded('NguyÔn V¨n An')   // { text: 'Nguyễn Văn An', repairedFrom: 'tcvn3' }
 * repairMisdecoded('Nguyeãn Vaên An') // { text: 'Nguyễn Văn An', repairedFrom: 'vni' }
 * repairMisdecoded('Nguyá»…n')         // { text: 'Nguyễn', repairedFrom: 'utf8-as-latin1' }
 * repairMisdecoded('Nguyễn Văn An')   // { text: 'Nguyễn Văn An', repairedFrom: null }
 */
export function repairMisdecoded(field: string): Repair {
  const unchanged: Repair = { text: field, repairedFrom: null };
  let ascii = true;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      // Precomposed Vietnamese letters (U+1EA0..U+1EF9) never come out of a mis-decoding: genuine text.
      if (c >= 0x1ea0 && c <= 0x1ef9) return unchanged;
    }
  }
  if (ascii) return repairViqr(field) ?? unchanged;

  // UTF-8 read as a code page: the bytes behind the characters must be valid UTF-8, which genuine
  // Vietnamese text in a Windows code page practically never is.
  for (const page of MISREAD_CODE_PAGES) {
    if (!hasUtf8Pair(field, page)) continue;
    const holes: number[] = [];
    const bytes = toBytes(field, page, holes);
    if (!bytes) continue;
    const text = holes.length > 0 ? fillLostBytes(bytes, holes, page) : utf8OrNull(bytes);
    if (text !== null && isAllVietnamese(text, false)) return { text, repairedFrom: 'utf8-as-latin1' };
  }

  // TCVN3 or VNI read as Windows-1252: every character is in that code page, the text shows legacy
  // debris, and as it stands it is not Vietnamese ("Võ Thành Tâm" is, and stays).
  const bytes = toBytes(field, CP1252);
  if (!bytes || !hasLegacyDebris(field)) return unchanged;
  const before = scoreWords(field, false);
  if (before.valid === before.words) return unchanged;
  const tcvn3 = decodeTcvn3(bytes);
  const vni = decodeVni(bytes).normalize('NFC');
  const tcvn3Ok = tcvn3 !== field && isAllVietnamese(tcvn3, true);
  const vniOk = vni !== field && isAllVietnamese(vni, true);
  if (tcvn3Ok && !vniOk) return { text: tcvn3, repairedFrom: 'tcvn3' };
  if (vniOk && !tcvn3Ok) return { text: vni, repairedFrom: 'vni' };
  return unchanged; // neither, or both readings plausible: not certain
}

function isAllVietnamese(text: string, strictTones: boolean): boolean {
  const s = scoreWords(text, strictTones);
  return s.words > 0 && s.valid === s.words;
}

/** Cheap test before any allocation: some character is a UTF-8 lead byte in `page` and the next a continuation byte. */
function hasUtf8Pair(field: string, page: CodePage): boolean {
  for (let i = 0; i + 1 < field.length; i++) {
    const lead = page.toByte[field.charCodeAt(i)];
    if (lead < 0xc2 || lead > 0xf4) continue;
    const next = field.charCodeAt(i + 1);
    if (next === 0xfffd) return true;
    const cont = page.toByte[next] >= 0 ? page.toByte[next] : next <= 0xff ? next : -1;
    if (cont >= 0x80 && cont <= 0xbf) return true;
  }
  return false;
}

/**
 * A decoder that met a byte its code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in cp1252)
 * may have written U+FFFD: "Đ" (C4 90) became "Ä\ufffd". Tries each undefined byte in each hole (at
 * most three) and keeps the reading only when exactly one is Vietnamese with sane letter case
 * ("Ä\ufffd" can only be "Đ"; "á»\ufffd" could be ề, ọ, ỏ, Ố or ờ and usually stays as it is).
 */
function fillLostBytes(bytes: Uint8Array, holes: number[], page: CodePage): string | null {
  if (holes.length > 3 || page.undefinedBytes.length === 0) return null;
  let found: string | null = null;
  const choices = page.undefinedBytes;
  const combos = choices.length ** holes.length;
  for (let k = 0; k < combos; k++) {
    let rest = k;
    for (const h of holes) {
      bytes[h] = choices[rest % choices.length];
      rest = Math.floor(rest / choices.length);
    }
    const text = utf8OrNull(bytes);
    if (text === null || !isAllVietnamese(text, false) || hasCapitalInsideWord(text)) continue;
    if (found !== null && found !== text) return null; // two readings: not certain
    found = text;
  }
  return found;
}

function hasCapitalInsideWord(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const prev = text.charCodeAt(i - 1);
    if (lowerCode(c) !== c && upperCode(prev) !== prev) return true; // a capital right after a small letter
  }
  return false;
}

/** The bytes a code page would have turned into `field`, or null if some character is not in it. */
function toBytes(field: string, page: CodePage, holes?: number[]): Uint8Array | null {
  const out = new Uint8Array(field.length);
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if (c === 0xfffd && holes) holes.push(i); // a byte the decoder could not map: see fillLostBytes
    else {
      const b = page.toByte[c];
      if (b >= 0) out[i] = b;
      else if (c <= 0xff) out[i] = c; // read as ISO-8859-1, where C1 controls keep their byte value
      else return null;
    }
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');
function utf8OrNull(bytes: Uint8Array): string | null {
  // validate first: a decoder throwing on every Latin-1 name would cost more than all the rest
  const check = utf8Check(bytes, false);
  return check.valid && check.nonAscii > 0 ? utf8.decode(bytes).normalize('NFC') : null;
}

function repairViqr(field: string): Repair | null {
  if (!hasViqrCharacter(field) || !VIQR_HINT.test(field)) return null;
  // Evidence: mnemonics plain text never has, or tone marks inside the value ("Thi. Hoa"); a lone
  // final "." or "?" ("Nguyen Van A.") is punctuation.
  const evidence = (field.match(VIQR_STRONG)?.length ?? 0) + (field.match(VIQR_MID_TONE)?.length ?? 0);
  if (evidence === 0) return null;
  const text = decodeViqr(field);
  if (text === field || !isAllVietnamese(text, false)) return null;
  return { text, repairedFrom: 'viqr' };
}

/** Cheap scan before the regular expressions: any mnemonic character, or "dd" in any case. */
function hasViqrCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5e || c === 0x28 || c === 0x2b || c === 0x60 || c === 0x7e || c === 0x2e || c === 0x3f || c === 0x27) return true;
    if ((c === 0x64 || c === 0x44) && i + 1 < s.length && (s.charCodeAt(i + 1) | 0x20) === 0x64) return true;
  }
  return false;
}
