import { civil, dayNumber, EXTRACT_DAY, randomDayInYear, yearOf } from './dates.js';
import { drawGiven, drawMiddles, twinGivenNames, type Ethnicity, type Name, type Sex } from './names.js';
import { commune } from './places.js';
import {
  birthplaceFor, communePlace, drawCommune, drawDobKnown, drawEthnicity, drawReligion, newAdult, People, Person, type DobKnown,
} from './person.js';
import { newRecord, newSlot, type RegRecord } from './records.js';
import { Weighted, type Rng } from './rng.js';
import { communeAt } from './units.js';

/** A couple (or a mother alone) and their children. */
export interface Family {
  id: number;
  father: Person | null;
  mother: Person;
  home: string;
  children: Person[];
  /** Day of the marriage (for couples), registered or not. */
  marriageDay: number;
}

interface BirthPlan {
  day: number;
  count: number; // 1, 2 (twins) or 3 (triplets)
  registered: 'on_time' | 'late' | 're_registration' | 'none';
  reRegistrationDay: number;
}
interface FamilyPlan {
  y0: number;
  motherAge: number;
  ageGap: number;
  single: boolean;
  births: BirthPlan[];
}

/** Relative number of families whose first child was born in a year (cohorts of the 1980s were large). */
function familyStartWeights(): Weighted<number> {
  const years: number[] = [];
  const weights: number[] = [];
  for (let y = 1946; y <= 2023; y++) {
    years.push(y);
    weights.push(y < 1960 ? 6 : y < 1970 ? 8 : y < 1976 ? 9 : y < 1990 ? 11 : y < 2000 ? 10.5 : y < 2010 ? 9.5 : y < 2020 ? 9 : 8);
  }
  return new Weighted(years, weights);
}

/**
 * Share of births of a year whose register was digitized (books before 1980 are patchy; 1975 is mostly lost).
 *
 * @example
 * coverage(1975); // 0.15
 */
export function coverage(year: number): number {
  if (year < 1960) return 0;
  if (year === 1975) return 0.15;
  if (year === 1968 || year === 1972) return 0.12;
  return year < 1965 ? 0.12 : year < 1970 ? 0.22 : year < 1976 ? 0.38 : year < 1980 ? 0.48 : year < 1985 ? 0.62 : year < 1990 ? 0.74 : year < 1995 ? 0.84 : year < 2000 ? 0.9 : 0.97;
}

const meanChildren = (y0: number): number => (y0 < 1970 ? 5 : y0 < 1980 ? 4.2 : y0 < 1990 ? 3.2 : y0 < 2000 ? 2.4 : y0 < 2010 ? 2.0 : 1.8);

function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

function planFamily(rng: Rng, starts: Weighted<number>): FamilyPlan {
  const y0 = starts.draw(rng);
  const motherAge = Math.round(Math.min(34, Math.max(17, rng.normal(y0 < 1975 ? 21 : y0 < 1995 ? 22.5 : 24, 3))));
  const ageGap = Math.round(Math.min(12, Math.max(-2, rng.normal(4, 3))));
  const single = rng.chance(y0 < 1990 ? 0.03 : y0 < 2005 ? 0.05 : 0.07);
  const k = Math.min(9, 1 + poisson(rng, meanChildren(y0) - 1));
  const births: BirthPlan[] = [];
  // Books are kept or lost per commune and period, so siblings tend to be digitized together.
  const bookLuck = rng.next();
  let day = randomDayInYear(y0, rng.next());
  const motherBirth = y0 - motherAge;
  for (let i = 0; i < k && day <= EXTRACT_DAY && yearOf(day) - motherBirth <= 44; i++) {
    const u = rng.next();
    const count = u < 0.0002 ? 3 : u < 0.0102 ? 2 : 1;
    const year = yearOf(day);
    let registered: BirthPlan['registered'] = 'none';
    let reRegistrationDay = -1;
    if (bookLuck * 0.85 + rng.next() * 0.15 < coverage(year)) registered = rng.chance(year < 2000 ? 0.08 : 0.04) ? 'late' : 'on_time';
    else if (rng.chance(0.07)) {
      // đăng ký lại: adults who needed a birth certificate, since the 1990s
      reRegistrationDay = Math.max(day + 365 * rng.between(15, 45), dayNumber(1990, 1, 1) + rng.int(365 * 33));
      if (reRegistrationDay <= EXTRACT_DAY) registered = 're_registration';
    }
    births.push({ day, count, registered, reRegistrationDay });
    day += Math.round(365 * (1.3 + rng.next() * 3.2));
  }
  return { y0, motherAge, ageGap, single, births };
}

