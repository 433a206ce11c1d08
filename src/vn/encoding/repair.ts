// Repairs single values that were mis-decoded before they reached us: a TCVN3 or VNI file opened as
// Windows-1252 ("NguyÔn V¨n An", "Nguyeãn Vaên An"), UTF-8 read as a Windows code page
// ("Nguyá»…n", "ThĂ´ng"), or VIQR typed in ASCII ("Nguye^~n"). A value is only changed when the
// repaired text is entirely made of possible Vietnamese syllables and the original was not.

import { hasLegacyDebris } from './debris.js';
import { utf8Check } from './detect.js';
import { decodeTcvn3, decodeVni } from './legacy.js';
import { knownNameWords } from './known-words.js';
import { scoreWords } from './score.js';
import { syllableOk } from '../syllable.js';
import { oldStyleTone, toggleFinalTone } from '../tone-placement.js';
import { lowerCode, upperCode } from '../letters.js';
import { CP1252, MISREAD_CODE_PAGES, type CodePage } from './tables.js';
import { decodeViqr } from './viqr.js';

export type RepairSource = 'tcvn3' | 'vni' | 'viqr' | 'utf8-as-latin1';

export interface Repair {
  text: string;
  /** Which mis-decoding was undone; null when the value was left unchanged. */
  repairedFrom: RepairSource | null;
}

