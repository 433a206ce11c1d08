// Vietnamese personal names: family name first, then middle name(s), then the given name.
//
// The split is positional: first word = family, last word = given, words between = middle. This holds
// for Kinh names and is also how Khmer names ("Thạch Thị Sa Rây", "Danh Sà Phanh") and Hoa names
// ("Lý Thị Mỹ Lìn") are written in the registers, even where the word before the last belongs to
// the given name ("Sa Rây"); keeping the rule positional makes both sides of a comparison agree.
// The only exception is a short list of compound family names that are never split.

import { hasLegacyDebris } from './encoding/debris.js';
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
const COMPOUND_FAMILY_NAMES = ['cong tang ton nu', 'ton that', 'ton nu'];

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
  if (name === '') return { family: '', middle: '', given: '', familyFold: '', middleFold: '', givenFold: '', tokens: 0 };
  const tokens = countWords(name);
  const fold = foldText(name);
  // The fold has one word per word of the name unless a word folds to nothing (other scripts).
  const aligned = countWords(fold) === tokens;
  const familyWords = aligned && tokens >= 3 && (fold.startsWith('ton ') || fold.startsWith('cong ')) ? compoundFamilyLength(fold) : 1;
  const family = cutFamily(name, familyWords);
  const given = cutGiven(name);
  const middle = cutMiddle(name, family.length, given.length);
  if (!aligned) return { family, middle, given, familyFold: foldText(family), middleFold: foldText(middle), givenFold: foldText(given), tokens };
  const familyFold = cutFamily(fold, familyWords);
  const givenFold = cutGiven(fold);
  return { family, middle, given, familyFold, middleFold: cutMiddle(fold, familyFold.length, givenFold.length), givenFold, tokens };
}

/** Words of a single-spaced text. */
function countWords(s: string): number {
  if (s === '') return 0;
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x20) n++;
  return n;
}

/** The first `words` words of a single-spaced text of more words; '' for a single word. */
function cutFamily(s: string, words: number): string {
  let end = -1;
  for (let k = 0; k < words; k++) {
    end = s.indexOf(' ', end + 1);
    if (end < 0) return '';
  }
  return s.slice(0, end);
}

function cutGiven(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}

function cutMiddle(s: string, familyLength: number, givenLength: number): string {
  const from = familyLength + 1;
  const to = s.length - givenLength - 1;
  return familyLength === 0 || to <= from ? '' : s.slice(from, to);
}

/** Words taken by a compound family name at the start of `fold` (1 when none), leaving a given name. */
function compoundFamilyLength(fold: string): number {
  for (const compound of COMPOUND_FAMILY_NAMES) if (fold.startsWith(compound + ' ')) return countWords(compound);
  return 1;
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
