import type { DuckDBConnection } from '@duckdb/node-api';
import { familyLevelLabels, type Comparison, type MatchConfig } from '../config/match.js';
import { queryRows, queryValue } from '../db/query.js';
import type { SqlStep } from '../db/steps.js';
import { blockingKeySql } from './blocking.js';
import { isBlockedBy } from './columns.js';
import { comparisonStep, levelColumn } from './comparisons.js';
import { estimateM, estimateU, type EmVector } from './em.js';
import { SqlParams } from './params.js';
import { tfLevel } from './weights.js';

/** One level's learnt parameters, as stored in match_parameters. */
export interface LevelParameter {
  comparison: string;
  level: number;
  label: string;
  error: string | null;
  weighs: boolean;
  m: number | null;
  u: number | null;
  /** log2(m / u): what agreeing at this level adds to the match weight. */
  weight: number | null;
  m_source: 'em' | 'fixed' | 'start' | null;
  u_source: 'random_pairs' | 'fixed' | null;
  tf: boolean;
}

/** Everything the weights are made of. */
export interface MatchParameters {
  levels: LevelParameter[];
  /** Share of registry persons expected in the population. */
  presence: number;
  /** Probability that a random registry person and a random population person are the same. */
  prior: number;
  /** log2 odds of the prior: where every total weight starts. */
  priorWeight: number;
  sessions: EmSession[];
  uPairs: number;
}

/**
 * Steps drawing `random_pairs` pseudo-random (registry, population) pairs, reproducibly (hashes of a
 * counter, not random()), and their comparison levels: nearly all are non-matches, so level shares
 * among them estimate u.
 *
 * @example
 * await runSteps(c, randomPairSteps(config, weighing, nLeft, nRight));
 */
export function randomPairSteps(config: MatchConfig, comparisons: Comparison[], nLeft: number, nRight: number): SqlStep[] {
  const p = new SqlParams('u');
  return [
    {
      name: 'match_u_pairs',
      // small inputs: every pair (exact u); large ones: a reproducible pseudo-random draw
      sql:
        nLeft * nRight <= config.u.random_pairs
          ? `create or replace table match_u_pairs as
select l.lid, r.rid from match_scope l cross join match_population r`
          : `create or replace table match_u_pairs as
select (hash(i, ${p.add(config.u.seed)}::bigint) % ${p.add(nLeft)}::ubigint + 1)::integer as lid,
       (hash(i, ${p.add(config.u.seed + 1)}::bigint) % ${p.add(nRight)}::ubigint + 1)::integer as rid
from range(${p.add(config.u.random_pairs)}::bigint) t(i)`,
      params: p.values,
    },
    comparisonStep('match_u_comparisons', 'match_u_pairs', comparisons),
  ];
}

