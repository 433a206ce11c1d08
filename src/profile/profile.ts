import type { DuckDBConnection } from '@duckdb/node-api';
import { defaultConfig, type CampaignConfig } from '../config/campaign.js';
import type { Scope } from '../config/scope.js';
import { queryValue } from '../db/query.js';
import { runSteps, type SqlStep, type StepTiming } from '../db/steps.js';
import { UserError } from '../errors.js';
import type { ProgressFn } from '../progress.js';
import { profileFigures } from './figures.js';
import { profileSql } from './sql.js';
import { columnSteps, completenessSteps, ruleSteps, scopeSteps } from './steps.js';
import type { ProfileSummary } from './types.js';

export interface ProfileOptions {
  config?: CampaignConfig;
  /** Registrations (and their persons) to profile; the population extract is always profiled whole. */
  scope?: Scope;
  onProgress?: ProgressFn;
  onStep?: (timing: StepTiming) => void;
  /** The day 'today' means in date rules (ISO date); tests pin it. */
  today?: string;
}

const CONTRACT_TABLES = ['registrations', 'persons', 'population', 'units_2023', 'quarantine'];

/**
 * Profiles the campaign database: column profile of registry persons, registrations and the
 * population extract; completeness of the fields each event type requires, by event type, unit and
 * year; every enabled validity rule of the config with its failing rows (`profile_failures`);
 * suspected duplicate registrations and twins. Leaves `profile_*` tables and returns their
 * figures (aggregates only) with step timings.
 *
 * @example
 * const summary = await profile(c, { config, scope: { communes: ['31825'] } });
 * summary.rules.find((r) => r.code === 'pid_invalid')?.failing_rows;
 */
export async function profile(c: DuckDBConnection, options: ProfileOptions = {}): Promise<ProfileSummary> {
  const config = options.config ?? defaultConfig();
  await requireContractTables(c);
  const { min_cells, worst } = config.profile.completeness;
  const groups: { task: string; steps: SqlStep[]; countRows: boolean }[] = [
    { task: 'scope', steps: [...scopeSteps(options.scope), { name: 'profile_settings', sql: profileSql('profile_settings'), params: { min_cells, worst } }], countRows: false },
    { task: 'columns', steps: columnSteps(), countRows: true },
    { task: 'completeness', steps: completenessSteps(), countRows: true },
    { task: 'rules', steps: ruleSteps(config.profile, options.today), countRows: false },
  ];
  const total = groups.reduce((n, g) => n + g.steps.length, 0);
  const timings: StepTiming[] = [];
  const start = performance.now();
  for (const group of groups) {
    for (const step of group.steps) {
      const [timing] = await runStep(c, step, group.countRows);
      timings.push(timing);
      options.onStep?.(timing);
      options.onProgress?.({ task: 'profile', done: timings.length, total, unit: 'steps' });
    }
  }
  const figures = await profileFigures(c);
  return { ...figures, seconds: (performance.now() - start) / 1000, timings };
}

async function runStep(c: DuckDBConnection, step: SqlStep, countRows: boolean): Promise<StepTiming[]> {
  try {
    return await runSteps(c, [step], undefined, { countRows });
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    // a rule the user wrote (e.g. a regex DuckDB's RE2 refuses) names the rule, not a stack trace
    if (step.name.startsWith('profile_rule_')) throw new UserError(`profile.rules: rule '${step.name.slice('profile_rule_'.length)}' failed in DuckDB: ${message}`);
    throw err;
  }
}

async function requireContractTables(c: DuckDBConnection): Promise<void> {
  for (const table of CONTRACT_TABLES) {
    const found = await queryValue<number>(c, 'select count(*) from information_schema.tables where table_name = $table', { table });
    if (!found) throw new UserError(`the database has no '${table}' table: run \`doichieu ingest\` first`);
  }
}
