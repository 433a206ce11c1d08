import type { DuckDBConnection } from '@duckdb/node-api';
import type { CampaignConfig } from '../config/campaign.js';
import type { Scope } from '../config/scope.js';
import type { StepTiming } from '../db/steps.js';
import { UserError } from '../errors.js';
import type { ProgressFn } from '../progress.js';

/**
 * The pipeline stages a run calls, with the signatures of docs/architecture.md. A run takes them as
 * a parameter so that tests can run the whole campaign machinery (history, outputs, comparisons) on
 * hand-made fixtures; `defaultStages()` gives the real ones.
 */
export interface Stages {
  ingest(c: DuckDBConnection, options: { registry: string[]; population?: string; config?: CampaignConfig; quarantineCsv?: string; onProgress?: ProgressFn }): Promise<unknown>;
  profile(c: DuckDBConnection, options: { config?: CampaignConfig; scope?: Scope; onProgress?: ProgressFn }): Promise<unknown>;
  match(c: DuckDBConnection, options: { config?: CampaignConfig; scope?: Scope; onStep?: (t: StepTiming) => void }): Promise<unknown>;
}

async function load<K extends keyof Stages>(stage: K): Promise<Stages[K]> {
  // The stages are imported lazily by name: each lives behind its own index.ts.
  const specifier = `../${stage}/index.js`;
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof Error && /Cannot find module|ERR_MODULE_NOT_FOUND/.test(`${(error as { code?: string }).code} ${error.message}`)) {
      throw new UserError(`run: the ${stage} stage is not available in this build`);
    }
    throw error;
  }
  const fn = module[stage];
  if (typeof fn !== 'function') throw new UserError(`run: the ${stage} stage is not available in this build`);
  return fn as Stages[K];
}

/**
 * The real stages: src/ingest, src/profile and src/match.
 *
 * @example
 * const stages = await defaultStages();
 * await stages.ingest(connection, { registry: ['registry.csv'], population: 'population.csv' });
 */
export async function defaultStages(): Promise<Stages> {
  return { ingest: await load('ingest'), profile: await load('profile'), match: await load('match') };
}
