import type { DuckDBConnection } from '@duckdb/node-api';
import type { BlockingRule, MatchConfig } from '../config/match.js';
import { queryRows } from '../db/query.js';
import type { SqlStep } from '../db/steps.js';
import { SqlParams } from './params.js';

const numericKeys = new Set(['dob', 'dob_year', 'dob_month', 'dob_day', 'dob_unordered']);

/** Key parts that are expressions rather than columns. */
const keyExpressions: Record<string, string> = {
  dob_unordered: `case when t.dob_precision = 'day' then t.dob_year * 10000 + least(t.dob_day, t.dob_month) * 100 + greatest(t.dob_day, t.dob_month) end`,
};

const dobFilters = {
  full: `t.dob_precision = 'day'`,
  not_full: `coalesce(t.dob_precision, 'none') <> 'day'`,
  placeholder: `t.dob_placeholder`,
};

/** What one blocking rule would make and what it did. */
export interface BlockingCount {
  rule: number;
  name: string;
  /** Distinct keys present on both sides. */
  keys: number;
  /** Sum over keys of left x right, counted before joining (oversized blocks excluded). */
  pairs: number;
  /** The largest single block kept (left x right). */
  largestBlock: number;
  /** Keys dropped because their block alone exceeded `max_block_pairs`, and their pairs. */
  cappedKeys: number;
  cappedPairs: number;
  /** 'run', or 'skipped' when the rule would exceed `max_pairs_per_rule`. */
  status: 'run' | 'skipped';
  /** Pairs the rule added that no earlier rule (or the pid) had produced. */
  newPairs?: number;
}

/** Column of the key tables holding rule `i`'s key hash. */
export const keyColumn = (i: number) => `k_${i}`;

/**
 * The key of a rule on one row (alias `t`): a hash of its parts, or null when any part is empty (empty
 * keys make giant blocks) or, on the registry side, when the rule is limited to other roles.
 *
 * @example
 * blockingKeySql({ name: 'name_dob', keys: [{ column: 'name_fold' }, { column: 'dob' }] }, 'left', p);
 */
export function blockingKeySql(rule: BlockingRule, side: 'left' | 'right', params: SqlParams): string {
  const parts = rule.keys.map((k) => {
    const col = keyExpressions[k.column] ?? `t.${k.column}`;
    if (k.prefix) return `left(${col}, ${params.add(k.prefix)})`;
    if (k.suffix) return `right(${col}, ${params.add(k.suffix)})`;
    return col;
  });
  const present = rule.keys.map((k) => {
    const col = keyExpressions[k.column] ?? `t.${k.column}`;
    return numericKeys.has(k.column) ? `${col} is not null` : `coalesce(${col} <> '', false)`;
  });
  if (side === 'left' && rule.roles?.length) present.push(`t.role_key in (${params.list(rule.roles)})`);
  if (side === 'left' && rule.except_roles?.length) present.push(`t.role_key not in (${params.list(rule.except_roles)})`);
  if (side === 'left' && rule.dob) present.push(dobFilters[rule.dob]);
  if (side === 'right' && rule.population_dob) present.push(dobFilters[rule.population_dob]);
  return `case when ${present.join(' and ')} then hash(${parts.join(', ')}) end`;
}

/**
 * Steps making the key tables: one hash column per rule, on the registry persons the probabilistic
 * pass handles (usable, not linked by pid) and on the whole population.
 *
 * @example
 * await runSteps(c, blockingKeySteps(config));
 */
export function blockingKeySteps(config: MatchConfig): SqlStep[] {
  const lp = new SqlParams('kl');
  const rp = new SqlParams('kr');
  const rules = config.blocking.rules;
  const lkeys = rules.map((r, i) => `${blockingKeySql(r, 'left', lp)} as ${keyColumn(i + 1)}`).join(',\n  ');
  const rkeys = rules.map((r, i) => `${blockingKeySql(r, 'right', rp)} as ${keyColumn(i + 1)}`).join(',\n  ');
  return [
    {
      name: 'match_blocking_keys_left',
      sql: `create or replace table match_blocking_keys_left as
select t.lid, t.pid,
  ${lkeys}
from match_scope t
where t.usable and t.lid not in (select lid from match_deterministic)`,
      params: lp.values,
    },
    {
      name: 'match_blocking_keys_right',
      sql: `create or replace table match_blocking_keys_right as
select t.rid, t.pid,
  ${rkeys}
from match_population t`,
      params: rp.values,
    },
  ];
}

