import { POPULATION_COLUMNS } from '../vn/headers.js';
import { formatDay } from './dates.js';
import { fullName } from './names.js';
import { placeText, type Place } from './places.js';
import type { Person } from './person.js';
import { formatDob } from './registry-row.js';
import type { Rng } from './rng.js';
import type { PopulationState } from './stated.js';
import { POPULATION_NAME_VARIANTS, varyName, type VariantKind } from './variants.js';

const NICKNAMES = ['Út', 'Hai', 'Ba', 'Tư', 'Năm', 'Bé', 'Em', 'Tí', 'Tèo', 'Cu'];

/** Deliberate problems of the population extract, for the profiling stage (rows of unreferenced people). */
export interface PopulationProblem {
  dob?: string;
  deathDate?: string;
}

function caseOf(text: string, upper: boolean): string {
  return upper ? text.toUpperCase() : text;
}

function pidOf(rng: Rng, q: Person | null, share: number): string {
  return q && q.inPopulation && rng.chance(share) ? q.pid : '';
}

function place(p: Place, merged: boolean): string {
  return placeText(p, 0, merged && p.kind === 'commune' ? 'merged2025' : 'current');
}

/**
 * The fields of one population row in the order of `POPULATION_COLUMNS`. Name variants applied are
 * recorded in `state.variants`.
 *
 * @example
 * populationFields(rng, state, problems, () => true)[0]; // the pid
 */
export function populationFields(rng: Rng, s: PopulationState, problem: PopulationProblem | undefined, allowVariant: (k: VariantKind) => boolean): string[] {
  const p: Person = s.person;
  const upper = rng.chance(0.05);
  if (upper) s.addVariant('case');
  const merged = s.birthplace2025 && s.birthplace.kind === 'commune';
  // in the order of POPULATION_COLUMNS (checked once below)
  const out = [
    p.pid,
    caseOf(varyName(rng, fullName(s.name), POPULATION_NAME_VARIANTS, allowVariant, (k) => s.addVariant(k)), upper),
    p.birthYear < 1975 && rng.chance(0.03) ? rng.pick(NICKNAMES) : '',
    s.sex === 'M' ? 'Nam' : 'Nữ',
    problem?.dob ?? formatDob(s.dob, false),
    place(s.birthplace, merged),
    place(p.birthRegistration, false),
    place(s.hometown, s.hometown2025),
    s.ethnicity,
    p.religion,
    s.nationality,
    p.residence,
    rng.chance(0.93) ? p.residence : '',
    s.maritalStatus,
    caseOf(s.spouseName, upper),
    pidOf(rng, s.spouse, 0.85),
    caseOf(s.fatherName, upper),
    pidOf(rng, s.father, p.birthYear >= 1985 ? 0.85 : 0.5),
    caseOf(s.motherName, upper),
    pidOf(rng, s.mother, p.birthYear >= 1985 ? 0.85 : 0.5),
    problem?.deathDate ?? (s.deathDay >= 0 ? formatDay(s.deathDay) : ''),
  ];
  if (out[CURRENT] === '') out[CURRENT] = rng.chance(0.5) ? p.residence : otherResidence(rng, p.residence);
  if (s.birthplace2025 && s.birthplace.kind === 'commune') s.addVariant('unit_2025:birthplace');
  if (s.hometown2025 && s.hometown.kind === 'commune') s.addVariant('unit_2025:hometown');
  return out;
}

const ORDER = ['pid', 'full_name', 'other_name', 'sex', 'dob', 'birthplace', 'birth_registration_place', 'hometown', 'ethnicity', 'religion', 'nationality',
  'permanent_residence_code', 'current_residence_code', 'marital_status', 'spouse_name', 'spouse_pid', 'father_name', 'father_pid', 'mother_name',
  'mother_pid', 'death_date'];
if (ORDER.join() !== POPULATION_COLUMNS.join()) throw new Error('population-row.ts: fields out of step with POPULATION_COLUMNS');
const CURRENT = ORDER.indexOf('current_residence_code');

const RESIDENCES = ['31825', '31942', '31843', '31867', '31900', '31972', '31891', '31834', '31951'];
function otherResidence(rng: Rng, current: string): string {
  const pick = rng.pick(RESIDENCES);
  return pick === current ? RESIDENCES[0] : pick;
}
