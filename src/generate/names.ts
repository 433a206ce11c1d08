import { canonicalName } from '../vn/index.js';
import { readReferenceCsv } from './reference.js';
import { Weighted, type Rng } from './rng.js';
import {
  CLASSIC_GIVEN, HOA_FAMILY, HOA_GIVEN, KHMER_FAMILY, KHMER_GIVEN, MODERN_GIVEN, NOT_KINH_SURNAMES, SOUTHERN_SURNAME_FACTOR, TWIN_PAIRS,
} from './name-lists.js';

export type Sex = 'M' | 'F';
export type Ethnicity = 'kinh' | 'khmer' | 'hoa';

/** A Vietnamese name: family name first, then middle names, then the given name (1 or 2 words). */
export interface Name {
  readonly family: string;
  readonly middles: readonly string[];
  readonly given: string;
  /** The full name, cached by `fullName` (names are never changed in place, only replaced). */
  text?: string;
}

/**
 * The full name as written.
 *
 * @example
 * fullName({ family: 'Nguyễn', middles: ['Thị'], given: 'Lan' }); // 'Nguyễn Thị Lan'
 */
export function fullName(name: Name): string {
  return (name.text ??= name.middles.length === 0 ? `${name.family} ${name.given}` : `${name.family} ${name.middles.join(' ')} ${name.given}`);
}