const VIQR_HINT = /[\^(+`~]|[aeiouyAEIOUY][.?'][A-Za-z]|(?:^|[^A-Za-z])[dD][dD][aeiouyAEIOUY]|[aeiouyAEIOUY][.?'] /;
const VIQR_STRONG = /[aeiouyAEIOUY](?:[(^+]|[`~])|(?:^|[^A-Za-z])[dD][dD][aeiouyAEIOUY]|[aeiouyAEIOUY][.?'][A-Za-z]/g;
const VIQR_MID_TONE = /[aeiouyAEIOUY][.?'] /g;

/**
 * Undoes an upstream mis-decoding of one value when that is certain; otherwise returns it unchanged.
 * Correct Vietnamese and plain ASCII names are never touched. Upper-case toned letters of TCVN3 come
 * back in lower case (TCVN3 has no code for them): pass the result through `canonicalName`.
 *
 * @example
 * repairMisdecoded('NguyÔn V¨n An')   // { text: 'Nguyễn Văn An', repairedFrom: 'tcvn3' }
 * repairMisdecoded('Nguyeãn Vaên An') // { text: 'Nguyễn Văn An', repairedFrom: 'vni' }
 * repairMisdecoded('Nguyá»…n')         // { text: 'Nguyễn', repairedFrom: 'utf8-as-latin1' }
 * repairMisdecoded('Nguyễn Văn An')   // { text: 'Nguyễn Văn An', repairedFrom: null }
 */
export function repairMisdecoded(field: string): Repair {
  // Readings: the whole value (with each final "oa", "oe", "uy" toned either way: "Hoà" is VNI for
  // "Hồ", "Ñoã" for "Đỗ") and word by word (a name may join a mis-decoded surname and a correct given
  // name), of the value as written and title-cased when it is all in capitals.
  const unchanged: Repair = { text: field, repairedFrom: null };
  if (isAscii(field)) return repairViqr(field) ?? unchanged;
  // Harmless differences (Unicode form, "Ð", spacing, capitals, tone placement) are evened out first,
  // so that two spellings of one mis-decoded name get one repair.
  const value = prepareValue(field);
  const cased = titleCaseIfCapitals(value);
  const values = cased !== value ? [value, cased] : [value];
  const readings = values.flatMap((v) => [...toneSpellings(v).map((t) => readWhole(t)), readWords(v, 'no')]);
  // capitals guessed back only when nothing else reads: anywhere in a value written in capitals,
  // inside words otherwise ("Taï" reads two ways, "TaÏ" only as VNI "Tạ", as its capitals "TAÏ" do;
  // a small first letter in a Title Case value is TCVN3's doing, not lost case)
  return bestReading(readings, value) ?? readWords(cased, cased !== value ? 'anywhere' : 'inside') ?? unchanged;
}

/**
 * The reading with the most words of real Vietnamese names, then the one that changed more words of
 * `value` (a whole mis-decoded value), then the first.
 */
function bestReading(readings: (Repair | null)[], value: string): Repair | null {
  const words = value.toLowerCase().split(' ');
  let best: Repair | null = null;
  let bestKnown = -1;
  let bestChanged = -1;
  for (const r of readings) {
    if (!r) continue;
    const known = knownNameWords(r.text);
    const changed = r.text.toLowerCase().split(' ').filter((w, i) => w !== words[i]).length;
    if (known > bestKnown || (known === bestKnown && changed > bestChanged)) [best, bestKnown, bestChanged] = [r, known, changed];
  }
  return best;
}

/**
 * A word kept as it is in a word-by-word reading: a known name word, or a possible syllable with a
 * letter outside Windows-1252 ("Văn", "Ngọc"), which no mis-decoding produces. "Sôn" in "Sôn Loäc" is
 * neither: that value is VNI through and through and is only read as a whole.
 */
function isSafeToKeep(word: string): boolean {
  return knownNameWords(word) === 1 || hasNonCp1252Letter(word);
}

function hasNonCp1252Letter(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0xff && CP1252.toByte[word.charCodeAt(i)] < 0) return true;
  return false;
}

/** The value, then the value with the tone of some final "oa", "oe", "uy" moved (at most 8 spellings). */
function toneSpellings(value: string): string[] {
  const words = value.split(' ');
  const movable = words.map((w, i) => (toggleFinalTone(w) !== w ? i : -1)).filter((i) => i >= 0).slice(0, 3);
  const out: string[] = [];
  for (let mask = 0; mask < 1 << movable.length; mask++) {
    out.push(words.map((w, i) => (movable.some((m, k) => m === i && (mask >> k) & 1) ? toggleFinalTone(w) : w)).join(' '));
  }
  return out;
}

/**
 * Each word that is not a possible syllable read alone; null unless every such word has a reading and
 * every word kept is safe to keep (see isSafeToKeep).
 * The word is also tried with its tone on the other vowel and (guessCapitals) with some of its small
 * non-ASCII letters as capitals: a name written in capitals or small letters lost the case that UTF-8,
 * TCVN3 and VNI mis-decodings carry ("BĂŠI" title-cased is "Băši", where "BĂši" reads "Bùi").
 */
type CapitalGuess = 'no' | 'inside' | 'anywhere';

function readWords(value: string, guessCapitals: CapitalGuess): Repair | null {
  const words = value.split(' ');
  const open: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '' || isAscii(w)) continue;
    if (syllableOk(w, false)) {
      if (!isSafeToKeep(w)) return null;
      continue;
    }
    open.push(i);
  }
  // Words read one way only settle the value's encoding; a word that reads as TCVN3 and as VNI
  // ("öng": TCVN3 "ửng", VNI "ưng") then takes it, and only without any takes its more common reading.
  const read = (i: number, both: Both): Repair | null => {
    let r: Repair | null = null;
    let known = -1;
    for (const spelling of wordSpellings(words[i], guessCapitals)) {
      const reading = readWhole(spelling, both);
      const k = reading ? knownNameWords(reading.text) : -1;
      if (reading && k > known) [r, known] = [reading, k];
    }
    return r;
  };
  const readings = new Map<number, Repair>();
  for (const i of open) {
    const r = read(i, 'neither');
    if (r) readings.set(i, r);
  }
  const sources = new Set([...readings.values()].map((r) => r.repairedFrom));
  const settled = sources.size === 1 ? [...sources][0] : null;
  // the more common reading only in a value with a genuine word ("Löu Thị Thu"): "Phan öng" may be
  // TCVN3 through and through, where "ửng" is right
  const mixed = words.some((w) => syllableOk(w, false) && hasNonCp1252Letter(w));
  for (const i of open) {
    if (readings.has(i)) continue;
    const r = read(i, settled === 'tcvn3' || settled === 'vni' ? settled : mixed ? 'more-common' : 'neither');
    if (!r) return null;
    readings.set(i, r);
  }
  if (readings.size === 0) return null;
  for (const [i, r] of readings) words[i] = r.text;
  return { text: words.join(' '), repairedFrom: readings.get(open[0])!.repairedFrom };
}

