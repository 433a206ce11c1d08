import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../src/vn/syllable.js';
import { GIVENS, MIDDLES, SURNAMES, syllable } from './arbitraries.js';

describe('isVietnameseSyllable', () => {
  it.each(['Nguyễn', 'NGUYỄN', 'Quỳnh', 'quý', 'quốc', 'giữ', 'gì', 'giếng', 'khuỷu', 'người', 'thuở', 'Ước', 'oanh', 'xoong', 'đặng', 'ý', 'yêu', 'Thuyết', 'rượu', 'Nguye\u0302\u0303n'.normalize('NFC')])('accepts %j', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });

  it.each(['nguyÔn', 'v¨n', 'Nguyeãn', 'Vaên', 'hello', 'John', 'Ksor', 'ngh', 'qa', 'áá', 'Nguyễnn', 'ThÞ', ''])('rejects %j', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });

  it('rejects huyền, hỏi and ngã before a stop only when asked to', () => {
    for (const w of ['phầt', 'mẻc', 'lỗp']) {
      expect(isVietnameseSyllable(w)).toBe(true);
      expect(isVietnameseSyllable(w, { strictTones: true })).toBe(false);
    }
    expect(isVietnameseSyllable('Phước', { strictTones: true })).toBe(true);
  });

  it('accepts every syllable of the grammar and every word of the test names, in any case', () => {
    fc.assert(fc.property(syllable, (w) => isVietnameseSyllable(w) && isVietnameseSyllable(w.toUpperCase())));
    for (const w of [...SURNAMES, ...MIDDLES, ...GIVENS].flatMap((n) => n.split(' '))) expect([w, isVietnameseSyllable(w)]).toEqual([w, true]);
  });
});
