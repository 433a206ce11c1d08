// Per-character tables for the Vietnamese alphabet, built once at load time. Everything in src/vn that
// looks at single letters (canonical text, folds, syllable checks, legacy encodings) reads these arrays
// instead of running regular expressions or normalize() per character, which keeps normalising a
// million names well under the time budget.

/** The five Vietnamese tone marks, indexed as VNI and most keyboards order them. 0 = no tone (ngang). */
export const Tone = {
  None: 0,
  Acute: 1, // sắc
  Grave: 2, // huyền
  Hook: 3, // hỏi
  Tilde: 4, // ngã
  Dot: 5, // nặng
} as const;

/** Combining code point of each tone, by `Tone` index. */
export const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** The twelve vowel letters that carry tones, with their shape marks (breve, circumflex, horn). */
export const BASE_VOWELS = 'aăâeêioôơuưy';

const TABLE_SIZE = 0x1f00; // covers Latin-1, Latin Extended-A/B and Latin Extended Additional (U+1E00..U+1EFF)

const baseTable = new Uint16Array(TABLE_SIZE); // toned vowel -> same vowel without tone (same case)
const toneTable = new Uint8Array(TABLE_SIZE);
const composeTable = new Map<number, Uint16Array>(); // base vowel -> code with each tone
const foldTable = new Uint8Array(TABLE_SIZE); // ASCII letter/digit, SPACE, or DROP
const lowerTable = new Uint16Array(TABLE_SIZE);
const upperTable = new Uint16Array(TABLE_SIZE);

// Letters whose upper case is ASCII though no decomposition says so: the fold must not depend on case.
const SPECIAL_FOLDS: Record<string, string> = { 'ß': 'ss', 'ẞ': 'ss', 'ı': 'i' };
const expansions = new Map<number, string>();

/** `asciiFold` result for characters that fold to several ASCII letters: read them with `foldExpansion`. */
export const FOLD_EXPAND = 1;

/**
 * The ASCII letters a character folds to when `asciiFold` says FOLD_EXPAND.
 *
 * @example
 * foldExpansion('ß'.charCodeAt(0)) // 'ss'
 */
export function foldExpansion(code: number): string {
  return expansions.get(code) ?? '';
}

/** `asciiFold` result for characters that fold to nothing (marks, apostrophes, letters of other scripts). */
export const FOLD_DROP = 0;
/** `asciiFold` result for separators (spaces, punctuation, symbols). */
export const FOLD_SPACE = 32;

for (const lower of BASE_VOWELS) {
  for (const base of [lower, lower.toUpperCase()]) {
    const baseCode = base.charCodeAt(0);
    const codes = new Uint16Array(6);
    for (let tone = 0; tone < 6; tone++) {
      const code = (base + TONE_MARKS[tone]).normalize('NFC').charCodeAt(0);
      codes[tone] = code;
      baseTable[code] = baseCode;
      toneTable[code] = tone;
    }
    composeTable.set(baseCode, codes);
  }
}

const letterTable = new Uint8Array(TABLE_SIZE);
const LETTER = /\p{L}/u;
// Letters, marks and invisible format characters (zero-width space, soft hyphen) fold to nothing.
const LETTER_OR_MARK = /[\p{L}\p{M}\p{Cf}]/u;
/** Apostrophe-like characters: they join letters ("Kh'mer" -> "khmer") instead of separating words. */
export const APOSTROPHES = "'`\u00b4\u2018\u2019\u02bc\u02bb\u02b9\u1fef\u1ffd\uff07\uff40";
for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  // Case mappings that change the length (ß -> SS, İ -> i̇) would break idempotence: keep those as they are.
  lowerTable[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  upperTable[code] = upper.length === 1 ? upper.charCodeAt(0) : code;

  letterTable[code] = LETTER.test(ch) ? 1 : 0;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) foldTable[code] = code;
  else if (code >= 0x41 && code <= 0x5a) foldTable[code] = code + 32;
  else if (code === 0x111 || code === 0x110 || code === 0xf0 || code === 0xd0 || code === 0x189 || code === 0x256) foldTable[code] = 0x64; // đ Đ ð Ð Ɖ ɖ
  else if (APOSTROPHES.includes(ch) || isInvisibleControl(code)) foldTable[code] = FOLD_DROP;
  else if (LETTER_OR_MARK.test(ch)) foldTable[code] = letterFold(code);
  else foldTable[code] = FOLD_SPACE;
}

/**
 * Fold of a letter, mark or format character: the ASCII letters of its lower-case compatibility
 * decomposition ("ǆ" -> "dz", "ﬁ" -> "fi", "Ａ" -> "a"); FOLD_EXPAND when they are several (see
 * `foldExpansion`); FOLD_DROP when there are none (letters of other scripts).
 */
