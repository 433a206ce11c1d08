// Canonical forms of Vietnamese text. Two spellings that a reader would call "the same text" (NFC vs
// NFD, "Ð" vs "Đ", "Hoà" vs "Hòa", stray spaces) get one canonical form here, so that later stages
// compare values, not keyboards. Differences that carry meaning (tone marks, letters) are kept.
//
// Tone placement convention: in the open syllables oa, oe, uy the tone sits on the FIRST vowel
// ("Hòa", "Khỏe", "Thúy"), the placement of most official documents ("Hòa Bình") and of the
// population database. With a final consonant or a third vowel the placement is the same in both
// styles and is never touched ("Hoàng", "Thuyết", "Ngoài", "Khuỷu"); after "qu" and "gi" the u/i
// belongs to the consonant, so the tone goes on the next vowel ("Quý", "Quỳnh", "Già").

import { APOSTROPHES, asciiFold, FOLD_DROP, FOLD_EXPAND, FOLD_SPACE, foldExpansion, isLetter, isVowel, lowerCode, toneOf, upperCode, vowelBase, withTone } from './letters.js';

const HAS_COMBINING = /[\u0300-\u036f]/;

// What the first pass does with each code unit: keep it, turn it into a space, drop it, or replace it.
const KEEP = 0;
const SPACE = 1;
const DROP = 2;
const REPLACE = 3;
const passTable = new Uint8Array(0x10000);
const replacement = new Map<number, number>([
  [0x00d0, 0x0110], // Ð (Icelandic eth) typed or OCR'd for Đ
  [0x00f0, 0x0111], // ð for đ
  [0x0189, 0x0110], // Ɖ (African D) for Đ
  [0x0256, 0x0111], // ɖ for đ
  [0x0340, 0x0300], // deprecated combining tone marks some old IMEs emit
  [0x0341, 0x0301],
]);
for (let c = 0xff01; c <= 0xff5e; c++) replacement.set(c, c - 0xfee0); // full-width ASCII from East-Asian IMEs
for (let c = 0; c < 0x10000; c++) {
  if (replacement.has(c)) passTable[c] = REPLACE;
  else if ((c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) passTable[c] = SPACE;
  else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0x180e || c === 0x034f) passTable[c] = DROP;
}

/**
 * Canonical form of any Vietnamese text: NFC; look-alikes fixed ("Ð"/"ð" -> "Đ"/"đ", full-width ASCII
 * -> ASCII); tone placement unified (see the convention at the top of this file); zero-width characters,
 * soft hyphens and control characters removed; every kind of space (NBSP, tabs, line breaks) collapsed
 * to one ASCII space; trimmed. Keeps letter case and punctuation. Idempotent.
 *
 * @example
 * canonicalText('  Hoà\u00a0Bình ')   // 'Hòa Bình'
 * canonicalText('Ðặng Thị Thuý')       // 'Đặng Thị Thúy'
 * canonicalText('Nguye\u0302\u0303n')  // 'Nguyễn' (NFD input)
 */
export function canonicalText(s: string): string {
  // One scan decides which of the (costly) steps the value needs; most need none or only the last.
  const n = s.length;
  if (n === 0) return s;
  let needClean = s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20;
  let needNfc = false;
  let toned = false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) needClean = true;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (passTable[c] !== KEEP) needClean = true;
    // below U+0300 and in U+1E00..U+1EFF every character is already NFC; anything else may not be
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) needNfc = true;
    else if (toneOf(c) !== 0 && i > 0) {
      // a tone can only be misplaced right after o, u (oa, oe, uy) or on the u/i of qu, gi
      const p = s.charCodeAt(i - 1) | 0x20;
      if (p === L_O || p === L_U || p === L_Q || p === L_G) toned = true;
    }
  }
  let t = needClean ? cleanSpaces(s) : s;
  if (needNfc) {
    if (HAS_COMBINING.test(t)) t = reorderMarks(t.normalize('NFD'));
    t = t.normalize('NFC');
  }
  return toned || needNfc ? unifyTonePlacement(t) : t;
}

/** First pass: look-alikes replaced, invisible characters dropped, spaces collapsed and trimmed. */
function cleanSpaces(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = passTable[c];
    if (kind === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (kind === DROP) continue;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += kind === REPLACE ? String.fromCharCode(replacement.get(c)!) : s[i];
  }
  return out;
}

const SHAPE_MARKS = new Set([0x0302, 0x0306]); // circumflex, breve (horn has its own combining class)
const TONE_ABOVE = new Set([0x0300, 0x0301, 0x0303, 0x0309]);

/**
 * NFD keeps marks of the same combining class in typing order, so "a + acute + circumflex" (typed
 * tone-first) would not compose to "ấ". Puts shape marks before tone marks within each run of marks.
 */
