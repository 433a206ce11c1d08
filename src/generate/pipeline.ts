import { closeSync, openSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { rowProgress } from './row-progress.js';
import { join } from 'node:path';
import type { ProgressFn } from '../progress.js';
import type { GenerateOptions } from './options.js';
import { ERROR_CODES } from './rates.js';
import { applyPopulationVariants, populationVariantsText, renderPopulation, type PopulationLines } from './render-population.js';
import { applySlotVariants, renderRegistry, slotVariantsText } from './render-registry.js';
import { addTruthCounts, renderTruth, truthPath, truthSplit, type TruthCounts } from './render-truth.js';
import { simulate, type Simulation } from './simulation.js';
import { emptySummary, type GenerateSummary } from './summary.js';

export type { GenerateSummary } from './summary.js';



/**
 * Runs the whole generation in this thread (see `generate` in index.ts, which moves large runs to
 * worker threads with a bigger heap).
 *
 * @example
 * const summary = generateInThisThread({ scale: 2000, seed: 1, out: 'data-samples/small' });
 */
export function generateInThisThread(options: GenerateOptions, onProgress?: ProgressFn): GenerateSummary {
  const started = Date.now();
  const progress = rowProgress(onProgress);
  progress('simulate', 0, 1);
  const sim = simulate(options);
  progress('simulate', 1, 1);
  const lines = renderPopulation(sim, progress);
  const s = emptySummary();
  renderRegistry(sim, s, progress);
  addTruthCounts(s, renderTruth(sim, { from: 0, to: sim.records.length, path: truthPath(sim), header: true }, progress));
  return finish(sim, s, started, lines);
}

/** Messages between the two halves of a parallel run. */
export type HalfMessage =
  | { kind: 'population'; variants: string; lines: PopulationLines }
  | { kind: 'slots'; variants: string }
  | { kind: 'truth'; counts: TruthCounts };

/** The other half of a parallel run: messages sent to it, and the next message of a kind from it. */
export interface Peer {
  send(message: HalfMessage): void;
  receive<K extends HalfMessage['kind']>(kind: K): Promise<Extract<HalfMessage, { kind: K }>>;
}

/** The second half of the truth rows, written by the population half beside truth.csv and appended to it. */
const secondTruthPath = (sim: Simulation): string => join(sim.o.out, '.truth-second-half.csv');

/**
 * The population half of a generation split over two threads: simulates, writes population.csv,
 * then the second half of the truth rows (once the registry half sent its slots' variants).
 *
 * @example
 * await Promise.all([registryHalf(options, peerA), populationHalf(options, peerB)]);
 */
export async function populationHalf(options: GenerateOptions, peer: Peer, onProgress?: ProgressFn): Promise<void> {
  const sim = simulate(options);
  const lines = renderPopulation(sim, rowProgress(onProgress));
  peer.send({ kind: 'population', variants: populationVariantsText(sim), lines });
  const k = truthSplit(sim.records);
  applySlotVariants(sim, k, sim.records.length, (await peer.receive('slots')).variants);
  peer.send({ kind: 'truth', counts: renderTruth(sim, { from: k, to: sim.records.length, path: secondTruthPath(sim), header: false }, () => {}) });
}

/**
 * The registry half of a generation split over two threads: simulates (the same simulation as the
 * population half: same options, same draws), writes the registry, the first half of the truth
 * rows, appends the second half and writes truth_summary.json. Same bytes as `generateInThisThread`.
 *
 * @example
 * const [summary] = await Promise.all([registryHalf(options, peerA), populationHalf(options, peerB)]);
 */
export async function registryHalf(options: GenerateOptions, peer: Peer, onProgress?: ProgressFn): Promise<GenerateSummary> {
  const started = Date.now();
  const progress = rowProgress(onProgress);
  progress('simulate', 0, 1);
  const sim = simulate(options);
  progress('simulate', 1, 1);
  const s = emptySummary();
  renderRegistry(sim, s, progress);
  const k = truthSplit(sim.records);
  peer.send({ kind: 'slots', variants: slotVariantsText(sim, k, sim.records.length) });
  const population = await peer.receive('population');
  applyPopulationVariants(sim, population.variants);
  addTruthCounts(s, renderTruth(sim, { from: 0, to: k, path: truthPath(sim), header: true }, progress));
  addTruthCounts(s, (await peer.receive('truth')).counts);
  appendFile(truthPath(sim), secondTruthPath(sim));
  return finish(sim, s, started, population.lines);
}

/** Appends a file to another and removes it. */
function appendFile(target: string, source: string): void {
  const out = openSync(target, 'a');
  const input = openSync(source, 'r');
  const buffer = Buffer.allocUnsafe(8 << 20);
  for (let n; (n = readSync(input, buffer, 0, buffer.length, null)) > 0; ) {
    for (let at = 0; at < n; ) at += writeSync(out, buffer, at, n - at);
  }
  closeSync(input);
  closeSync(out);
  rmSync(source);
}

function finish(sim: Simulation, s: GenerateSummary, started: number, lines: PopulationLines): GenerateSummary {
  const { o, world, problems, injected } = sim;
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
