import type { DuckDBConnection } from '@duckdb/node-api';
import type { CampaignConfig } from '../config/campaign.js';
import { resolveMatchConfig, type MatchConfig } from '../config/match.js';
import { scopeCondition } from '../config/scope.js';
import { ident, literal, queryRows } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import { UserError } from '../errors.js';
import { differenceSteps } from './differences.js';
import { runEngine } from './engine.js';
import { standardiseSteps } from './standardise.js';
import { writeRoleSettings } from './roles.js';
import { peakRssMb, StepRunner } from './runner.js';
import { outcomes, type MatchOptions, type MatchSummary, type Outcome } from './types.js';

/** The match settings from whatever the caller has: a campaign config, a match section, or nothing. */
export function matchConfigOf(config?: CampaignConfig | MatchConfig | Record<string, unknown>): MatchConfig {
  if (!config) return resolveMatchConfig();
  if ('comparisons' in config && 'blocking' in config && 'family' in config) return config as MatchConfig;
  if ('match' in config && typeof config.match === 'object') return matchConfigOf(config.match as Record<string, unknown>);
  return resolveMatchConfig(config);
}

/**
 * Steps kept in the database file after a run (the others are temporary unless `keep_steps`): what
 * results, explain and evaluate read, all narrow. Wide intermediate tables cost more to write than to
 * compute.
 */
const persistedSteps = new Set([
  'match_units', 'match_scope_ids', 'match_population_ids', 'match_scope_text', 'match_population_text', 'match_candidates',
  'match_family_pairs', 'match_family_expected', 'match_blocking_counts', 'match_parameters', 'match_best', 'match_error_codes', 'match_errors',
  'match_differences', 'match_results',
]);

/** Removes match_* tables a previous run kept that this run makes temporary (they would hide nothing but mislead). */
async function dropStaleSteps(connection: DuckDBConnection, persist: (name: string) => boolean): Promise<void> {
  const rows = await queryRows<{ name: string; type: string }>(
    connection,
    `select table_name as name, table_type as type from information_schema.tables
     where table_schema = 'main' and table_name like 'match\_%' escape '\' and table_name not in ('match_results', 'match_differences', 'match_roles', 'match_settings')`,
  );
  for (const r of rows) {
    if (persist(r.name)) continue;
    await connection.run(`drop ${r.type === 'VIEW' ? 'view' : 'table'} if exists main.${ident(r.name)}`);
  }
}

async function requireTables(connection: DuckDBConnection): Promise<void> {
  const present = await queryRows<{ name: string }>(connection, `select table_name as name from information_schema.tables where table_name in ('persons', 'population')`);
  if (present.length < 2) throw new UserError('match: the database has no persons/population tables; run `doichieu ingest` first');
}

/**
 * Reconciles every in-scope person-in-registration with the population: a deterministic pass on
 * corroborated pids, then Fellegi-Sunter on blocked candidate pairs (u from random pairs, m by EM,
 * term-frequency adjusted names, family evidence for parents), one-to-one decisions, and error
 * classification. Fills match_results and match_differences and leaves every step as a match_* table
 * an analyst can query.
 *
 * @example
 * const summary = await match(connection, { scope: { communes: ['31825'] }, onStep: (t) => log(t) });
 * summary.outcomes.consistent;
 */
export async function match(connection: DuckDBConnection, options: MatchOptions = {}): Promise<MatchSummary> {
  const config = matchConfigOf(options.config);
  const persist = (name: string) => config.keep_steps || persistedSteps.has(name) || name.startsWith('match_tf_');
  const run = new StepRunner(connection, options.onStep, persist);
  const started = performance.now();
  await requireTables(connection);
  await dropStaleSteps(connection, persist);
  const previousLimit = config.memory_limit ? await queryRows<{ v: string }>(connection, `select current_setting('memory_limit') as v`) : [];
  if (config.memory_limit) await connection.run(`set memory_limit = ${literal(config.memory_limit)}`);
  try {
    return await matchSteps(connection, config, run, options, started);
  } finally {
    if (previousLimit.length) await connection.run(`set memory_limit = ${literal(previousLimit[0].v)}`);
  }
}

