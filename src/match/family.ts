import type { MatchConfig } from '../config/match.js';
import type { SqlStep } from '../db/steps.js';
import { SqlParams } from './params.js';

/** Rule number of pairs that come from a relative's population record (after every blocking rule). */
export const familyRule = (config: MatchConfig) => config.blocking.rules.length + 1;

/**
 * Steps using the family recorded in the population: once a child is (provisionally) linked, its
 * population record names its father and mother (pid and name). Those people become candidates for
 * the record's father/mother roles, and every candidate of those roles gets a `family` level
 * (familyLevelLabels): 0 the named parent's pid, 1 the named parent's name (no pid on either side),
 * 2 the name but the record gives no pid while the candidate has one (a namesake, most likely), 3 someone
 * else; none when the child is not linked or its record names nobody. Only people in the population match.
 *
 * Makes match_family_via, match_family_expected, match_family_pairs (new pairs, rule = family rule).
 *
 * @example
 * await runSteps(c, familyCandidateSteps(config));
 */
export function familyCandidateSteps(config: MatchConfig): SqlStep[] {
  const p = new SqlParams('fam');
  const links = config.family.links;
  const viaRoles = [...new Set(links.map((l) => l.via))];
  const via: SqlStep = {
    name: 'match_family_via',
    sql: `create or replace table match_family_via as
with via as (select lid from match_scope where role_key in (${viaRoles.length ? p.list(viaRoles) : 'null'})),
best as (
  select w.lid, arg_max(w.rid, w.weight) as rid, max_by(w.weight, w.weight, 2) as top
  from match_weights w semi join via using (lid)
  where w.eligible and w.lid not in (select lid from match_deterministic)
  group by w.lid
)
select lid, rid, 'pid' as method from match_deterministic semi join via using (lid)
union all
select lid, rid, 'probabilistic' from best
where top[1] >= ${p.add(config.min_match_weight)}
  and (len(top) = 1 or top[1] - top[2] >= ${p.add(config.ambiguity_margin)})`,
    params: p.values,
  };
  const q = new SqlParams('fe');
  const parts = links.flatMap((link) => {
    const parents = link.parent === 'either' ? (['father', 'mother'] as const) : [link.parent];
    // the population names a person's spouse in spouse_pid / spouse_name_fold, parents in father_* / mother_*
    return parents.map(
      (parent) => `select p.lid, c.${parent}_pid as parent_pid, c.${parent}_name_fold as parent_name_fold
from match_scope p
join match_scope v on v.record_id = p.record_id and v.role_key = ${q.add(link.via)}
join match_family_via fv on fv.lid = v.lid
join match_population c on c.rid = fv.rid
where p.role_key = ${q.add(link.role)} and p.usable and (c.${parent}_pid is not null or c.${parent}_name_fold is not null)`,
    );
  });
  const expected: SqlStep = {
    name: 'match_family_expected',
    sql: `create or replace table match_family_expected as
${parts.length ? parts.join('\nunion all\n') : 'select null::integer as lid, null::varchar as parent_pid, null::varchar as parent_name_fold where false'}`,
    params: q.values,
  };
  const r = new SqlParams('fp');
  const pairs: SqlStep = {
    name: 'match_family_pairs',
    sql: `create or replace table match_family_pairs as
with known as (select c.lid, c.rid from match_candidates c semi join match_family_expected e using (lid))
select distinct e.lid, r.rid, ${r.add(familyRule(config))}::utinyint as rule
from match_family_expected e
join match_population r on r.pid = e.parent_pid
where not exists (select 1 from known k where k.lid = e.lid and k.rid = r.rid)
  and e.lid not in (select lid from match_deterministic)`,
    params: r.values,
  };
  return [via, expected, pairs];
}

/**
 * The step giving every pair of a family role its `family` level (match_family_levels); its weight is
 * learnt next (estimateFamilyParameters) and added in match_totals.
 *
 * @example
 * await runSteps(c, familyLevelSteps());
 */
export function familyLevelSteps(): SqlStep[] {
  return [
    {
      name: 'match_family_levels',
      sql: `create or replace table match_family_levels as
with pairs as (
  select w.lid, w.rid from match_weights w semi join match_family_expected e using (lid)
  union all
  select lid, rid from match_family_weights
)
-- the best agreement with any person the linked relatives' records name; a pid that differs outweighs
-- a name, and a record naming someone without pid points away from every candidate who has one
select p.lid, p.rid,
  min(case when r.pid = e.parent_pid then 0
           when r.name_fold = e.parent_name_fold and e.parent_pid is null and r.pid is null then 1
           when r.name_fold = e.parent_name_fold and e.parent_pid is null then 2
           else 3 end) as level
from pairs p join match_family_expected e using (lid) join match_population r on r.rid = p.rid
group by p.lid, p.rid`,
    },
  ];
}

/**
 * The step making match_totals: every pair (blocking, pid and family) with its total weight (family
 * evidence added at its learnt weight), eligibility and guard level. A table, not a view: the decision
 * steps read it several times.
 *
 * @example
 * await runSteps(c, [totalsStep()]);
 */
export function totalsStep(): SqlStep {
  return {
    name: 'match_totals',
    sql: `create or replace table match_totals as
select s.lid, s.rid, s.rule, s.weight + coalesce(m.weight, 0) as weight, f.level as family_level, s.eligible, s.guard
from (select lid, rid, rule, weight, eligible, guard from match_weights
      union all select lid, rid, rule, weight, eligible, guard from match_family_weights) s
left join match_family_levels f on f.lid = s.lid and f.rid = s.rid
left join match_parameters m on m.comparison = 'family' and m.level = f.level`,
  };
}