/** Unmarried people by sex, birth year, ethnicity and district, from which later families draw parents. */
class SpousePool {
  private readonly buckets = new Map<number, Person[]>();

  private key(sex: Sex, year: number, ethnicity: Ethnicity, district: number): number {
    const e = ethnicity === 'kinh' ? 0 : ethnicity === 'khmer' ? 1 : 2;
    return (((year - 1850) * 3 + e) * 2 + (sex === 'M' ? 0 : 1)) * 8 + district;
  }

  add(p: Person): void {
    const k = this.key(p.sex, p.birthYear, p.ethnicity, commune(p.residence).districtIndex);
    const list = this.buckets.get(k);
    if (list) list.push(p);
    else this.buckets.set(k, [p]);
  }

  /** Takes a random unmarried person of the bucket, trying the home district first. */
  take(rng: Rng, sex: Sex, year: number, ethnicity: Ethnicity, district: number): Person | null {
    // 70%: the home district first; then the other districts from a random one on
    const homeFirst = rng.chance(0.7);
    const start = rng.int(7);
    for (let i = 0; i < 8; i++) {
      const d = i === 0 ? (homeFirst ? district : -1) : (start + i) % 7;
      if (d < 0 || (i > 0 && d === district && homeFirst)) continue;
      const list = this.buckets.get(this.key(sex, year, ethnicity, d));
      if (list && list.length > 0) {
        const i = rng.int(list.length);
        const p = list[i];
        list[i] = list[list.length - 1];
        list.pop();
        return p;
      }
    }
    return null;
  }

  /** All people still unmarried (for marriages of couples without children). */
  remaining(): Person[] {
    const out: Person[] = [];
    for (const list of this.buckets.values()) out.push(...list);
    return out;
  }
}

/** What the family simulation produced. */
export interface FamilyWorld {
  families: Family[];
  births: RegRecord[];
  pool: SpousePool;
}

const LINK_SHARE = 0.88;

/**
 * Simulates families, oldest first, until their digitized birth registrations exceed `targetBirths`:
 * parents of later families are, whenever the cohort allows, children of earlier ones.
 *
 * @example
 * const world = simulateFamilies(forkRng(1, 'world'), people, 1300);
 * world.births.length >= 1300; // true
 */
export function simulateFamilies(rng: Rng, people: People, targetBirths: number): FamilyWorld {
  const starts = familyStartWeights();
  const plans: FamilyPlan[] = [];
  let planned = 0;
  while (planned < targetBirths * 1.04 + 5) {
    const plan = planFamily(rng, starts);
    for (const b of plan.births) if (b.registered !== 'none') planned += b.count;
    if (plan.births.length > 0) plans.push(plan);
  }
  plans.sort((a, b) => a.y0 - b.y0);
  const pool = new SpousePool();
  const families: Family[] = [];
  const births: RegRecord[] = [];
  for (const plan of plans) {
    const family = materialize(rng, people, pool, plan, families.length, births);
    families.push(family);
  }
  return { families, births, pool };
}

function parent(rng: Rng, people: People, pool: SpousePool, sex: Sex, year: number, ethnicity: Ethnicity, home: string): Person {
  const district = commune(home).districtIndex;
  if (rng.chance(LINK_SHARE)) {
    const e = rng.chance(0.92) ? ethnicity : rng.pick<Ethnicity>(['kinh', 'khmer', 'hoa']);
    const found = pool.take(rng, sex, year, e, district) ?? pool.take(rng, sex, year + (rng.chance(0.5) ? 1 : -1), e, district);
    if (found) return found;
  }
  return newAdult(rng, people, sex, year, ethnicity, home);
}

