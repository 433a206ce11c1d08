import { canonicalName, foldText, levenshtein, parsePid, pidIssue } from '../vn/index.js';
import type { DobValue } from './records.js';

/**
 * What a perfect engine reports when comparing two values, following the error codes of
 * docs/data-contract.md. These functions decide `expected_errors` in truth.csv, and every injected
 * discrepancy is checked against them, so that the code the generator meant is the code it wrote.
 */

/**
 * The name error between two full names, or null when they are the same name.
 *
 * @example
 * classifyName('Nguyễn Văn Tuấn', 'Nguyễn Văn Tuân'); // 'name.diacritics'
 * classifyName('Nguyễn Văn An', 'Nguyễn An');         // 'name.middle_missing'
 */
export function classifyName(a: string, b: string): string | null {
  const x = canonicalName(a);
  const y = canonicalName(b);
  if (x === y) return null;
  const fx = foldText(x);
  const fy = foldText(y);
  if (fx === fy) return 'name.diacritics';
  const wx = x.split(' ');
  const wy = y.split(' ');
  if (wx.length === wy.length && [...wx].sort().join(' ') === [...wy].sort().join(' ')) return 'name.order';
  if (middleMissing(wx, wy) || middleMissing(wy, wx)) return 'name.middle_missing';
  if (levenshtein(fx, fy) <= 2) return 'name.spelling';
  return 'name.different';
}

/** `shorter` is `longer` with one or more middle words left out (family and given name kept). */
function middleMissing(longer: string[], shorter: string[]): boolean {
  if (shorter.length < 2 || longer.length <= shorter.length) return false;
  if (longer[0] !== shorter[0] || longer[longer.length - 1] !== shorter[shorter.length - 1]) return false;
  let j = 1;
  for (let i = 1; i < longer.length - 1 && j < shorter.length - 1; i++) if (longer[i] === shorter[j]) j++;
  return j === shorter.length - 1;
}

const isJan1 = (v: DobValue): boolean => v.precision === 'day' && v.m === 1 && v.d === 1;

/**
 * The date-of-birth error between the registry and the population values, or null.
 * `fromYearColumn`: the registry form has only a birth-year column (parents in birth records); a year
 * there is the form's precision, not a partial date, so only the year is compared.
 *
 * @example
 * classifyDob({ y: 1990, m: 3, d: 5, precision: 'day' }, false, { y: 1990, m: 5, d: 3, precision: 'day' }); // 'dob.day_month_swapped'
 * classifyDob({ y: 1962, m: 0, d: 0, precision: 'year' }, true, { y: 1962, m: 7, d: 1, precision: 'day' }); // null
 */
export function classifyDob(reg: DobValue | null, fromYearColumn: boolean, pop: DobValue | null): string | null {
  if (!reg || !pop) return null;
  if (fromYearColumn) return reg.y === pop.y ? null : 'dob.year';
  if (reg.precision === 'day' && pop.precision === 'day') {
    if (reg.y === pop.y && reg.m === pop.m && reg.d === pop.d) return null;
    if (reg.y === pop.y && reg.d === pop.m && reg.m === pop.d) return 'dob.day_month_swapped';
    if (reg.y === pop.y && isJan1(reg) !== isJan1(pop)) return 'dob.placeholder';
    if (reg.y !== pop.y && reg.m === pop.m && reg.d === pop.d) return 'dob.year';
    if (reg.y === pop.y) return 'dob.date';
    return 'dob.different';
  }
  // At least one side is partial: compare what both sides state.
  const monthKnown = reg.precision !== 'year' && pop.precision !== 'year';
  const samePrecision = reg.precision === pop.precision;
  if (reg.y !== pop.y) return !monthKnown || reg.m === pop.m ? 'dob.year' : 'dob.different';
  if (monthKnown && reg.m !== pop.m) return 'dob.date';
  return samePrecision ? null : 'dob.partial';
}

/**
 * The pid errors of a registry pid against the population pid and the record's own sex and year.
 * pid.inconsistent is judged on the registry record alone (its pid against its sex and year).
 *
 * @example
 * classifyPid('O95200012345', '095200012345', 'M', 2000); // ['pid.invalid']
 */
export function classifyPid(registryPid: string, populationPid: string, sex: 'M' | 'F' | '', year: number | undefined): string[] {
  const reg = parsePid(registryPid);
  if (reg.status === 'missing') return [];
  if (reg.status !== 'valid') return ['pid.invalid'];
  const out: string[] = [];
  const pop = parsePid(populationPid);
  if (pop.status === 'valid' && pop.digits !== reg.digits) out.push('pid.mismatch');
  if (pidIssue(reg, sex === '' ? null : sex, year ?? null) !== null) out.push('pid.inconsistent');
  return out;
}

/**
 * Whether a registry pid is one the population's pid can be assigned over (missing or unreadable).
 *
 * @example
 * registryLacksPid(''); // true
 */
export function registryLacksPid(registryPid: string): boolean {
  const status = parsePid(registryPid).status;
  return status !== 'valid';
}

/**
 * Whether the registry's valid pid differs from the population's.
 *
 * @example
 * pidConflict('095090000001', '095090000002'); // true
 */
export function pidConflict(registryPid: string, populationPid: string): boolean {
  const reg = parsePid(registryPid);
  const pop = parsePid(populationPid);
  return reg.status === 'valid' && pop.status === 'valid' && reg.digits !== pop.digits;
}
