import type { Comparison } from '../config/match.js';
import type { SqlStep } from '../db/steps.js';
import { placeAgreementSql, whenSql } from './conditions.js';
import { SqlParams } from './params.js';

const numericColumns = new Set(['dob_year', 'dob_month', 'dob_day']);

/** The column of a pair table holding a comparison's level. */
export function levelColumn(comparison: Pick<Comparison, 'name'>): string {
  return `c_${comparison.name}`;
}

/**
 * The CASE expression giving a pair's level for one comparison: -1 when the comparison does not apply
 * (a required value missing on either side, or a place that resolves on neither), else the index of
 * the first level whose condition holds.
 *
 * @example
 * const sql = levelSql(config.comparisons[0], new SqlParams());
 * // "case when not (...) then -1 when l.family_fold = r.family_fold then 0 ... else 2 end"
 */
export function levelSql(comparison: Comparison, params: SqlParams): string {
  const applies = comparison.requires.map((col) =>
    numericColumns.has(col) ? `l.${col} is not null and r.${col} is not null` : `coalesce(l.${col} <> '' and r.${col} <> '', false)`,
  );
  const whens: string[] = [];
  if (applies.length) whens.push(`when not (${applies.join(' and ')}) then -1`);
  const first = comparison.levels[0].when;
  if (!Array.isArray(first) && first.kind === 'place') whens.push(`when ${placeAgreementSql(first.left, first.right)} is null then -1`);
  comparison.levels.forEach((level, i) => {
    if (i < comparison.levels.length - 1) whens.push(`when ${whenSql(level.when, params)} then ${i}`);
  });
  return `(case ${whens.join(' ')} else ${comparison.levels.length - 1} end)::tinyint`;
}

/**
 * A step computing the levels of `comparisons` for every pair of `pairsTable` (columns lid, rid and
 * any listed in `keep`). Only ids and small integers are stored: wide values stay in match_scope and
 * match_population and are joined once, here.
 *
 * @example
 * const step = comparisonStep('match_comparisons', 'match_candidates', weighing, ['rule']);
 */
export function comparisonStep(
  name: string,
  pairsTable: string,
  comparisons: Comparison[],
  keep: string[] = [],
  sides: { left: string; right: string } = { left: 'match_scope', right: 'match_population' },
): SqlStep {
  const params = new SqlParams('cmp');
  const levels = comparisons.map((c) => `${levelSql(c, params)} as ${levelColumn(c)}`);
  const kept = keep.map((k) => `p.${k}`);
  const sql = `create or replace table ${name} as
select p.lid, p.rid${kept.length ? ', ' + kept.join(', ') : ''}${levels.length ? ',\n  ' + levels.join(',\n  ') : ''}
from ${pairsTable} p
join ${sides.left} l on l.lid = p.lid
join ${sides.right} r on r.rid = p.rid`;
  return { name, sql, params: params.values };
}
