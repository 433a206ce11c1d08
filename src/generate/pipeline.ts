import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgressFn } from '../progress.js';
import type { GenerateOptions } from './options.js';
import { ERROR_CODES } from './rates.js';
import { applyPopulationVariants, populationVariantsText, renderPopulation, type PopulationLines } from './render-population.js';
import { renderRegistry } from './render-registry.js';
import { renderTruth } from './render-truth.js';
import { simulate, type Simulation } from './simulation.js';
import { emptySummary, type GenerateSummary } from './summary.js';

export type { GenerateSummary } from './summary.js';

type Progress = (task: string, done: number, total: number) => void;

const progressOf = (onProgress?: ProgressFn): Progress => (task, done, total) => onProgress?.({ task, done, total, unit: 'rows' });

/**
 * Runs the whole generation in this thread (see `generate` in index.ts, which moves large runs to
 * worker threads with a bigger heap).
 *
 * @example
 * const summary = generateInThisThread({ scale: 2000, seed: 1, out: 'data-samples/small' });
 */
export function generateInThisThread(options: GenerateOptions, onProgress?: ProgressFn): GenerateSummary {
  const started = Date.now();
  const progress = progressOf(onProgress);
  progress('simulate', 0, 1);
  const sim = simulate(options);
  progress('simulate', 1, 1);
  const lines = renderPopulation(sim, progress);
  const s = emptySummary();
  renderRegistry(sim, s, progress);
  return finish(sim, s, started, progress, lines);
}

/** What the population thread hands the registry thread: its rows' variants and problem line numbers. */
export interface PopulationHalf {
  variants: string;
  lines: PopulationLines;
}

/**
 * The population half of a generation split over two threads: simulates, writes population.csv and
 * returns what the other half needs for the truth.
 *
 * @example
 * const half = populationHalf(options, onProgress); // then registryHalf(options, async () => half)
 */
export function populationHalf(options: GenerateOptions, onProgress?: ProgressFn): PopulationHalf {
  const sim = simulate(options);
  const lines = renderPopulation(sim, progressOf(onProgress));
  return { variants: populationVariantsText(sim), lines };
}

/**
 * The registry half of a generation split over two threads: simulates (the same simulation as the
 * population half: same options, same draws), writes the registry, waits for the population half,
 * then writes the truth and truth_summary.json. Same bytes as `generateInThisThread`.
 *
 * @example
 * const summary = await registryHalf(options, () => nextMessage(port), onProgress);
 */
export async function registryHalf(options: GenerateOptions, populationDone: () => Promise<PopulationHalf>, onProgress?: ProgressFn): Promise<GenerateSummary> {
  const started = Date.now();
  const progress = progressOf(onProgress);
  progress('simulate', 0, 1);
  const sim = simulate(options);
  progress('simulate', 1, 1);
  const s = emptySummary();
  renderRegistry(sim, s, progress);
  const half = await populationDone();
  applyPopulationVariants(sim, half.variants);
  return finish(sim, s, started, progress, half.lines);
}

function finish(sim: Simulation, s: GenerateSummary, started: number, progress: Progress, lines: PopulationLines): GenerateSummary {
  const { o, world, problems, injected } = sim;
  renderTruth(sim, s, progress);
  s.population_rows = world.population.length;
  s.population_problems = {
    duplicate_pid_rows: problems.duplicatePid.length,
    duplicate_pid_lines: [...lines.duplicatePid].sort((a, b) => a - b),
    impossible_dates: problems.impossible.length,
    impossible_date_lines: [...lines.impossible].sort((a, b) => a - b),
  };
  s.injected = Object.fromEntries(ERROR_CODES.map((c) => [c, { eligible: injected.eligible[c], registry: injected.registry[c], population: injected.population[c] }]));
  s.files.population = 'population.csv';
  s.not_in_population.people_left_out = world.leftOut.size;
  s.seconds = Math.round((Date.now() - started) / 100) / 10;
  const { out: _out, ...rest } = o;
  s.options = rest;
  writeFileSync(join(o.out, 'truth_summary.json'), JSON.stringify({ ...s, seconds: undefined }, null, 2) + '\n');
  return s;
}