function reorderMarks(nfd: string): string {
  const codes: number[] = [];
  let changed = false;
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    codes.push(c);
    // bubble the shape mark left past tone marks of the same run
    if (SHAPE_MARKS.has(c)) {
      let j = codes.length - 1;
      while (j > 0 && TONE_ABOVE.has(codes[j - 1])) {
        codes[j] = codes[j - 1];
        codes[j - 1] = c;
        j--;
        changed = true;
      }
    }
  }
  return changed ? String.fromCharCode(...codes) : nfd;
}

const L_O = 0x6f;
const L_U = 0x75;
const L_A = 0x61;
const L_E = 0x65;
const L_Y = 0x79;
const L_Q = 0x71;
const L_G = 0x67;
const L_I = 0x69;

/** Moves misplaced tones (see the file comment). Expects NFC. */
function unifyTonePlacement(s: string): string {
  let codes: number[] | null = null;
  for (let i = 1; i < s.length; i++) {
    const c = codes ? codes[i] : s.charCodeAt(i);
    const tone = toneOf(c);
    if (tone === 0) continue;
    const base = lowerCode(vowelBase(c));
    const prev = codes ? codes[i - 1] : s.charCodeAt(i - 1);
    const prevLower = lowerCode(prev);
    const next = i + 1 < s.length ? (codes ? codes[i + 1] : s.charCodeAt(i + 1)) : -1;
    const afterNext = i + 2 < s.length ? (codes ? codes[i + 2] : s.charCodeAt(i + 2)) : -1;
    const beforePrev = i >= 2 ? lowerCode(codes ? codes[i - 2] : s.charCodeAt(i - 2)) : -1;

    // "hoà", "khoẻ", "thuý" at the end of a syllable -> tone on the first vowel
    const openPair = (prevLower === L_O && (base === L_A || base === L_E)) || (prevLower === L_U && base === L_Y);
    // (a combining mark after the vowel means an unusual sequence: moving the tone could make it composable)
    if (openPair && (next === -1 || (!isLetter(next) && !isCombining(next))) && !(beforePrev !== -1 && isVowel(beforePrev)) && !(prevLower === L_U && beforePrev === L_Q)) {
      codes ??= toCodes(s);
      codes[i - 1] = withTone(prev, tone);
      codes[i] = vowelBase(c);
      continue;
    }
    // "qúy", "qùa", "gìa" -> the u of qu / i of gi is part of the consonant: tone on the next vowel
    const consonantVowel = (base === L_U && prevLower === L_Q) || (base === L_I && prevLower === L_G);
    if (consonantVowel && next !== -1 && isVowel(next) && toneOf(next) === 0 && !isCombining(afterNext)) {
      codes ??= toCodes(s);
      codes[i] = vowelBase(c);
      codes[i + 1] = withTone(next, tone);
    }
  }
  return codes ? String.fromCharCode(...codes) : s;
}

function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

function toCodes(s: string): number[] {
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}

// Name cleanup classes: letters, marks and digits stay; apostrophes and invisible characters vanish
// ("H'Hen" -> "HHen", so every stage agrees on one form); any other punctuation separates words.
// A combining mark stays only on a character that stays: the NFD of a symbol ("↚" = "←" + U+0338)
// must vanish as the symbol does.
const NAME_KEEP = 0;
const NAME_SPACE = 1;
const NAME_DROP = 2;
const NAME_MARK = 3;
const nameTable = new Uint8Array(0x10000);
{
  const keep = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  const drop = new RegExp(`[\\p{Cf}${APOSTROPHES}]`, 'u');
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) nameTable[c] = NAME_DROP; // surrogates: see stripNamePunctuation
    else {
      const ch = String.fromCharCode(c);
      nameTable[c] = keep.test(ch) ? NAME_KEEP : mark.test(ch) ? NAME_MARK : drop.test(ch) ? NAME_DROP : NAME_SPACE;
    }
  }
  for (let c = 0; c < 0x10000; c++) if (passTable[c] === DROP) nameTable[c] = NAME_DROP; // as canonicalText and foldText do
}

/**
 * Canonical form of a person's name: `canonicalText`, punctuation removed (apostrophes join, anything
 * else separates words), each word in Title Case with Vietnamese letters ("đặng" -> "Đặng"). Keeps
 * letters, digits and single spaces. Idempotent.
 *
 * @example
 * canonicalName('NGUYỄN THỊ ÁNH')    // 'Nguyễn Thị Ánh'
 * canonicalName('đặng  văn-hoà.')    // 'Đặng Văn Hòa'
 */
export function canonicalName(s: string): string {
  // Ingest asks for the same value several times in a row (the raw name, then splitName and nameIssue
  // on it or on the result): remember the last answer. Idempotence makes the output its own answer.
  if (s === lastNameIn || s === lastNameOut) return lastNameOut;
  const out = isCanonicalName(s) ? s : titleCase(canonicalText(stripNamePunctuation(s)));
  lastNameIn = s;
  lastNameOut = out;
  return out;
}