/** The word, with its final tone moved, and (guessCapitals) with capitals among its first four non-ASCII small letters (from the second letter when 'inside'). */
function wordSpellings(word: string, guessCapitals: CapitalGuess): string[] {
  const bases = [...new Set([word, toggleFinalTone(word)])];
  if (guessCapitals === 'no') return bases;
  const out = new Set(bases);
  for (const base of bases) {
    const small: number[] = [];
    for (let i = guessCapitals === 'inside' ? 1 : 0; i < base.length && small.length < 4; i++) {
      const c = base.charCodeAt(i);
      if (c >= 0x80 && upperCode(c) !== c) small.push(i);
    }
    for (let mask = 1; mask < 1 << small.length; mask++) {
      const chars = base.split('');
      small.forEach((at, k) => {
        if ((mask >> k) & 1) chars[at] = String.fromCharCode(upperCode(base.charCodeAt(at)));
      });
      out.add(chars.join(''));
    }
  }
  return [...out];
}

/** NFC, "Ð" as "Đ", single spaces, tone marks old style ("Hòa"). */
function prepareValue(field: string): string {
  const s = field.normalize('NFC').replace(/\u00d0/g, '\u0110').replace(/\u00f0/g, '\u0111').replace(/ +/g, ' ').replace(/^ | $/g, '');
  return s.split(' ').map(oldStyleTone).join(' ');
}

/**
 * Title Case for a value all in capitals (tried beside the value as it is). Values all in small
 * letters stay: in TCVN3 read as Windows-1252, small letters are what most of a name shows.
 */
function titleCaseIfCapitals(s: string): string {
  if (s !== s.toUpperCase() || s === s.toLowerCase()) return s;
  return s.toLowerCase().replace(/(^| )(.)/g, (_, sp: string, c: string) => sp + c.toUpperCase());
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The existing all-or-nothing reading of one value (or one word): null when not certain. */
/** When a value reads both as TCVN3 and as VNI: neither, one of them, or the one with more real name words. */
type Both = 'neither' | 'tcvn3' | 'vni' | 'more-common';

function readWhole(field: string, both: Both = 'neither'): Repair | null {
  let ascii = true;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      // Precomposed Vietnamese letters (U+1EA0..U+1EF9) never come out of a mis-decoding: genuine text.
      if (c >= 0x1ea0 && c <= 0x1ef9) return null;
    }
  }
  if (ascii) return null;

  // UTF-8 read as a code page: the bytes behind the characters must be valid UTF-8, which genuine
  // Vietnamese text in a Windows code page practically never is.
  for (const page of MISREAD_CODE_PAGES) {
    if (!hasUtf8Pair(field, page)) continue;
    const holes: number[] = [];
    const bytes = toBytes(field, page, holes);
    if (!bytes) continue;
    const text = holes.length > 0 ? fillLostBytes(bytes, holes, page) : utf8OrNull(bytes);
    if (text !== null && isAllVietnamese(text, false)) return { text, repairedFrom: 'utf8-as-latin1' };
  }

  // TCVN3 or VNI read as Windows-1252: every character is in that code page, the text shows legacy
  // debris, and as it stands it is not Vietnamese ("Võ Thành Tâm" is, and stays).
  const bytes = toBytes(field, CP1252);
  if (!bytes || !hasLegacyDebris(field)) return null;
  const before = scoreWords(field, false);
  if (before.valid === before.words) return null;
  const tcvn3 = decodeTcvn3(bytes);
  const vni = decodeVni(bytes).normalize('NFC');
  const tcvn3Ok = tcvn3 !== field && isAllVietnamese(tcvn3, true);
  const vniOk = vni !== field && isAllVietnamese(vni, true);
  if (tcvn3Ok && !vniOk) return { text: tcvn3, repairedFrom: 'tcvn3' };
  if (vniOk && !tcvn3Ok) return { text: vni, repairedFrom: 'vni' };
  if (vniOk && tcvn3Ok && both !== 'neither') {
    // both readings are possible ("Löu": VNI "Lưu", TCVN3 "Lửu"): as asked, or the one made of more
    // real name words; a tie is not certain
    if (both === 'vni') return { text: vni, repairedFrom: 'vni' };
    if (both === 'tcvn3') return { text: tcvn3, repairedFrom: 'tcvn3' };
    const [v, t] = [knownNameWords(vni), knownNameWords(tcvn3)];
    if (v !== t) return v > t ? { text: vni, repairedFrom: 'vni' } : { text: tcvn3, repairedFrom: 'tcvn3' };
  }
  return null; // neither, or both readings equally plausible: not certain
}

