import { dayNumber, randomDayInYear, yearOf } from './dates.js';
import { drawFamily, makeName, type Ethnicity, type Name, type Sex } from './names.js';
import { commune, communeProfiles, DISTRICT_HEALTH_CENTRES, MATERNITY_HOSPITAL, MATERNITY_OPENED, OUTSIDE_PLACES, PROVINCIAL_HOSPITAL, type Place } from './places.js';
import { Weighted, type Rng } from './rng.js';
import type { PopulationState } from './stated.js';
import { communeAt } from './units.js';

/** How well a person's date of birth is known: to the day, only as 01/01 of the year, or only the year. */
export type DobKnown = 'day' | 'placeholder' | 'year';

/**
 * One simulated person: the truth that both extracts are written from.
 *
 * @example
 * const p = new Person(0, 'F', 'kinh', name, dayNumber(1990, 5, 1), 'day', place, place, '095', '31825');
 * p.birthYear; // 1990
 */
export class Person {
  pid = '';
  father: Person | null = null;
  mother: Person | null = null;
  spouse: Person | null = null;
  marriageDay = -1;
  deathDay = -1;
  /** Day the person came to live in `residence` (marriage, move). */
  residence: string;
  /** Commune of registration of the birth (population field "nơi đăng ký khai sinh"). */
  birthRegistration: Place;
  familyId = -1;
  twin: Person | null = null;
  /** Adoptive or recognising parent shown by the population database instead of the birth father/mother. */
  adoptiveParent: Person | null = null;
  inPopulation = false;
  /** The person's row of the population extract, as stated there (set when the extract is built). */
  state: PopulationState | null = null;
  /** Field groups that carry an injected discrepancy in one of the person's registrations. */
  registryInjected?: Set<string>;
  referenced = false;
  religion = 'Không';
  otherName = '';
  maritalLabel = '';
  /** Divorced people (no registered marriage in the extract) for marital-status confirmations. */
  divorced = false;

  constructor(
    readonly id: number,
    readonly sex: Sex,
    readonly ethnicity: Ethnicity,
    public name: Name,
    readonly dob: number,
    readonly dobKnown: DobKnown,
    readonly birthplace: Place,
    public hometown: Place,
    readonly pidProvince: string,
    home: string,
  ) {
    this.residence = home;
    this.birthRegistration = birthplace;
    this.birthYear = yearOf(dob);
  }

  readonly birthYear: number;
  /** The date of birth as both extracts state it (cached; see `trueDob`). */
  dobValue: { y: number; m: number; d: number; precision: 'day' | 'month' | 'year' } | null = null;

  /** Alive on a given day. */
  aliveOn(day: number): boolean {
    return day >= this.dob && (this.deathDay < 0 || this.deathDay > day);
  }
}

/**
 * All people of a run, by id.
 *
 * @example
 * const people = new People();
 * people.add(person); people.all.length; // 1
 */
export class People {
  readonly all: Person[] = [];

  add(p: Person): Person {
    this.all.push(p);
    return p;
  }

  get next(): number {
    return this.all.length;
  }
}

const communeWeights = (): Weighted<string> => {
  const profiles = communeProfiles();
  return new Weighted(profiles.map((c) => c.code), profiles.map((c) => c.weight));
};
let communeSampler: Weighted<string> | undefined;

/**
 * A commune drawn by population weight.
 *
 * @example
 * drawCommune(rng); // e.g. '31825'
 */
export function drawCommune(rng: Rng): string {
  communeSampler ??= communeWeights();
  return communeSampler.draw(rng);
}

/**
 * The ethnicity of a family living in a commune.
 *
 * @example
 * drawEthnicity(rng, '31834'); // 'kinh' mostly, 'khmer' often in Vĩnh Trạch
 */
export function drawEthnicity(rng: Rng, communeCode: string): Ethnicity {
  const c = commune(communeCode);
  const u = rng.next();
  return u < c.khmerShare ? 'khmer' : u < c.khmerShare + c.hoaShare ? 'hoa' : 'kinh';
}

const outsideAll = new Weighted(OUTSIDE_PLACES, OUTSIDE_PLACES.map((p) => p.weight));
const outsideKhmer = new Weighted(OUTSIDE_PLACES.filter((p) => p.khmer), OUTSIDE_PLACES.filter((p) => p.khmer).map((p) => p.weight));

/**
 * A place in another province.
 *
 * @example
 * drawOutside(rng, 'kinh'); // e.g. { kind: 'outside', text: 'Thành phố Cà Mau, Tỉnh Cà Mau', province: '096' }
 */
