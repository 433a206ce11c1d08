import type { Comparison, MatchConfig } from '../config/match.js';
import type { SqlStep } from '../db/steps.js';
import { levelColumn } from './comparisons.js';
import { SqlParams } from './params.js';

const exactOf = (level: Comparison['levels'][number]) =>
  (Array.isArray(level.when) ? level.when : [level.when]).find((c) => c.kind === 'exact') as { column: string } | undefined;

/** Index of the level a comparison's term-frequency adjustment applies to (the first with an exact condition). */
export function tfLevel(comparison: Comparison): number {
  return comparison.levels.findIndex((l) => exactOf(l) !== undefined);
}

/** The population column whose value frequencies adjust a comparison (that level's exact column). */
export function tfColumn(comparison: Comparison): string {
  return exactOf(comparison.levels[tfLevel(comparison)])!.column;
}

/** Column of match_population_tf holding a comparison's term frequency. */
export const tfValueColumn = (comparison: Pick<Comparison, 'name'>) => `tf_${comparison.name}`;

/**
 * A step computing the total match weight of every pair of a comparisons table: the prior, plus each
 * comparison's level weight (from match_parameters), plus term-frequency adjustments, so that a rare
 * given name agreeing weighs more than "Nguyễn" agreeing: log2(u_exact / tf(value)), tf floored at
 * `tf_minimum`.
 *
 * @example
 * const step = weightsStep('match_weights', 'match_comparisons', weighing, config, prior);
 */
export function weightsStep(name: string, comparisonsTable: string, comparisons: Comparison[], config: MatchConfig, prior: number): SqlStep {
  const p = new SqlParams('w');
  const lookups: string[] = [];
  const terms: string[] = [`${p.add(prior)}`];
  const tf = comparisons.filter((c) => c.tf);
  for (const c of comparisons) {
    const cname = p.add(c.name);
    lookups.push(`list(weight order by level) filter (where comparison = ${cname}) as w_${c.name}`);
    terms.push(`coalesce(w.w_${c.name}[c.${levelColumn(c)} + 1], 0)`);
    if (c.tf) {
      lookups.push(`max(u) filter (where comparison = ${cname} and level = ${tfLevel(c)}) as u_${c.name}`);
      terms.push(`case when c.${levelColumn(c)} = ${tfLevel(c)} and t.${tfValueColumn(c)} is not null
      then log2(w.u_${c.name} / greatest(t.${tfValueColumn(c)}, ${p.add(config.tf_minimum)})) else 0 end`);
    }
  }
  const sql = `create or replace table ${name} as
with w as (select ${lookups.join(',\n  ')} from match_parameters)
select c.lid, c.rid, c.rule,
  ${terms.join('\n  + ')} as weight,
  ${eligibleSql(config)} as eligible,
  c.${levelColumn({ name: config.twin_guard.comparison })} as guard
from ${comparisonsTable} c cross join w${tf.length ? '\nleft join match_population_tf t on t.rid = c.rid' : ''}`;
  return { name, sql, params: p.values };
}

/**
 * Whether a pair may be linked at all (`link_requires`): some identifying comparison (given name, date
 * of birth, pid) agrees at least partly. Level indices come from the labels of the config.
 *
 * @example
 * eligibleSql(config); // "(((c.c_given_name >= 0 and c.c_given_name not in (4, 5))) or ...)"
 */
export function eligibleSql(config: MatchConfig): string {
  const alternatives = config.link_requires.map((alternative) =>
    alternative
      .map((r) => {
        const comparison = config.comparisons.find((c) => c.name === r.comparison)!;
        const excluded = comparison.levels.flatMap((l, i) => (r.not.includes(l.label) ? [i] : []));
        const col = `c.${levelColumn(comparison)}`;
        const agrees = excluded.length ? `(${col} >= 0 and ${col} not in (${excluded.join(', ')}))` : `${col} >= 0`;
        return r.missing_ok ? `(${col} < 0 or ${agrees})` : agrees;
      })
      .join(' and '),
  );
  return `(${alternatives.map((a) => `(${a})`).join(' or ')})`;
}

/**
 * Steps computing term frequencies in the population for every tf comparison (match_tf_<comparison>:
 * value, n, tf) and gathering them per population row (match_population_tf).
 *
 * @example
 * await runSteps(c, tfSteps(weighing));
 */
export function tfSteps(comparisons: Comparison[]): SqlStep[] {
  const tf = comparisons.filter((c) => c.tf);
  if (!tf.length) return [];
  const steps: SqlStep[] = tf.map((c) => {
    const col = tfColumn(c);
    return {
      name: `match_tf_${c.name}`,
      sql: `create or replace table match_tf_${c.name} as
select ${col} as value, count(*) as n, count(*) / sum(count(*)) over () as tf
from match_population where ${col} is not null and ${col} <> '' group by 1`,
    };
  });
  const joins = tf.map((c) => `left join match_tf_${c.name} t_${c.name} on t_${c.name}.value = r.${tfColumn(c)}`).join('\n');
  steps.push({
    name: 'match_population_tf',
    sql: `create or replace table match_population_tf as
select r.rid, ${tf.map((c) => `t_${c.name}.tf as ${tfValueColumn(c)}`).join(', ')}
from match_population r
${joins}`,
  });
  return steps;
}
