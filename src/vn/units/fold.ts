import { foldText } from '../text.js';

/**
 * ASCII fold of place text (the project's `foldText`): lower case, diacritics removed, đ/Đ and
 * look-alikes -> d, punctuation -> space, single spaces. Tone placement ("Hoà"/"Hòa") and Unicode
 * form vanish with the marks.
 *
 * @example
 * foldPlace('  Xã  HOÀ Bình ') // 'xa hoa binh'
 */
export function foldPlace(text: string): string {
  return foldText(text);
}

/** Where names stop: an address lists its units between these. */
const SEPARATORS = /[,;/|()[\]\n]+/;

/**
 * The parts of a place written between commas (semicolons, slashes, brackets), each folded. Names
 * never run across parts, so "Hà Nam, Ninh Bình" is not read as the former "Hà Nam Ninh".
 *
 * @example
 * placeSegments('P.1, TX Giá Rai; BL') // ['p 1', 'tx gia rai', 'bl']
 */
export function placeSegments(text: string): string[] {
  return text.split(SEPARATORS).map(foldPlace).filter((s) => s.length > 0);
}

/**
 * Splits a folded part into word tokens: letters glued to digits are split ("p1" -> "p", "1") and
 * numbers lose leading zeros ("01" -> "1").
 *
 * @example
 * placeTokens('p01 tx gia rai') // ['p', '1', 'tx', 'gia', 'rai']
 */
export function placeTokens(folded: string): string[] {
  const out: string[] = [];
  for (const word of folded.split(/[^a-z0-9]+/)) {
    if (!word) continue;
    for (const part of word.split(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)) {
      out.push(part.replace(/^0+(?=\d)/, ''));
    }
  }
  return out;
}