function isAllVietnamese(text: string, strictTones: boolean): boolean {
  const s = scoreWords(text, strictTones);
  return s.words > 0 && s.valid === s.words;
}

/** Cheap test before any allocation: some character is a UTF-8 lead byte in `page` and the next a continuation byte. */
function hasUtf8Pair(field: string, page: CodePage): boolean {
  for (let i = 0; i + 1 < field.length; i++) {
    const lead = page.toByte[field.charCodeAt(i)];
    if (lead < 0xc2 || lead > 0xf4) continue;
    const next = field.charCodeAt(i + 1);
    if (next === 0xfffd) return true;
    const cont = page.toByte[next] >= 0 ? page.toByte[next] : next <= 0xff ? next : -1;
    if (cont >= 0x80 && cont <= 0xbf) return true;
  }
  return false;
}

/**
 * A decoder that met a byte its code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in cp1252)
 * may have written U+FFFD: "Đ" (C4 90) became "Ä\ufffd". Tries each undefined byte in each hole (at
 * most three) and keeps the reading only when exactly one is Vietnamese with sane letter case
 * ("Ä\ufffd" can only be "Đ"; "á»\ufffd" could be ề, ọ, ỏ, Ố or ờ and usually stays as it is).
 */
function fillLostBytes(bytes: Uint8Array, holes: number[], page: CodePage): string | null {
  if (holes.length > 3 || page.undefinedBytes.length === 0) return null;
  let found: string | null = null;
  const choices = page.undefinedBytes;
  const combos = choices.length ** holes.length;
  for (let k = 0; k < combos; k++) {
    let rest = k;
    for (const h of holes) {
      bytes[h] = choices[rest % choices.length];
      rest = Math.floor(rest / choices.length);
    }
    const text = utf8OrNull(bytes);
    if (text === null || !isAllVietnamese(text, false) || hasCapitalInsideWord(text)) continue;
    if (found !== null && found !== text) return null; // two readings: not certain
    found = text;
  }
  return found;
}

function hasCapitalInsideWord(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const prev = text.charCodeAt(i - 1);
    if (lowerCode(c) !== c && upperCode(prev) !== prev) return true; // a capital right after a small letter
  }
  return false;
}

/** The bytes a code page would have turned into `field`, or null if some character is not in it. */
function toBytes(field: string, page: CodePage, holes?: number[]): Uint8Array | null {
  const out = new Uint8Array(field.length);
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if (c === 0xfffd && holes) holes.push(i); // a byte the decoder could not map: see fillLostBytes
    else {
      const b = page.toByte[c];
      if (b >= 0) out[i] = b;
      else if (c <= 0xff) out[i] = c; // read as ISO-8859-1, where C1 controls keep their byte value
      else return null;
    }
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');
function utf8OrNull(bytes: Uint8Array): string | null {
  // validate first: a decoder throwing on every Latin-1 name would cost more than all the rest
  const check = utf8Check(bytes, false);
  return check.valid && check.nonAscii > 0 ? utf8.decode(bytes).normalize('NFC') : null;
}

function repairViqr(field: string): Repair | null {
  if (!hasViqrCharacter(field) || !VIQR_HINT.test(field)) return null;
  // Evidence: mnemonics plain text never has, or tone marks inside the value ("Thi. Hoa"); a lone
  // final "." or "?" ("Nguyen Van A.") is punctuation.
  const evidence = (field.match(VIQR_STRONG)?.length ?? 0) + (field.match(VIQR_MID_TONE)?.length ?? 0);
  if (evidence === 0) return null;
  const text = decodeViqr(field);
  if (text === field || !isAllVietnamese(text, false)) return null;
  return { text, repairedFrom: 'viqr' };
}

/** Cheap scan before the regular expressions: any mnemonic character, or "dd" in any case. */
function hasViqrCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5e || c === 0x28 || c === 0x2b || c === 0x60 || c === 0x7e || c === 0x2e || c === 0x3f || c === 0x27) return true;
    if ((c === 0x64 || c === 0x44) && i + 1 < s.length && (s.charCodeAt(i + 1) | 0x20) === 0x64) return true;
  }
  return false;
}
