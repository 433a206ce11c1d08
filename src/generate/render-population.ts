import { join } from 'node:path';
import type { RowProgress } from './row-progress.js';
import { POPULATION_COLUMNS, VIETNAMESE_POPULATION_HEADERS } from '../vn/headers.js';
import { CsvFile } from './csv-writer.js';
import { populationFields } from './population-row.js';
import { forkRng } from './rng.js';
import type { Simulation } from './simulation.js';

/** Line numbers (header = line 1) of the population rows with a deliberate problem, in the order of `sim.problems`. */
export interface PopulationLines {
  duplicatePid: number[];
  impossible: number[];
}


/**
 * Writes population.csv with its own random stream ('render-population'). The harmless variants of
 * each row are recorded in its `PopulationState.variants`, which the truth reads.
 *
 * @example
 * const lines = renderPopulation(simulate({ scale: 2000, out: 'data' }), () => {});
 * lines.impossible.length; // 1
 */
export function renderPopulation(sim: Simulation, progress: RowProgress): PopulationLines {
  const { o, world, states, problems } = sim;
  const population = world.population;
  const rng = forkRng(o.seed, 'render-population');
  const wanted = new Set([...problems.duplicatePid, ...problems.impossible]);
  const lines = new Map<unknown, number>();
  const file = new CsvFile(join(o.out, 'population.csv'), o.encoding, o.delimiter);
  file.row(POPULATION_COLUMNS.map((c) => (o.vietnameseHeaders ? VIETNAMESE_POPULATION_HEADERS[c] : c)));
  for (let i = 0; i < population.length; i++) {
    const p = population[i];
    file.row(populationFields(rng, states.get(p)!, problems.byPerson.get(p), sim.allowVariant));
    if (wanted.has(p)) lines.set(p, file.lines);
    if (i % 200_000 === 0) progress('population.csv', i, population.length);
  }
  file.close();
  progress('population.csv', population.length, population.length);
  return { duplicatePid: problems.duplicatePid.map((p) => lines.get(p)!), impossible: problems.impossible.map((p) => lines.get(p)!) };
}

/**
 * The harmless variants of the population rows as text, one `index<TAB>kind,kind` line per row
 * that has any (index into `world.population`): what another thread holding the same simulation
 * needs to write the truth.
 *
 * @example
 * applyPopulationVariants(other, populationVariantsText(sim)); // other's states now carry sim's variants
 */
export function populationVariantsText(sim: Simulation): string {
  const out: string[] = [];
  const population = sim.world.population;
  for (let i = 0; i < population.length; i++) {
    const v = sim.states.get(population[i])!.variants;
    if (v) out.push(`${i}\t${[...v].join(',')}`);
  }
  return out.join('\n');
}

/**
 * Records in `sim`'s population states the variants written by `populationVariantsText` (in the
 * order they were added there).
 *
 * @example
 * applyPopulationVariants(sim, '0\tcase,spaces');
 */
export function applyPopulationVariants(sim: Simulation, text: string): void {
  if (text === '') return;
  const population = sim.world.population;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const state = sim.states.get(population[Number(line.slice(0, tab))])!;
    for (const kind of line.slice(tab + 1).split(',')) state.addVariant(kind);
  }
}
