import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalName, parsePid, pidIssue } from '../../src/vn/index.js';
import { classifyDob, classifyName, classifyPid } from '../../src/generate/classify.js';
import { diacriticError, middleError, orderError, spellingError } from '../../src/generate/name-errors.js';
import { fullName, makeName, namePools, type Name } from '../../src/generate/names.js';
import { makePid } from '../../src/generate/pid.js';
import { Rng } from '../../src/generate/rng.js';
import { applyNameVariant, toggleTonePlacement, type VariantKind } from '../../src/generate/variants.js';

const day = (y: number, m: number, d: number) => ({ y, m, d, precision: 'day' as const });
const arbName = fc.tuple(fc.integer({ min: 1, max: 2 ** 31 }), fc.constantFrom('kinh', 'khmer', 'hoa'), fc.constantFrom('M', 'F'), fc.integer({ min: 1930, max: 2022 })).map(
  ([seed, ethnicity, sex, year]) => {
    const rng = new Rng(seed);
    namePools();
    return { rng, sex: sex as 'M' | 'F', name: makeName(rng, ethnicity as 'kinh', sex as 'M', year, ethnicity === 'kinh' ? 'Nguyễn' : 'Thạch') };
  },
);

describe('classifyName', () => {
  it('follows the contract on the documented examples', () => {
    expect(classifyName('Nguyễn Văn Tuấn', 'Nguyễn Văn Tuấn')).toBeNull();
    expect(classifyName('Nguyễn Văn Tuấn', 'Nguyễn Văn Tuân')).toBe('name.diacritics');
    expect(classifyName('Nguyễn Thị Lan', 'Nguyển Thị Lan')).toBe('name.diacritics');
    expect(classifyName('Trần Thị Vy', 'Trần Thị Vi')).toBe('name.spelling');
    expect(classifyName('Nguyễn Văn An', 'Nguyễn An')).toBe('name.middle_missing');
    expect(classifyName('Thạch Thị Sa Rây', 'Thạch Sa Rây')).toBe('name.middle_missing');
    expect(classifyName('Nguyễn Văn An', 'Văn An Nguyễn')).toBe('name.order');
    expect(classifyName('Nguyễn Văn An', 'Nguyễn Văn Phước')).toBe('name.different');
  });

  it('ignores every harmless variant', () => {
    const kinds: VariantKind[] = ['nfd', 'tone_placement', 'd_lookalike', 'case', 'spaces'];
    fc.assert(
      fc.property(arbName, fc.constantFrom(...kinds), ({ rng, name }, kind) => {
        const text = fullName(name);
        expect(classifyName(text, applyNameVariant(kind, text, rng))).toBeNull();
      }),
    );
    expect(toggleTonePlacement('Hòa Thủy')).toBe('Hoà Thuỷ');
    expect(canonicalName(toggleTonePlacement('Lê Thị Hoà'))).toBe(canonicalName('Lê Thị Hòa'));
  });

  it('sees what each injected alteration was meant to be, or nothing', () => {
    const alterations: [string, (rng: Rng, n: Name, sex: 'M' | 'F') => Name][] = [
      ['name.diacritics', (rng, n) => diacriticError(rng, n)],
      ['name.spelling', (rng, n) => spellingError(rng, n)],
      ['name.middle_missing', (rng, n, sex) => middleError(rng, n, sex)],
      ['name.order', (rng, n) => orderError(rng, n)],
    ];
    for (const [code, alter] of alterations) {
      let hits = 0;
      fc.assert(
        fc.property(arbName, ({ rng, name, sex }) => {
          const got = classifyName(fullName(name), fullName(alter(rng, name, sex)));
          if (got === code) hits++;
          // the generator retries when the alteration lands elsewhere; it must never be a harmless one
          expect(got === null || got.startsWith('name.')).toBe(true);
          // and it writes proper letters: every mark composes (no stray combining character left in NFC)
          expect(fullName(alter(rng, name, sex)).normalize('NFC')).not.toMatch(/[\u0300-\u036f]/);
        }),
        { numRuns: 200 },
      );
      expect(hits, code).toBeGreaterThan(100);
    }
  });
});

describe('classifyDob', () => {
  it('names each kind of date difference', () => {
    expect(classifyDob(day(1990, 3, 5), false, day(1990, 3, 5))).toBeNull();
    expect(classifyDob(day(1990, 3, 5), false, day(1990, 5, 3))).toBe('dob.day_month_swapped');
    expect(classifyDob(day(1991, 3, 5), false, day(1990, 3, 5))).toBe('dob.year');
    expect(classifyDob(day(1990, 3, 7), false, day(1990, 3, 5))).toBe('dob.date');
    expect(classifyDob(day(1990, 1, 1), false, day(1990, 3, 5))).toBe('dob.placeholder');
    expect(classifyDob({ y: 1990, m: 0, d: 0, precision: 'year' }, false, day(1990, 3, 5))).toBe('dob.partial');
    expect(classifyDob({ y: 1990, m: 3, d: 0, precision: 'month' }, false, day(1990, 3, 5))).toBe('dob.partial');
    expect(classifyDob(day(1993, 7, 20), false, day(1990, 3, 5))).toBe('dob.different');
  });

  it('compares only the year for a birth-year column, and finds no error in equal values', () => {
    expect(classifyDob({ y: 1962, m: 0, d: 0, precision: 'year' }, true, day(1962, 7, 1))).toBeNull();
    expect(classifyDob({ y: 1963, m: 0, d: 0, precision: 'year' }, true, day(1962, 7, 1))).toBe('dob.year');
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2023 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(classifyDob(day(y, m, d), false, day(y, m, d))).toBeNull();
        if (d <= 12 && d !== m) expect(classifyDob(day(y, d, m), false, day(y, m, d))).toBe('dob.day_month_swapped');
      }),
    );
  });
});

describe('pids', () => {
  it('builds valid pids whose digits agree with sex and year', () => {
    fc.assert(
      fc.property(fc.constantFrom('095', '094', '096', '079'), fc.constantFrom('M', 'F'), fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 0, max: 999_999 }), (province, sex, year, serial) => {
        const pid = makePid(province, sex as 'M', year, serial);
        const parsed = parsePid(pid);
        expect(parsed.status).toBe('valid');
        expect(pidIssue(parsed, sex as 'M', year)).toBeNull();
      }),
    );
  });

  it('classifies registry pids against the population pid and the record', () => {
    const pid = makePid('095', 'F', 1990, 123);
    expect(classifyPid('', pid, 'F', 1990)).toEqual([]);
    expect(classifyPid(pid, pid, 'F', 1990)).toEqual([]);
    expect(classifyPid(pid.replace('0', 'O'), pid, 'F', 1990)).toEqual(['pid.invalid']);
    expect(classifyPid(pid.slice(0, 11), pid, 'F', 1990)).toEqual(['pid.invalid']);
    expect(classifyPid(makePid('095', 'F', 1990, 124), pid, 'F', 1990)).toEqual(['pid.mismatch']);
    expect(classifyPid(pid, pid, 'M', 1990)).toEqual(['pid.inconsistent']);
    expect(classifyPid(makePid('095', 'F', 1991, 5), pid, 'F', 1990)).toEqual(['pid.mismatch', 'pid.inconsistent']);
  });
});
