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

const STOP_CODAS = ['c', 'ch', 'p', 't'];
const VOWEL_BASES = new Set('aăâeêioôơuưy');

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
  let toneless = '';
  let tone = 0;
  for (let i = 0; i < word.length; i++) {
    const c = lowerCode(word.charCodeAt(i));
    const t = toneOf(c);
    if (t !== 0) {
      if (tone !== 0) return false;
      tone = t;
      toneless += String.fromCharCode(vowelBase(c));
    } else toneless += String.fromCharCode(c);
  }
  let split = 0;
  while (split < toneless.length && !VOWEL_BASES.has(toneless[split])) split++;
  const onset = toneless.slice(0, split);
  const rest = toneless.slice(split);
  if (rest === '') return false;
  let rhyme: string | null = null;
  if (onset === 'q') {
    // qu + rhyme: the u is the medial ("qua" ~ oa, "quý" ~ uy, "quốc" ~ uôc)
    if (rest[0] !== 'u' || rest.length < 2) return false;
    const r = rest.slice(1);
    rhyme = RHYMES.has('u' + r) ? 'u' + r : RHYMES.has('o' + r) ? 'o' + r : RHYMES.has(r) && r[0] === 'i' ? r : null;
  } else if (ONSETS.has(onset)) {
    if (RHYMES.has(rest)) rhyme = rest;
    // gi + rhyme: "giữ", "giặt", "giêng" (the i belongs to the consonant)
    else if (onset === 'g' && rest[0] === 'i' && rest.length > 1 && (RHYMES.has(rest.slice(1)) || RHYMES.has('i' + rest.slice(1)))) rhyme = rest.slice(1);
  }
  if (rhyme === null) return false;
  if (options.strictTones && (tone === 2 || tone === 3 || tone === 4)) {
    for (const coda of STOP_CODAS) if (rhyme.endsWith(coda)) return false;
  }
  return true;
}
