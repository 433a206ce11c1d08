import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalName, canonicalText, foldText, isBlank, stripToneMarks } from '../../src/vn/text.js';
import { messyText, syllable, vietnameseName, vietnameseText } from './arbitraries.js';

describe('canonicalText', () => {
  it.each([
    ['  Hoà\u00a0Bình ', 'Hòa Bình'],
    ['Ðặng Thị Thuý', 'Đặng Thị Thúy'],
    ['ðinh', 'đinh'],
    ['Nguye\u0302\u0303n', 'Nguyễn'], // NFD
    ['a\u0301\u0302', 'ấ'], // tone typed before the circumflex
    ['KHOẺ', 'KHỎE'],
    ['xoè', 'xòe'],
    ['Uỷ ban', 'Ủy ban'],
    ['Luỹ', 'Lũy'],
    ['Hoàng', 'Hoàng'], // final consonant: untouched
    ['Hóang', 'Hóang'], // misspelt, but not a placement variant: untouched
    ['Thuyết', 'Thuyết'],
    ['Quý', 'Quý'],
    ['Quí', 'Quí'],
    ['Qúy', 'Quý'],
    ['qùa', 'quà'],
    ['gìa', 'già'],
    ['gì', 'gì'],
    ['Ngoài', 'Ngoài'],
    ['Khuỷu', 'Khuỷu'],
    ['Nguy\u200Bễn', 'Nguyễn'],
    ['Phường\t\t1', 'Phường 1'],
    ['Ｎｇｕｙễｎ', 'Nguyễn'],
    ['Hoà, Bình.', 'Hòa, Bình.'],
  ])('%j -> %j', (raw, expected) => {
    expect(canonicalText(raw)).toBe(expected);
  });

  it('keeps letter case and punctuation', () => {
    expect(canonicalText('NGUYỄN văn An, (Bạc Liêu)')).toBe('NGUYỄN văn An, (Bạc Liêu)');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.oneof(messyText, vietnameseText, fc.string({ unit: 'binary' })), (s) => canonicalText(canonicalText(s)) === canonicalText(s)), { numRuns: 2000 });
  });

  it('gives NFC and NFD input the same output', () => {
    fc.assert(fc.property(fc.oneof(messyText, vietnameseText), (s) => canonicalText(s.normalize('NFD')) === canonicalText(s.normalize('NFC'))), { numRuns: 2000 });
  });

  it('returns NFC without leading, trailing or double spaces', () => {
    fc.assert(
      fc.property(fc.oneof(messyText, vietnameseText), (s) => {
        const t = canonicalText(s);
        return t === t.normalize('NFC') && t === t.trim() && !t.includes('  ') && !/[\u00a0\u200b\t\n]/.test(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('unifies the tone placement of oa, oe, uy at the end of a syllable', () => {
    const open = fc.tuple(fc.constantFrom('h', 'kh', 'th', 't', 'x', 'l', 'ng', ''), fc.constantFrom('oa', 'oe', 'uy'), fc.constantFrom('\u0301', '\u0300', '\u0309', '\u0303', '\u0323'), fc.boolean());
    fc.assert(
      fc.property(open, ([onset, pair, tone, upper]) => {
        const first = (onset + pair[0] + tone + pair[1]).normalize('NFC');
        const second = (onset + pair + tone).normalize('NFC');
        const [a, b] = upper ? [first.toUpperCase(), second.toUpperCase()] : [first, second];
        return canonicalText(a) === canonicalText(b) && canonicalText(b) === a && foldText(a) === foldText(b);
      }),
    );
  });

  it('leaves placement alone when a consonant or vowel follows', () => {
    for (const w of ['hoàng', 'hòang', 'thuyền', 'khoán', 'khóan', 'ngoái', 'ngóai', 'hoạch', 'tuýp']) expect(canonicalText(w)).toBe(w);
  });
});

describe('canonicalName', () => {
  it.each([
    ['NGUYỄN THỊ ÁNH', 'Nguyễn Thị Ánh'],
    ['đặng  văn-hoà.', 'Đặng Văn Hòa'],
    ['ĐẶNG', 'Đặng'],
    ['ưng ơn', 'Ưng Ơn'],
    ['nguyễn văn a (chết)', 'Nguyễn Văn A Chết'],
    ["H'Hen Niê", 'Hhen Niê'],
    ['Trần Văn 2', 'Trần Văn 2'],
    ['  ', ''],
    ['Lê\u00a0Thị\u00a0Thuý', 'Lê Thị Thúy'],
  ])('%j -> %j', (raw, expected) => {
    expect(canonicalName(raw)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.oneof(messyText, vietnameseText, fc.string({ unit: 'binary' })), (s) => canonicalName(canonicalName(s)) === canonicalName(s)), { numRuns: 2000 });
  });

  it('gives NFC and NFD input the same output', () => {
    fc.assert(fc.property(fc.oneof(messyText, vietnameseName, fc.string({ unit: 'binary' })), (s) => canonicalName(s.normalize('NFD')) === canonicalName(s.normalize('NFC'))), { numRuns: 1000 });
  });

  it('keeps only letters, digits and single spaces, each word capitalised', () => {
    fc.assert(
      fc.property(fc.oneof(messyText, vietnameseText), (s) => {
        const n = canonicalName(s);
        return /^[\p{L}\p{M}\p{N}]*(?: [\p{L}\p{M}\p{N}]+)*$/u.test(n) && n.split(' ').every((w) => w === '' || w[0] === w[0].toUpperCase() || w[0].toUpperCase().length !== 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('is the same for every case and normal form of a real name', () => {
    fc.assert(fc.property(vietnameseName, (n) => [n.toUpperCase(), n.toLowerCase(), n.normalize('NFD'), ` ${n}  `].every((v) => canonicalName(v) === n)));
  });
});

describe('foldText', () => {
  it.each([
    ['Nguyễn Thị Ánh', 'nguyen thi anh'],
    ['Đặng-Văn  Hoà', 'dang van hoa'],
    ['ĐẶNG ÐỨC', 'dang duc'],
    ['Phường 1, TP. Bạc Liêu', 'phuong 1 tp bac lieu'],
    ["Kh'mer", 'khmer'],
    ['Ｈｏａ １', 'hoa 1'],
    ['Lý 李', 'ly'],
    ['Straße ﬁ', 'strasse fi'], // expansions, so that the fold does not depend on case
    ['Nguye\u0302\u0303n', 'nguyen'],
  ])('%j -> %j', (raw, expected) => {
    expect(foldText(raw)).toBe(expected);
  });

  it('returns lower-case ASCII letters, digits and single inner spaces', () => {
    fc.assert(fc.property(fc.oneof(messyText, vietnameseText, fc.string({ unit: 'binary' })), (s) => /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/.test(foldText(s))), { numRuns: 2000 });
  });

  it('is idempotent and ignores normal form and case', () => {
    fc.assert(
      fc.property(fc.oneof(messyText, vietnameseText), (s) => {
        const f = foldText(s);
        return foldText(f) === f && foldText(s.normalize('NFD')) === f && foldText(s.toUpperCase()) === foldText(s.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with canonicalText and canonicalName', () => {
    const any = fc.oneof(messyText, vietnameseName, fc.string({ unit: 'binary' }));
    fc.assert(fc.property(any, (s) => foldText(canonicalText(s)) === foldText(s) && foldText(canonicalName(s)) === foldText(s)), { numRuns: 1000 });
  });
});

describe('every BMP character', () => {
  it('folds the same in upper and lower case, NFC and NFD, before and after canonicalName', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = 'a' + String.fromCharCode(c) + 'b';
      const f = foldText(s);
      if (foldText(s.toUpperCase()) !== foldText(s.toLowerCase()) || foldText(s.normalize('NFD')) !== f || foldText(canonicalName(s)) !== f || foldText(canonicalText(s)) !== f) bad.push(s);
      else if (canonicalName(s.normalize('NFD')) !== canonicalName(s.normalize('NFC')) || canonicalName(canonicalName(s)) !== canonicalName(s)) bad.push(s);
    }
    expect(bad).toEqual([]);
  });
});

describe('stripToneMarks', () => {
  it('removes the five tones and keeps letter shapes', () => {
    expect(stripToneMarks('Nguyễn Thị Ánh')).toBe('Nguyên Thi Anh');
    expect(stripToneMarks('Đặng Ưởng Ờ')).toBe('Đăng Ương Ơ');
    expect(stripToneMarks('Nguye\u0302\u0303n')).toBe('Nguyên');
  });

  it('equals foldText once shapes are folded too, and leaves no tone', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const t = stripToneMarks(s);
        return foldText(t) === foldText(s) && !/[\u0300\u0301\u0303\u0309\u0323]/.test(t.normalize('NFD'));
      }),
    );
  });

  it('tells tone-only differences from letter differences', () => {
    expect(stripToneMarks('Tú')).toBe(stripToneMarks('Tụ'));
    expect(stripToneMarks('Tú')).not.toBe(stripToneMarks('Tư'));
  });
});

describe('isBlank', () => {
  it('sees only invisible content as blank', () => {
    expect([null, undefined, '', ' \u00a0\t', '\u200b'].map(isBlank)).toEqual([true, true, true, true, true]);
    expect(['a', '.', '0'].map(isBlank)).toEqual([false, false, false]);
  });
});

describe('generated syllables', () => {
  it('survive canonicalText as one word', () => {
    fc.assert(fc.property(syllable, (w) => canonicalText(w).length === w.length && !canonicalText(w).includes(' ')));
  });
});