function letterFold(code: number): number {
  const ch = String.fromCharCode(code);
  const ascii = (SPECIAL_FOLDS[ch] ?? ch.toLowerCase().normalize('NFKD')).replace(/[^a-z]/g, '');
  if (ascii.length === 0) return FOLD_DROP;
  if (ascii.length === 1) return ascii.charCodeAt(0);
  expansions.set(code, ascii);
  return FOLD_EXPAND;
}

/** Control characters other than line breaks and tabs: canonicalText drops them, so the fold does too. */
function isInvisibleControl(code: number): boolean {
  return (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || (code >= 0x7f && code < 0xa0 && code !== 0x85);
}

/**
 * The vowel without its tone mark (shape marks kept), or 0 when `code` is not a Vietnamese vowel.
 *
 * @example
 * String.fromCharCode(vowelBase('ễ'.charCodeAt(0))) // 'ê'
 */
export function vowelBase(code: number): number {
  return code < TABLE_SIZE ? baseTable[code] : 0;
}

/**
 * The tone index (`Tone`) carried by a precomposed vowel; 0 for toneless vowels and every other character.
 *
 * @example
 * toneOf('ễ'.charCodeAt(0)) // Tone.Tilde (4)
 */
export function toneOf(code: number): number {
  return code < TABLE_SIZE ? toneTable[code] : 0;
}

/**
 * The precomposed vowel `base` (a toneless vowel code, any case) with `tone`; `base` itself when it
 * takes no tone.
 *
 * @example
 * String.fromCharCode(withTone('ê'.charCodeAt(0), Tone.Tilde)) // 'ễ'
 */
export function withTone(base: number, tone: number): number {
  const codes = composeTable.get(base);
  return codes ? codes[tone] : base;
}

/**
 * ASCII fold of one UTF-16 code unit: the lower-case ASCII letter or digit, `FOLD_SPACE` for separators,
 * `FOLD_DROP` for characters that vanish (combining marks, apostrophes, letters of other scripts).
 *
 * @example
 * String.fromCharCode(asciiFold('Đ'.charCodeAt(0))) // 'd'
 */
export function asciiFold(code: number): number {
  if (code < TABLE_SIZE) return foldTable[code];
  return foldOutsideTable(code);
}

const outsideCache = new Map<number, number>();
function foldOutsideTable(code: number): number {
  let v = outsideCache.get(code);
  if (v === undefined) {
    const ch = String.fromCharCode(code);
    if (code >= 0xd800 && code <= 0xdfff) v = FOLD_DROP; // surrogate halves: astral letters/emoji vanish
    else if (APOSTROPHES.includes(ch)) v = FOLD_DROP;
    else if (LETTER_OR_MARK.test(ch)) v = letterFold(code); // full-width Latin letters fold like their ASCII twins
    else if (/\p{N}/u.test(ch)) {
      // full-width and circled digits fold to their ASCII digit
      const first = ch.normalize('NFKD').charCodeAt(0);
      v = first >= 0x30 && first <= 0x39 ? first : FOLD_SPACE;
    } else v = FOLD_SPACE;
    outsideCache.set(code, v);
  }
  return v;
}

/**
 * Lower-case of one code unit (unchanged when the mapping would change the length).
 *
 * @example
 * String.fromCharCode(lowerCode('Ễ'.charCodeAt(0))) // 'ễ'
 */
export function lowerCode(code: number): number {
  if (code < TABLE_SIZE) return lowerTable[code];
  const s = String.fromCharCode(code).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : code;
}

/**
 * Upper-case of one code unit (unchanged when the mapping would change the length).
 *
 * @example
 * String.fromCharCode(upperCode('đ'.charCodeAt(0))) // 'Đ'
 */
export function upperCode(code: number): number {
  if (code < TABLE_SIZE) return upperTable[code];
  const s = String.fromCharCode(code).toUpperCase();
  return s.length === 1 ? s.charCodeAt(0) : code;
}

/**
 * True for the Vietnamese vowel letters a ă â e ê i o ô ơ u ư y in any case, with or without tone.
 *
 * @example
 * isVowel('Ữ'.charCodeAt(0)) // true
 */
export function isVowel(code: number): boolean {
  return code < TABLE_SIZE && baseTable[code] !== 0;
}

/**
 * True for letters of any script (Unicode category L).
 *
 * @example
 * isLetter('ư'.charCodeAt(0)) // true
 */
export function isLetter(code: number): boolean {
  if (code < TABLE_SIZE) return letterTable[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(code));
}
