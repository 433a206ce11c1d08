// Leftovers of a legacy encoding read with the wrong code page: what nameIssue calls 'legacy_debris'
// and what repairMisdecoded requires before it tries TCVN3 or VNI.

import { lowerCode } from '../letters.js';
import { syllableOk } from '../syllable.js';
import { isVniPairText } from './legacy.js';

// Characters a Vietnamese name never contains but legacy bytes read as Windows-1252/Latin-1 produce:
// C1 controls, Latin-1 symbols, non-Vietnamese Latin-1 letters, cp1252 extras, U+FFFD.
// Ð/ð are look-alikes of Đ/đ (fixed by canonicalText), and ’ ‘ “ ” – — occur in real names.
const DEBRIS = new Uint8Array(0x10000);
for (let c = 0x80; c <= 0xbf; c++) if (c !== 0xa0) DEBRIS[c] = 1;
for (const ch of 'ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ€‚ƒ„…†‡ˆ‰Š‹ŒŽ•˜™š›œžŸ\ufffd') DEBRIS[ch.charCodeAt(0)] = 1;

/**
 * True when `text` shows bytes of a legacy encoding read as Windows-1252/Latin-1, or UTF-8 mojibake:
 * a character no Vietnamese text contains ("¨", "»", "Ö"), or, inside a word that cannot be a
 * Vietnamese syllable, a VNI letter split in two ("Nguyeãn") or a capital after a small letter ("NguyÔn").
 *
 * @example
 * hasLegacyDebris('NguyÔn V¨n An') // true
 * hasLegacyDebris('Hoà Bình')       // false
 */
export function hasLegacyDebris(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (DEBRIS[c] === 1) return true;
  }
  // Legacy patterns inside a word that cannot be Vietnamese: a VNI letter read byte by byte
  // ("Nguyeãn", "Tuaán"), or a capital non-ASCII letter right after a small letter ("NguyÔn": TCVN3
  // "ễ" read as "Ô"). Only words showing a pattern are checked against the syllable rules.
  for (let i = 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) continue;
    const prev = raw.charCodeAt(i - 1);
    if (!((c <= 0xff && isVniPairText(prev, c)) || (prev >= 0x61 && prev <= 0x7a && lowerCode(c) !== c))) continue;
    // "Ð" (U+00D0) is a look-alike of "Đ", not debris: "Ðoàn" is "Đoàn"
    if (!syllableOk(wordAround(raw, i).normalize('NFC').replace(/\u00d0/g, '\u0110').replace(/\u00f0/g, '\u0111'), false)) return true;
  }
  return false;
}

function wordAround(s: string, i: number): string {
  let start = i;
  while (start > 0 && !isWordBreak(s.charCodeAt(start - 1))) start--;
  let end = i;
  while (end < s.length && !isWordBreak(s.charCodeAt(end))) end++;
  return s.slice(start, end);
}

function isWordBreak(c: number): boolean {
  // spaces and the punctuation that separates words in names: , . ; : ( ) - /
  return c <= 0x20 || c === 0xa0 || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2f;
}
