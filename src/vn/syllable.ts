// Is a word a possible Vietnamese syllable? Legacy-encoding detection and repair score candidate
// decodings with this, and name checks use it to spot mojibake ("NguyÔn", "V¨n"). The check is
// deliberately permissive about spelling rules (c/k, g/gh, tone position) and strict about shape:
// one onset from the alphabet, one rhyme from the list below, at most one tone mark.

import { lowerCode, toneOf, vowelBase } from './letters.js';

const ONSETS = new Set(['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'r', 's', 't', 'th', 'tr', 'v', 'x']);

// Toneless rhymes (medial + nucleus + coda), including a few loan rhymes (oong, ooc, uyp).
const RHYMES = new Set(
  `a ai ao au ay ac ach am an ang anh ap at
   ăc ăm ăn ăng ăp ăt
   âc âm ân âng âp ât âu ây
   e eo ec em en eng ep et
   ê êu êch êm ên ênh êp êt
   i ia iu ich im in inh ip it
   iêc iêm iên iêng iêp iêt iêu
   y yêm yên yêng yêt yêu
   o oi oc om on ong op ot oong ooc
   ô ôi ôc ôm ôn ông ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua ui uc um un ung up ut
   uôc uôi uôm uôn uông uôt
   ư ưa ưi ưu ưc ưm ưn ưng ưt
   ươc ươi ươm ươn ương ươp ươt ươu
   oa oai oao oay oac oach oam oan oang oanh oap oat
   oăc oăm oăn oăng oăt
   oe oeo oen oet oem oeng
   uân uâng uât uây
   uê uêch uên uênh uêt
   uơ
   uy uya uyu uych uyn uynh uyp uyt uyên uyêt`
    .split(/\s+/)
    .filter(Boolean),
);


export interface SyllableOptions {
  /** Reject the tones huyền, hỏi, ngã on syllables closed by c, ch, p, t (impossible in Vietnamese). */
  strictTones?: boolean;
}

/**
 * True when `word` (letters only, any case, NFC) can be a Vietnamese syllable.
 *
 * @example
 * isVietnameseSyllable('Nguyễn')  // true
 * isVietnameseSyllable('nguyÔn')  // false (TCVN3 debris)
 * isVietnameseSyllable('Quỳnh')   // true
 */
export function isVietnameseSyllable(word: string, options: SyllableOptions = {}): boolean {
  return syllableOk(word, options.strictTones === true);
}

/**
 * `isVietnameseSyllable` without the options object, for hot loops. Names reuse a few thousand words:
 * the answers are remembered (bounded, cleared when full).
 *
 * @example
 * syllableOk('Nguyễn', true) // true
 */
export function syllableOk(word: string, strictTones: boolean): boolean {
  const cache = strictTones ? strictCache : lenientCache;
  let known = cache.get(word);
  if (known === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    known = checkSyllable(word, strictTones);
    cache.set(word, known);
  }
  return known;
}

const CACHE_LIMIT = 100_000;
const strictCache = new Map<string, boolean>();
const lenientCache = new Map<string, boolean>();

function checkSyllable(word: string, strictTones: boolean): boolean {
  const n = word.length;
  if (n === 0 || n > 12) return false;
  // lower-case, toneless letters into a small buffer; the tone is counted aside
  let tone = 0;
  let split = -1; // index of the first vowel
  for (let i = 0; i < n; i++) {
    const c = lowerCode(word.charCodeAt(i));
    const t = toneOf(c);
    if (t !== 0) {
      if (tone !== 0) return false;
      tone = t;
    }
    const base = t !== 0 ? vowelBase(c) : c;
    buffer[i] = base;
    if (split < 0 && VOWEL_CODES.has(base)) split = i;
  }
  if (split < 0) return false;
  const onset = split === 0 ? '' : String.fromCharCode.apply(null, buffer.subarray(0, split) as unknown as number[]);
  const rest = String.fromCharCode.apply(null, buffer.subarray(split, n) as unknown as number[]);
  let rhyme: string | null = null;
  if (onset === 'q') {
    // qu + rhyme: the u is the medial ("qua" ~ oa, "quý" ~ uy, "quốc" ~ uôc)
    if (rest.charCodeAt(0) !== 0x75 || rest.length < 2) return false;
    const r = rest.slice(1);
    rhyme = RHYMES.has('u' + r) ? 'u' + r : RHYMES.has('o' + r) ? 'o' + r : RHYMES.has(r) && r.charCodeAt(0) === 0x69 ? r : null;
  } else if (ONSETS.has(onset)) {
    if (RHYMES.has(rest)) rhyme = rest;
    // gi + rhyme: "giữ", "giặt" (the i belongs to the consonant)
    else if (onset === 'g' && rest.charCodeAt(0) === 0x69 && rest.length > 1 && RHYMES.has(rest.slice(1))) rhyme = rest.slice(1);
  }
  if (rhyme === null) return false;
  if (strictTones && (tone === 2 || tone === 3 || tone === 4)) {
    const last = rhyme.charCodeAt(rhyme.length - 1);
    // c, ch, p, t
    if (last === 0x63 || last === 0x70 || last === 0x74 || (last === 0x68 && rhyme.charCodeAt(rhyme.length - 2) === 0x63)) return false;
  }
  return true;
}

const buffer = new Uint16Array(12);
const VOWEL_CODES = new Set([...'aăâeêioôơuưy'].map((c) => c.charCodeAt(0)));
