import { dayNumber, EXTRACT_DAY, POPULATION_DB_DAY } from './dates.js';
import { deathRecords, drawDeath } from './deaths.js';
import { simulateFamilies, type Family } from './families.js';
import { marriageRecords } from './marriages.js';
import { adoptionRecords, guardianshipRecords, maritalStatusRecords, recognitionRecords } from './minor-events.js';
import { drawCommune, drawEthnicity, newAdult, People, type Person } from './person.js';
import { makePid } from './pid.js';
import { EVENT_ORDER, newRecord, newSlot, type EventType, type RegRecord } from './records.js';
import type { Rng } from './rng.js';
import { communeAt } from './units.js';

/** Shares of the event types in the registry (births: 771.276 of 1.179.085 in Bạc Liêu). */
export const EVENT_SHARES: Record<EventType, number> = {
  birth: 771_276 / 1_179_085,
  death: 0.1305,
  marriage: 0.1405,
  marital_status: 0.05,
  parent_recognition: 0.0154,
  guardianship: 0.005,
  adoption: 0.0045,
};

/**
 * Number of records of each type for a scale; deaths take the rounding remainder.
 *
 * @example
 * eventTargets(1_179_085).birth; // 771276
 */
export function eventTargets(scale: number): Record<EventType, number> {
  const t = {} as Record<EventType, number>;
  let assigned = 0;
  for (const type of EVENT_ORDER) {
    if (type === 'death') continue;
    t[type] = Math.round(scale * EVENT_SHARES[type]);
    assigned += t[type];
  }
  t.death = scale - assigned;
  return t;
}

/** Everything the simulation produced, before discrepancies are injected. */
export interface World {
  people: People;
  families: Family[];
  records: RegRecord[];
  /** People shown in the population extract, in file order. */
  population: Person[];
  /** Children whose population row still shows the birth parents after a recognition or adoption. */
  parentsNotUpdated: Set<Person>;
  /** People with a selected death registration. */
  deathRegistered: Set<Person>;
  /** People in a selected marriage registration. */
  marriageRegistered: Set<Person>;
  /** Referenced people deliberately left out of the population extract. */
  leftOut: Set<Person>;
  /** Children whose father was unknown at birth and recognised later. */
  recognised: Set<Person>;
  /** Every pid given out (so that an injected wrong pid belongs to nobody by accident). */
  usedPids: Set<string>;
}

export interface WorldOptions {
  scale: number;
  populationRatio: number;
  duplicateRate: number;
  notInPopulationRate: number;
}

/**
 * Simulates the people of Bạc Liêu and the registrations of `scale` records.
 *
 * @example
 * const world = buildWorld(forkRng(1, 'world'), { scale: 2000, populationRatio: 0.848, duplicateRate: 0.003, notInPopulationRate: 0.012 });
 */
export function buildWorld(rng: Rng, options: WorldOptions): World {
  const targets = eventTargets(options.scale);
  const people = new People();
  const duplicates = Math.round(targets.birth * options.duplicateRate);
  const { families, births: allBirths, pool } = simulateFamilies(rng, people, targets.birth - duplicates);
  rng.shuffle(allBirths);
  const births = allBirths.slice(0, targets.birth - duplicates);
  const dupRecords = duplicateBirths(rng, births, duplicates);
  const marriages = marriageRecords(rng, people, families, pool.remaining(), targets.marriage);
  const marriageRegistered = new Set(marriages.flatMap((r) => r.slots.map((s) => s.person)));
  drawAllDeaths(rng, people, families, births.concat(dupRecords, marriages));
  for (const r of births.concat(dupRecords, marriages)) for (const s of r.slots) s.person.referenced = true;
  const deaths = deathRecords(rng, people, targets.death);
  const deathRegistered = new Set(deaths.map((r) => r.slots[0].person));
  const recognitions = recognitionRecords(rng, people, births.concat(dupRecords), marriageRegistered, targets.parent_recognition);
  const adoptions = adoptionRecords(rng, people, targets.adoption);
  const records = [
    ...births,
    ...dupRecords,
    ...deaths,
    ...marriages,
    ...maritalStatusRecords(rng, people, marriageRegistered, targets.marital_status),
    ...recognitions.records,
    ...guardianshipRecords(rng, people, families, targets.guardianship),
    ...adoptions.records,
  ];
  const usedPids = assignPids(rng, people);
  for (const r of records) for (const s of r.slots) s.person.referenced = true;
  const leftOut = new Set<Person>();
  const population = choosePopulation(rng, people, deathRegistered, leftOut, usedPids, options);
  const parentsNotUpdated = new Set([...recognitions.notUpdated, ...adoptions.notUpdated]);
  return { people, families, records, population, parentsNotUpdated, deathRegistered, marriageRegistered, leftOut, usedPids, recognised: recognitions.recognised };
}

