import { civil, dayNumber, EXTRACT_DAY, yearOf } from './dates.js';
import type { Family } from './families.js';
import { birthplaceFor, drawCommune, drawEthnicity, newAdult, People, Person } from './person.js';
import { makeName } from './names.js';
import { newRecord, newSlot, type RegRecord } from './records.js';
import type { Rng } from './rng.js';
import { communeAt } from './units.js';
import { drawDeath } from './deaths.js';

const YEAR = 365.25;
const age = (p: Person, day: number): number => (day - p.dob) / YEAR;

/** A random person satisfying `accept`, or null after a bounded number of tries. */
function findPerson(rng: Rng, all: Person[], accept: (p: Person) => boolean, tries = 400): Person | null {
  for (let i = 0; i < tries; i++) {
    const p = all[rng.int(all.length)];
    if (accept(p)) return p;
  }
  return null;
}

function record(type: RegRecord['type'], day: number, home: string, slots: RegRecord['slots']): RegRecord {
  return newRecord(type, day, communeAt(home, day), 'on_time', slots);
}

/** A newcomer adult who also gets a (possible) death, so that later checks see them like anyone else. */
function newcomer(rng: Rng, people: People, sex: 'M' | 'F', year: number, like: Person, family?: string): Person {
  const p = newAdult(rng, people, sex, year, like.ethnicity, like.residence, family);
  p.deathDay = drawDeath(rng, p, dayNumber(2023, 1, 1));
  return p;
}

/**
 * Confirmations of marital status: mostly people about to marry, some single adults, some divorced
 * people whose marriage is not in the extract.
 *
 * @example
 * maritalStatusRecords(rng, people, married, 100).length; // 100
 */
export function maritalStatusRecords(rng: Rng, people: People, married: Set<Person>, target: number): RegRecord[] {
  const records: RegRecord[] = [];
  const all = people.all;
  const from = dayNumber(2008, 1, 1);
  for (let guard = 0; records.length < target && guard < target * 50; guard++) {
    const u = rng.next();
    let p: Person | null;
    let day: number;
    let status: string;
    if (u < 0.65) {
      p = findPerson(rng, all, (x) => x.marriageDay >= from + 200 && x.marriageDay <= EXTRACT_DAY, 50);
      if (!p) continue;
      day = p.marriageDay - rng.between(15, 180);
      status = 'Chưa kết hôn';
    } else if (u < 0.9) {
      day = from + rng.int(EXTRACT_DAY - from);
      const d = day;
      p = findPerson(rng, all, (x) => x.aliveOn(d) && age(x, d) >= 18 && age(x, d) <= 60 && (x.marriageDay < 0 || x.marriageDay > d), 50);
      if (!p) continue;
      status = 'Chưa kết hôn';
    } else {
      day = from + rng.int(EXTRACT_DAY - from);
      const d = day;
      p = findPerson(rng, all, (x) => x.aliveOn(d) && x.spouse !== null && x.marriageDay >= 0 && x.marriageDay < d - 730 && !married.has(x), 50);
      if (!p || !p.spouse) continue;
      p.divorced = p.spouse.divorced = true;
      status = 'Đã ly hôn';
    }
    if (!p.aliveOn(day) || age(p, day) < 16) continue;
    const r = record('marital_status', day, p.residence, [newSlot('person', p, false)]);
    r.maritalStatus = status;
    records.push(r);
  }
  return records;
}

/**
 * Recognitions of a child by its father: children of single mothers, then (when too few) children
 * born before their parents' marriage was registered, whose birth record then names no father.
 *
 * @example
 * recognitionRecords(rng, people, births, married, 31).records.length; // 31
 */
export function recognitionRecords(
  rng: Rng,
  people: People,
  births: RegRecord[],
  married: Set<Person>,
  target: number,
): { records: RegRecord[]; notUpdated: Set<Person>; recognised: Set<Person> } {
  const records: RegRecord[] = [];
  const notUpdated = new Set<Person>();
  const recognised = new Set<Person>();
  // births of each child: the first registration, and its duplicate if any (which comes later)
  const fatherless: RegRecord[] = [];
  const unmarriedParents: RegRecord[] = [];
  for (const b of births) {
    if (b.duplicateOf && b.kind === 're_registration') continue;
    const child = b.slots[0].person;
    if (child.birthYear < 1980 || child.twin) continue;
    if (!child.father) fatherless.push(b);
    else if (child.birthYear >= 1988 && !married.has(child.father) && child.father.aliveOn(child.dob + 400)) unmarriedParents.push(b);
  }
  rng.shuffle(fatherless);
  rng.shuffle(unmarriedParents);
  const candidates = fatherless.concat(unmarriedParents);
  for (const birth of candidates) {
    if (records.length >= target) break;
    const child = birth.slots[0].person;
    const earliest = Math.max(child.dob + 100, dayNumber(1995, 1, 1));
    const latest = Math.min(child.dob + Math.round(12 * YEAR), EXTRACT_DAY);
    if (earliest > latest) continue;
    const day = earliest + rng.int(latest - earliest + 1);
    if (!child.aliveOn(day)) continue;
    let father = child.father;
    if (father) {
      if (!father.aliveOn(day)) continue;
      for (const b of birth.duplicateOf ? [birth, birth.duplicateOf] : [birth]) b.slots = b.slots.filter((s) => s.role !== 'father');
    } else {
      const mother = child.mother!;
      father = newcomer(rng, people, 'M', mother.birthYear - rng.between(-1, 8), child);
      if (father.dob + Math.round(18 * YEAR) > child.dob) continue;
      child.father = father;
      recognised.add(child);
    }
    if (rng.chance(0.1)) notUpdated.add(child);
    records.push(record('parent_recognition', day, child.residence, [newSlot('parent', father, false), newSlot('child', child, false)]));
  }
  return { records, notUpdated, recognised };
}

