import { canonicalEthnicity, canonicalName, canonicalNationality, foldText, nameIssue, parseDate, parseMaritalStatus, parsePid, parseSex, repairMisdecoded, splitName } from '../../vn/index.js';
import { resolvePlace } from '../../vn/units/index.js';
import { eventTypeOf } from '../../vn/headers.js';
import type { LookupSpec, LookupValue } from './lookup.js';

// The lookups of ingest: raw text -> normalised values, one table each, filled over distinct values
// through src/vn. `source` is a query giving the raw values (one column named raw).

/**
 * Names: canonical form, ASCII folds of the whole and of each part, and the issue.
 * A name mis-decoded upstream is repaired first ('repaired_encoding' unless a worse issue remains).
 *
 * @example
 * normaliseName('NGUYỄN  thị ánh') // ['Nguyễn Thị Ánh', 'nguyen thi anh', 'nguyen', 'thi', 'anh', null]
 */
export function normaliseName(raw: string): LookupValue[] {
  const repair = repairMisdecoded(raw);
  const issue = nameIssue(repair.text);
  if (issue === 'empty') return [null, null, null, null, null, null];
  const full = canonicalName(repair.text);
  const parts = splitName(full);
  const finalIssue = issue === 'digits' || issue === 'legacy_debris' ? issue : repair.repairedFrom ? 'repaired_encoding' : issue;
  return [full, foldText(full), parts.familyFold, parts.middleFold, parts.givenFold, finalIssue];
}

export const nameLookup = (source: string): LookupSpec => ({
  table: 'ingest_names',
  columns: [
    { name: 'full_name', type: 'varchar' }, { name: 'name_fold', type: 'varchar' }, { name: 'family_fold', type: 'varchar' },
    { name: 'middle_fold', type: 'varchar' }, { name: 'given_fold', type: 'varchar' }, { name: 'name_issue', type: 'varchar' },
  ],
  sourceSql: source,
  normalise: normaliseName,
});

/**
 * Dates at their precision; the ISO text is the first day of the period.
 *
 * @example
 * normaliseDate('01/01/1990') // ['1990-01-01', 1990, 1, 1, 'day', true, null]
 */
export function normaliseDate(raw: string, today?: Date): LookupValue[] {
  const d = parseDate(raw, today ? { today } : {});
  return [d.iso, d.year, d.month, d.day, d.precision, d.placeholder, d.issue];
}

export const dateLookup = (source: string, today?: Date): LookupSpec => ({
  table: 'ingest_dates',
  columns: [
    { name: 'iso', type: 'varchar' }, { name: 'year', type: 'integer' }, { name: 'month', type: 'integer' }, { name: 'day', type: 'integer' },
    { name: 'precision', type: 'varchar' }, { name: 'placeholder', type: 'boolean' }, { name: 'issue', type: 'varchar' },
  ],
  sourceSql: source,
  normalise: (raw) => normaliseDate(raw, today),
});

/**
 * Pids that are not exactly 12 digits (the macro ingest_pid_12 reads those in SQL): spaces, dots,
 * 9-digit CMND numbers, typos, spreadsheet damage, all read by parsePid.
 *
 * @example
 * pidLookup('select pid_raw as raw from temp.ingest_person_rows').normalise('095 2 05 012345')
 * // ['095205012345', 'valid', 'M', 2000, 5]
 */
export const pidLookup = (source: string): LookupSpec => ({
  table: 'ingest_pids',
  columns: [
    { name: 'digits', type: 'varchar' }, { name: 'status', type: 'varchar' }, { name: 'sex', type: 'varchar' },
    { name: 'century', type: 'integer' }, { name: 'yy', type: 'integer' },
  ],
  sourceSql: `select raw from (${source}) s where not regexp_full_match(raw, '[0-9]{12}')`,
  normalise: (raw) => {
    const p = parsePid(raw);
    return [p.digits, p.status, p.sex, p.century, p.yy];
  },
});

/**
 * Places: the most precise 2023 code, its province, the 2025 unit, and the commune when there is one.
 *
 * @example
 * normalisePlace('P.1, TX Giá Rai, BL') // ['31942', '95', '<2025 code>', '31942']
 */
export function normalisePlace(raw: string): LookupValue[] {
  const p = resolvePlace(raw);
  return [p.code, p.provinceCode, p.code2025, p.communeCode];
}

export const placeLookup = (source: string): LookupSpec => ({
  table: 'ingest_places',
  columns: [{ name: 'code', type: 'varchar' }, { name: 'province', type: 'varchar' }, { name: 'code_2025', type: 'varchar' }, { name: 'commune_code', type: 'varchar' }],
  sourceSql: source,
  normalise: normalisePlace,
});

const single = (table: string, column: string, fn: (raw: string) => string | null) => (source: string): LookupSpec => ({
  table,
  columns: [{ name: column, type: 'varchar' }],
  sourceSql: source,
  normalise: (raw) => [fn(raw)],
});

export const sexLookup = single('ingest_sexes', 'sex', parseSex);
export const ethnicityLookup = single('ingest_ethnicities', 'ethnicity', canonicalEthnicity);
export const nationalityLookup = single('ingest_nationalities', 'nationality', canonicalNationality);
export const maritalStatusLookup = single('ingest_marital_statuses', 'marital_status', parseMaritalStatus);
export const eventTypeLookup = single('ingest_event_types', 'event_type', (raw) => eventTypeOf(raw) ?? null);
