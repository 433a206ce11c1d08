import { fullName, type Name, type Sex } from './names.js';
import type { Rng } from './rng.js';

/**
 * Alterations of a name that produce one kind of error each. They work on single words and keep the
 * rest of the name; callers check the result with `classifyName` and retry when it does not give the
 * intended code.
 */

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/;
const SHAPE_RE = /[\u0302\u0306\u031b]/;
const VOWEL_RE = /[aeiouyAEIOUY]/;

const mapWords = (name: Name, pick: number, f: (w: string) => string): Name => {
  const words = [name.family, ...name.middles, ...name.given.split(' ')];
  words[pick] = f(words[pick]);
  const givenLen = name.given.split(' ').length;
  return { family: words[0], middles: words.slice(1, words.length - givenLen), given: words.slice(words.length - givenLen).join(' ') };
};
const wordCount = (name: Name): number => 1 + name.middles.length + name.given.split(' ').length;
/** Index of a word to alter: the given name's last word most often, else any word. */
const pickWord = (rng: Rng, name: Name): number => (rng.chance(0.6) ? wordCount(name) - 1 : rng.int(wordCount(name)));

/**
 * A diacritic slip: a tone mark changed, dropped or added, a vowel's shape lost (ư -> u), đ -> d.
 *
 * @example
 * diacriticError(rng, { family: 'Nguyễn', middles: ['Văn'], given: 'Tuấn' }); // e.g. '... Tuân' or 'Nguyển ...'
 */
export function diacriticError(rng: Rng, name: Name): Name {
  return mapWords(name, pickWord(rng, name), (word) => {
    if (/[đĐ]/.test(word) && rng.chance(0.4)) return word.replace('đ', 'd').replace('Đ', 'D');
    const nfd = word.normalize('NFD');
    const u = rng.next();
    if (TONE_RE.test(nfd) && u < 0.6) {
      const tone = nfd.match(TONE_RE)![0];
      const at = nfd.indexOf(tone);
      const stripped = nfd.slice(0, at) + nfd.slice(at + 1);
      if (u < 0.3) return stripped.normalize('NFC');
      // NFD puts a dot below before a circumflex: the new tone goes after the vowel's own marks
      let k = at;
      while (k < stripped.length && SHAPE_RE.test(stripped[k])) k++;
      return (stripped.slice(0, k) + rng.pick(TONES.filter((t) => t !== tone)) + stripped.slice(k)).normalize('NFC');
    }
    if (SHAPE_RE.test(nfd) && u < 0.85) return nfd.replace(SHAPE_RE, '').normalize('NFC');
    // add a tone to the last vowel
    const chars = [...nfd];
    for (let i = chars.length - 1; i >= 0; i--) {
      if (VOWEL_RE.test(chars[i]) && !TONE_RE.test(nfd)) {
        let j = i + 1;
        while (j < chars.length && SHAPE_RE.test(chars[j])) j++; // the tone goes after â, ê, ô, ơ, ư, ă's own mark
        chars.splice(j, 0, rng.pick(TONES));
        return chars.join('').normalize('NFC');
      }
    }
    return nfd.replace(TONE_RE, '').normalize('NFC');
  });
}

// Slips of the pen and of southern pronunciation: v/d, s/x, tr/ch, final n/ng, t/c, i/y.
const SPELLING_RULES: [RegExp, string][] = [
  [/^V/, 'D'], [/^D(?!i)/, 'V'], [/^S/, 'X'], [/^X/, 'S'], [/^Tr/, 'Ch'], [/^Ch/, 'Tr'], [/^Gi/, 'D'],
  [/n$/, 'ng'], [/ng$/, 'n'], [/nh$/, 'n'], [/t$/, 'c'], [/c$/, 't'], [/y$/, 'i'], [/i$/, 'y'], [/^Qu/, 'U'], [/^Ng/, 'N'],
];

/**
 * A spelling slip: one or two letters wrong, missing or doubled ("Thanh" -> "Than", "Vy" -> "Vi").
 *
 * @example
 * spellingError(rng, { family: 'Trần', middles: ['Thị'], given: 'Vy' }); // e.g. 'Trần Thị Vi'
 */
export function spellingError(rng: Rng, name: Name): Name {
  return mapWords(name, pickWord(rng, name), (word) => {
    const rules = SPELLING_RULES.filter(([re]) => re.test(word));
    if (rules.length > 0 && rng.chance(0.7)) {
      const [re, to] = rng.pick(rules);
      return word.replace(re, to);
    }
    const chars = [...word];
    if (chars.length <= 2) return word + chars[chars.length - 1];
    const i = 1 + rng.int(chars.length - 1);
    if (rng.chance(0.5)) chars.splice(i, 1);
    else chars.splice(i, 0, chars[i - 1]);
    return chars.join('');
  });
}

/**
 * A middle name left out, or a customary one ("Văn", "Thị") added.
 *
 * @example
 * middleError(rng, { family: 'Lê', middles: ['Văn'], given: 'Tám' }, 'M'); // usually { family: 'Lê', middles: [], given: 'Tám' }
 */
export function middleError(rng: Rng, name: Name, sex: Sex): Name {
  if (name.middles.length > 0 && rng.chance(0.8)) {
    const i = rng.int(name.middles.length);
    return { family: name.family, middles: name.middles.filter((_, j) => j !== i), given: name.given };
  }
  const extra = sex === 'F' ? 'Thị' : 'Văn';
  if (name.middles.includes(extra)) return { family: name.family, middles: name.middles.slice(1), given: name.given };
  return { family: name.family, middles: [extra, ...name.middles], given: name.given };
}

/**
 * The same words in another order: family name written last, or given and middle swapped.
 *
 * @example
 * orderError(rng, { family: 'Lê', middles: ['Văn'], given: 'Tám' }); // e.g. 'Văn Tám Lê'
 */
export function orderError(rng: Rng, name: Name): Name {
  if (name.middles.length > 0 && rng.chance(0.4)) {
    return { family: name.family, middles: [name.given], given: name.middles.join(' ') };
  }
  const words = [...name.middles, ...name.given.split(' ')];
  return { family: words[0], middles: words.slice(1), given: name.family };
}

/**
 * Another name altogether: another given name (sometimes with the middle names dropped too).
 *
 * @example
 * differentName(rng, name, () => 'Phước'); // the same family name, given name 'Phước'
 */
export function differentName(rng: Rng, name: Name, otherGiven: () => string): Name {
  return { family: name.family, middles: rng.chance(0.25) ? [] : name.middles, given: otherGiven() };
}

export { fullName };