/**
 * Counts, for every rule, the pairs it would make (sum of left x right per key) without joining,
 * drops keys whose block alone exceeds `max_block_pairs` (their key becomes null), and marks a rule
 * `skipped` when it would still exceed `max_pairs_per_rule`. Writes match_blocking_counts.
 *
 * @example
 * const counts = await countBlockingPairs(c, config);
 * counts.map((r) => `${r.name}: ${r.pairs}`);
 */
export async function countBlockingPairs(connection: DuckDBConnection, config: MatchConfig): Promise<BlockingCount[]> {
  const { max_block_pairs: cap, max_pairs_per_rule: budget } = config.blocking;
  const counts: BlockingCount[] = [];
  for (const [index, rule] of config.blocking.rules.entries()) {
    const k = keyColumn(index + 1);
    await connection.run(`create or replace temp table match_blocking_blocks as
with lk as (select ${k} as k, count(*) as n from match_blocking_keys_left where ${k} is not null group by 1),
     rk as (select ${k} as k, count(*) as n from match_blocking_keys_right where ${k} is not null group by 1)
select lk.k, lk.n * rk.n as pairs from lk join rk using (k)`);
    const [row] = await queryRows<{ keys: number; pairs: number; largest: number; capped_keys: number; capped_pairs: number }>(
      connection,
      `select count(*) as keys,
              coalesce(sum(pairs) filter (where pairs <= $cap), 0)::bigint as pairs,
              coalesce(max(pairs) filter (where pairs <= $cap), 0)::bigint as largest,
              count(*) filter (where pairs > $cap) as capped_keys,
              coalesce(sum(pairs) filter (where pairs > $cap), 0)::bigint as capped_pairs
       from match_blocking_blocks`,
      { cap },
    );
    if (row.capped_keys > 0) {
      await connection.run(`update match_blocking_keys_left set ${k} = null
        where ${k} in (select k from match_blocking_blocks where pairs > $cap)`, { cap });
    }
    const status = row.pairs > budget ? 'skipped' : 'run';
    counts.push({
      rule: index + 1, name: rule.name, keys: row.keys, pairs: row.pairs, largestBlock: row.largest,
      cappedKeys: row.capped_keys, cappedPairs: row.capped_pairs, status,
    });
  }
  await connection.run('drop table if exists match_blocking_blocks');
  await connection.run(`create or replace table match_blocking_counts (
    rule integer, name varchar, keys bigint, pairs bigint, largest_block bigint, capped_keys bigint,
    capped_pairs bigint, status varchar, new_pairs bigint)`);
  for (const c of counts) {
    await connection.run('insert into match_blocking_counts values ($rule, $name, $keys, $pairs, $largest, $ck, $cp, $status, null)', {
      rule: c.rule, name: c.name, keys: c.keys, pairs: c.pairs, largest: c.largestBlock, ck: c.cappedKeys, cp: c.cappedPairs, status: c.status,
    });
  }
  return counts;
}

/**
 * The step making match_candidates (lid, rid, rule): every pid hit (rule 0), then each rule's pairs
 * that neither the pid nor an earlier rule produced. Skipped rules take no part.
 *
 * @example
 * await runSteps(c, [candidatesStep(counts)]);
 */
export function candidatesStep(counts: BlockingCount[]): SqlStep {
  const active = counts.filter((c) => c.status === 'run');
  const parts = ['select lid, rid, 0::utinyint as rule from match_pid_candidates'];
  active.forEach((c, i) => {
    const k = keyColumn(c.rule);
    const earlier = active.slice(0, i).map((e) => ` and not coalesce(l.${keyColumn(e.rule)} = r.${keyColumn(e.rule)}, false)`).join('');
    parts.push(`select l.lid, r.rid, ${c.rule}::utinyint as rule
from match_blocking_keys_left l join match_blocking_keys_right r on l.${k} = r.${k}
where not coalesce(l.pid = r.pid, false)${earlier}`);
  });
  return { name: 'match_candidates', sql: `create or replace table match_candidates as\n${parts.join('\nunion all\n')}` };
}

/** Fills `new_pairs` of match_blocking_counts from the candidates actually made. */
export async function recordNewPairs(connection: DuckDBConnection, counts: BlockingCount[]): Promise<void> {
  const rows = await queryRows<{ rule: number; n: number }>(connection, 'select rule, count(*) as n from match_candidates group by rule');
  const byRule = new Map(rows.map((r) => [r.rule, r.n]));
  for (const c of counts) c.newPairs = c.status === 'run' ? byRule.get(c.rule) ?? 0 : 0;
  await connection.run(`update match_blocking_counts set new_pairs = coalesce(n.n, 0)
    from (select rule, count(*) as n from match_candidates group by rule) n where n.rule = match_blocking_counts.rule`);
  await connection.run(`update match_blocking_counts set new_pairs = 0 where new_pairs is null`);
}
