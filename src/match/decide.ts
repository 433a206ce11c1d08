import type { DuckDBConnection } from '@duckdb/node-api';
import type { MatchConfig } from '../config/match.js';
import { queryValue } from '../db/query.js';
import type { SqlStep } from '../db/steps.js';
import { sqlFile } from '../db/steps.js';

/**
 * Steps before the decision rounds: match_best (each person's two best candidates over every pair),
 * match_viable (pairs close enough to the threshold to matter, with the person's one-to-one group and
 * identity) and match_assigned seeded with the deterministic links.
 *
 * @example
 * await runSteps(c, decisionSetupSteps(config));
 */
export function decisionSetupSteps(config: MatchConfig): SqlStep[] {
  return [
    { name: 'match_best', sql: sqlFile(import.meta.url, 'sql/match_best.sql') },
    ...twinGuardSteps(config),
    {
      name: 'match_viable',
      sql: sqlFile(import.meta.url, 'sql/match_viable.sql'),
      params: { floor: config.min_match_weight - config.ambiguity_margin },
    },
    { name: 'match_assigned', sql: sqlFile(import.meta.url, 'sql/match_assigned.sql') },
  ];
}

/**
 * match_population_siblings: pairs of population persons born together to the same parents (the
 * twin guard's `siblings` columns equal, some parent's name equal, none different): twins, whatever
 * their sex and middle names. A pid found on one of them may be the other's (see match_deterministic),
 * and two registrations may never share either of them (match_twin_rows).
 *
 * @example
 * await runSteps(c, [siblingsStep(config)]);
 */
export function siblingsStep(config: MatchConfig): SqlStep {
  const guard = config.twin_guard;
  const parents = guard.not_contradicting;
  return {
    name: 'match_population_siblings',
    sql: `create or replace table match_population_siblings as
select rc.rid, rd.rid as sibling_rid
from match_population rc
join match_population rd on ${guard.siblings.map((c) => `rd.${c} = rc.${c}`).join(' and ')} and rd.rid <> rc.rid
where (${parents.map((c) => `rd.${c} = rc.${c}`).join(' or ') || 'false'})
  and ${parents.map((c) => `not coalesce(rc.${c} <> rd.${c}, false)`).join('\n  and ') || 'true'}`,
  };
}

/**
 * Steps of the twin guard. match_guard_levels: each pair near the threshold with its level on the
 * guard's comparison (the given name). match_dominated: a person's candidate that looks like another of
 * its candidates (same family, middle name and date of birth, parents not contradicting) but agrees
 * worse on the given name. Siblings share parents, places and dates, so that shared evidence must not
 * pick the twin: the given name decides.
 *
 * @example
 * await runSteps(c, twinGuardSteps(config));
 */
export function twinGuardSteps(config: MatchConfig): SqlStep[] {
  const guard = config.twin_guard;
  const same = guard.same.map((c) => `rc.${c} = rd.${c}`);
  const contradict = guard.not_contradicting.map((c) => `not coalesce(rc.${c} <> rd.${c}, false)`);
  return [
    {
      name: 'match_guard_levels',
      sql: `create or replace table match_guard_levels as
with near as (select distinct lid from match_totals where weight >= $floor and eligible)
select t.lid, t.rid, t.guard as g, t.weight
from match_totals t semi join near on near.lid = t.lid
where t.guard >= 0 and t.eligible`,
      params: { floor: config.min_match_weight - config.ambiguity_margin },
    },
    {
      // population persons with a look-alike (a twin, most likely): registrations of two different
      // identities may never share them, even with the same written name (a typo can make one twin's
      // name the other's)
      name: 'match_twin_rows',
      sql: `create or replace table match_twin_rows as
with near as (select distinct rid from match_totals where weight >= $floor and eligible)
select distinct rc.rid
from match_population rc semi join near on near.rid = rc.rid
join match_population rd on ${guard.same.map((c) => `rd.${c} = rc.${c}`).join(' and ')} and rd.rid <> rc.rid
where ${contradict.join('\n  and ')}
union
select rid from match_population_siblings semi join near using (rid)`,
      params: { floor: config.min_match_weight - config.ambiguity_margin },
    },
    {
      name: 'match_dominated',
      sql: `create or replace table match_dominated as
select distinct c.lid, c.rid, d.rid as by_rid
from match_guard_levels c
join match_guard_levels d on d.lid = c.lid and d.rid <> c.rid and d.g < c.g
join match_population rc on rc.rid = c.rid
join match_population rd on rd.rid = d.rid
where c.weight >= $floor
  and ${[...same, ...contradict].join('\n  and ')}`,
      params: { floor: config.min_match_weight - config.ambiguity_margin },
    },
  ];
}

const roundSql = sqlFile(import.meta.url, 'sql/match_round.sql');

/**
 * One-to-one decisions in rounds. Each round, every undecided person proposes its best remaining
 * candidate if it beats the runner-up by `ambiguity_margin`; a proposal is accepted unless a stronger
 * proposal claims the same population person from the same one-to-one group (a different identity:
 * two births of one person are allowed, twins are not) or from the same record (one record's roles are
 * distinct people). Taken candidates leave the others' lists, which can settle them next round.
 * Returns the number of rounds run.
 *
 * @example
 * const rounds = await decideInRounds(c, config);
 */
export async function decideInRounds(connection: DuckDBConnection, config: MatchConfig, maxRounds = 20): Promise<number> {
  const params = { min: config.min_match_weight, margin: config.ambiguity_margin };
  for (let round = 1; round <= maxRounds; round++) {
    await connection.run(roundSql, params);
    const accepted = Number(await queryValue<number>(connection, 'select count(*) from match_round'));
    if (accepted === 0) return round - 1;
    await connection.run(`insert into match_assigned select lid, rid, weight, 'probabilistic', $round from match_round`, { round });
    await connection.run(`delete from match_viable where lid in (select lid from match_round)`);
    await connection.run(`delete from match_viable v using match_round a
      where v.rid = a.rid and ((v.grp = a.grp and v.identity <> a.identity) or v.record_id = a.record_id)`);
  }
  return maxRounds;
}

/** The step recording persons left with two candidates too close to call (match_ambiguous). */
export function ambiguousStep(config: MatchConfig): SqlStep {
  return { name: 'match_ambiguous', sql: sqlFile(import.meta.url, 'sql/match_ambiguous.sql'), params: { min: config.min_match_weight } };
}