function materialize(rng: Rng, people: People, pool: SpousePool, plan: FamilyPlan, id: number, births: RegRecord[]): Family {
  let home = drawCommune(rng);
  const ethnicity = drawEthnicity(rng, home);
  const motherYear = plan.y0 - plan.motherAge;
  const father = plan.single ? null : parent(rng, people, pool, 'M', motherYear - plan.ageGap, ethnicity, home);
  if (father && father.familyId >= 0 && rng.chance(0.8)) home = father.residence;
  const mother = parent(rng, people, pool, 'F', motherYear, father?.ethnicity ?? ethnicity, home);
  const firstBirth = plan.births[0].day;
  const family: Family = { id, father, mother, home, children: [], marriageDay: -1 };
  if (father) {
    const earliest = Math.max(mother.dob, father.dob) + Math.round(365.25 * 18);
    family.marriageDay = Math.max(earliest, firstBirth - rng.between(60, 1100));
    father.spouse = mother;
    mother.spouse = father;
    father.marriageDay = mother.marriageDay = family.marriageDay;
  }
  father && (father.residence = home);
  mother.residence = home;
  const lineage = father ?? mother;
  const childEthnicity: Ethnicity = father && father.ethnicity !== mother.ethnicity && rng.chance(0.25) ? mother.ethnicity : lineage.ethnicity;
  for (const birth of plan.births) {
    const year = yearOf(birth.day);
    const sexes: Sex[] = [];
    for (let i = 0; i < birth.count; i++) sexes.push(i > 0 && rng.chance(0.65) ? sexes[0] : rng.chance(0.515) ? 'M' : 'F');
    const givens: string[] =
      birth.count >= 2 ? [...twinGivenNames(rng, childEthnicity, [sexes[0], sexes[1]], year)] : [drawGiven(rng, childEthnicity, sexes[0], year)];
    while (givens.length < birth.count) givens.push(drawGiven(rng, childEthnicity, sexes[givens.length], year));
    const sharedMiddles = drawMiddles(rng, childEthnicity, sexes[0], year, givens[0], mother.name.family);
    const birthplace = birthplaceFor(rng, home, birth.day);
    const known: DobKnown = birth.registered === 're_registration' ? drawDobKnown(rng, Math.min(year, 1969)) : 'day';
    const dob = known === 'day' ? birth.day : dayNumber(year, 1, 1);
    const siblings: Person[] = [];
    for (let i = 0; i < birth.count; i++) {
      const middles = sexes[i] === sexes[0] ? sharedMiddles : drawMiddles(rng, childEthnicity, sexes[i], year, givens[i], mother.name.family);
      const name: Name = { family: lineage.name.family, middles, given: givens[i] };
      const child = people.add(new Person(people.next, sexes[i], childEthnicity, name, dob, known, birthplace, lineage.hometown, '095', home));
      child.father = father;
      child.mother = mother;
      child.familyId = id;
      child.religion = rng.chance(0.85) ? lineage.religion : drawReligion(rng, childEthnicity);
      siblings.push(child);
      family.children.push(child);
      pool.add(child);
    }
    for (let i = 0; i < siblings.length && siblings.length > 1; i++) siblings[i].twin = siblings[(i + 1) % siblings.length];
    const regDay =
      birth.registered === 're_registration'
        ? birth.reRegistrationDay
        : birth.registered === 'late'
          ? birth.day + rng.between(61, 365 * 5)
          : birth.day + 3 + Math.floor(rng.next() ** 2 * 57);
    for (const child of siblings) child.birthRegistration = communePlace(communeAt(home, birth.registered === 'none' ? birth.day : regDay));
    if (birth.registered === 'none' || regDay > EXTRACT_DAY) continue;
    for (const child of siblings) {
      const slots = [newSlot('child', child, false)];
      if (father) slots.push(newSlot('father', father, false));
      slots.push(newSlot('mother', mother, false));
      births.push(newRecord('birth', regDay, communeAt(home, regDay), birth.registered, slots));
    }
  }
  return family;
}