async function levelCounts(connection: DuckDBConnection, table: string, comparisons: Comparison[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (!comparisons.length) return out;
  const p = new SqlParams('lc');
  const sql = comparisons
    .map((c) => `select ${p.add(c.name)} as comparison, ${levelColumn(c)}::integer as level, count(*) as n from ${table} where ${levelColumn(c)} >= 0 group by all`)
    .join('\nunion all\n');
  const rows = await queryRows<{ comparison: string; level: number; n: number }>(connection, sql, p.values);
  for (const c of comparisons) out.set(c.name, new Array<number>(c.levels.length).fill(0));
  for (const r of rows) out.get(r.comparison)![r.level] = r.n;
  return out;
}

/** One EM training session's outcome. */
export interface EmSession {
  name: string;
  pairs: number;
  vectors: number;
  iterations: number;
  converged: boolean;
  /** Share of matches among the session's pairs. */
  lambda: number;
  /** Comparisons whose m this session estimated. */
  estimated: string[];
}

/**
 * Steps making one EM session's pairs: a reproducible sample of registry persons joined to the
 * population on the session's columns (empty keys never join), keeping the smallest blocks first up to
 * `max_pairs`, and their levels for the comparisons the session can estimate.
 *
 * @example
 * await runSteps(c, emSessionSteps(config, config.em.sessions[0], free, nUsable));
 */
export function emSessionSteps(config: MatchConfig, session: MatchConfig['em']['sessions'][number], free: Comparison[], nUsable: number): SqlStep[] {
  const p = new SqlParams('s');
  const rule = { name: session.name, keys: session.block_on.map((column) => ({ column })) };
  const mod = Math.max(1, Math.round(nUsable / session.persons));
  const pairs = `match_em_pairs_${session.name}`;
  return [
    {
      name: pairs,
      sql: `create or replace table ${pairs} as
with l as (select t.lid, ${blockingKeySql(rule, 'right', p)} as k from match_scope t
           where t.usable and hash(t.lid, ${p.add(config.em.seed)}::bigint) % ${p.add(mod)}::ubigint = 0),
     r as (select t.rid, ${blockingKeySql(rule, 'right', p)} as k from match_population t),
     lk as (select k, count(*) as n from l where k is not null group by 1),
     rk as (select k, count(*) as n from r where k is not null group by 1),
     sizes as (select lk.k, lk.n * rk.n as pairs from lk join rk using (k)),
     kept as (select k from sizes qualify sum(pairs) over (order by pairs, k rows unbounded preceding) <= ${p.add(session.max_pairs)})
select l.lid, r.rid from l join kept using (k) join r using (k)`,
      params: p.values,
    },
    comparisonStep(`match_em_comparisons_${session.name}`, pairs, free),
  ];
}

async function vectorsOf(connection: DuckDBConnection, table: string, comparisons: Comparison[]): Promise<EmVector[]> {
  if (!comparisons.length) return [];
  const cols = comparisons.map((c) => `${levelColumn(c)}::integer as ${levelColumn(c)}`);
  const rows = await queryRows<Record<string, number>>(connection, `select ${cols.join(', ')}, count(*) as n from ${table} group by all`);
  return rows.map((r) => ({ levels: comparisons.map((c) => r[levelColumn(c)]), count: r.n }));
}

/**
 * Estimates u from random pairs, then m by EM in training sessions (Splink's approach: pairs blocked
 * on some columns estimate the comparisons of the others), sets the prior from the share of registry
 * persons present in the population, and writes match_parameters. Expects match_u_comparisons and
 * match_deterministic to exist; runs each session's steps through `runSteps`.
 *
 * @example
 * const params = await estimateParameters(c, config, { nLeft, nRight, nUsable }, (steps) => run.steps(steps));
 * params.levels.filter((l) => l.comparison === 'dob');
 */
export async function estimateParameters(
  connection: DuckDBConnection,
  config: MatchConfig,
  sizes: { nLeft: number; nRight: number; nUsable: number },
  runSteps: (steps: SqlStep[]) => Promise<void>,
): Promise<MatchParameters> {
  const weighing = config.comparisons.filter((c) => c.weighs);
  const uCounts = await levelCounts(connection, 'match_u_comparisons', weighing);
  const u = weighing.map((c) => estimateU(uCounts.get(c.name)!, c.levels.map((l) => l.fixed_u ?? null)));

  const estimates = weighing.map(() => [] as number[][]);
  const sessions: EmSession[] = [];
  for (const session of config.em.sessions) {
    const free = weighing.filter((c) => !isBlockedBy(c, session.block_on));
    await runSteps(emSessionSteps(config, session, free, sizes.nUsable));
    const vectors = await vectorsOf(connection, `match_em_comparisons_${session.name}`, free);
    const result = estimateM(
      free.map((c) => ({
        name: c.name,
        m: c.levels.map((l) => l.fixed_m ?? l.m ?? 1 / c.levels.length),
        u: u[weighing.indexOf(c)],
        fixedM: c.levels.map((l) => l.fixed_m ?? null),
      })),
      vectors,
      { lambda: 0.05, maxIterations: config.em.max_iterations, tolerance: config.em.tolerance, priorStrength: config.em.prior_strength },
    );
    const pairs = vectors.reduce((s, v) => s + v.count, 0);
    if (pairs > 0) free.forEach((c, k) => estimates[weighing.indexOf(c)].push(result.m[k]));
    sessions.push({
      name: session.name, pairs, vectors: vectors.length, iterations: result.iterations, converged: result.converged,
      lambda: result.lambda, estimated: pairs > 0 ? free.map((c) => c.name) : [],
    });
  }
  const m = weighing.map((c, k) => {
    if (!estimates[k].length) {
      const start = c.levels.map((l) => l.fixed_m ?? l.m ?? 1 / c.levels.length);
      const sum = start.reduce((s, x) => s + x, 0);
      return start.map((x) => x / sum);
    }
    return c.levels.map((_, i) => estimates[k].reduce((s, e) => s + e[i], 0) / estimates[k].length);
  });

  const presence = config.presence ?? (await estimatePresence(connection));
  const prior = Math.min(presence / Math.max(sizes.nRight, 1), 0.5);
  const priorWeight = Math.log2(prior / (1 - prior));

  const levels: LevelParameter[] = [];
  for (const c of config.comparisons) {
    const k = weighing.indexOf(c);
    c.levels.forEach((level, i) => {
      const mm = k >= 0 ? m[k][i] : null;
      const uu = k >= 0 ? u[k][i] : null;
      levels.push({
        comparison: c.name, level: i, label: level.label, error: level.error ?? null, weighs: c.weighs,
        m: mm, u: uu, weight: mm !== null && uu !== null ? Math.log2(mm / uu) : null,
        m_source: k < 0 ? null : level.fixed_m !== undefined ? 'fixed' : estimates[k].length ? 'em' : 'start',
        u_source: k < 0 ? null : level.fixed_u !== undefined ? 'fixed' : 'random_pairs',
        tf: c.tf && i === tfLevel(c),
      });
    });
  }
  const fam = config.family.levels;
  familyLevelLabels.forEach((label, i) => {
    levels.push({
      comparison: 'family', level: i, label, error: null, weighs: true, m: fam[label].m, u: fam[label].u,
      weight: Math.log2(fam[label].m / fam[label].u), m_source: 'fixed', u_source: 'fixed', tf: false,
    });
  });
  await writeParameters(connection, levels);
  return {
    levels, presence, prior, priorWeight, sessions,
    uPairs: Number(await queryValue<number>(connection, 'select count(*) from match_u_pairs')),
  };
}

/** Share of registry persons with a valid pid whose pid finds a corroborated population record. */
async function estimatePresence(connection: DuckDBConnection): Promise<number> {
  const [row] = await queryRows<{ withPid: number; found: number }>(
    connection,
    `select (select count(*) from match_scope where pid is not null) as "withPid", (select count(*) from match_deterministic) as found`,
  );
  if (row.withPid < 20) return 0.9;
  return Math.min(Math.max(row.found / row.withPid, 0.01), 0.999);
}

/** Writes the level parameters to match_parameters (replacing it). */
export async function writeParameters(connection: DuckDBConnection, levels: LevelParameter[]): Promise<void> {
  await connection.run(`create or replace table match_parameters (
    comparison varchar, level integer, label varchar, error varchar, weighs boolean,
    m double, u double, weight double, m_source varchar, u_source varchar, tf boolean)`);
  const appender = await connection.createAppender('match_parameters');
  for (const l of levels) {
    appender.appendVarchar(l.comparison);
    appender.appendInteger(l.level);
    appender.appendVarchar(l.label);
    if (l.error === null) appender.appendNull(); else appender.appendVarchar(l.error);
    appender.appendBoolean(l.weighs);
    for (const x of [l.m, l.u, l.weight]) if (x === null) appender.appendNull(); else appender.appendDouble(x);
    for (const x of [l.m_source, l.u_source]) if (x === null) appender.appendNull(); else appender.appendVarchar(x);
    appender.appendBoolean(l.tf);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * Learns the m of the family evidence levels from the data: their shares among the pid-linked persons
 * of family roles (certain matches), blended with the config's m as `prior_strength` pseudo-pairs. u
 * stays the config's: non-matching candidates are namesakes picked for their names, not random people.
 * Updates the `family` rows of match_parameters. Expects match_family_levels.
 *
 * @example
 * await estimateFamilyParameters(c, config);
 */
export async function estimateFamilyParameters(connection: DuckDBConnection, config: MatchConfig): Promise<void> {
  const rows = await queryRows<{ level: number; m_n: number }>(
    connection,
    `select f.level, count(*) as m_n from match_family_levels f join match_deterministic d on d.lid = f.lid and d.rid = f.rid group by f.level`,
  );
  const strength = config.em.prior_strength;
  const start = familyLevelLabels.map((label) => config.family.levels[label]);
  const counts = familyLevelLabels.map((_, i) => rows.find((r) => r.level === i) ?? { level: i, m_n: 0 });
  const blend = (n: number[], prior: number[]) => {
    const total = n.reduce((s, x) => s + x, 0) + strength;
    const priorSum = prior.reduce((s, x) => s + x, 0);
    return n.map((x, i) => (x + (strength * prior[i]) / priorSum) / total);
  };
  const m = blend(counts.map((c) => c.m_n), start.map((s) => s.m));
  const u = start.map((s) => s.u);
  for (const i of familyLevelLabels.keys()) {
    await connection.run(
      `update match_parameters set m = $m, u = $u, weight = $w, m_source = 'pid_links', u_source = 'fixed'
       where comparison = 'family' and level = $level`,
      { m: m[i], u: u[i], w: Math.log2(m[i] / u[i]), level: i },
    );
  }
}