async function matchSteps(connection: DuckDBConnection, config: MatchConfig, run: StepRunner, options: MatchOptions, started: number): Promise<MatchSummary> {
  await connection.run(sqlFile(import.meta.url, 'sql/results_schema.sql'));
  await connection.run(sqlFile(import.meta.url, 'sql/match_macros.sql'));
  await writeRoleSettings(connection, config);

  const scope = scopeCondition(options.scope, 'p');
  await run.steps([
    { name: 'match_units', sql: sqlFile(import.meta.url, 'sql/match_units.sql') },
    { name: 'match_scope_ids', sql: sqlFile(import.meta.url, 'sql/match_scope_ids.sql').replace('/*scope*/ true', scope.sql), params: scope.params },
    { name: 'match_population_ids', sql: sqlFile(import.meta.url, 'sql/match_population_ids.sql') },
    ...standardiseSteps(),
  ]);
  const engine = await runEngine(connection, config, run);
  // the contract tables start empty (recreated: emptying a primary key index row by row is slow)
  await connection.run('drop table if exists match_results; drop table if exists match_differences');
  await connection.run(sqlFile(import.meta.url, 'sql/results_schema.sql'));
  await run.steps(differenceSteps(config));
  await run.steps([{ name: 'match_results', sql: sqlFile(import.meta.url, 'sql/match_results.sql') }]);
  const { parameters } = engine;
  await saveSettings(connection, config, parameters.priorWeight, options.scope);

  return summarise(connection, {
    blocking: engine.blocking, rounds: engine.rounds, steps: run.timings, seconds: (performance.now() - started) / 1000,
    nLeft: engine.nLeft, nRight: engine.nRight,
    parameters: {
      presence: parameters.presence, prior: parameters.prior, priorWeight: parameters.priorWeight,
      sessions: parameters.sessions, uPairs: parameters.uPairs,
    },
  });
}

/** Keeps what explain needs to recompute a person's comparisons: the config and the prior. */
async function saveSettings(connection: DuckDBConnection, config: MatchConfig, priorWeight: number, scope: unknown): Promise<void> {
  await connection.run('create or replace table match_settings (key varchar primary key, value varchar)');
  const rows: [string, string][] = [['config', JSON.stringify(config)], ['prior_weight', String(priorWeight)], ['scope', JSON.stringify(scope ?? {})]];
  for (const [key, value] of rows) await connection.run('insert into match_settings values ($key, $value)', { key, value });
}

async function summarise(
  connection: DuckDBConnection,
  info: Pick<MatchSummary, 'blocking' | 'rounds' | 'steps' | 'seconds' | 'parameters'> & { nLeft: number; nRight: number },
): Promise<MatchSummary> {
  const byOutcome = await queryRows<{ outcome: Outcome; n: number }>(connection, 'select outcome, count(*) as n from match_results group by 1');
  const outcomeCounts = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of byOutcome) outcomeCounts[r.outcome] = r.n;
  const byError = await queryRows<{ code: string; n: number }>(
    connection,
    `select c.code, count(*) as n from match_results r, unnest(string_split(r.errors, ';')) as c(code)
     where r.errors <> '' group by 1 order by 1`,
  );
  const [actions] = await queryRows<{ assign: number; conflict: number; pid: number; probabilistic: number }>(
    connection,
    `select count(*) filter (where pid_action = 'assign') as assign, count(*) filter (where pid_action = 'conflict') as conflict,
            count(*) filter (where method = 'pid') as pid, count(*) filter (where method = 'probabilistic') as probabilistic
     from match_results`,
  );
  const [cand] = await queryRows<{ pid: number; blocking: number; family: number }>(
    connection,
    `select (select count(*) from match_candidates where rule = 0) as pid,
            (select count(*) from match_candidates where rule > 0) as blocking,
            (select count(*) from match_family_pairs) as family`,
  );
  return {
    persons: info.nLeft,
    population: info.nRight,
    outcomes: outcomeCounts,
    errors: Object.fromEntries(byError.map((r) => [r.code, r.n])),
    pidActions: { assign: actions.assign, conflict: actions.conflict },
    methods: { pid: actions.pid, probabilistic: actions.probabilistic },
    candidates: { ...cand, total: cand.pid + cand.blocking + cand.family },
    blocking: info.blocking,
    parameters: info.parameters,
    rounds: info.rounds,
    steps: info.steps,
    seconds: info.seconds,
    peakRssMb: peakRssMb(),
  };
}
