import { displayColumns, errorCodes, type Comparison, type DisplayColumn, type MatchConfig } from '../config/match.js';
import type { SqlStep } from '../db/steps.js';
import { sqlFile } from '../db/steps.js';
import { comparisonStep, levelColumn } from './comparisons.js';
import { SqlParams } from './params.js';

/** Comparisons that can reveal an error (some level carries an error code). */
export function classifyingComparisons(config: MatchConfig): Comparison[] {
  return config.comparisons.filter((c) => c.levels.some((l) => l.error));
}

/** The columns shown for a comparison: its `display`, else the column of its first exact level. */
export function displayOf(comparison: Comparison): [DisplayColumn | null, DisplayColumn | null] {
  if (comparison.display) return comparison.display;
  const exact = comparison.levels.find((l) => !Array.isArray(l.when) && l.when.kind === 'exact');
  const column = exact ? (exact.when as { column: string }).column : null;
  const shown = column && (displayColumns as readonly string[]).includes(column) ? (column as DisplayColumn) : null;
  return [shown, shown];
}

/** Display columns that live in the text views (match_scope_text / match_population_text). */
const textColumns = new Set(['dob_text', 'ethnicity_text', 'nationality_text', 'birthplace_text', 'hometown_text', 'residence_text']);

/**
 * SQL for a display column on one side: from the standard table (alias l / r) or its text view
 * (alias lt / rt), which the query must join.
 *
 * @example
 * displaySql('left', 'dob_text'); // "lt.dob_text"
 */
export function displaySql(side: 'left' | 'right', column: string | null): string {
  if (!column) return 'null';
  const alias = side === 'left' ? 'l' : 'r';
  return `${textColumns.has(column) ? `${alias}t` : alias}.${column}`;
}

/**
 * Steps classifying the differences of every chosen pair (links, and ambiguous persons against their
 * best candidate): match_chosen, match_chosen_levels (levels of the comparisons that carry error
 * codes, computed on these pairs only), then match_differences (one row per differing field, registry
 * value vs population value, including pid and event checks) and match_errors (codes per person in the
 * contract's fixed order).
 *
 * @example
 * await runSteps(c, differenceSteps(config));
 */
export function differenceSteps(config: MatchConfig): SqlStep[] {
  const classifying = classifyingComparisons(config);
  const p = new SqlParams('d');
  // first the (few) pairs at a level with an error, per comparison, from the narrow levels table...
  const errs = classifying.map((c) => {
    const errorLevels = c.levels.flatMap((l, i) => (l.error ? [i] : []));
    return `select lid, rid, ${p.add(c.name)} as comparison, ${levelColumn(c)}::integer as level
from match_chosen_levels where ${levelColumn(c)} in (${errorLevels.join(', ')})`;
  });
  // ...then one join with the wide tables, picking each comparison's display columns
  const shown = (side: 'left' | 'right') =>
    `case ${classifying.map((c) => `when e.comparison = ${p.add(c.name)} then ${displaySql(side, displayOf(c)[side === 'left' ? 0 : 1])}::varchar`).join(' ')} end`;
  const fields = `case ${classifying.map((c) => `when e.comparison = ${p.add(c.name)} then ${p.add(c.field ?? c.name)}`).join(' ')} end`;
  const parts = [
    `select l.person_id, ${fields} as field, m.error as error_code, ${shown('left')} as registry_value, ${shown('right')} as population_value
from (${errs.join('\nunion all\n')}) e
join match_parameters m on m.comparison = e.comparison and m.level = e.level
join match_scope l on l.lid = e.lid
join match_population r on r.rid = e.rid
join match_scope_text lt on lt.lid = e.lid
join match_population_text rt on rt.rid = e.rid`,
    `select * from (${sqlFile(import.meta.url, 'sql/match_checks.sql')})`,
  ];
  const codes = new SqlParams('e');
  return [
    {
      name: 'match_chosen',
      sql: `create or replace table match_chosen as
select lid, rid, weight, method, 'link' as kind from match_assigned
union all
select lid, rid, weight, null, 'ambiguous' from match_ambiguous`,
    },
    comparisonStep('match_chosen_levels', 'match_chosen', classifying, ['kind']),
    {
      name: 'match_error_codes',
      sql: `create or replace table match_error_codes as
select * from (values ${errorCodes.map((code, i) => `(${codes.add(code)}, ${i + 1})`).join(', ')}) t(code, ord)`,
      params: codes.values,
    },
    {
      name: 'match_differences',
      sql: `insert into match_differences (person_id, field, error_code, registry_value, population_value)
${parts.join('\nunion all\n')}`,
      params: p.values,
    },
    { name: 'match_errors', sql: sqlFile(import.meta.url, 'sql/match_errors.sql') },
  ];
}
