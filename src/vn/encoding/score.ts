// How Vietnamese does a piece of decoded text look? Detection and repair decode the same bytes several
// ways and keep the reading whose words are possible Vietnamese syllables.

import { syllableOk } from '../syllable.js';

export interface WordScore {
  /** Words containing at least one non-ASCII character. */
  words: number;
  /** Of those, the words that are possible Vietnamese syllables. */
  valid: number;
}

// Separators: ASCII whitespace, digits and punctuation. Everything else (letters, Latin-1 symbols that
// legacy bytes turn into) belongs to a word, so "V¨n" is one invalid word, not two valid ones.
const SEPARATOR = new Uint8Array(128);
for (const ch of ' \t\r\n\f\v,;:"|/\\()[]{}<>=!?.\'`~^+-_*&%$#@0123456789') SEPARATOR[ch.charCodeAt(0)] = 1;

/**
 * Counts the words of `text` that contain non-ASCII characters and how many of them are possible
 * Vietnamese syllables (tones checked strictly: no huyền/hỏi/ngã before c, ch, p, t).
 *
 * @example
 * scoreWords('Nguyễn Văn An')  // { words: 2, valid: 2 }
 * scoreWords('NguyÔn V¨n An')  // { words: 2, valid: 0 }
 */
export function scoreWords(text: string, strictTones = true): WordScore {
  let words = 0;
  let valid = 0;
  let start = -1;
  let nonAscii = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    const sep = c < 128 ? SEPARATOR[c] === 1 : c === 0xa0 || c === 0xfeff;
    if (!sep) {
      if (start < 0) start = i;
      if (c >= 128) nonAscii = true;
      continue;
    }
    if (start >= 0 && nonAscii) {
      words++;
      if (syllableOk(text.slice(start, i), strictTones)) valid++;
    }
    start = -1;
    nonAscii = false;
  }
  return { words, valid };
}
