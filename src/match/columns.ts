import type { Comparison, Condition } from '../config/match.js';

/** Columns that say the same thing: blocking on one makes comparisons of the others uninformative. */
const columnGroups: string[][] = [
  ['full_name', 'name_fold', 'family_fold', 'middle_fold', 'given_fold', 'given_name', 'name_sorted', 'name_marks', 'family_name', 'middle_name', 'words_sorted'],
  ['dob', 'dob_year', 'dob_month', 'dob_day', 'dob_precision', 'dob_unordered'],
  ['residence_commune', 'residence_district', 'place:residence', 'place:registered', 'place:residence2'],
];

const dateColumns = ['dob', 'dob_year', 'dob_month', 'dob_day', 'dob_precision'];

function conditionColumns(c: Condition): string[] {
  switch (c.kind) {
    case 'exact':
    case 'jaro_winkler':
    case 'damerau_levenshtein':
    case 'levenshtein':
    case 'either_empty':
    case 'tokens_contained':
      return [c.column];
    case 'middle_missing':
      return ['family_name', 'middle_name', 'given_name'];
    case 'word_order':
      return ['words_sorted'];
    case 'token_order':
      return ['name_sorted'];
    case 'marks_kept':
    case 'marks_stripped':
      return ['name_marks'];
    case 'place':
      return [...c.left.map((p) => `place:${p}`), ...c.right.map((p) => `place:${p}`)];
    case 'else':
      return [];
    default:
      return dateColumns;
  }
}

/**
 * Every column a comparison reads (places as `place:<prefix>`), with the columns of the same group.
 *
 * @example
 * comparisonColumns(config.comparisons.find((c) => c.name === 'given_name')!); // includes 'name_fold'
 */
export function comparisonColumns(comparison: Comparison): Set<string> {
  const direct = new Set<string>(comparison.requires);
  for (const level of comparison.levels) for (const c of Array.isArray(level.when) ? level.when : [level.when]) for (const x of conditionColumns(c)) direct.add(x);
  return expandGroups([...direct]);
}

/** Columns with every column of their groups. */
export function expandGroups(columns: string[]): Set<string> {
  const out = new Set(columns);
  for (const group of columnGroups) if (group.some((c) => out.has(c))) for (const c of group) out.add(c);
  return out;
}

/**
 * Whether a comparison reads any column a blocking key fixes (so it cannot be estimated on those pairs).
 *
 * @example
 * isBlockedBy(dobComparison, ['dob']); // true
 */
export function isBlockedBy(comparison: Comparison, blockOn: string[]): boolean {
  const fixed = expandGroups(blockOn);
  for (const c of comparisonColumns(comparison)) if (fixed.has(c)) return true;
  return false;
}
