import type { DuckDBConnection } from '@duckdb/node-api';
import type { CampaignConfig } from '../config/campaign.js';
import { resolveMatchConfig, type MatchConfig } from '../config/match.js';
import { scopeCondition } from '../config/scope.js';
import { queryRows, queryValue } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import { UserError } from '../errors.js';
import { blockingKeySteps, candidatesStep, countBlockingPairs, recordNewPairs } from './blocking.js';
import { comparisonStep } from './comparisons.js';
import { ambiguousStep, decideInRounds, decisionSetupSteps } from './decide.js';
import { differenceSteps } from './differences.js';
import { familyCandidateSteps, familyLevelSteps, familyRule } from './family.js';
import { estimateParameters, randomPairSteps } from './parameters.js';
import { writeRoleSettings } from './roles.js';
import { peakRssMb, StepRunner } from './runner.js';
import { outcomes, type MatchOptions, type MatchSummary, type Outcome } from './types.js';
import { tfSteps, weightsStep } from './weights.js';

/** The match settings from whatever the caller has: a campaign config, a match section, or nothing. */
export function matchConfigOf(config?: CampaignConfig | MatchConfig | Record<string, unknown>): MatchConfig {
  if (!config) return resolveMatchConfig();
  if ('comparisons' in config && 'blocking' in config && 'family' in config) return config as MatchConfig;
  if ('match' in config && typeof config.match === 'object') return matchConfigOf(config.match as Record<string, unknown>);
  return resolveMatchConfig(config);
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
  const run = new StepRunner(connection, options.onStep);
  const started = performance.now();
  await requireTables(connection);
  await connection.run(sqlFile(import.meta.url, 'sql/results_schema.sql'));
  await connection.run(sqlFile(import.meta.url, 'sql/match_macros.sql'));
  await writeRoleSettings(connection, config);

  const scope = scopeCondition(options.scope, 'p');
  await run.steps([
    { name: 'match_units', sql: sqlFile(import.meta.url, 'sql/match_units.sql') },
    { name: 'match_scope', sql: sqlFile(import.meta.url, 'sql/match_scope.sql').replace('/*scope*/ true', scope.sql), params: scope.params },
    { name: 'match_population', sql: sqlFile(import.meta.url, 'sql/match_population.sql') },
  ]);
  const nLeft = Number(await queryValue(connection, 'select count(*) from match_scope'));
  const nRight = Number(await queryValue(connection, 'select count(*) from match_population'));
  const weighing = config.comparisons.filter((c) => c.weighs);

  await run.steps([
    ...tfSteps(weighing),
    {
      name: 'match_pid_candidates',
      sql: sqlFile(import.meta.url, 'sql/match_pid_candidates.sql'),
      params: {
        given_min: config.deterministic.given_min_jaro_winkler,
        family_min: config.deterministic.family_min_jaro_winkler,
        dob_exact: config.deterministic.dob_exact,
      },
    },
    { name: 'match_deterministic', sql: sqlFile(import.meta.url, 'sql/match_deterministic.sql') },
    ...blockingKeySteps(config),
  ]);
  const blocking = await run.phase('match_blocking_counts', () => countBlockingPairs(connection, config), (c) => c.length);
  await run.steps([candidatesStep(blocking)]);
  await recordNewPairs(connection, blocking);

  await run.steps([comparisonStep('match_comparisons', 'match_candidates', weighing, ['rule']), ...randomPairSteps(config, weighing, nLeft, nRight)]);
  const nUsable = Number(await queryValue(connection, 'select count(*) from match_scope where usable'));
  const parameters = await run.phase(
    'match_parameters',
    () => estimateParameters(connection, config, { nLeft, nRight, nUsable }, (steps) => run.steps(steps)),
    (p) => p.levels.length,
  );

  await run.steps([
    weightsStep('match_weights', 'match_comparisons', weighing, config, parameters.priorWeight),
    ...familyCandidateSteps(config),
    comparisonStep('match_family_comparisons', 'match_family_pairs', weighing, ['rule']),
    weightsStep('match_family_weights', 'match_family_comparisons', weighing, config, parameters.priorWeight),
    ...familyLevelSteps(),
    ...decisionSetupSteps(config),
  ]);
  const rounds = await run.phase('match_rounds', () => decideInRounds(connection, config), (r) => r);
  await run.steps([ambiguousStep(config), ...differenceSteps(config)]);
  await run.steps([{ name: 'match_results', sql: sqlFile(import.meta.url, 'sql/match_results.sql') }]);
  await saveSettings(connection, config, parameters.priorWeight, options.scope);

  return summarise(connection, {
    blocking, rounds, steps: run.timings, seconds: (performance.now() - started) / 1000, nLeft, nRight,
    familyRule: familyRule(config),
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
  info: Pick<MatchSummary, 'blocking' | 'rounds' | 'steps' | 'seconds' | 'parameters'> & { nLeft: number; nRight: number; familyRule: number },
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
