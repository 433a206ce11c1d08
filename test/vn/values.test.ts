import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEthnicity, canonicalNationality, ETHNIC_GROUPS, parseMaritalStatus } from '../../src/vn/ethnicity.js';
import { parsePid, pidIssue, PROVINCE_PID_CODES } from '../../src/vn/pid.js';
import { isSexValue, parseSex } from '../../src/vn/sex.js';
import { isBlank } from '../../src/vn/text.js';

describe('parseSex', () => {
  it.each([
    ['Nam', 'M'], ['NAM', 'M'], ['nam giới', 'M'], ['M', 'M'], ['male', 'M'], ['Male', 'M'],
    ['Nữ', 'F'], ['NỮ', 'F'], ['Nu', 'F'], ['nữ giới', 'F'], ['N\u1eef'.normalize('NFD'), 'F'], ['F', 'F'], ['female', 'F'],
    ['1', null], ['0', null], ['2', null], ['X', null], ['Nam/Nữ', null], ['', null],
  ])('%j -> %j', (raw, sex) => {
    expect(parseSex(raw)).toBe(sex);
  });

  it('reads Nam / Nữ in any case, normal form and spacing', () => {
    const variant = fc.tuple(fc.constantFrom(['Nam', 'M'], ['Nữ', 'F'], ['nữ giới', 'F']), fc.constantFrom('upper', 'lower', 'nfd', 'spaced'));
    fc.assert(fc.property(variant, ([[word, sex], form]) => {
      const raw = form === 'upper' ? word.toUpperCase() : form === 'lower' ? word.toLowerCase() : form === 'nfd' ? word.normalize('NFD') : `  ${word} `;
      return parseSex(raw) === sex;
    }));
  });

  it('tells blank values from invalid ones', () => {
    expect([isBlank(' '), isSexValue(' ')]).toEqual([true, false]);
    expect([isBlank('X'), isSexValue('X')]).toEqual([false, false]);
    expect([isBlank('Nữ'), isSexValue('Nữ')]).toEqual([false, true]);
  });
});

describe('parsePid', () => {
  it('lists the 63 provinces with codes 001..096', () => {
    const codes = Object.keys(PROVINCE_PID_CODES);
    expect(codes).toHaveLength(63);
    expect(codes.every((c) => /^0\d\d$/.test(c) && +c >= 1 && +c <= 96)).toBe(true);
    expect([PROVINCE_PID_CODES['095'], PROVINCE_PID_CODES['096'], PROVINCE_PID_CODES['094'], PROVINCE_PID_CODES['001'], PROVINCE_PID_CODES['079']]).toEqual(['Bạc Liêu', 'Cà Mau', 'Sóc Trăng', 'Hà Nội', 'Hồ Chí Minh']);
  });

  it.each([
    ['095205012345', { digits: '095205012345', status: 'valid', provinceCode: '095', century: 2000, sex: 'M', yy: 5 }],
    ['095 2 05 012345', { digits: '095205012345', status: 'valid', provinceCode: '095', century: 2000, sex: 'M', yy: 5 }],
    ['096.190.012.345', { digits: '096190012345', status: 'valid', provinceCode: '096', century: 1900, sex: 'F', yy: 90 }],
    ["'094-3-21-000001", { digits: '094321000001', status: 'valid', provinceCode: '094', century: 2000, sex: 'F', yy: 21 }],
    ['001700000000', { digits: '001700000000', status: 'valid', provinceCode: '001', century: 2200, sex: 'F', yy: 0 }],
    ['001600000000', { digits: '001600000000', status: 'valid', provinceCode: '001', century: 2200, sex: 'M', yy: 0 }],
    ['385123456', { digits: '385123456', status: 'cmnd', provinceCode: null, century: null, sex: null, yy: null }],
  ])('%j', (raw, expected) => {
    expect(parsePid(raw)).toEqual(expected);
  });

  it.each([
    ['95205012345', 'invalid'], // lost its leading zero in a spreadsheet
    ['099205012345', 'invalid'], // no province 099
    ['003205012345', 'invalid'], // no province 003
    ['095805012345', 'invalid'], // G digit 8
    ['0952050123456', 'invalid'],
    ['9.52E+11', 'invalid'],
    ['abc', 'invalid'],
    ['', 'missing'],
    ['  ', 'missing'],
  ])('%j -> %s', (raw, status) => {
    const p = parsePid(raw);
    expect(p.status).toBe(status);
    expect(p.digits).toBeNull();
  });

  const person = fc.record({
    province: fc.constantFrom(...Object.keys(PROVINCE_PID_CODES)),
    sex: fc.constantFrom<'M' | 'F'>('M', 'F'),
    year: fc.integer({ min: 1900, max: 2299 }),
    rest: fc.integer({ min: 0, max: 999999 }),
  });
  const build = (p: { province: string; sex: 'M' | 'F'; year: number; rest: number }) =>
    `${p.province}${((Math.floor(p.year / 100) - 19) * 2 + (p.sex === 'F' ? 1 : 0))}${String(p.year % 100).padStart(2, '0')}${String(p.rest).padStart(6, '0')}`;

  it('reads back province, century, sex and year of any well-formed pid', () => {
    fc.assert(fc.property(person, (p) => {
      const parsed = parsePid(build(p));
      return parsed.status === 'valid' && parsed.provinceCode === p.province && parsed.sex === p.sex && parsed.century === Math.floor(p.year / 100) * 100 && parsed.yy === p.year % 100;
    }));
  });

  it('pidIssue agrees with the record, or names the part that disagrees', () => {
    fc.assert(fc.property(person, (p) => {
      const pid = parsePid(build(p));
      const other = p.sex === 'M' ? 'F' : 'M';
      const sameCenturyOtherYear = p.year % 100 === 99 ? p.year - 1 : p.year + 1;
      return pidIssue(pid, p.sex, p.year) === null
        && pidIssue(pid, other, p.year) === 'century_sex'
        && pidIssue(pid, p.sex, p.year + 100 > 2299 ? p.year - 100 : p.year + 100) === 'century_sex'
        && pidIssue(pid, p.sex, sameCenturyOtherYear) === 'year'
        && pidIssue(pid, null, null) === null;
    }));
  });

  it('checks the examples of the domain notes', () => {
    expect(pidIssue(parsePid('095205012345'), 'M', 2005)).toBeNull(); // 095 2 05: a boy born 2005
    expect(pidIssue(parsePid('095205012345'), 'F', 2005)).toBe('century_sex');
    expect(pidIssue(parsePid('095190123456'), 'F', 1990)).toBeNull(); // a woman born 1990 has G = 1
    expect(pidIssue(parsePid('095090123456'), 'F', 1990)).toBe('century_sex');
    expect(pidIssue(parsePid('095191123456'), 'F', 1990)).toBe('year');
    expect(pidIssue(parsePid('385123456'), 'F', 1990)).toBeNull(); // a CMND cannot be checked
  });
});

