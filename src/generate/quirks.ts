import { civil, dayNumber, yearOf } from './dates.js';
import { commune } from './places.js';
import { formFields, writableOverride, type RegRecord } from './records.js';
import type { Rng } from './rng.js';

const D2010 = dayNumber(2010, 1, 1);
const D2016 = dayNumber(2016, 1, 1);
const D2021_7 = dayNumber(2021, 7, 1);

/**
 * Probability that the registry shows a person's pid, by role and date of registration.
 *
 * @example
 * pidShownShare('birth', 'child', dayNumber(2018, 1, 1)); // 0.92
 */
export function pidShownShare(type: RegRecord['type'], role: string, day: number): number {
  if (type === 'birth' && role === 'child') return day >= D2021_7 ? 0.45 : day >= D2016 ? 0.92 : day >= D2010 ? 0.05 : 0.01;
  if (role === 'father' || role === 'mother') return day >= D2016 ? 0.35 : 0;
  if (role === 'deceased') return day >= D2016 ? 0.75 : day >= D2010 ? 0.1 : 0;
  if (role === 'husband' || role === 'wife') return day >= D2016 ? 0.85 : day >= D2010 ? 0.1 : 0;
  return day >= D2016 ? 0.8 : 0.05;
}

/**
 * What the books themselves look like, before any discrepancy: which pids are written, district
 * registrations, year-only dates in old death books, placeholder dates in re-registrations, damaged
 * entries, NFD rows and short dates.
 *
 * @example
 * applyRegistryQuirks(forkRng(1, 'quirks'), world.records, 0.001);
 */
export function applyRegistryQuirks(rng: Rng, records: RegRecord[], unusableRate: number): void {
  for (const r of records) {
    if (r.authority.length === 5 && rng.chance(r.kind === 're_registration' ? 0.25 : 0.03)) r.authority = commune(r.authority).districtCode;
    r.nfd = rng.chance(0.01);
    r.shortDates = rng.chance(0.03);
    for (const s of r.slots) {
      s.showPid = rng.chance(pidShownShare(r.type, s.role, r.day));
      if (r.type === 'death' && r.day < dayNumber(2000, 1, 1) && rng.chance(0.3)) s.dobYearOnly = true;
      if (r.duplicateOf && r.kind === 're_registration' && s.role === 'child' && s.person.dobKnown === 'day' && rng.chance(0.3)) {
        writableOverride(s).dob = { y: s.person.birthYear, m: 1, d: 1, precision: 'day' };
      }
      if (rng.chance(unusableRate) && formFields(r.type, s.role).size > 3) s.unusable = true;
    }
  }
}

const PREFIX: Record<RegRecord['type'], string> = {
  birth: 'KS', death: 'KT', marriage: 'KH', marital_status: 'XN', parent_recognition: 'NC', guardianship: 'GH', adoption: 'NN',
};
const BOOK_SIZE = 250;

/**
 * Sorts registrations as the extract was sorted (event type, authority, date) and gives each its
 * record id, book number and registration number (numbers restart every year in each book).
 *
 * @example
 * numberRecords(records, EVENT_ORDER)[0].recordId; // 'KS00000001'
 */
export function numberRecords(records: RegRecord[], order: readonly RegRecord['type'][]): RegRecord[] {
  const indexed = records.map((r, i) => ({ r, i, rank: order.indexOf(r.type) }));
  indexed.sort((a, b) => {
    const t = a.rank - b.rank;
    if (t !== 0) return t;
    if (a.r.authority !== b.r.authority) return a.r.authority < b.r.authority ? -1 : 1;
    return a.r.day - b.r.day || a.i - b.i;
  });
  const perType = new Map<string, number>();
  const perBook = new Map<string, number>();
  for (const { r } of indexed) {
    const n = (perType.get(r.type) ?? 0) + 1;
    perType.set(r.type, n);
    r.recordId = PREFIX[r.type] + String(n).padStart(8, '0');
    const year = yearOf(r.day);
    const key = `${r.authority}|${r.type}|${year}`;
    const seq = perBook.get(key) ?? 0;
    perBook.set(key, seq + 1);
    const book = String(Math.floor(seq / BOOK_SIZE) + 1).padStart(2, '0');
    r.bookNo = year >= 2016 ? `${book}/${year}` : book;
    r.registrationNo = String((seq % BOOK_SIZE) + 1);
  }
  return indexed.map((x) => x.r);
}
