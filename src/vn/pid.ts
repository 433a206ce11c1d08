// Personal identification numbers (số định danh cá nhân): 12 digits, no checksum.
//   PPP  province where the birth was registered (the province code with a leading 0: 095 Bạc Liêu)
//   G    century and sex: 1900s male 0 / female 1, 2000s 2/3, 2100s 4/5, 2200s 6/7
//   YY   last two digits of the year of birth
//   NNNNNN random
// Older 9-digit identity cards (CMND) name the province of issue, not of birth: kept, but not a pid.

import type { Sex } from './sex.js';

export type PidStatus = 'valid' | 'cmnd' | 'invalid' | 'missing';

export interface ParsedPid {
  /** The digits after removing spaces, dots, dashes and a leading apostrophe; null when missing or invalid. */
  digits: string | null;
  status: PidStatus;
  provinceCode: string | null;
  century: number | null;
  sex: Sex | null;
  yy: number | null;
}

/** Province codes of the pid (the 63 provinces before the 2025 merger), code -> name. */
export const PROVINCE_PID_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội', '002': 'Hà Giang', '004': 'Cao Bằng', '006': 'Bắc Kạn', '008': 'Tuyên Quang', '010': 'Lào Cai',
  '011': 'Điện Biên', '012': 'Lai Châu', '014': 'Sơn La', '015': 'Yên Bái', '017': 'Hòa Bình', '019': 'Thái Nguyên',
  '020': 'Lạng Sơn', '022': 'Quảng Ninh', '024': 'Bắc Giang', '025': 'Phú Thọ', '026': 'Vĩnh Phúc', '027': 'Bắc Ninh',
  '030': 'Hải Dương', '031': 'Hải Phòng', '033': 'Hưng Yên', '034': 'Thái Bình', '035': 'Hà Nam', '036': 'Nam Định',
  '037': 'Ninh Bình', '038': 'Thanh Hóa', '040': 'Nghệ An', '042': 'Hà Tĩnh', '044': 'Quảng Bình', '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế', '048': 'Đà Nẵng', '049': 'Quảng Nam', '051': 'Quảng Ngãi', '052': 'Bình Định', '054': 'Phú Yên',
  '056': 'Khánh Hòa', '058': 'Ninh Thuận', '060': 'Bình Thuận', '062': 'Kon Tum', '064': 'Gia Lai', '066': 'Đắk Lắk',
  '067': 'Đắk Nông', '068': 'Lâm Đồng', '070': 'Bình Phước', '072': 'Tây Ninh', '074': 'Bình Dương', '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu', '079': 'Hồ Chí Minh', '080': 'Long An', '082': 'Tiền Giang', '083': 'Bến Tre', '084': 'Trà Vinh',
  '086': 'Vĩnh Long', '087': 'Đồng Tháp', '089': 'An Giang', '091': 'Kiên Giang', '092': 'Cần Thơ', '093': 'Hậu Giang',
  '094': 'Sóc Trăng', '095': 'Bạc Liêu', '096': 'Cà Mau',
};

const SEPARATORS = /[\s.\-\u00a0]/g;
const MISSING: ParsedPid = { digits: null, status: 'missing', provinceCode: null, century: null, sex: null, yy: null };
const INVALID: ParsedPid = { ...MISSING, status: 'invalid' };

/**
 * Reads a pid: strips spaces, dots, dashes and the apostrophe Excel puts before numbers kept as text.
 * 12 digits with a known province code and a century/sex digit 0-7 -> 'valid'; 9 digits -> 'cmnd';
 * blank -> 'missing'; anything else -> 'invalid' (including 11-digit numbers that lost their leading 0
 * in a spreadsheet: they cannot be told from typing errors).
 *
 * @example
 * parsePid('095 2 05 012345') // { digits: '095205012345', status: 'valid', provinceCode: '095', century: 2000, sex: 'M', yy: 5 }
 * parsePid('385123456')       // status 'cmnd'
 */
export function parsePid(raw: string | null | undefined): ParsedPid {
  if (raw == null) return MISSING;
  let s = raw.replace(SEPARATORS, '');
  if (s.startsWith("'")) s = s.slice(1);
  if (s === '') return MISSING;
  if (!/^\d+$/.test(s)) return INVALID;
  if (s.length === 9) return { ...MISSING, digits: s, status: 'cmnd' };
  if (s.length !== 12) return INVALID;
  const provinceCode = s.slice(0, 3);
  const g = s.charCodeAt(3) - 48;
  if (!(provinceCode in PROVINCE_PID_CODES) || g > 7) return INVALID;
  return { digits: s, status: 'valid', provinceCode, century: 1900 + 100 * (g >> 1), sex: g % 2 === 0 ? 'M' : 'F', yy: +s.slice(4, 6) };
}

/**
 * Which part of a valid pid disagrees with the record: 'century_sex' (the G digit does not match the
 * sex or the century of the birth year), 'year' (YY is not the birth year's last two digits); null when
 * it agrees or cannot be checked (pid not valid, sex and year unknown).
 *
 * @example
 * pidIssue(parsePid('095205012345'), 'M', 2005) // null
 * pidIssue(parsePid('095005012345'), 'F', 1990) // 'century_sex' (a woman born in the 1900s has G = 1)
 * pidIssue(parsePid('095191012345'), 'F', 1990) // 'year'
 */
export function pidIssue(p: ParsedPid, sex: Sex | null, birthYear: number | null): 'century_sex' | 'year' | null {
  if (p.status !== 'valid') return null;
  if (sex !== null && p.sex !== sex) return 'century_sex';
  if (birthYear === null || !Number.isFinite(birthYear)) return null;
  if (Math.floor(birthYear / 100) * 100 !== p.century) return 'century_sex';
  if (birthYear % 100 !== p.yy) return 'year';
  return null;
}
