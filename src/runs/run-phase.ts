import { join } from 'node:path';
import type { CampaignConfig } from '../config/campaign.js';
import { openDatabase, type Database } from '../db/open.js';
import { UserError } from '../errors.js';
import type { ProgressFn } from '../progress.js';
import { writeRunOutputs, type RunComparison, type RunInfo, type Summary } from '../report/index.js';
import { describeRun } from './run-info.js';
import { attachHistory, detachHistory, hasRun, isLockError } from './history.js';
import { resolvePhase } from './phase.js';
import { previousRuns } from './progress.js';
import { recordRun } from './record.js';
import { defaultStages, type Stages } from './stages.js';

export interface RunPhaseOptions {
  registry: string[];
  population?: string;
  config: CampaignConfig;
  /** Phase name from the config; default: the whole input (`all`). */
  phase?: string;
  /** The run folder, exactly; default `<report.out_dir>/<phase>/<run-id>/`. */
  out?: string;
  /** The run history; default `report.history` (reports/history.duckdb). */
  history?: string;
  /** A campaign database file to keep; default: in memory. */
  db?: string;
  /** Write report.pdf (default: config.report.pdf). */
  pdf?: boolean;
  /** The pipeline stages; default the real ones. */
  stages?: Stages;
  /** Called when a stage starts: ingest, profile, match, outputs, history, history.commit. */
  onStage?: (stage: string) => void | Promise<void>;
  onProgress?: ProgressFn;
  /** The clock (tests). */
  now?: () => Date;
}

export interface RunPhaseResult {
  runId: string;
  dir: string;
  summary: Summary;
  comparison?: RunComparison;
}

async function openCampaignDatabase(path: string | undefined): Promise<Database> {
  try {
    return await openDatabase(path ?? ':memory:');
  } catch (error) {
    if (isLockError(error)) throw new UserError(`database ${path} is in use by another process`);
    throw error;
  }
}

/**
 * Runs one phase of the campaign: ingest -> profile -> match (in the phase's scope) -> the run
 * folder (results, summary.json, report, worklists), then records the run in the history in one
 * transaction. The history is attached (and locked) from the start, so a second run against it
 * stops at once with "history X is in use by another run"; a run that fails or is interrupted
 * leaves the history as it was.
 *
 * @example
 * const { runId, dir, summary } = await runPhase({ registry: ['registry.csv'], population: 'population.csv', config, phase: 'pilot' });
 */
export async function runPhase(options: RunPhaseOptions): Promise<RunPhaseResult> {
  const { config } = options;
  const phase = resolvePhase(config, options.phase);
  const historyPath = options.history ?? config.report.history;
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const db = await openCampaignDatabase(options.db);
  const c = db.connection;
  try {
    await attachHistory(c, historyPath);
    try {
      const stages = options.stages ?? (await defaultStages());
      const timings: Record<string, number> = {};
      const stage = async (name: string, fn: () => Promise<unknown>) => {
        await options.onStage?.(name);
        const start = performance.now();
        await fn();
        timings[name] = Number(((performance.now() - start) / 1000).toFixed(3));
      };
      const registry = options.registry.length ? options.registry : config.inputs.registry;
      if (registry.length === 0) throw new UserError('run: no registry extract given (--registry PATH, or inputs.registry in the config)');
      const population = options.population ?? config.inputs.population;
      await stage('ingest', () => stages.ingest(c, { registry, population, config, onProgress: options.onProgress }));
      await stage('profile', () => stages.profile(c, { config, scope: phase.scope, onProgress: options.onProgress }));
      await stage('match', () => stages.match(c, { config, scope: phase.scope }));

      const described = await describeRun(c, config, phase, startedAt, timings);
      let runId = described.id;
      for (let n = 2; await hasRun(c, runId); n++) runId = `${runId.replace(/-\d+$/, '')}-${n}`;
      const run: RunInfo = { ...described, id: runId };
      const dir = options.out ?? join(config.report.out_dir, phase.name, runId);
      await options.onStage?.('outputs');
      const previous = await previousRuns(c, { phase: phase.name, scope: phase.scope, currentRunId: runId });
      const { summary } = await writeRunOutputs(c, { dir, run, config, previous, pdf: options.pdf });
      await options.onStage?.('history');
      await recordRun(c, { summary, outDir: dir }, { beforeCommit: () => options.onStage?.('history.commit') });
      return { runId, dir, summary, comparison: previous?.comparison };
    } finally {
      await detachHistory(c, historyPath);
    }
  } finally {
    db.close();
  }
}