describe('canonicalEthnicity', () => {
  it.each([
    ['Kinh', 'kinh'], ['KINH', 'kinh'], ['Dân tộc Kinh', 'kinh'], ['Việt', 'kinh'],
    ['Khmer', 'khmer'], ['Khơ-me', 'khmer'], ["Kh'mer", 'khmer'], ['Khơ me', 'khmer'], ['Khmer Krom', 'khmer'],
    ['Hoa', 'hoa'], ['Hoa (Trung Quốc)', 'hoa'], ['Người Hoa', 'hoa'], ['Hán', 'hoa'],
    ["H'Mông", 'mong'], ['Mèo', 'mong'], ['Ê-đê', 'e de'], ['Ba-na', 'ba na'], ['Bru - Vân Kiều', 'bru van kieu'],
    ['Xyz', 'xyz'], ['', null], ['  ', null],
  ])('%j -> %j', (raw, key) => {
    expect(canonicalEthnicity(raw)).toBe(key);
  });

  it('has 54 groups, each official name reading back to its key in any form', () => {
    expect(Object.keys(ETHNIC_GROUPS)).toHaveLength(54);
    for (const [key, name] of Object.entries(ETHNIC_GROUPS)) {
      for (const v of [name, name.toUpperCase(), name.normalize('NFD'), `Dân tộc ${name}`]) expect(canonicalEthnicity(v)).toBe(key);
    }
  });
});

describe('canonicalNationality', () => {
  it.each([
    ['Việt Nam', 'viet nam'], ['VIỆT NAM', 'viet nam'], ['VN', 'viet nam'], ['Vietnam', 'viet nam'], ['Viet Nam', 'viet nam'],
    ['Quốc tịch Việt Nam', 'viet nam'], ['CHXHCN Việt Nam', 'viet nam'],
    ['Cam-pu-chia', 'campuchia'], ['Cambodia', 'campuchia'], ['Trung Quốc', 'trung quoc'], ['Đài Loan', 'dai loan'],
    ['Ruritania', 'ruritania'], ['', null],
  ])('%j -> %j', (raw, key) => {
    expect(canonicalNationality(raw)).toBe(key);
  });
});

describe('parseMaritalStatus', () => {
  it.each([
    ['Chưa kết hôn', 'single'], ['Độc thân', 'single'], ['single', 'single'],
    ['Đã kết hôn', 'married'], ['Có vợ/chồng', 'married'], ['Có vợ', 'married'], ['Married', 'married'],
    ['Ly hôn', 'divorced'], ['Đã ly hôn', 'divorced'], ['divorced', 'divorced'],
    ['Góa', 'widowed'], ['Goá chồng', 'widowed'], ['Widowed', 'widowed'],
    ['Ly thân', null], ['?', null], ['', null],
  ])('%j -> %j', (raw, status) => {
    expect(parseMaritalStatus(raw)).toBe(status);
  });
});
