/**
 * Dates as day numbers (days since 1800-01-01, civil calendar) and their text forms. Day numbers make
 * "a birth 3 to 60 days before registration" plain integer arithmetic; every date of the generator is
 * positive, so -1 can mean "none".
 */
const EPOCH_SHIFT = 62091; // days from 1800-01-01 to 1970-01-01

/**
 * Day number of a civil date (Howard Hinnant's days_from_civil).
 *
 * @example
 * dayNumber(1970, 1, 1); // 62091
 */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + EPOCH_SHIFT;
}

/**
 * Civil date [y, m, d] of a day number.
 *
 * @example
 * civil(dayNumber(2001, 3, 9)); // [2001, 3, 9]
 */
export function civil(day: number): [number, number, number] {
  const z = day - EPOCH_SHIFT + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/**
 * Year of a day number (without allocating).
 *
 * @example
 * yearOf(dayNumber(1975, 4, 30)); // 1975
 */
export function yearOf(day: number): number {
  const z = day - EPOCH_SHIFT + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return mp < 10 ? yoe + era * 400 : yoe + era * 400 + 1;
}

/**
 * Number of days in a month.
 *
 * @example
 * daysInMonth(2000, 2); // 29
 */
export function daysInMonth(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/**
 * dd/mm/yyyy, the form both extracts use.
 *
 * @example
 * formatDmy(2001, 3, 9); // '09/03/2001'
 */
export function formatDmy(y: number, m: number, d: number): string {
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/**
 * d/m/yyyy without leading zeros (seen in hand-keyed old books).
 *
 * @example
 * formatDmyShort(2001, 3, 9); // '9/3/2001'
 */
export function formatDmyShort(y: number, m: number, d: number): string {
  return `${d}/${m}/${y}`;
}

/**
 * dd/mm/yyyy of a day number.
 *
 * @example
 * formatDay(dayNumber(2001, 3, 9)); // '09/03/2001'
 */
export function formatDay(day: number): string {
  const [y, m, d] = civil(day);
  return formatDmy(y, m, d);
}

/**
 * Day number of 1 January of a year plus a uniform offset in that year.
 *
 * @example
 * randomDayInYear(1990, 0); // dayNumber(1990, 1, 1)
 */
export function randomDayInYear(y: number, u: number): number {
  const start = dayNumber(y, 1, 1);
  const len = dayNumber(y + 1, 1, 1) - start;
  return start + Math.min(len - 1, Math.floor(u * len));
}

/** The last day of the extracts: both were taken at the end of April 2023. */
export const EXTRACT_DAY = dayNumber(2023, 4, 30);
/** The population database counts as complete from this day (people alive then are in it). */
export const POPULATION_DB_DAY = dayNumber(2021, 7, 1);