let lastNameIn = '';
let lastNameOut = '';

/**
 * One scan for the common case of a value already in canonical form (the population extract is):
 * letters and digits in Title Case, single inner spaces, nothing to normalise, no tone to move.
 */
function isCanonicalName(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20) return n === 0;
  let wordStart = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (wordStart) return false; // two spaces
      wordStart = true;
      continue;
    }
    if (nameTable[c] !== NAME_KEEP || passTable[c] !== KEEP || (c >= 0x300 && (c < 0x1e00 || c > 0x1eff))) return false;
    if (wordStart ? upperCode(c) !== c : lowerCode(c) !== c) return false;
    if (toneOf(c) !== 0 && i > 0) {
      const p = s.charCodeAt(i - 1) | 0x20;
      if (p === L_O || p === L_U || p === L_Q || p === L_G) return false; // maybe a tone to move
    }
    wordStart = false;
  }
  return true;
}

function titleCase(t: string): string {
  let out = '';
  let wordStart = true;
  let runStart = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20) {
      wordStart = true;
      continue;
    }
    const want = wordStart ? upperCode(c) : lowerCode(c);
    wordStart = false;
    if (want !== c) {
      out += t.slice(runStart, i) + String.fromCharCode(want);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? t : out + t.slice(runStart);
}

function stripNamePunctuation(s: string): string {
  let clean = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) continue;
    const kind = nameTable[c];
    if (kind === NAME_KEEP && (c < 0xd800 || c > 0xdfff)) continue;
    if (kind === NAME_MARK && i > 0 && s.charCodeAt(i - 1) !== 0x20) continue;
    clean = false;
    break;
  }
  if (clean) return s;
  let out = '';
  let onKept = false; // the last character written is one a mark may sit on
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let kind: number;
    let ch: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // astral characters (rare CJK, emoji): judged by their code point
      ch = s.slice(i, i + 2);
      kind = astralNameClass(ch);
      i++;
    } else {
      ch = s[i];
      kind = c >= 0xd800 && c <= 0xdfff ? NAME_DROP : nameTable[c];
    }
    if (kind === NAME_KEEP || (kind === NAME_MARK && onKept)) {
      out += ch;
      onKept = true;
    } else if (kind === NAME_SPACE) {
      out += ' ';
      onKept = false;
    }
  }
  return out;
}

function astralNameClass(pair: string): number {
  return /^[\p{L}\p{N}]$/u.test(pair) ? NAME_KEEP : /^\p{M}$/u.test(pair) ? NAME_MARK : /^\p{Cf}$/u.test(pair) ? NAME_DROP : NAME_SPACE;
}

/**
 * ASCII fold for comparisons: lower case, every diacritic removed, đ -> d, only [a-z0-9 ] kept (other
 * punctuation becomes a space, apostrophes and letters of other scripts vanish), single spaces,
 * trimmed. Pure ASCII, so DuckDB's byte-counting levenshtein/jaro functions are safe on it.
 * NFC and NFD input give the same result. Idempotent.
 *
 * @example
 * foldText('Nguyễn Thị Ánh')  // 'nguyen thi anh'
 * foldText('Đặng-Văn  Hoà')   // 'dang van hoa'
 */
export function foldText(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      f = astralNameClass(s.slice(i, i + 2)) === NAME_SPACE ? FOLD_SPACE : FOLD_DROP; // letters and marks of other scripts vanish, symbols separate
      i++;
    } else f = asciiFold(c);
    if (f === FOLD_DROP) continue;
    if (f === FOLD_SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += f === FOLD_EXPAND ? foldExpansion(c) : String.fromCharCode(f);
  }
  return out;
}

const TONE_MARKS_NFD = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Removes the five tone marks only, keeping the letters ă â ê ô ơ ư đ: "Nguyễn" -> "Nguyên". Two names
 * equal after `stripToneMarks` but not before differ by tones alone (a `name.diacritics` difference);
 * compare `foldText` to also ignore the letter shapes. Output is NFC; case and spacing are kept.
 *
 * @example
 * stripToneMarks('Nguyễn Thị Ánh') // 'Nguyên Thi Anh'
 */
export function stripToneMarks(s: string): string {
  return s.normalize('NFD').replace(TONE_MARKS_NFD, '').normalize('NFC');
}

/**
 * True when the value is missing: null, undefined, or only spaces and invisible characters.
 *
 * @example
 * isBlank(' \u00a0') // true
 */
export function isBlank(s: string | null | undefined): boolean {
  if (s == null) return true;
  for (let i = 0; i < s.length; i++) if (passTable[s.charCodeAt(i)] === KEEP) return false;
  return true;
}
