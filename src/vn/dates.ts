// Dates as Vietnamese registers write them: day first, year in four digits, often only a year or a
// month and year (parents' birth years), and 01/01/yyyy when the day is unknown. Nothing is guessed:
// month/day order is never swapped (mm/dd would read as an impossible date) and two-digit years are
// unreadable, because "85" can be 1885, 1985 or 2085 in records spanning a century.

import { foldText } from './text.js';

export type DatePrecision = 'day' | 'month' | 'year';
export type DateIssue = 'unreadable' | 'impossible_date' | 'future_date' | 'too_old';

export interface ParsedDate {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: DatePrecision | null;
  /** yyyy-mm-dd, the first day of the period when partial. */
  iso: string | null;
  /** 01/01/yyyy, the convention for an unknown day (precision stays 'day'; the consumer decides). */
  placeholder: boolean;
  /**
   * Why the value is doubtful. 'unreadable' and 'impossible_date' leave every field null;
   * 'future_date' and 'too_old' keep the date as written, so a consumer can still compare it.
   */
  issue: DateIssue | null;
}

export interface ParseDateOptions {
  /** Dates after this day are 'future_date'. Default: the current date. */
  today?: Date;
  /** Years before this are 'too_old'. Default 1880. */
  minYear?: number;
}

const EMPTY: ParsedDate = { year: null, month: null, day: null, precision: null, iso: null, placeholder: false, issue: null };

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO_DAY = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const DMY = new RegExp(String.raw`^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d+)${TIME}$`);
const MY = /^(\d{1,2})[-/. ](\d{4})$/;
const YM = /^(\d{4})[-/.](\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const EIGHT_DIGITS = /^(\d{8})$/;
const EXCEL_SERIAL = /^(\d{5})(?:\.\d+)?$/;
// On folded text: "ngày 12 tháng 5 năm 2020", "tháng 5/2020", "năm 2020"
const VI_DAY = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) (?:nam )?(\d{4})$/;
const VI_MONTH = /^thang (\d{1,2}) (?:nam )?(\d{4})$/;
const VI_YEAR = /^nam (\d{4})$/;

/**
 * Reads a date written as dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd (with or without a
 * time), yyyymmdd or ddmmyyyy (years 1800-2199, where only one reading can be real), mm/yyyy, yyyy-mm, yyyy,
 * "ngày 12 tháng 5 năm 2020" / "tháng 5 năm 2020" / "năm 2020", or an Excel serial day number.
 * Excel serials are accepted only with five digits (18/05/1927 to 2173): four digits are a year.
 * A blank value is missing, not an issue: every field null and issue null.
 *
 * @example
 * parseDate('05/03/2019')  // { year: 2019, month: 3, day: 5, precision: 'day', iso: '2019-03-05', placeholder: false, issue: null }
 * parseDate('03/2019')     // precision 'month', iso '2019-03-01'
 * parseDate('31/02/2020')  // issue 'impossible_date', fields null
 * parseDate('12/05/85')    // issue 'unreadable' (two-digit year)
 */
export function parseDate(raw: string | null | undefined, options: ParseDateOptions = {}): ParsedDate {
  if (raw == null) return EMPTY;
  const s = raw.trim().replace(/\s+/g, ' ').replace(/ ?([-/.]) ?/g, '$1');
  if (s === '') return EMPTY;
  const found = readParts(s);
  if (found === null) return invalid('unreadable');
  return validate(found.year, found.month, found.day, options);
}

type Parts = { year: number; month: number | null; day: number | null };

function readParts(s: string): Parts | null {
  let m: RegExpExecArray | null;
  if ((m = ISO_DAY.exec(s))) return { year: +m[1], month: +m[2], day: +m[3] };
  if ((m = DMY.exec(s))) return m[3].length === 4 ? { year: +m[3], month: +m[2], day: +m[1] } : null;
  if ((m = MY.exec(s))) return { year: +m[2], month: +m[1], day: null };
  if ((m = YM.exec(s))) return { year: +m[1], month: +m[2], day: null };
  if ((m = YEAR.exec(s))) return { year: +m[1], month: null, day: null };
  if ((m = EIGHT_DIGITS.exec(s))) return eightDigits(m[1]);
  if ((m = EXCEL_SERIAL.exec(s))) return fromExcelSerial(+m[1]);
  if (/[a-zA-Z\u00c0-\u1ef9]/.test(s)) {
    const f = foldText(s);
    if ((m = VI_DAY.exec(f))) return { year: +m[3], month: +m[2], day: +m[1] };
    if ((m = VI_MONTH.exec(f))) return { year: +m[2], month: +m[1], day: null };
    if ((m = VI_YEAR.exec(f))) return { year: +m[1], month: null, day: null };
  }
  return null;
}

function eightDigits(d: string): Parts | null {
  const ymd = { year: +d.slice(0, 4), month: +d.slice(4, 6), day: +d.slice(6, 8) };
  const dmy = { year: +d.slice(4, 8), month: +d.slice(2, 4), day: +d.slice(0, 2) };
  // Years of 1800-2199 only: with them the two readings can never both be real dates.
  const ymdOk = isRealDate(ymd.year, ymd.month, ymd.day) && ymd.year >= 1800 && ymd.year < 2200;
  const dmyOk = isRealDate(dmy.year, dmy.month, dmy.day) && dmy.year >= 1800 && dmy.year < 2200;
  return ymdOk ? ymd : dmyOk ? dmy : null;
}

function fromExcelSerial(serial: number): Parts {
  // Excel counts days from 1899-12-30 for serials after its fictitious 29/02/1900.
  const t = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function validate(year: number, month: number | null, day: number | null, options: ParseDateOptions): ParsedDate {
  if (year < 1000) return invalid('impossible_date');
  if (month !== null && (month < 1 || month > 12)) return invalid('impossible_date');
  if (day !== null && !isRealDate(year, month!, day)) return invalid('impossible_date');
  const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  const iso = `${pad(year, 4)}-${pad(month ?? 1, 2)}-${pad(day ?? 1, 2)}`;
  const today = options.today ?? new Date();
  const todayIso = `${pad(today.getFullYear(), 4)}-${pad(today.getMonth() + 1, 2)}-${pad(today.getDate(), 2)}`;
  let issue: DateIssue | null = null;
  if (iso > todayIso) issue = 'future_date';
  else if (year < (options.minYear ?? 1880)) issue = 'too_old';
  return { year, month, day, precision, iso, placeholder: precision === 'day' && day === 1 && month === 1, issue };
}

function invalid(issue: DateIssue): ParsedDate {
  return { ...EMPTY, issue };
}

/**
 * Days in a month of the Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Writes a parsed date the Vietnamese way, at its precision: "dd/mm/yyyy", "mm/yyyy" or "yyyy";
 * '' when there is no date.
 *
 * @example
 * formatDateVi(parseDate('2019-03-05')) // '05/03/2019'
 * formatDateVi(parseDate('2019'))       // '2019'
 */
export function formatDateVi(parsed: Pick<ParsedDate, 'year' | 'month' | 'day' | 'precision'>): string {
  const { year, month, day, precision } = parsed;
  if (precision === null || year === null) return '';
  if (precision === 'year') return pad(year, 4);
  if (precision === 'month') return `${pad(month!, 2)}/${pad(year, 4)}`;
  return `${pad(day!, 2)}/${pad(month!, 2)}/${pad(year, 4)}`;
}