/** Precomputed samplers of every name part. */
export interface NamePools {
  kinhFamily: Weighted<string>;
  khmerFamily: Weighted<string>;
  hoaFamily: Weighted<string>;
  given: Record<Sex, { data: Weighted<string>; classic: Weighted<string>; modern: Weighted<string>; khmer: Weighted<string>; hoa: Weighted<string> }>;
  middle: Record<Sex, Weighted<string>>;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const uniform = (items: string[]): Weighted<string> => new Weighted(items, items.map(() => 1));

let pools: NamePools | undefined;

/**
 * Name samplers from the reference data (surname shares, middle/given counts, gendered given
 * names) plus the curated lists of `name-lists.ts`.
 *
 * @example
 * const p = namePools();
 * p.kinhFamily.draw(rng); // 'Nguyễn' about a third of the time
 */
export function namePools(): NamePools {
  if (pools) return pools;
  // Reference lists carry look-alikes ("Ð" U+00D0 for "Đ"): names are generated in canonical form.
  const surnames = readReferenceCsv('names/vn_surname_freq.csv')
    .map((r) => ({ surname: canonicalName(r.surname), pct: Number(r.uit_forum_pct) }))
    .filter((r) => !NOT_KINH_SURNAMES.has(r.surname));
  // The forum list comes from Ho Chi Minh City students: already southern-skewed; adjust the known pairs.
  const kinhFamily = new Weighted(
    surnames.map((r) => r.surname),
    surnames.map((r) => r.pct * (SOUTHERN_SURNAME_FACTOR[r.surname] ?? 1)),
  );
  const freq = readReferenceCsv('names/vn_middle_given_freq.csv');
  const givenCount = new Map<string, number>();
  const middleCount = new Map<string, number>();
  for (const r of freq) {
    const table = r.component === 'given' ? givenCount : middleCount;
    const value = canonicalName(r.value);
    table.set(value, (table.get(value) ?? 0) + Number(r.count));
  }
  const gendered = readReferenceCsv('names/vn_given_names_by_gender.csv');
  const givenBySex = { M: new Map<string, number>(), F: new Map<string, number>() };
  const middleBySex = { M: new Map<string, number>(), F: new Map<string, number>() };
  for (const r of gendered) {
    const parts = words(canonicalName(r.given_name_with_middle));
    const sex: Sex = r.gender === 'm' ? 'M' : 'F';
    const given = parts[parts.length - 1];
    const middle = parts[0];
    if (given !== 'Văn' && given !== 'Thị') givenBySex[sex].set(given, (givenBySex[sex].get(given) ?? 0) + 1);
    if (parts.length >= 2 && middle !== 'Văn' && middle !== 'Thị') middleBySex[sex].set(middle, (middleBySex[sex].get(middle) ?? 0) + 1);
  }
  const genderedPool = (table: Record<Sex, Map<string, number>>, counts: Map<string, number>, sex: Sex): Weighted<string> => {
    const other = table[sex === 'M' ? 'F' : 'M'];
    const items: string[] = [];
    const weights: number[] = [];
    for (const [value, n] of table[sex]) {
      const share = n / (n + (other.get(value) ?? 0));
      items.push(value);
      weights.push(((counts.get(value) ?? 0) + 2) ** 0.75 * share); // students' counts overweight a few names
    }
    return new Weighted(items, weights);
  };
  const pick = (sex: Sex) => ({
    data: genderedPool(givenBySex, givenCount, sex),
    classic: uniform(words(CLASSIC_GIVEN[sex])),
    modern: uniform(words(MODERN_GIVEN[sex])),
    khmer: uniform(KHMER_GIVEN[sex]),
    hoa: uniform(HOA_GIVEN[sex]),
  });
  pools = {
    kinhFamily,
    khmerFamily: new Weighted(KHMER_FAMILY.map((x) => x[0]), KHMER_FAMILY.map((x) => x[1])),
    hoaFamily: new Weighted(HOA_FAMILY.map((x) => x[0]), HOA_FAMILY.map((x) => x[1])),
    given: { M: pick('M'), F: pick('F') },
    middle: { M: genderedPool(middleBySex, middleCount, 'M'), F: genderedPool(middleBySex, middleCount, 'F') },
  };
  return pools;
}

/**
 * The family name a person of this ethnicity is born with when no parent gives one.
 *
 * @example
 * drawFamily(rng, 'khmer'); // e.g. 'Thạch'
 */
export function drawFamily(rng: Rng, ethnicity: Ethnicity): string {
  const p = namePools();
  return ethnicity === 'khmer' ? p.khmerFamily.draw(rng) : ethnicity === 'hoa' ? p.hoaFamily.draw(rng) : p.kinhFamily.draw(rng);
}

const thiShare = (year: number): number => (year < 1970 ? 0.92 : year < 1985 ? 0.82 : year < 2000 ? 0.6 : year < 2010 ? 0.4 : 0.25);
const vanShare = (year: number): number => (year < 1970 ? 0.85 : year < 1985 ? 0.75 : year < 2000 ? 0.5 : year < 2010 ? 0.3 : 0.18);

/**
 * A given name of the generation born in `year`.
 *
 * @example
 * drawGiven(rng, 'kinh', 'F', 1955); // e.g. 'Lài'
 */
export function drawGiven(rng: Rng, ethnicity: Ethnicity, sex: Sex, year: number): string {
  const g = namePools().given[sex];
  if (ethnicity === 'khmer') return rng.chance(year < 1990 ? 0.8 : 0.55) ? g.khmer.draw(rng) : g.data.draw(rng);
  if (ethnicity === 'hoa') return rng.chance(0.7) ? g.hoa.draw(rng) : g.data.draw(rng);
  const u = rng.next();
  if (year < 1965) return u < 0.65 ? g.classic.draw(rng) : g.data.draw(rng);
  if (year < 1985) return u < 0.4 ? g.classic.draw(rng) : g.data.draw(rng);
  if (year < 2005) return u < 0.2 ? g.modern.draw(rng) : g.data.draw(rng);
  return u < 0.5 ? g.modern.draw(rng) : g.data.draw(rng);
}

/**
 * Middle names for a person born in `year`; `motherFamily` is sometimes used as a first middle.
 *
 * @example
 * drawMiddles(rng, 'kinh', 'F', 1960, 'Lài'); // usually ['Thị']
 */
export function drawMiddles(rng: Rng, ethnicity: Ethnicity, sex: Sex, year: number, given: string, motherFamily?: string): string[] {
  const pool = namePools().middle[sex];
  const twoWordGiven = given.includes(' ');
  if (ethnicity === 'khmer') {
    if (sex === 'F') return rng.chance(0.65) ? ['Thị'] : [];
    return rng.chance(twoWordGiven ? 0.15 : 0.35) ? ['Văn'] : [];
  }
  if (ethnicity === 'hoa') {
    if (twoWordGiven) return sex === 'F' && rng.chance(year < 1980 ? 0.3 : 0.1) ? ['Thị'] : [];
    return sex === 'F' ? ['Thị'] : [rng.chance(0.5) ? 'Văn' : pool.draw(rng)];
  }
  const middles: string[] = [];
  if (year >= 2000 && motherFamily && rng.chance(0.1)) middles.push(motherFamily);
  if (sex === 'F') {
    if (rng.chance(thiShare(year))) {
      middles.push('Thị');
      if (rng.chance(year < 1980 ? 0.03 : 0.2)) middles.push(pool.draw(rng));
    } else middles.push(pool.draw(rng));
  } else if (rng.chance(vanShare(year))) middles.push('Văn');
  else {
    middles.push(pool.draw(rng));
    if (rng.chance(0.04)) middles.push(pool.draw(rng));
  }
  return middles.filter((m, i) => m !== given && middles.indexOf(m) === i);
}

/**
 * A new name for a person of this ethnicity, sex and birth year, with the given family name.
 *
 * @example
 * makeName(rng, 'kinh', 'F', 1962, 'Huỳnh'); // e.g. { family: 'Huỳnh', middles: ['Thị'], given: 'Lài' }
 */
export function makeName(rng: Rng, ethnicity: Ethnicity, sex: Sex, year: number, family: string, motherFamily?: string): Name {
  const given = drawGiven(rng, ethnicity, sex, year);
  return { family, middles: drawMiddles(rng, ethnicity, sex, year, given, motherFamily), given };
}

/**
 * Given names of twins: one of the customary pairs 40% of the time, else two different names.
 * Returns the given names in birth order.
 *
 * @example
 * twinGivenNames(rng, 'kinh', ['M', 'M'], 2010); // e.g. ['An', 'Anh']
 */
export function twinGivenNames(rng: Rng, ethnicity: Ethnicity, sexes: [Sex, Sex], year: number): [string, string] {
  const key = sexes[0] === sexes[1] ? (sexes[0] === 'M' ? 'MM' : 'FF') : 'MF';
  const pairs = TWIN_PAIRS.filter((p) => p.sexes === key);
  if (ethnicity === 'kinh' && rng.chance(0.4) && pairs.length > 0) {
    const p = rng.pick(pairs);
    if (key === 'MF') return sexes[0] === 'M' ? [p.a, p.b] : [p.b, p.a];
    return rng.chance(0.5) ? [p.a, p.b] : [p.b, p.a];
  }
  const a = drawGiven(rng, ethnicity, sexes[0], year);
  let b = drawGiven(rng, ethnicity, sexes[1], year);
  for (let i = 0; i < 10 && b === a; i++) b = drawGiven(rng, ethnicity, sexes[1], year);
  if (b === a) b = a === 'An' ? 'Anh' : 'An';
  return [a, b];
}
