import { mkdirSync } from 'node:fs';
import { injectDiscrepancies, type InjectionCounts } from './inject.js';
import { resolveOptions, type GenerateOptions, type ResolvedOptions } from './options.js';
import type { Person } from './person.js';
import type { PopulationProblem } from './population-row.js';
import { applyRegistryQuirks, numberRecords } from './quirks.js';
import { loadRates, type Rates } from './rates.js';
import { EVENT_ORDER, type RegRecord } from './records.js';
import { forkRng, type Rng } from './rng.js';
import { populationStates, type PopulationState } from './stated.js';
import type { VariantKind } from './variants.js';
import { buildWorld, type World } from './world.js';

/** Deliberate problems of the population extract (rows of people no registration refers to). */
export interface PopulationProblems {
  byPerson: Map<Person, PopulationProblem>;
  duplicatePid: Person[];
  impossible: Person[];
}

/** Everything the rendering steps read: the simulated province after discrepancies were injected. */
export interface Simulation {
  o: ResolvedOptions;
  rates: Rates;
  world: World;
  /** Registrations in extract order, numbered. */
  records: RegRecord[];
  states: Map<Person, PopulationState>;
  injected: InjectionCounts;
  problems: PopulationProblems;
  /** Legacy encodings cannot carry NFD text or the "Ð" look-alike. */
  allowVariant: (k: VariantKind) => boolean;
}

/**
 * Checks the options, creates the output folder and runs the whole simulation (world, book quirks,
 * population states, injected discrepancies, population problems). Deterministic: two threads that
 * call it with the same options hold identical simulations.
 *
 * @example
 * const sim = simulate({ scale: 2000, seed: 1, out: 'data-samples/small' });
 * sim.records.length; // 2000
 */
export function simulate(options: GenerateOptions): Simulation {
  const o = resolveOptions(options);
  const rates = loadRates(o.ratesFile, o.errorRate);
  mkdirSync(o.out, { recursive: true });
  const world = buildWorld(forkRng(o.seed, 'world'), {
    scale: o.scale,
    populationRatio: o.populationRatio,
    duplicateRate: rates.structure.duplicate_birth,
    notInPopulationRate: rates.structure.not_in_population,
  });
  applyRegistryQuirks(forkRng(o.seed, 'quirks'), world.records, rates.structure.unusable_person);
  const records = numberRecords(world.records, EVENT_ORDER);
  const states = populationStates(forkRng(o.seed, 'population'), world.population, {
    deathRegistered: world.deathRegistered,
    marriageRegistered: world.marriageRegistered,
    parentsNotUpdated: world.parentsNotUpdated,
    recognised: world.recognised,
  });
  const injected = injectDiscrepancies(forkRng(o.seed, 'inject'), records, states, world.usedPids, rates);
  const legacy = o.encoding !== 'utf8' && o.encoding !== 'utf8-bom';
  const allowVariant = (k: VariantKind): boolean => !legacy || (k !== 'nfd' && k !== 'd_lookalike');
  const problems = populationProblems(forkRng(o.seed, 'problems'), world);
  return { o, rates, world, records, states, injected, problems, allowVariant };
}

/** A few duplicate pids and impossible dates among people no registration refers to (for profiling). */
function populationProblems(rng: Rng, world: World): PopulationProblems {
  const free = world.population.filter((p) => !p.referenced);
  const k = Math.max(1, Math.round(world.population.length * 0.0002));
  rng.shuffle(free);
  const byPerson = new Map<Person, PopulationProblem>();
  const duplicatePid: Person[] = [];
  for (let i = 0; i + 1 < free.length && duplicatePid.length < 2 * k; i += 2) {
    free[i + 1].pid = free[i].pid;
    duplicatePid.push(free[i], free[i + 1]);
  }
  const impossible: Person[] = [];
  for (const p of free.slice(2 * k * 2, 2 * k * 2 + k)) {
    const y = p.birthYear;
    byPerson.set(p, rng.chance(0.6) ? { dob: rng.pick([`30/02/${y}`, `31/04/${y}`, `00/13/${y}`, `29/02/${y % 4 === 0 ? y + 1 : y}`]) } : { deathDate: `15/06/${y - rng.between(1, 20)}` });
    impossible.push(p);
  }
  return { byPerson, duplicatePid, impossible };
}
