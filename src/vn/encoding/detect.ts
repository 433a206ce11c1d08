// Which encoding is a file in? Byte-order marks decide at once; valid UTF-8 with non-ASCII text is
// UTF-8; otherwise the sample is decoded as cp1258, TCVN3 and VNI and the reading whose words are
// Vietnamese syllables wins. VIQR is plain ASCII and is reported only when its mnemonics are plainly there.

import { decodeCp1258, decodeTcvn3, decodeVni } from './legacy.js';
import type { TextEncoding } from './codec.js';
import { scoreWords, type WordScore } from './score.js';
import { decodeViqr } from './viqr.js';

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** 0..1: 1 for a byte-order mark or clear UTF-8; lower when the candidates score close or few words decide. */
  confidence: number;
}

/** Bytes of a file worth looking at; more only costs time. */
export const DETECTION_SAMPLE_BYTES = 256 * 1024;

/**
 * Guesses the text encoding of a file from its first bytes (pass up to `DETECTION_SAMPLE_BYTES`).
 *
 * @example
 * detectEncoding(readFileSync('registry.csv').subarray(0, DETECTION_SAMPLE_BYTES))
 * // { encoding: 'tcvn3', confidence: 0.97 }
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const sample = bytes.length > DETECTION_SAMPLE_BYTES ? bytes.subarray(0, DETECTION_SAMPLE_BYTES) : bytes;
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf8-bom', confidence: 1 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', confidence: 1 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf16be', confidence: 1 };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, confidence: 0.9 };

  const utf8 = utf8Check(sample);
  if (utf8.valid && utf8.nonAscii > 0) {
    const score = scoreWords(new TextDecoder().decode(sample).normalize('NFC'), false);
    // Valid UTF-8 is UTF-8 even when its words are not Vietnamese (mojibake saved as UTF-8 is repaired per field).
    return { encoding: 'utf8', confidence: score.words === 0 || score.valid / score.words >= 0.5 ? 1 : 0.9 };
  }
  if (utf8.valid) return looksLikeViqr(sample) ?? { encoding: 'utf8', confidence: 1 };

  const candidates: { encoding: TextEncoding; score: WordScore }[] = [
    { encoding: 'tcvn3', score: scoreWords(decodeTcvn3(sample)) },
    { encoding: 'vni', score: scoreWords(decodeVni(sample).normalize('NFC')) },
    { encoding: 'cp1258', score: scoreWords(decodeCp1258(sample)) },
  ];
  const ratio = (s: WordScore) => (s.words === 0 ? 0 : s.valid / s.words);
  candidates.sort((a, b) => ratio(b.score) - ratio(a.score) || b.score.valid - a.score.valid);
  const [best, second] = candidates;
  const margin = ratio(best.score) - ratio(second.score) / 2;
  const evidence = Math.min(1, best.score.words / 10);
  return { encoding: best.encoding, confidence: round2(clamp01(margin) * evidence) };
}

/** UTF-16 without a BOM: one byte of each pair is mostly zero for Latin text. */
function utf16WithoutBom(sample: Uint8Array): TextEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf16be';
  return null;
}

/**
 * Validates UTF-8 (shortest forms, no surrogates) and counts multi-byte sequences. A sequence cut
 * off by the end of the bytes is accepted unless `truncatedOk` is false.
 *
 * @example
 * utf8Check(new TextEncoder().encode('Nguyễn')) // { valid: true, nonAscii: 1 }
 */
export function utf8Check(bytes: Uint8Array, truncatedOk = true): { valid: boolean; nonAscii: number } {
  let nonAscii = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return { valid: false, nonAscii };
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { valid: truncatedOk, nonAscii }; // truncated at the end of the sample
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return { valid: false, nonAscii };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { valid: false, nonAscii };
    nonAscii++;
    i += need + 1;
  }
  return { valid: true, nonAscii };
}

const UNAMBIGUOUS_MNEMONIC = /[aeiouyAEIOUY](?:[(^+][`'?~.]?|[`~])|(?:^|[^A-Za-z])[dD][dD][aeiouyAEIOUY]/g;

/** VIQR only when mnemonics that normal text never has are frequent and decode to Vietnamese words. */
function looksLikeViqr(sample: Uint8Array): DetectedEncoding | null {
  const text = new TextDecoder().decode(sample);
  const marks = text.match(UNAMBIGUOUS_MNEMONIC)?.length ?? 0;
  if (marks < 3) return null;
  const decoded = scoreWords(decodeViqr(text), false);
  if (decoded.words < 3) return null;
  const ratio = decoded.valid / decoded.words;
  if (ratio < 0.8) return null;
  return { encoding: 'viqr', confidence: round2(ratio * Math.min(1, marks / 10)) };
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