/**
 * Guardianships: mostly minors in the care of a grandparent, aunt or uncle; some adults.
 *
 * @example
 * guardianshipRecords(rng, people, families, 10).length; // 10
 */
export function guardianshipRecords(rng: Rng, people: People, families: Family[], target: number): RegRecord[] {
  const records: RegRecord[] = [];
  const all = people.all;
  const from = dayNumber(2000, 1, 1);
  for (let guard = 0; records.length < target && guard < target * 50; guard++) {
    const day = from + rng.int(EXTRACT_DAY - from);
    const adult = rng.chance(0.2);
    const ward = findPerson(rng, all, (x) => x.aliveOn(day) && (adult ? age(x, day) >= 25 && age(x, day) <= 70 : age(x, day) >= 1 && age(x, day) <= 15 && x.familyId >= 0), 60);
    if (!ward) continue;
    let guardian: Person | null = null;
    const ok = (g: Person | null | undefined): g is Person => !!g && g !== ward && g.aliveOn(day) && age(g, day) >= 21 && age(g, day) <= 80;
    if (adult) guardian = [ward.spouse, ward.mother, ward.father].find(ok) ?? null;
    else {
      const grand = [ward.father?.father, ward.father?.mother, ward.mother?.mother, ward.mother?.father].filter(ok);
      if (grand.length > 0 && rng.chance(0.6)) guardian = rng.pick(grand);
      else {
        const parents = [ward.father, ward.mother].filter((p): p is Person => !!p && p.familyId >= 0);
        const aunts = parents.flatMap((p) => families[p.familyId].children.filter((c) => c !== p && ok(c)));
        if (aunts.length > 0) guardian = rng.pick(aunts);
      }
    }
    if (!guardian) guardian = newcomer(rng, people, rng.chance(0.5) ? 'M' : 'F', yearOf(day) - rng.between(30, 60), ward, ward.name.family);
    if (!guardian.aliveOn(day)) continue;
    records.push(record('guardianship', day, ward.residence, [newSlot('guardian', guardian, false), newSlot('ward', ward, false)]));
  }
  return records;
}

/**
 * Adoptions: children up to 10 years old, adopted by a local adult or a newcomer.
 *
 * @example
 * adoptionRecords(rng, people, 9).records.length; // 9
 */
export function adoptionRecords(rng: Rng, people: People, target: number): { records: RegRecord[]; notUpdated: Set<Person> } {
  const records: RegRecord[] = [];
  const notUpdated = new Set<Person>();
  const all = people.all;
  const from = dayNumber(1995, 1, 1);
  for (let guard = 0; records.length < target && guard < target * 50; guard++) {
    const day = from + rng.int(EXTRACT_DAY - from);
    let child = rng.chance(0.6) ? findPerson(rng, all, (x) => x.aliveOn(day) && age(x, day) <= 10 && x.familyId >= 0 && !x.adoptiveParent, 80) : null;
    const adopter =
      (rng.chance(0.7) ? findPerson(rng, all, (x) => x.aliveOn(day) && age(x, day) >= 28 && age(x, day) <= 55 && x.familyId >= 0, 80) : null) ??
      null;
    const home = adopter?.residence ?? drawCommune(rng);
    if (!child) {
      // An abandoned child, registered at birth outside the digitized books.
      const dob = Math.max(day - rng.int(Math.round(6 * YEAR)), day - 3000);
      const ethnicity = drawEthnicity(rng, home);
      const sex = rng.chance(0.5) ? 'M' : 'F';
      const year = yearOf(dob);
      child = people.add(
        new Person(people.next, sex, ethnicity, makeName(rng, ethnicity, sex, year, adopter?.name.family ?? 'Nguyễn'), dob, 'day', birthplaceFor(rng, home, dob), adopter?.hometown ?? birthplaceFor(rng, home, dob), '095', home),
      );
      child.deathDay = drawDeath(rng, child, day);
    }
    const parent = adopter ?? newcomer(rng, people, rng.chance(0.4) ? 'M' : 'F', yearOf(day) - rng.between(28, 50), child);
    if (!parent.aliveOn(day) || parent === child) continue;
    child.adoptiveParent = parent;
    if (rng.chance(0.2)) notUpdated.add(child);
    records.push(record('adoption', day, home, [newSlot('adopter', parent, false), newSlot('adoptee', child, false)]));
  }
  return { records, notUpdated };
}
