// Vietnamese personal names: family name first, then middle name(s), then the given name.
//
// The split is positional: first word = family, last word = given, words between = middle. This holds
// for Kinh names and is also how Khmer names ("Thạch Thị Sa Rây", "Danh Sà Phanh") and Hoa names
// ("Lý Thị Mỹ Lìn") are written in the registers, even where the word before the last belongs to
// the given name ("Sa Rây"); keeping the rule positional makes both sides of a comparison agree.
// The only exception is a short list of compound family names that are never split.

import { isVniPairText } from './encoding/legacy.js';
import { lowerCode } from './letters.js';
import { isVietnameseSyllable } from './syllable.js';
import { canonicalName, foldText } from './text.js';

export interface NameParts {
  family: string;
  /** Words between family and given name, joined by one space; '' when none. */
  middle: string;
  given: string;
  familyFold: string;
  middleFold: string;
  givenFold: string;
  /** Number of words in the canonical name. */
  tokens: number;
}

/** Compound family names (Huế royal lineages), folded, longest first. Kept short on purpose. */
const COMPOUND_FAMILY_NAMES = ['cong tang ton nu', 'ton that', 'ton nu'].map((f) => f.split(' '));

/**
 * Splits a name into family, middle and given name (see the file comment). The name is put in
 * canonical form first. One word: family '' and given = that word. Compound family names
 * ("Tôn Thất", "Tôn Nữ", "Công Tằng Tôn Nữ") stay whole when a given name follows.
 *
 * @example
 * splitName('nguyễn thị  ánh') // { family: 'Nguyễn', middle: 'Thị', given: 'Ánh', familyFold: 'nguyen', middleFold: 'thi', givenFold: 'anh', tokens: 3 }
 * splitName('Danh Sà Phanh')    // family 'Danh', middle 'Sà', given 'Phanh'
 * splitName('Tôn Thất Thuyết')  // family 'Tôn Thất', middle '', given 'Thuyết'
 */
export function splitName(fullName: string): NameParts {
  const name = canonicalName(fullName);
  if (name === '') return parts('', '', '', 0);
  const words = name.split(' ');
  if (words.length === 1) return parts('', '', words[0], 1);
  let familyWords = 1;
  if (words.length >= 3) {
    const folded = words.map(foldText);
    for (const compound of COMPOUND_FAMILY_NAMES) {
      if (compound.length < words.length && compound.every((w, i) => folded[i] === w)) {
        familyWords = compound.length;
        break;
      }
    }
  }
  return parts(words.slice(0, familyWords).join(' '), words.slice(familyWords, -1).join(' '), words[words.length - 1], words.length);
}

function parts(family: string, middle: string, given: string, tokens: number): NameParts {
  return { family, middle, given, familyFold: foldText(family), middleFold: foldText(middle), givenFold: foldText(given), tokens };
}

/**
 * The most frequent first middle names in src/vn/data/names/vn_middle_given_freq.csv (at least 50 of
 * 8.757 people), without the family names Nguyễn, Lê, Trần, Vũ, Huỳnh that appear there only as a
 * second family name. Văn and Thị lead: they are often dropped or added between documents.
 */
export const COMMON_MIDDLE_NAMES: readonly string[] = [
  'Văn', 'Thị', 'Minh', 'Hoàng', 'Ngọc', 'Thanh', 'Đức', 'Quốc', 'Quang', 'Hữu', 'Đình', 'Xuân', 'Thành',
  'Duy', 'Anh', 'Trung', 'Tấn', 'Công', 'Tuấn', 'Trọng', 'Hồng', 'Thế', 'Tiến', 'Mạnh', 'Nhật', 'Việt',
  'Huy', 'Thái', 'Chí', 'Hoài', 'Hải', 'Đăng', 'Bá', 'Phước', 'Kim',
];
const COMMON_MIDDLE_SET = new Set(COMMON_MIDDLE_NAMES.map((w) => canonicalName(w)));

/**
 * True when `word` (any case or normal form) is one of `COMMON_MIDDLE_NAMES`, with its diacritics.
 *
 * @example
 * isCommonMiddleName('THỊ') // true
 * isCommonMiddleName('Thi') // false (another word)
 */
export function isCommonMiddleName(word: string): boolean {
  return COMMON_MIDDLE_SET.has(canonicalName(word));
}

export type NameIssue = 'digits' | 'legacy_debris' | 'single_word' | 'empty';

// Characters a Vietnamese name never contains but legacy bytes read as Windows-1252/Latin-1 produce:
// C1 controls, Latin-1 symbols, non-Vietnamese Latin-1 letters, cp1252 extras, U+FFFD.
// Ð/ð are look-alikes of Đ/đ (fixed by canonicalText), and ’ ‘ “ ” – — occur in real names.
const DEBRIS = new Set<number>();
for (let c = 0x80; c <= 0xbf; c++) if (c !== 0xa0) DEBRIS.add(c);
for (const ch of 'ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ€‚ƒ„…†‡ˆ‰Š‹ŒŽ•˜™š›œžŸ\ufffd') DEBRIS.add(ch.charCodeAt(0));


/**
 * What is wrong with a raw name, checked in this order: 'empty' (nothing left after canonicalName),
 * 'legacy_debris' (bytes of a legacy encoding read as Windows-1252 or mojibake: "NguyÔn V¨n",
 * "Nguyeãn", "Nguyá»…n"), 'digits', 'single_word'; null when none. Run it on the value you keep:
 * after `repairMisdecoded`, on the repaired text.
 *
 * @example
 * nameIssue('NguyÔn V¨n An') // 'legacy_debris'
 * nameIssue('Nguyễn Văn 2')  // 'digits'
 * nameIssue('Sơn')           // 'single_word'
 * nameIssue('Thạch Thị Sa Rây') // null
 */
export function nameIssue(raw: string): NameIssue | null {
  const name = canonicalName(raw);
  if (name === '') return 'empty';
  if (hasLegacyDebris(raw)) return 'legacy_debris';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return 'digits';
  }
  if (name.indexOf(' ') < 0) return 'single_word';
  return null;
}

function hasLegacyDebris(raw: string): boolean {
  let suspicious = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) continue;
    if (DEBRIS.has(c)) return true;
    suspicious = true;
  }
  if (!suspicious) return false;
  // Words that cannot be Vietnamese and show a legacy pattern: a VNI letter read byte by byte
  // ("Nguyeãn", "Tuaán"), or a capital non-ASCII letter right after a small letter ("NguyÔn": TCVN3
  // "ễ" read as "Ô").
  for (const word of raw.normalize('NFC').split(/[\s,.;:()\-/]+/)) {
    if (word === '' || isVietnameseSyllable(word)) continue;
    for (let i = 1; i < word.length; i++) {
      const prev = word.charCodeAt(i - 1);
      const c = word.charCodeAt(i);
      if (c < 0x80) continue;
      if (isVniPairText(prev, c)) return true;
      if (prev >= 0x61 && prev <= 0x7a && lowerCode(c) !== c) return true;
    }
  }
  return false;
}
