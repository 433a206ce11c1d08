import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { ProgressFn } from '../progress.js';
import type { GenerateOptions } from './options.js';
import { generateInThisThread, type GenerateSummary } from './pipeline.js';

export type { GenerateOptions } from './options.js';
export type { GenerateSummary } from './pipeline.js';
export { generateInThisThread } from './pipeline.js';
export { classifyDob, classifyName, classifyPid } from './classify.js';
export { ERROR_CODES, DEFAULT_ERROR_RATES, DEFAULT_STRUCTURE_RATES } from './rates.js';
export { EVENT_SHARES, eventTargets } from './world.js';

/** Runs above this scale go to a worker thread with a large young generation and heap. */
const WORKER_SCALE = 30_000;

/**
 * Generates a synthetic Bạc Liêu registry extract, population extract and ground truth into
 * `options.out`: registry.csv (or registry_<event>.csv with `splitByEvent`), population.csv,
 * truth.csv and truth_summary.json. Same options, same bytes. Large runs execute in a worker
 * thread whose heap fits the full province (the simulation keeps every person in memory).
 *
 * @example
 * const summary = await generate({ scale: 2000, seed: 1, out: 'data-samples/small' });
 * summary.records.by_event_type.birth; // 1308
 */
export async function generate(options: GenerateOptions, onProgress?: ProgressFn): Promise<GenerateSummary> {
  const thread = options.thread ?? 'auto';
  if (thread === 'current' || (thread === 'auto' && (options.scale ?? 2000) <= WORKER_SCALE)) return generateInThisThread(options, onProgress);
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./worker.ts', import.meta.url).href, options: { ...options, thread: 'current' } },
    resourceLimits: { maxOldGenerationSizeMb: 16_000, maxYoungGenerationSizeMb: 256 },
    // the boot file registers the TypeScript loader itself; the parent's flags (e.g. --input-type) would break the worker
    execArgv: [],
  });
  return new Promise<GenerateSummary>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: { kind: string; event?: Parameters<ProgressFn>[0]; summary?: GenerateSummary; user?: boolean; message?: string }) => {
      if (m.kind === 'progress' && m.event) onProgress?.(m.event);
      else if (m.kind === 'done') {
        settled = true;
        resolve(m.summary!);
      } else if (m.kind === 'error') {
        settled = true;
        reject(m.user ? new UserError(m.message!) : new Error(m.message));
      }
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`generate: worker stopped with code ${code}`));
    });
  });
}
