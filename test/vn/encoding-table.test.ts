// The letter table src/vn/data/encoding/vn_legacy_encoding_map.csv against independent references:
// the VNI and VIQR composition rules, the TCVN3 (VN3) code chart and iconv-lite's Windows-1258.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LETTER_ROWS } from '../../src/vn/encoding/tables.js';

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // none, sắc, huyền, hỏi, ngã, nặng

/** Every letter of the table as [base letter without tone, tone index]. */
function split(letter: string): [string, number] {
  const nfd = letter.normalize('NFD');
  const tone = TONES.findIndex((t, i) => i > 0 && nfd.includes(t));
  const base = (tone > 0 ? nfd.replace(TONES[tone], '') : nfd).normalize('NFC');
  return [base, Math.max(tone, 0)];
}

// VNI: modifier bytes by tone for plain vowels, for vowels with circumflex and with breve (lower case).
const VNI_TONE = [0, 0xf9, 0xf8, 0xfb, 0xf5, 0xef];
const VNI_CIRCUMFLEX = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4];
const VNI_BREVE = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb];
const VNI_I = [0x69, 0xed, 0xec, 0xe6, 0xf3, 0xf2];

function vniReference(letter: string): number[] {
  const upper = letter !== letter.toLowerCase();
  const [base, tone] = split(letter.toLowerCase());
  const caseOf = (b: number) => (upper && b >= 0xe0 ? b - 0x20 : upper && b >= 0x61 && b <= 0x7a ? b - 0x20 : b);
  if (base === 'đ') return [caseOf(0xf1)];
  if (base === 'i') return [caseOf(VNI_I[tone])];
  if (base === 'y' && tone === 5) return [caseOf(0xee)];
  if (base === 'ơ' || base === 'ư') return tone === 0 ? [caseOf(base === 'ơ' ? 0xf4 : 0xf6)] : [caseOf(base === 'ơ' ? 0xf4 : 0xf6), caseOf(VNI_TONE[tone])];
  const plain = { â: 'a', ê: 'e', ô: 'o', ă: 'a' }[base as 'â'] ?? base;
  const modifier = 'âêô'.includes(base) ? VNI_CIRCUMFLEX[tone] : base === 'ă' ? VNI_BREVE[tone] : VNI_TONE[tone];
  return [caseOf(plain.charCodeAt(0)), caseOf(modifier)];
}

// TCVN3 (VN3): one code per lower-case letter; capitals only for Ă Â Ê Ô Ơ Ư Đ.
const TCVN3_LOWER: Record<string, number> = {};
'à B5 ả B6 ã B7 á B8 ạ B9 ằ BB ẳ BC ẵ BD ắ BE ặ C6 ầ C7 ẩ C8 ẫ C9 ấ CA ậ CB è CC ẻ CE ẽ CF é D0 ẹ D1 ề D2 ể D3 ễ D4 ế D5 ệ D6 ì D7 ỉ D8 ĩ DC í DD ị DE ò DF ỏ E1 õ E2 ó E3 ọ E4 ồ E5 ổ E6 ỗ E7 ố E8 ộ E9 ờ EA ở EB ỡ EC ớ ED ợ EE ù EF ủ F1 ũ F2 ú F3 ụ F4 ừ F5 ử F6 ữ F7 ứ F8 ự F9 ỳ FA ỷ FB ỹ FC ý FD ỵ FE ă A8 â A9 ê AA ô AB ơ AC ư AD đ AE Ă A1 Â A2 Ê A3 Ô A4 Ơ A5 Ư A6 Đ A7'
  .split(' ')
  .reduce((_, v, i, a) => (i % 2 ? _ : ((TCVN3_LOWER[v] = parseInt(a[i + 1], 16)), _)), null);

const VIQR_SHAPE: Record<string, string> = { ă: 'a(', â: 'a^', ê: 'e^', ô: 'o^', ơ: 'o+', ư: 'u+', đ: 'dd' };
const VIQR_TONE = ['', "'", '`', '?', '~', '.'];

describe('legacy letter table', () => {
  it('has the 134 letters with diacritics, each once, in NFC', () => {
    expect(LETTER_ROWS).toHaveLength(134);
    expect(new Set(LETTER_ROWS.map((r) => r.letter)).size).toBe(134);
    expect(LETTER_ROWS.every((r) => r.letter === r.letter.normalize('NFC') && r.letter.length === 1)).toBe(true);
  });

  it('gives the VNI bytes of the composition rules', () => {
    for (const r of LETTER_ROWS) expect([r.letter, r.vni]).toEqual([r.letter, vniReference(r.letter)]);
  });

  it('gives the TCVN3 code chart, capitals with a tone sharing the lower-case code', () => {
    for (const r of LETTER_ROWS) {
      const code = TCVN3_LOWER[r.letter] ?? TCVN3_LOWER[r.letter.toLowerCase()];
      expect([r.letter, r.tcvn3]).toEqual([r.letter, [code]]);
    }
  });

  it('gives cp1258 bytes that Windows-1258 decodes back to the letter', () => {
    for (const r of LETTER_ROWS) expect(iconv.decode(Buffer.from(r.cp1258), 'windows-1258').normalize('NFC')).toBe(r.letter);
  });

  it('gives the VIQR mnemonics of RFC 1456', () => {
    for (const r of LETTER_ROWS) {
      const upper = r.letter !== r.letter.toLowerCase();
      const [base, tone] = split(r.letter.toLowerCase());
      let expected = (VIQR_SHAPE[base] ?? base) + VIQR_TONE[tone];
      if (upper) expected = base === 'đ' ? 'DD' : expected[0].toUpperCase() + expected.slice(1);
      expect([r.letter, r.viqr]).toEqual([r.letter, expected]);
    }
  });

  it('never gives two letters the same VNI bytes, nor two lower-case letters the same TCVN3 byte', () => {
    const vni = LETTER_ROWS.map((r) => r.vni.join(' '));
    expect(new Set(vni).size).toBe(vni.length);
    const tcvn3 = LETTER_ROWS.filter((r) => r.letter === r.letter.toLowerCase()).map((r) => r.tcvn3.join(' '));
    expect(new Set(tcvn3).size).toBe(tcvn3.length);
  });
});
