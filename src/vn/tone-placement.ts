// Where the tone mark of a final "oa", "oe", "uy" sits: old style on the first vowel ("Hòa", "Thủy"),
// new style on the second ("Hoà", "Thuỷ"). Both are written; neither is an error.

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const OLD_STYLE = new RegExp(`^([^qQ]*[oOuU])(${TONE})([aAeEyY])$`);
const NEW_STYLE = new RegExp(`^([^qQ]*[oOuU])([aAeEyY])(${TONE})$`);

/**
 * One word with the tone of its final "oa", "oe", "uy" on the other vowel; other words unchanged.
 *
 * @example
 * toggleFinalTone('Hòa');  // 'Hoà'
 * toggleFinalTone('Thuỷ'); // 'Thủy'
 */
export function toggleFinalTone(word: string): string {
  const nfd = word.normalize('NFD');
  if (OLD_STYLE.test(nfd)) return nfd.replace(OLD_STYLE, '$1$3$2').normalize('NFC');
  if (NEW_STYLE.test(nfd)) return nfd.replace(NEW_STYLE, '$1$3$2').normalize('NFC');
  return word;
}

/**
 * One word with the tone of its final "oa", "oe", "uy" old style, on the first vowel.
 *
 * @example
 * oldStyleTone('Hoà'); // 'Hòa'
 * oldStyleTone('Hòa'); // 'Hòa'
 */
export function oldStyleTone(word: string): string {
  return NEW_STYLE.test(word.normalize('NFD')) ? toggleFinalTone(word) : word;
}
