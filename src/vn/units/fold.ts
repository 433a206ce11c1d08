/**
 * ASCII fold of place text: NFD, combining marks removed, đ/Đ (and the look-alike Ð) -> d, lower
 * case, single spaces. Tone-mark placement ("Hoà"/"Hòa") and Unicode form vanish with the marks.
 *
 * @example
 * foldPlace('  Xã  HOÀ Bình ') // 'xa hoa binh'
 */
export function foldPlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits folded text into word tokens: punctuation separates, letters glued to digits are split
 * ("p1" -> "p", "1") and numbers lose leading zeros ("01" -> "1").
 *
 * @example
 * placeTokens('p.01, tx.gia rai') // ['p', '1', 'tx', 'gia', 'rai']
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
