// VIQR (RFC 1456): Vietnamese in plain ASCII, each diacritic typed after its vowel: "Nguye^~n Va(n
// Ddi.nh". Shape mnemonics ( ^ + and tone mnemonics ' ` ? ~ . follow the vowel; "dd" starts đ; a
// backslash makes the next character literal. "." "?" "'" are also punctuation, so after a bare vowel
// at the end of a word they count as a tone only when the result is a possible Vietnamese syllable
// ("Thi." -> "Thị", but "Hello." stays).

import { isVietnameseSyllable } from '../syllable.js';
import { LETTER_ROWS } from './tables.js';

const SHAPES: Record<string, string> = { '(': '\u0306', '^': '\u0302', '+': '\u031b' };
const TONES: Record<string, string> = { "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323' };
const SHAPE_OK: Record<string, string> = { '(': 'aA', '^': 'aAeEoO', '+': 'oOuU' };
const VOWELS = 'aeiouyAEIOUY';
const AMBIGUOUS_TONES = ".?'";
const MNEMONICS = "(^+'`?~.";

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

interface Piece {
  text: string;
  /** A bare-vowel tone made from an ambiguous punctuation character at the very end of a word. */
  trailingTone?: { plain: string; punctuation: string };
}

/**
 * Decodes VIQR mnemonics in `text` to NFC Vietnamese; text without mnemonics is returned unchanged.
 *
 * @example
 * decodeViqr('Nguye^~n Thi. Ho`a') // 'Nguyễn Thị Hòa'
 * decodeViqr('DDa(ng Va(n')         // 'Đăng Văn'
 */
export function decodeViqr(text: string): string {
  let out = '';
  let word: Piece[] = [];
  const flushWord = () => {
    if (word.length === 0) return;
    const last = word[word.length - 1];
    if (last.trailingTone) {
      const joined = word.map((p) => p.text).join('').normalize('NFC');
      if (isVietnameseSyllable(joined)) out += joined;
      else out += (word.slice(0, -1).map((p) => p.text).join('') + last.trailingTone.plain).normalize('NFC') + last.trailingTone.punctuation;
    } else out += word.map((p) => p.text).join('').normalize('NFC');
    word = [];
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\\' && i + 1 < n) {
      word.push({ text: text[i + 1] });
      i += 2;
      continue;
    }
    if ((c === 'd' || c === 'D') && (text[i + 1] === 'd' || text[i + 1] === 'D') && word.length === 0) {
      word.push({ text: c === 'd' ? 'đ' : 'Đ' });
      i += 2;
      continue;
    }
    if (VOWELS.includes(c)) {
      let j = i + 1;
      let letter = c;
      const shape = text[j];
      if (shape !== undefined && SHAPES[shape] && SHAPE_OK[shape].includes(c)) {
        letter += SHAPES[shape];
        j++;
      }
      const tone = text[j];
      if (tone !== undefined && TONES[tone]) {
        const atWordEnd = !isAsciiLetter(text[j + 1]) && text[j + 1] !== '\\';
        if (atWordEnd && j === i + 1 && AMBIGUOUS_TONES.includes(tone)) {
          word.push({ text: letter + TONES[tone], trailingTone: { plain: letter, punctuation: tone } });
          i = j + 1;
          flushWord();
          continue;
        }
        letter += TONES[tone];
        j++;
      }
      word.push({ text: letter });
      i = j;
      continue;
    }
    if (isAsciiLetter(c)) {
      word.push({ text: c });
      i++;
      continue;
    }
    flushWord();
    out += c;
    i++;
  }
  flushWord();
  return out;
}

const viqrOf = new Map<string, string>();
for (const row of LETTER_ROWS) viqrOf.set(row.letter, row.viqr);

/**
 * Encodes text as VIQR, escaping with a backslash any literal mnemonic that a decoder would otherwise
 * take for a diacritic, so that `decodeViqr(encodeViqr(x))` gives back x for Vietnamese text.
 *
 * @example
 * encodeViqr('Nguyễn Thị Hòa') // 'Nguye^~n Thi. Ho`a'
 */
export function encodeViqr(text: string): string {
  const s = text.normalize('NFC');
  let out = '';
  let prevSource = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const mapped = viqrOf.get(ch);
    if (mapped !== undefined) out += mapped;
    else if (ch === '\\') out += '\\\\';
    else if (MNEMONICS.includes(ch) && (VOWELS.includes(out[out.length - 1] ?? '') || MNEMONICS.includes(out[out.length - 1] ?? '')) && !out.endsWith('\\' + out[out.length - 1])) out += '\\' + ch;
    else if ((ch === 'd' || ch === 'D') && (s[i + 1] === 'd' || s[i + 1] === 'D') && !isWordChar(prevSource)) out += ch + '\\';
    else out += ch;
    prevSource = ch;
  }
  return out;
}

function isWordChar(c: string): boolean {
  return c !== '' && (isAsciiLetter(c) || viqrOf.has(c) || c === '\\');
}
