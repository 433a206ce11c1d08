import { civil, dayNumber, EXTRACT_DAY, randomDayInYear, yearOf } from './dates.js';
import { birthplaceFor, communePlace, drawCommune, drawEthnicity, newAdult, type People, type Person } from './person.js';
import { newRecord, newSlot, type RegRecord } from './records.js';
import type { Rng } from './rng.js';
import { communeAt } from './units.js';

/**
 * Draws a day of death (or none before the extract) for a person who must have lived at least
 * until `notBefore` (their last child's birth, their marriage, a registration in their name).
 *
 * @example
 * drawDeath(rng, person, person.dob); // a day number, or -1 when alive at the extract
 */
export function drawDeath(rng: Rng, p: Person, notBefore: number): number {
  const year = p.birthYear;
  const u = rng.next();
  const infant = year < 1975 ? 0.03 : year < 1990 ? 0.015 : year < 2005 ? 0.008 : 0.004;
  let age: number;
  if (u < infant) age = rng.next();
  else if (u < infant + 0.04) age = 1 + rng.next() * 45;
  else age = Math.min(104, Math.max(40, rng.normal(p.sex === 'M' ? 73 : 78, 11)));
  let day = p.dob + Math.round(age * 365.25);
  if (day < notBefore) day = notBefore + Math.round(rng.next() * 365.25 * 25);
  return day <= EXTRACT_DAY ? day : -1;
}

/**
 * Share of deaths of a year that were registered and digitized.
 *
 * @example
 * deathRegistration(2020); // 0.9
 */
export function deathRegistration(year: number): number {
  return year < 1976 ? 0 : year < 1990 ? 0.2 : year < 2000 ? 0.35 : year < 2010 ? 0.55 : year < 2016 ? 0.75 : 0.9;
}

function deathRecord(rng: Rng, p: Person): RegRecord | null {
  const late = rng.chance(0.1);
  const day = p.deathDay + (late ? rng.between(31, 365 * 3) : rng.between(1, 30));
  if (day > EXTRACT_DAY) return null;
  const record = newRecord('death', day, communeAt(p.residence, day), late ? 'late' : 'on_time', [newSlot('deceased', p, false)]);
  record.deathDay = p.deathDay;
  record.deathPlace = rng.chance(0.3) ? birthplaceFor(rng, p.residence, dayNumber(2016, 1, 1)) : communePlace(communeAt(p.residence, p.deathDay));
  return record;
}

/**
 * Death registrations: registered deaths of the simulated people, trimmed or completed to `target`
 * with old people who died recently.
 *
 * @example
 * deathRecords(rng, people, 153_835).length; // 153835
 */
export function deathRecords(rng: Rng, people: People, target: number): RegRecord[] {
  let records: RegRecord[] = [];
  for (const p of people.all) {
    if (p.deathDay < 0 || !rng.chance(deathRegistration(yearOf(p.deathDay)))) continue;
    const r = deathRecord(rng, p);
    if (r) records.push(r);
  }
  if (records.length > target) {
    // Families that registered births also registered deaths: keep those deaths first.
    rng.shuffle(records);
    const rank = (r: RegRecord): number => (r.slots[0].person.referenced ? rng.next() * 0.6 : 0.3 + rng.next() * 0.7);
    const ranked = records.map((r) => ({ r, k: rank(r) })).sort((a, b) => a.k - b.k);
    records = ranked.slice(0, target).map((x) => x.r);
  }
  while (records.length < target) {
    const home = drawCommune(rng);
    const year = rng.between(1925, 1965);
    const p = newAdult(rng, people, rng.chance(0.52) ? 'M' : 'F', year, drawEthnicity(rng, home), home);
    const deathYear = Math.max(year + 40, 2023 - Math.floor(rng.next() ** 2 * 20));
    p.deathDay = Math.min(EXTRACT_DAY - 40, randomDayInYear(Math.min(deathYear, 2023), rng.next()));
    const r = deathRecord(rng, p);
    if (r) records.push(r);
  }
  return records;
}
