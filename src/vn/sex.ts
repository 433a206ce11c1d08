// Sex as registers write it: Nam / Nữ in any case or normal form, sometimes "Nu" without diacritics
// or "Nữ giới", and M/F or male/female in exports. Digit codes are refused: systems disagree on them
// (1/2, 0/1 and 1/0 all occur), so a digit cannot be read without knowing the source system.

import { foldText } from './text.js';

export type Sex = 'M' | 'F';

const SEX_WORDS = new Map<string, Sex>([
  ['nam', 'M'], ['nam gioi', 'M'], ['gioi tinh nam', 'M'], ['phai nam', 'M'], ['trai', 'M'], ['con trai', 'M'],
  ['m', 'M'], ['male', 'M'], ['man', 'M'],
  ['nu', 'F'], ['nu gioi', 'F'], ['gioi tinh nu', 'F'], ['phai nu', 'F'], ['gai', 'F'], ['con gai', 'F'],
  ['f', 'F'], ['female', 'F'], ['woman', 'F'],
]);

/**
 * Reads a sex value: 'M', 'F', or null when blank or not recognised (see `isSexValue`).
 *
 * @example
 * parseSex('Nữ')      // 'F'
 * parseSex('NAM')     // 'M'
 * parseSex('nữ giới') // 'F'
 * parseSex('1')       // null (digit codes are ambiguous)
 */
export function parseSex(raw: string | null | undefined): Sex | null {
  if (raw == null) return null;
  return SEX_WORDS.get(foldText(raw)) ?? null;
}

/**
 * True when `raw` is a recognised sex value. With `isBlank` this tells a missing value (blank) from
 * an invalid one (not blank, not a sex value).
 *
 * @example
 * isSexValue('Nu') // true
 * isSexValue('X')  // false
 */
export function isSexValue(raw: string | null | undefined): boolean {
  return parseSex(raw) !== null;
}