/** Second registrations of the same birth (đăng ký lại in another book, years later). */
function duplicateBirths(rng: Rng, births: RegRecord[], count: number): RegRecord[] {
  const out: RegRecord[] = [];
  for (let guard = 0; out.length < count && guard < count * 40 + 40; guard++) {
    const original = births[rng.int(births.length)];
    const child = original.slots[0].person;
    if (original.duplicateOf || child.twin || original.kind === 're_registration') continue;
    const day = original.day + rng.between(365, 365 * 25);
    if (day > EXTRACT_DAY) continue;
    const home = rng.chance(0.6) ? original.authority : child.residence;
    const slots = original.slots.map((s) => newSlot(s.role, s.person, false));
    const dup = newRecord('birth', day, communeAt(home.length === 5 ? home : child.residence, day), 're_registration', slots);
    dup.duplicateOf = original;
    original.duplicateOf = dup;
    out.push(dup);
  }
  return out;
}

/** Days of death for everyone, never before what the records say they lived to see. */
function drawAllDeaths(rng: Rng, people: People, families: Family[], records: RegRecord[]): void {
  const notBefore = new Float64Array(people.all.length).fill(-1e9); // by person id
  const atLeast = (p: Person | null, day: number): void => {
    if (p && day > notBefore[p.id]) notBefore[p.id] = day;
  };
  for (const f of families) {
    for (const c of f.children) {
      atLeast(f.mother, c.dob);
      atLeast(f.father, c.dob - 270);
    }
    atLeast(f.father, f.marriageDay);
    atLeast(f.mother, f.marriageDay);
  }
  for (const r of records) for (const s of r.slots) atLeast(s.person, s.role === 'father' || s.role === 'mother' ? -1e9 : r.day);
  for (const p of people.all) if (p.deathDay < 0) p.deathDay = drawDeath(rng, p, Math.max(p.dob, notBefore[p.id], p.marriageDay));
}

/** Unique pids for everyone: province of birth registration, century/sex, year, 6 random digits. */
function assignPids(rng: Rng, people: People): Set<string> {
  const used = new Set<string>();
  for (const p of people.all) assignPid(rng, p, used);
  return used;
}

function assignPid(rng: Rng, p: Person, used: Set<string>): void {
  let pid: string;
  do pid = makePid(p.pidProvince, p.sex, p.birthYear, rng.int(1_000_000));
  while (used.has(pid));
  used.add(pid);
  p.pid = pid;
}

/**
 * The population extract: people alive when the database was built (or whose death was registered),
 * minus the referenced people deliberately left out, plus or minus people without any registration
 * so that the extract has about `scale × populationRatio` rows.
 */
function choosePopulation(rng: Rng, people: People, deathRegistered: Set<Person>, leftOut: Set<Person>, usedPids: Set<string>, options: WorldOptions): Person[] {
  const target = Math.round(options.scale * options.populationRatio);
  const referenced: Person[] = [];
  let unreferenced: Person[] = [];
  for (const p of people.all) {
    const known = p.deathDay < 0 || p.deathDay >= POPULATION_DB_DAY || deathRegistered.has(p);
    if (!known) continue;
    if (p.referenced) {
      if (rng.chance(options.notInPopulationRate)) leftOut.add(p);
      else referenced.push(p);
    } else unreferenced.push(p);
  }
  const room = Math.max(0, target - referenced.length);
  if (unreferenced.length > room) {
    rng.shuffle(unreferenced);
    unreferenced = unreferenced.slice(0, room);
  }
  while (unreferenced.length < room) {
    const home = drawCommune(rng);
    const year = 2022 - Math.floor(rng.next() * 85);
    const p = newAdult(rng, people, rng.chance(0.5) ? 'M' : 'F', year, drawEthnicity(rng, home), home);
    p.deathDay = drawDeath(rng, p, dayNumber(2023, 4, 30));
    assignPid(rng, p, usedPids);
    unreferenced.push(p);
  }
  const population = referenced.concat(unreferenced);
  for (const p of population) p.inPopulation = true;
  rng.shuffle(population);
  population.sort((a, b) => (a.residence < b.residence ? -1 : a.residence > b.residence ? 1 : 0));
  return population;
}
