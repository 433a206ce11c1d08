import type { Condition } from '../config/match.js';
import type { SqlParams } from './params.js';

/** The place columns of a prefix, in the order match_place_cmp takes them. */
function placeColumns(alias: string, prefix: string): string {
  return ['commune', 'district', 'province', 'code_2025'].map((c) => `${alias}.${prefix}_${c}`).join(', ');
}

/** Best agreement (3 unit .. 0 different, null unknown) over every left/right place combination. */
export function placeAgreementSql(left: readonly string[], right: readonly string[]): string {
  const parts = left.flatMap((lp) => right.map((rp) => `match_place_cmp(${placeColumns('l', lp)}, ${placeColumns('r', rp)})`));
  return parts.length === 1 ? parts[0] : `greatest(${parts.join(', ')})`;
}

const placeRank = { unit: 3, district: 2, province: 1 } as const;

/** One side's words appear, in order, within the other's (string search: far cheaper than lists). */
const wordsContained = (column: string) =>
  `(contains(' ' || l.${column} || ' ', ' ' || r.${column} || ' ') or contains(' ' || r.${column} || ' ', ' ' || l.${column} || ' '))`;

/**
 * SQL for one condition of a comparison level, over the pair aliases `l` (registry) and `r`
 * (population). Column names come from the config's allow-list; thresholds become parameters.
 *
 * @example
 * conditionSql({ kind: 'jaro_winkler', column: 'given_fold', min: 0.9 }, params);
 * // "jaro_winkler_similarity(l.given_fold, r.given_fold) >= $c0"
 */
export function conditionSql(condition: Condition, params: SqlParams): string {
  switch (condition.kind) {
    case 'exact':
      return `l.${condition.column} = r.${condition.column}`;
    case 'jaro_winkler':
      return `jaro_winkler_similarity(l.${condition.column}, r.${condition.column}) >= ${params.add(condition.min)}`;
    case 'levenshtein': {
      const max = params.add(condition.max);
      return `(abs(length(l.${condition.column}) - length(r.${condition.column})) <= ${max} and levenshtein(l.${condition.column}, r.${condition.column}) <= ${max})`;
    }
    case 'damerau_levenshtein': {
      // lengths further apart than the bound cannot be within it: skip the quadratic distance
      const max = params.add(condition.max);
      return `(abs(length(l.${condition.column}) - length(r.${condition.column})) <= ${max} and damerau_levenshtein(l.${condition.column}, r.${condition.column}) <= ${max})`;
    }
    case 'either_empty':
      return `(l.${condition.column} = '' or r.${condition.column} = '')`;
    case 'tokens_contained':
      return wordsContained(condition.column);
    case 'middle_missing':
      // same family and given name as written; one side's middle words are a part of the other's
      return `(l.family_name = r.family_name and l.given_name = r.given_name and l.middle_name <> r.middle_name and (l.middle_name = '' or r.middle_name = '' or ${wordsContained('middle_name')}))`;
    case 'word_order':
      return `l.words_sorted = r.words_sorted`;
    case 'token_order':
      return `l.name_sorted = r.name_sorted`;
    case 'marks_kept':
      return `(l.name_marks or not r.name_marks)`;
    case 'marks_stripped':
      return `(not l.name_marks and r.name_marks)`;
    case 'date_exact':
      return `(l.dob_year = r.dob_year and l.dob_precision = r.dob_precision and l.dob_month is not distinct from r.dob_month and l.dob_day is not distinct from r.dob_day)`;
    case 'date_year_form':
      // the registry form only asks for a birth year, and it agrees
      return `(l.dob_year_form and l.dob_precision = 'year' and l.dob_year = r.dob_year)`;
    case 'date_placeholder':
      // one side is 01/01 of the right year (flagged by ingest, or written so)
      return `(l.dob_year = r.dob_year and ((l.dob_month = 1 and l.dob_day = 1) or (r.dob_month = 1 and r.dob_day = 1) or l.dob_placeholder or r.dob_placeholder))`;
    case 'date_partial':
      return `(l.dob_year = r.dob_year and l.dob_precision <> r.dob_precision and (l.dob_precision = 'year' or r.dob_precision = 'year' or l.dob_month = r.dob_month))`;
    case 'date_swapped':
      return `(l.dob_precision = 'day' and r.dob_precision = 'day' and l.dob_year = r.dob_year and l.dob_day = r.dob_month and l.dob_month = r.dob_day)`;
    case 'date_same_year':
      return `l.dob_year = r.dob_year`;
    case 'date_within_days':
      return `abs(datediff('day', l.dob, r.dob)) <= ${params.add(condition.max)}`;
    case 'date_other_year': {
      // another year, and the day and month agree wherever both sides give them
      const base = `(l.dob_year <> r.dob_year and coalesce(l.dob_month = r.dob_month, true) and coalesce(l.dob_day = r.dob_day, true)`;
      return condition.max_years === undefined ? `${base})` : `${base} and abs(l.dob_year - r.dob_year) <= ${params.add(condition.max_years)})`;
    }
    case 'year_within':
      return `abs(l.dob_year - r.dob_year) <= ${params.add(condition.max)}`;
    case 'month_day_exact':
      return `(l.dob_month = r.dob_month and coalesce(l.dob_day = r.dob_day, true))`;
    case 'month_day_swapped':
      return `(l.dob_day = r.dob_month and l.dob_month = r.dob_day)`;
    case 'month_day_placeholder':
      return `((l.dob_month = 1 and l.dob_day = 1) <> (r.dob_month = 1 and r.dob_day = 1))`;
    case 'same_month':
      return `l.dob_month = r.dob_month`;
    case 'place':
      return `${placeAgreementSql(condition.left, condition.right)} >= ${placeRank[condition.at_least]}`;
    case 'else':
      return 'true';
  }
}

/** SQL for a level's `when`: one condition, or all of a list. */
export function whenSql(when: Condition | Condition[], params: SqlParams): string {
  const list = Array.isArray(when) ? when : [when];
  return list.map((c) => `(${conditionSql(c, params)})`).join(' and ');
}
