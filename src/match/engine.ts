import type { DuckDBConnection } from '@duckdb/node-api';
import type { MatchConfig } from '../config/match.js';
import { queryValue } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import { blockingKeySteps, candidatesStep, countBlockingPairs, recordNewPairs, type BlockingCount } from './blocking.js';
import { comparisonStep } from './comparisons.js';
import { ambiguousStep, decideInRounds, decisionSetupSteps, siblingsStep } from './decide.js';
import { familyCandidateSteps, familyLevelSteps, totalsStep } from './family.js';
import { estimateFamilyParameters, estimateParameters, randomPairSteps, type MatchParameters } from './parameters.js';
import type { StepRunner } from './runner.js';
import { tfSteps, weightsStep } from './weights.js';

/** What the engine did between the standardised sides and the decisions. */
export interface EngineResult {
  blocking: BlockingCount[];
  parameters: MatchParameters;
  rounds: number;
  nLeft: number;
  nRight: number;
}

/**
 * The linking engine shared by `match` (registry x population) and `link` (any two tables): from
 * match_scope and match_population (the standard columns) to match_assigned and match_ambiguous:
 * pid pass, counted blocking, comparisons, u and EM, weights, family evidence, twin guard, one-to-one
 * decisions. Every step is a named match_* table.
 *
 * @example
 * const engine = await runEngine(c, config, new StepRunner(c));
 * engine.blocking.map((b) => b.pairs);
 */
export async function runEngine(connection: DuckDBConnection, config: MatchConfig, run: StepRunner): Promise<EngineResult> {
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
    siblingsStep(config),
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
  ]);
  await run.phase('match_family_parameters', () => estimateFamilyParameters(connection, config));
  await run.steps([totalsStep(), ...decisionSetupSteps(config)]);
  const rounds = await run.phase('match_rounds', () => decideInRounds(connection, config), (r) => r);
  await run.steps([ambiguousStep(config)]);
  return { blocking, parameters, rounds, nLeft, nRight };
}
