import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_MIDDLE_NAMES, isCommonMiddleName, nameIssue, splitName } from '../../src/vn/names.js';
import { canonicalName, foldText } from '../../src/vn/text.js';
import { vietnameseName } from './arbitraries.js';

describe('splitName', () => {
  it.each([
    ['nguyễn thị  ánh', 'Nguyễn', 'Thị', 'Ánh', 3],
    ['Trần Văn Út', 'Trần', 'Văn', 'Út', 3],
    ['Lê Hoàng', 'Lê', '', 'Hoàng', 2],
    ['Huỳnh Thị Ngọc Thủy', 'Huỳnh', 'Thị Ngọc', 'Thủy', 4],
    // Khmer names: positional, the word before the last stays in the middle
    ['Thạch Thị Sa Rây', 'Thạch', 'Thị Sa', 'Rây', 4],
    ['Danh Sà Phanh', 'Danh', 'Sà', 'Phanh', 3],
    ['Sơn Thị Kim Liên', 'Sơn', 'Thị Kim', 'Liên', 4],
    ['Kim Sóc Kha', 'Kim', 'Sóc', 'Kha', 3],
    // Hoa names
    ['Lý Thị Mỹ Lìn', 'Lý', 'Thị Mỹ', 'Lìn', 4],
    ['Quách Huệ Phương', 'Quách', 'Huệ', 'Phương', 3],
    // compound family names
    ['Tôn Thất Thuyết', 'Tôn Thất', '', 'Thuyết', 3],
    ['Tôn Nữ Thị Ninh', 'Tôn Nữ', 'Thị', 'Ninh', 4],
    ['Công Tằng Tôn Nữ Thị Bích Thủy', 'Công Tằng Tôn Nữ', 'Thị Bích', 'Thủy', 7],
    ['Tôn Hoa', 'Tôn', '', 'Hoa', 2], // Tôn alone is an ordinary family name
    // a word of another script folds to nothing: the folds still follow the parts
    ['Lý 李 Minh', 'Lý', '李', 'Minh', 3],
    // one word: only a given name
    ['An', '', '', 'An', 1],
    ['', '', '', '', 0],
  ])('%j', (raw, family, middle, given, tokens) => {
    const p = splitName(raw);
    expect([p.family, p.middle, p.given, p.tokens]).toEqual([family, middle, given, tokens]);
    expect([p.familyFold, p.middleFold, p.givenFold]).toEqual([foldText(family), foldText(middle), foldText(given)]);
  });

  it('puts every word back in order', () => {
    fc.assert(
      fc.property(vietnameseName, fc.constantFrom('upper', 'nfd', 'as-is'), (n, form) => {
        const raw = form === 'upper' ? n.toUpperCase() : form === 'nfd' ? n.normalize('NFD') : n;
        const p = splitName(raw);
        return [p.family, p.middle, p.given].filter(Boolean).join(' ') === canonicalName(raw) && p.tokens === canonicalName(raw).split(' ').length;
      }),
    );
  });

  it('keeps twins apart and tells tone-only differences by the canonical form', () => {
    const twins = [['Nguyễn Hoàng Long', 'Nguyễn Hoàng Lân'], ['Lê Ngọc Tú', 'Lê Ngọc Tư'], ['Trần Thị Hoa', 'Trần Thị Hòa']];
    for (const [a, b] of twins) {
      expect(canonicalName(a)).not.toBe(canonicalName(b));
      expect(splitName(a).given).not.toBe(splitName(b).given);
    }
    expect(splitName('Nguyễn Hoàng Long').givenFold).not.toBe(splitName('Nguyễn Hoàng Lân').givenFold);
    expect(splitName('Lê Ngọc Tú').givenFold).toBe(splitName('Lê Ngọc Tư').givenFold); // only the diacritics differ
  });
});

describe('COMMON_MIDDLE_NAMES', () => {
  const rows = readFileSync(new URL('../../src/vn/data/names/vn_middle_given_freq.csv', import.meta.url), 'utf8')
    .trim().split('\n').slice(1).map((l) => l.split(','))
    .filter((r) => r[0] === 'middle_first_token').map((r) => ({ word: r[1].normalize('NFC'), count: Number(r[2]) }));
  const secondSurnames = ['Nguyễn', 'Lê', 'Trần', 'Vũ', 'Huỳnh'];

  it('is every first middle name carried by at least 50 people in the data, minus family names', () => {
    const expected = rows.filter((r) => r.count >= 50 && !secondSurnames.includes(r.word)).map((r) => r.word);
    expect([...COMMON_MIDDLE_NAMES].sort()).toEqual(expected.sort());
    expect(COMMON_MIDDLE_NAMES.slice(0, 2)).toEqual(['Văn', 'Thị']);
  });

  it('matches in any case and normal form, diacritics included', () => {
    expect(isCommonMiddleName('THỊ')).toBe(true);
    expect(isCommonMiddleName('văn'.normalize('NFD'))).toBe(true);
    expect(isCommonMiddleName('Thi')).toBe(false);
    expect(isCommonMiddleName('Nguyễn')).toBe(false);
  });
});

describe('nameIssue', () => {
  it.each([
    ['NguyÔn V¨n An', 'legacy_debris'], // TCVN3 read as Windows-1252
    ['TrÇn ThÞ Hoa', 'legacy_debris'],
    ['Nguyeãn Vaên An', 'legacy_debris'], // VNI read as Windows-1252
    ['Tuaán Anh', 'legacy_debris'],
    ['Nguyá»…n Văn', 'legacy_debris'], // UTF-8 read as Latin-1
    ['ThĂ´ng Văn', 'legacy_debris'], // UTF-8 read as ISO-8859-2
    ['Nguyễn Văn 2', 'digits'],
    ['Nguy3n Van', 'digits'],
    ['Sơn', 'single_word'],
    ['  ', 'empty'],
    ['...', 'empty'],
    ['Thạch Thị Sa Rây', null],
    ['Ðặng Văn Ðức', null], // look-alike, fixed by canonicalName
    ['Ðoàn Thị Cúc', null], // the look-alike before "oà", which is also a VNI pair
    ['Nguyễnn Văn', null], // a typo, not an encoding problem
    ['Krông Văn Ksor', null], // minority names are not Vietnamese syllables but have no debris
    ["H'Hen Niê", null],
    ['Võ Thành Tâm', null],
  ])('%j -> %j', (raw, issue) => {
    expect(nameIssue(raw)).toBe(issue);
  });

  it('finds nothing wrong with real names in any normal form', () => {
    fc.assert(fc.property(vietnameseName, (n) => {
      const expected = n.includes(' ') ? null : 'single_word';
      return nameIssue(n) === expected && nameIssue(n.normalize('NFD')) === expected && nameIssue(n.toUpperCase()) === expected;
    }));
  });
});
