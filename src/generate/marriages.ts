import { civil, dayNumber, EXTRACT_DAY, yearOf } from './dates.js';
import type { Family } from './families.js';
import { drawCommune, drawEthnicity, newAdult, type People, type Person } from './person.js';
import { newRecord, newSlot, type RegRecord } from './records.js';
import type { Rng } from './rng.js';
import { communeAt } from './units.js';

/**
 * Share of marriages of a year that were registered and digitized.
 *
 * @example
 * marriageRegistration(1985); // 0.3
 */
export function marriageRegistration(year: number): number {
  return year < 1976 ? 0 : year < 1990 ? 0.3 : year < 2000 ? 0.5 : year < 2010 ? 0.7 : 0.88;
}

function marriageRecord(husband: Person, wife: Person, day: number, home: string): RegRecord {
  return newRecord('marriage', day, communeAt(home, day), 'on_time', [newSlot('husband', husband, false), newSlot('wife', wife, false)]);
}

/**
 * Marriage registrations: the registered marriages of the simulated couples, trimmed or completed
 * to `target` with recent marriages of young people who have no children yet.
 *
 * @example
 * const records = marriageRecords(rng, people, families, unmarried, 165_000);
 */
export function marriageRecords(rng: Rng, people: People, families: Family[], unmarried: Person[], target: number): RegRecord[] {
  let records: RegRecord[] = [];
  for (const f of families) {
    if (!f.father || f.marriageDay > EXTRACT_DAY) continue;
    if (rng.chance(marriageRegistration(yearOf(f.marriageDay)))) records.push(marriageRecord(f.father, f.mother, f.marriageDay, f.home));
  }
  if (records.length > target) {
    rng.shuffle(records);
    records = records.slice(0, target);
  }
  const men = new Map<number, Person[]>();
  const women: Person[] = [];
  for (const p of unmarried) {
    const y = p.birthYear;
    if (y < 1975 || y > 2004) continue;
    if (p.sex === 'F') women.push(p);
    else (men.get(y) ?? men.set(y, []).get(y)!).push(p);
  }
  rng.shuffle(women);
  for (const wife of women) {
    if (records.length >= target) break;
    const earliest = Math.max(wife.dob + Math.round(365.25 * 19), dayNumber(2005, 1, 1));
    const latest = Math.min(wife.dob + Math.round(365.25 * 34), EXTRACT_DAY);
    if (earliest > latest) continue;
    const day = earliest + rng.int(latest - earliest + 1);
    const wantYear = wife.birthYear - Math.round(Math.max(-1, rng.normal(4, 3)));
    const bucket = men.get(wantYear);
    const husband = bucket && bucket.length > 0 && rng.chance(0.85) ? bucket.pop()! : newAdult(rng, people, 'M', wantYear, wife.ethnicity, wife.residence);
    if (husband.dob + Math.round(365.25 * 20) > day) continue;
    wife.spouse = husband;
    husband.spouse = wife;
    wife.marriageDay = husband.marriageDay = day;
    const home = rng.chance(0.7) ? husband.residence : wife.residence;
    wife.residence = husband.residence = home;
    records.push(marriageRecord(husband, wife, day, home));
  }
  // Very small runs may still lack marriages: couples of newcomers fill the gap.
  while (records.length < target) {
    const home = drawCommune(rng);
    const ethnicity = drawEthnicity(rng, home);
    const day = dayNumber(2005, 1, 1) + rng.int(EXTRACT_DAY - dayNumber(2005, 1, 1));
    const y = yearOf(day);
    const wife = newAdult(rng, people, 'F', y - rng.between(19, 32), ethnicity, home);
    const husband = newAdult(rng, people, 'M', wife.birthYear - rng.between(0, 7), ethnicity, home);
    wife.spouse = husband;
    husband.spouse = wife;
    wife.marriageDay = husband.marriageDay = day;
    records.push(marriageRecord(husband, wife, day, home));
  }
  return records;
}