export function drawOutside(rng: Rng, ethnicity: Ethnicity): Place {
  const p = (ethnicity === 'khmer' ? outsideKhmer : outsideAll).draw(rng);
  return { kind: 'outside', text: p.text, province: p.province };
}

const communePlaces = new Map<string, Place>();
/**
 * The shared Place object of a commune.
 *
 * @example
 * communePlace('31825') === communePlace('31825'); // true
 */
export function communePlace(code: string): Place {
  let p = communePlaces.get(code);
  if (!p) communePlaces.set(code, (p = { kind: 'commune', code }));
  return p;
}
const facilities = new Map<string, Place>();
function facilityPlace(name: string): Place {
  let p = facilities.get(name);
  if (!p) facilities.set(name, (p = { kind: 'facility', name }));
  return p;
}

/**
 * Where a child of a family living in `home` was born: at home (the commune) or in a hospital.
 *
 * @example
 * birthplaceFor(rng, '31825', dayNumber(2020, 1, 1)); // a hospital most of the time
 */
export function birthplaceFor(rng: Rng, home: string, day: number): Place {
  const year = yearOf(day);
  const hospitalShare = year < 1990 ? 0.08 : year < 2005 ? 0.35 : year < 2015 ? 0.6 : 0.8;
  if (!rng.chance(hospitalShare)) return communePlace(communeAt(home, day));
  const u = rng.next();
  if (day >= MATERNITY_OPENED && u < 0.4) return facilityPlace(MATERNITY_HOSPITAL);
  if (u < 0.7) return facilityPlace(PROVINCIAL_HOSPITAL);
  const district = commune(home).districtCode;
  return facilityPlace(year >= 2018 ? DISTRICT_HEALTH_CENTRES[district] : DISTRICT_HEALTH_CENTRES[district].replace('Trung tâm Y tế', 'Bệnh viện Đa khoa'));
}

/**
 * How well the birth date of someone born in `year` outside the digitized books is known.
 *
 * @example
 * drawDobKnown(rng, 1940); // 'day', 'placeholder' or 'year'
 */
export function drawDobKnown(rng: Rng, year: number): DobKnown {
  const u = rng.next();
  if (year < 1950) return u < 0.55 ? 'day' : u < 0.8 ? 'placeholder' : 'year';
  if (year < 1970) return u < 0.75 ? 'day' : u < 0.92 ? 'placeholder' : 'year';
  return u < 0.96 ? 'day' : 'placeholder';
}

/**
 * The day of birth stored for a person, given how well it is known.
 *
 * @example
 * dobDay(rng, 1940, 'placeholder'); // dayNumber(1940, 1, 1)
 */
export function dobDay(rng: Rng, year: number, known: DobKnown): number {
  return known === 'day' ? randomDayInYear(year, rng.next()) : dayNumber(year, 1, 1);
}

/**
 * A person who enters the story as an adult: born in Bạc Liêu before the digitized books or
 * outside the province (then with that province's pid code and often its hometown).
 *
 * @example
 * newAdult(rng, people, 'M', 1950, 'kinh', '31825').pidProvince; // '095', or another province's code
 */
export function newAdult(rng: Rng, people: People, sex: Sex, year: number, ethnicity: Ethnicity, home: string, family?: string): Person {
  const bornHere = rng.chance(0.7);
  const known = drawDobKnown(rng, year);
  const dob = dobDay(rng, year, known);
  const birthplace = bornHere ? communePlace(communeAt(rng.chance(0.6) ? home : drawCommune(rng), dob)) : drawOutside(rng, ethnicity);
  const hometown = bornHere ? (rng.chance(0.75) ? birthplace : drawOutside(rng, ethnicity)) : birthplace;
  const province = birthplace.kind === 'outside' ? birthplace.province : '095';
  const name = makeName(rng, ethnicity, sex, year, family ?? drawFamily(rng, ethnicity));
  const p = new Person(people.next, sex, ethnicity, name, dob, known, birthplace, hometown, province, home);
  p.religion = drawReligion(rng, ethnicity);
  return people.add(p);
}

/**
 * A religion as the population database records it.
 *
 * @example
 * drawReligion(rng, 'khmer'); // 'Phật giáo' mostly
 */
export function drawReligion(rng: Rng, ethnicity: Ethnicity): string {
  const u = rng.next();
  if (ethnicity === 'khmer') return u < 0.93 ? 'Phật giáo' : 'Không';
  if (ethnicity === 'hoa') return u < 0.5 ? 'Phật giáo' : 'Không';
  return u < 0.72 ? 'Không' : u < 0.93 ? 'Phật giáo' : u < 0.96 ? 'Công giáo' : u < 0.99 ? 'Cao Đài' : 'Tin lành';
}
