import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
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

/** Runs above this scale go to worker threads with a large young generation and heap. */
const WORKER_SCALE = 30_000;
/**
 * The parallel run simulates twice and its two heaps keep V8's GC helper threads busy: measured on
 * 2 cores it uses twice the CPU of one worker and is no faster, so it needs spare cores.
 */
const PARALLEL_CORES = 4;

/**
 * Generates a synthetic Bạc Liêu registry extract, population extract and ground truth into
 * `options.out`: registry.csv (or registry_<event>.csv with `splitByEvent`), population.csv,
 * truth.csv and truth_summary.json. Same options, same bytes. Large runs execute in a worker thread
 * whose heap fits the full province (the simulation keeps every person in memory); with 4 cores or
 * more, in two workers that both simulate, one writing population.csv and half the truth, the other
 * the registry and the other half.
 *
 * @example
 * const summary = await generate({ scale: 2000, seed: 1, out: 'data-samples/small' });
 * summary.records.by_event_type.birth; // 1308
 */
export async function generate(options: GenerateOptions, onProgress?: ProgressFn): Promise<GenerateSummary> {
  const requested = options.thread ?? 'auto';
  const large = (options.scale ?? 2000) > WORKER_SCALE;
  const thread = requested !== 'auto' ? requested : !large ? 'current' : availableParallelism() >= PARALLEL_CORES ? 'parallel' : 'worker';
  if (thread === 'current') return generateInThisThread(options, onProgress);
  if (thread === 'worker') return runWorkers([{ role: 'all' }], options, onProgress);
  const { port1, port2 } = new MessageChannel();
  return runWorkers([{ role: 'registry', peer: port1 }, { role: 'population', peer: port2 }], options, onProgress);
}

type WorkerMessage = { kind: string; event?: Parameters<ProgressFn>[0]; summary?: GenerateSummary; user?: boolean; message?: string };

/**
 * Starts one worker per role and settles with the summary of the first (the one that writes
 * truth_summary.json) once every worker is done; the first failure stops them all.
 */
function runWorkers(roles: { role: string; peer?: MessagePort }[], options: GenerateOptions, onProgress?: ProgressFn): Promise<GenerateSummary> {
  return new Promise<GenerateSummary>((resolve, reject) => {
    let settled = false;
    let summary: GenerateSummary | undefined;
    let running = roles.length;
    const workers: Worker[] = [];
    const fail = (e: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    for (const { role, peer } of roles) {
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
        workerData: { entry: new URL('./worker.ts', import.meta.url).href, options: { ...options, thread: 'current' }, role, peer },
        transferList: peer ? [peer] : [],
        resourceLimits: { maxOldGenerationSizeMb: 16_000, maxYoungGenerationSizeMb: 256 },
        // the boot file registers the TypeScript loader itself; the parent's flags (e.g. --input-type) would break the worker
        execArgv: [],
      });
      workers.push(worker);
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'progress' && m.event) onProgress?.(m.event);
        else if (m.kind === 'done') {
          if (m.summary) summary = m.summary;
          if (--running === 0 && !settled) {
            settled = true;
            resolve(summary!);
          }
        } else if (m.kind === 'error') fail(m.user ? new UserError(m.message!) : new Error(m.message));
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!settled && code !== 0) fail(new Error(`generate: worker stopped with code ${code}`));
      });
    }
  });
}
