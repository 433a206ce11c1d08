import { civil } from './dates.js';
import { fullName, type Name, type Sex } from './names.js';
import type { Place } from './places.js';
import type { Person } from './person.js';
import { formFields, type DobValue, type RegRecord, type Slot } from './records.js';
import type { Rng } from './rng.js';

export const ETHNICITY_LABEL = { kinh: 'Kinh', khmer: 'Khmer', hoa: 'Hoa' } as const;
export const NATIONALITY = 'Việt Nam';

/**
 * The true date of birth of a person, at the precision it is known.
 *
 * @example
 * trueDob(person); // { y: 1990, m: 5, d: 1, precision: 'day' }
 */
export function trueDob(p: Person): DobValue {
  if (p.dobValue) return p.dobValue;
  const [y, m, d] = civil(p.dob);
  if (p.dobKnown === 'year') return (p.dobValue = { y, m: 0, d: 0, precision: 'year' });
  if (p.dobKnown === 'placeholder') return (p.dobValue = { y, m: 1, d: 1, precision: 'day' });
  return (p.dobValue = { y, m, d, precision: 'day' });
}

/** What the registry states for one person of one registration (before harmless variants). */
export interface RegistryStated {
  name: Name | null;
  sex: Sex | '';
  dob: DobValue | null;
  dobFromYearColumn: boolean;
  birthplace: Place | null;
  hometown: Place | null;
  ethnicity: string;
  nationality: string;
  pid: string;
}

/**
 * The registry's values for a slot: the person's truth where the form has the field, replaced by the
 * slot's overrides (injected discrepancies, re-registration placeholders).
 *
 * @example
 * registryStated(record, slot).name; // the name the registry writes for this person
 */
export function registryStated(record: RegRecord, slot: Slot): RegistryStated {
  const p = slot.person;
  const form = formFields(record.type, slot.role);
  const o = slot.override;
  let dob: DobValue | null = null;
  let fromYear = false;
  if (form.has('dob')) {
    const t = trueDob(p);
    dob = o.dob ?? (slot.dobYearOnly ? { y: t.y, m: 0, d: 0, precision: 'year' } : t);
  } else if (form.has('birth_year')) {
    dob = o.dob ?? { y: p.birthYear, m: 0, d: 0, precision: 'year' };
    fromYear = true;
  }
  return {
    name: slot.unusable ? null : (o.name ?? p.name),
    sex: form.has('sex') ? (o.sex ?? p.sex) : '',
    dob,
    dobFromYearColumn: fromYear,
    birthplace: form.has('birthplace') ? (o.birthplace ?? p.birthplace) : null,
    hometown: form.has('hometown') ? (o.hometown ?? p.hometown) : null,
    ethnicity: form.has('ethnicity') ? (o.ethnicity ?? ETHNICITY_LABEL[p.ethnicity]) : '',
    nationality: form.has('nationality') ? (o.nationality ?? NATIONALITY) : '',
    pid: slot.unusable || !slot.showPid ? '' : (o.pid ?? p.pid),
  };
}

/**
 * What the population database states for one person (before harmless variants).
 *
 * @example
 * const s = new PopulationState(person);
 * s.name === person.name; // true until a population-side error changes it
 */
export class PopulationState {
  name: Name;
  sex: Sex;
  dob: DobValue;
  birthplace: Place;
  hometown: Place;
  ethnicity: string;
  nationality = NATIONALITY;
  father: Person | null = null;
  mother: Person | null = null;
  fatherName = '';
  motherName = '';
  spouse: Person | null = null;
  spouseName = '';
  maritalStatus = '';
  deathDay = -1;
  /** Birthplace / hometown already written with the names of the 2025 units. */
  birthplace2025 = false;
  hometown2025 = false;
  /** Error codes injected on the population side, by field group (allocated when needed). */
  injected?: Map<string, string>;
  /** Harmless variants of this row (allocated when needed). */
  variants?: Set<string>;

  mark(group: string, code: string): void {
    (this.injected ??= new Map()).set(group, code);
  }

  addVariant(kind: string): void {
    (this.variants ??= new Set()).add(kind);
  }

  constructor(readonly person: Person) {
    this.name = person.name;
    this.sex = person.sex;
    this.dob = trueDob(person);
    this.birthplace = person.birthplace;
    this.hometown = person.hometown;
    this.ethnicity = ETHNICITY_LABEL[person.ethnicity];
  }
}

/** Context the population rows need: who shows which relatives. */
export interface PopulationContext {
  deathRegistered: Set<Person>;
  marriageRegistered: Set<Person>;
  parentsNotUpdated: Set<Person>;
  recognised: Set<Person>;
}

/**
 * The population database's view of everyone in the extract: parents (adoptive or recognising ones
 * where the database was updated), spouse, marital status, death.
 *
 * @example
 * populationStates(rng, world.population, context).get(person)?.maritalStatus; // e.g. 'Đã kết hôn'
 */
export function populationStates(rng: Rng, population: Person[], ctx: PopulationContext): Map<Person, PopulationState> {
  const states = new Map<Person, PopulationState>();
  for (const p of population) {
    const s = new PopulationState(p);
    const notUpdated = ctx.parentsNotUpdated.has(p);
    const adoptive = p.adoptiveParent && !notUpdated ? p.adoptiveParent : null;
    s.father = adoptive?.sex === 'M' ? adoptive : ctx.recognised.has(p) && notUpdated ? null : p.father;
    s.mother = adoptive?.sex === 'F' ? adoptive : p.mother;
    const keepParent = p.birthYear < 1970 ? 0.85 : 0.97;
    if (s.father && rng.chance(keepParent)) s.fatherName = fullName(s.father.name);
    else s.father = null;
    if (s.mother && rng.chance(keepParent)) s.motherName = fullName(s.mother.name);
    else s.mother = null;
    const married = p.spouse !== null && p.marriageDay >= 0 && !p.divorced;
    if (married) {
      s.maritalStatus = 'Đã kết hôn';
      s.spouse = p.spouse;
      s.spouseName = fullName(p.spouse!.name);
    } else if (p.divorced) s.maritalStatus = 'Ly hôn';
    else if (p.birthYear <= 2005) s.maritalStatus = rng.chance(0.85) ? 'Chưa kết hôn' : '';
    if (ctx.deathRegistered.has(p)) s.deathDay = p.deathDay;
    s.birthplace2025 = rng.chance(0.08);
    s.hometown2025 = rng.chance(0.08);
    states.set(p, s);
    p.state = s;
  }
  return states;
}
