import type { Sex } from './names.js';

/**
 * The century/sex digit of a personal identification number: 1900s male 0 / female 1, 2000s 2/3,
 * 2100s 4/5, 2200s 6/7.
 *
 * @example
 * centurySexDigit('F', 2003); // 3
 */
export function centurySexDigit(sex: Sex, year: number): number {
  const century = Math.floor(year / 100) - 19;
  return century * 2 + (sex === 'F' ? 1 : 0);
}

/**
 * A 12-digit pid: province of birth registration, century/sex, last two digits of the birth year,
 * six random digits.
 *
 * @example
 * makePid('095', 'F', 2003, 42); // '095303000042'
 */
export function makePid(province: string, sex: Sex, year: number, serial: number): string {
  return `${province}${centurySexDigit(sex, year)}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}
