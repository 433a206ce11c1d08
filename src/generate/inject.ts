import { classifyDob, classifyName, classifyPid } from './classify.js';
import { civil, dayNumber, daysInMonth } from './dates.js';
import { diacriticError, differentName, middleError, orderError, spellingError } from './name-errors.js';
import { drawGiven, fullName, type Name } from './names.js';
import { commune, communeProfiles, samePlace, type Place } from './places.js';
import { communePlace, type Person } from './person.js';
import { makePid } from './pid.js';
import { ERROR_CODES, POPULATION_SIDE, type ErrorCode, type Rates } from './rates.js';
import { formFields, markInjected, writableOverride, type DobValue, type RegRecord, type Slot } from './records.js';
import type { Rng } from './rng.js';
import { registryStated, trueDob, type PopulationState } from './stated.js';

/**
 * Field group of an error code: at most one discrepancy per group and person, so codes never mix.
 *
 * @example
 * fieldGroup('dob.year'); // 'dob'
 */
export function fieldGroup(code: string): string {
  if (code.startsWith('name.')) return 'name';
  if (code.startsWith('dob.')) return 'dob';
  if (code.startsWith('pid.')) return 'pid';
  if (code === 'spouse_name' || code === 'marital_status.not_recorded') return 'spouse';
  return code;
}

/** Counts of what was injected, per code: eligible slots, and injections on each side. */
export interface InjectionCounts {
  eligible: Record<string, number>;
  registry: Record<string, number>;
  population: Record<string, number>;
}

interface Context {
  rng: Rng;
  states: Map<Person, PopulationState>;
  usedPids: Set<string>;
}

/**
 * Injects discrepancies, slot by slot, each code with its rate among the slots where it would be
 * visible; a population-side discrepancy changes the person's population row and so shows in every
 * registration of that person.
 *
 * @example
 * const counts = injectDiscrepancies(rng, records, states, usedPids, loadRates(undefined, 1));
 * counts.registry['name.spelling']; // injections on the registry side
 */
export function injectDiscrepancies(
  rng: Rng,
  records: RegRecord[],
  states: Map<Person, PopulationState>,
  usedPids: Set<string>,
  rates: Rates,
): InjectionCounts {
  const counts: InjectionCounts = { eligible: {}, registry: {}, population: {} };
  for (const code of ERROR_CODES) counts.eligible[code] = counts.registry[code] = counts.population[code] = 0;
  const ctx: Context = { rng, states, usedPids };
  // Each code hits its eligible slots as independent Bernoulli trials; drawing the gap to the next hit
  // (geometric) instead of one number per slot and code gives the same law with far fewer draws.
  const gap = (rate: number): number => (rate <= 0 ? Infinity : rate >= 1 ? 0 : Math.floor(Math.log(1 - rng.next()) / Math.log(1 - rate)));
  const skip = ERROR_CODES.map((code) => gap(rates.errors[code]));
  const eligibleCount = new Float64Array(ERROR_CODES.length);
  const injectedCount = [new Float64Array(ERROR_CODES.length), new Float64Array(ERROR_CODES.length)];
  for (const r of records) {
    for (const s of r.slots) {
      const state = s.person.state;
      if (s.unusable || !state) continue;
      for (const c of candidates(r.type, s.role)) {
        const code = ERROR_CODES[c];
        if (!eligible(code, GROUPS[c], r, s, state)) continue;
        eligibleCount[c]++;
        if (skip[c] > 0) {
          skip[c]--;
          continue;
        }
        skip[c] = gap(rates.errors[code]);
        const population = rng.chance(POPULATION_SIDE[code]);
        if (apply(ctx, code, r, s, state, population)) injectedCount[population ? 1 : 0][c]++;
      }
    }
  }
  ERROR_CODES.forEach((code, c) => {
    counts.eligible[code] = eligibleCount[c];
    counts.registry[code] = injectedCount[0][c];
    counts.population[code] = injectedCount[1][c];
  });
  return counts;
}

const GROUPS = ERROR_CODES.map(fieldGroup);
const CANDIDATES = new Map<string, number[]>();

/** Codes that the form of a role could ever show (the rest are never eligible there). */
function candidates(type: RegRecord['type'], role: Slot['role']): number[] {
  const key = type + role;
  let list = CANDIDATES.get(key);
  if (list) return list;
  const form = formFields(type, role);
  list = ERROR_CODES.map((code, c) => ({ code, c }))
    .filter(({ code }) => {
      const group = GROUPS[ERROR_CODES.indexOf(code)];
      if (group === 'name') return form.has('full_name');
      if (group === 'dob') return code === 'dob.year' ? form.has('dob') || form.has('birth_year') : form.has('dob');
      if (group === 'pid') return form.has('pid');
      if (group === 'spouse') return role === 'husband' || role === 'wife';
      if (code === 'father_name' || code === 'mother_name') return type === 'birth' && role === 'child';
      if (code === 'death.not_recorded') return role === 'deceased';
      return form.has(code as 'sex');
    })
    .map(({ c }) => c);
  CANDIDATES.set(key, list);
  return list;
}

function eligible(code: ErrorCode, group: string, r: RegRecord, s: Slot, state: PopulationState): boolean {
  const form = formFields(r.type, s.role);
  const p = s.person;
  switch (group) {
    case 'name':
      return true;
    case 'dob': {
      if (code === 'dob.year') return form.has('dob') || form.has('birth_year');
      if (!form.has('dob') || s.dobYearOnly || p.dobKnown !== 'day') return false;
      const { m, d } = trueDob(p);
      if (code === 'dob.day_month_swapped') return d <= 12 && d !== m;
      if (code === 'dob.placeholder') return !(d === 1 && m === 1);
      return true;
    }
    case 'pid':
      return s.showPid;
    case 'spouse':
      return (s.role === 'husband' || s.role === 'wife') && state.spouse !== null && otherSpouse(r, s)?.person === state.spouse;
    default:
      break;
  }
  switch (code) {
    case 'sex':
    case 'ethnicity':
    case 'nationality':
      return form.has(code);
    case 'birthplace':
      return form.has('birthplace') && p.birthplace.kind === 'commune';
    case 'hometown':
      return form.has('hometown') && p.hometown.kind === 'commune';
    case 'father_name':
    case 'mother_name': {
      const parentRole = code === 'father_name' ? 'father' : 'mother';
      const parentSlot = r.type === 'birth' && s.role === 'child' ? r.slots.find((x) => x.role === parentRole) : undefined;
      const shown = code === 'father_name' ? state.father : state.mother;
      return !!parentSlot && !parentSlot.unusable && shown === parentSlot.person;
    }
    case 'death.not_recorded':
      return s.role === 'deceased' && state.deathDay >= 0;
    default:
      return false;
  }
}

const otherSpouse = (r: RegRecord, s: Slot): Slot | undefined => r.slots.find((x) => x !== s && (x.role === 'husband' || x.role === 'wife'));

/** The group is free on the registry side of this slot (and on the person's population row). */
function freeRegistry(ctx: Context, s: Slot, group: string): boolean {
  return !s.injected?.has(group) && !s.person.state?.injected?.has(group);
}
/** The group is free on the person's population row and in all their registrations. */
function freePopulation(ctx: Context, p: Person, group: string): boolean {
  return !p.state?.injected?.has(group) && !p.registryInjected?.has(group);
}

function apply(ctx: Context, code: ErrorCode, r: RegRecord, s: Slot, state: PopulationState, population: boolean): boolean {
  const group = fieldGroup(code);
  const p = s.person;
  if (population ? !freePopulation(ctx, p, group) : !freeRegistry(ctx, s, group)) return false;
  const ok = applyCode(ctx, code, r, s, state, population);
  if (ok) {
    if (population) state.mark(group, code);
    else {
      markInjected(s, group, code);
      (p.registryInjected ??= new Set()).add(group);
    }
  }
  return ok;
}

function applyCode(ctx: Context, code: ErrorCode, r: RegRecord, s: Slot, state: PopulationState, population: boolean): boolean {
  const { rng } = ctx;
  const p = s.person;
  const reg = registryStated(r, s);
  switch (fieldGroup(code)) {
    case 'name': {
      const base = population ? state.name : reg.name!;
      const other = population ? reg.name! : state.name;
      for (let i = 0; i < 12; i++) {
        const candidate = alterName(rng, code, base, p);
        if (classifyName(fullName(population ? other : candidate), fullName(population ? candidate : other)) !== code) continue;
        if (population) state.name = candidate;
        else writableOverride(s).name = candidate;
        return true;
      }
      return false;
    }
    case 'dob': {
      const base = population ? state.dob : reg.dob!;
      for (let i = 0; i < 12; i++) {
        const candidate = alterDob(rng, code, base);
        if (!candidate) continue;
        const result = population ? classifyDob(reg.dob, reg.dobFromYearColumn, candidate) : classifyDob(candidate, reg.dobFromYearColumn, state.dob);
        if (result !== code) continue;
        if (population) state.dob = candidate;
        else writableOverride(s).dob = candidate;
        return true;
      }
      return false;
    }
    case 'pid':
      return applyPid(ctx, code, r, s, state);
    case 'spouse': {
      if (code === 'marital_status.not_recorded') {
        state.maritalStatus = 'Chưa kết hôn';
        state.spouse = null;
        state.spouseName = '';
        return true;
      }
      const other = otherSpouse(r, s)!;
      return alterRelative(ctx, population, state, 'spouseName', other);
    }
    default:
      break;
  }
  switch (code) {
    case 'sex': {
      const flipped = p.sex === 'M' ? 'F' : 'M';
      if (population) state.sex = flipped;
      else writableOverride(s).sex = flipped;
      return true;
    }
    case 'ethnicity': {
      const label = p.ethnicity === 'kinh' ? (rng.chance(0.6) ? 'Khmer' : 'Hoa') : 'Kinh';
      if (population) state.ethnicity = label;
      else writableOverride(s).ethnicity = label;
      return true;
    }
    case 'nationality': {
      const label = p.ethnicity === 'hoa' ? 'Trung Quốc' : 'Campuchia';
      if (population) state.nationality = label;
      else writableOverride(s).nationality = label;
      return true;
    }
    case 'birthplace':
    case 'hometown': {
      const current = code === 'birthplace' ? p.birthplace : p.hometown;
      let place = otherCommune(rng, current);
      // Before 2016 the form's hometown was the father's birthplace: a difference of definition.
      const fatherBirth = p.father?.birthplace;
      if (!population && code === 'hometown' && r.day < dayNumber(2016, 1, 1) && fatherBirth?.kind === 'commune' && !samePlace(fatherBirth, current, true)) place = fatherBirth;
      if (population) state[code] = place;
      else writableOverride(s)[code] = place;
      return true;
    }
    case 'father_name':
    case 'mother_name': {
      const parentSlot = r.slots.find((x) => x.role === (code === 'father_name' ? 'father' : 'mother'))!;
      return alterRelative(ctx, population, state, code === 'father_name' ? 'fatherName' : 'motherName', parentSlot);
    }
    case 'death.not_recorded':
      state.deathDay = -1;
      return true;
    default:
      return false;
  }
}

/**
 * A relative's name that differs: on the population side the person's row names the relative
 * differently; on the registry side the relative's own entry in the record is misspelt (which the
 * relative's comparison then shows as a name error too).
 */
function alterRelative(ctx: Context, population: boolean, state: PopulationState, field: 'fatherName' | 'motherName' | 'spouseName', relative: Slot): boolean {
  const { rng } = ctx;
  const kinds: ErrorCode[] = ['name.spelling', 'name.middle_missing', 'name.different', 'name.diacritics'];
  if (population) {
    const base = relative.person.name;
    for (let i = 0; i < 8; i++) {
      const candidate = fullName(alterName(rng, rng.pick(kinds), base, relative.person));
      if (classifyName(candidate, fullName(base)) === null) continue;
      state[field] = candidate;
      return true;
    }
    return false;
  }
  if (!freeRegistry(ctx, relative, 'name') || relative.unusable) return false;
  const relState = relative.person.state;
  const base = relative.override.name ?? relative.person.name;
  for (let i = 0; i < 8; i++) {
    const kind = rng.pick(kinds);
    const candidate = alterName(rng, kind, base, relative.person);
    if (classifyName(fullName(candidate), state[field]) === null) continue;
    if (relState && classifyName(fullName(candidate), fullName(relState.name)) !== kind) continue;
    writableOverride(relative).name = candidate;
    markInjected(relative, 'name', kind);
    (relative.person.registryInjected ??= new Set()).add('name');
    return true;
  }
  return false;
}

function alterName(rng: Rng, code: ErrorCode, name: Name, p: Person): Name {
  switch (code) {
    case 'name.diacritics':
      return diacriticError(rng, name);
    case 'name.spelling':
      return spellingError(rng, name);
    case 'name.middle_missing':
      return middleError(rng, name, p.sex);
    case 'name.order':
      return orderError(rng, name);
    default:
      return differentName(rng, name, () => drawGiven(rng, p.ethnicity, p.sex, p.birthYear));
  }
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function alterDob(rng: Rng, code: ErrorCode, v: DobValue): DobValue | null {
  const shift = (): number => (rng.chance(0.15) ? 10 : rng.between(1, 3)) * (rng.chance(0.5) ? 1 : -1);
  switch (code) {
    case 'dob.day_month_swapped':
      return { ...v, m: v.d, d: v.m };
    case 'dob.year': {
      const y = v.y + shift();
      return v.precision === 'day' && !validDay(y, v.m, v.d) ? null : { ...v, y };
    }
    case 'dob.date': {
      if (rng.chance(0.5)) {
        const d = v.d + rng.between(1, 9) * (rng.chance(0.5) ? 1 : -1);
        return validDay(v.y, v.m, d) ? { ...v, d } : null;
      }
      const m = v.m + (rng.chance(0.5) ? 1 : -1);
      return validDay(v.y, m, v.d) ? { ...v, m } : null;
    }
    case 'dob.partial':
      return rng.chance(0.6) ? { y: v.y, m: 0, d: 0, precision: 'year' } : { y: v.y, m: v.m, d: 0, precision: 'month' };
    case 'dob.placeholder':
      return { y: v.y, m: 1, d: 1, precision: 'day' };
    default: {
      const y = v.y + shift();
      const m = rng.between(1, 12);
      const d = rng.between(1, 28);
      return { y, m, d, precision: 'day' };
    }
  }
}

/** A commune in another district and another 2025 unit, so the difference survives every naming. */
function otherCommune(rng: Rng, current: Place): Place {
  const here = current.kind === 'commune' ? commune(current.code) : undefined;
  const choices = communeProfiles().filter((c) => !here || (c.districtCode !== here.districtCode && c.code2025 !== here.code2025));
  return communePlace(rng.pick(choices).code);
}

function applyPid(ctx: Context, code: ErrorCode, r: RegRecord, s: Slot, state: PopulationState): boolean {
  const { rng, usedPids } = ctx;
  const p = s.person;
  const reg = registryStated(r, s);
  const year = reg.dob?.y;
  if (code === 'pid.invalid') {
    const pid = p.pid;
    const u = rng.next();
    const bad = u < 0.35 ? pid.slice(0, 11) : u < 0.55 ? pid + String(rng.int(10)) : u < 0.8 ? pid.replace('0', 'O') : pid.slice(0, 6) + 'l' + pid.slice(7);
    if (classifyPid(bad, p.pid, reg.sex, year).join() !== 'pid.invalid') return false;
    writableOverride(s).pid = bad;
    return true;
  }
  if (code === 'pid.mismatch') {
    const relatives = [p.twin, p.mother, p.father, p.spouse].filter((x): x is Person => !!x && x.pid !== p.pid);
    let pid: string;
    if (relatives.length > 0 && rng.chance(0.3)) pid = rng.pick(relatives).pid; // a relative's number copied into the field
    else {
      do pid = p.pid.slice(0, 6) + String(rng.int(1_000_000)).padStart(6, '0');
      while (usedPids.has(pid));
      usedPids.add(pid);
    }
    if (!classifyPid(pid, p.pid, reg.sex, year).includes('pid.mismatch')) return false;
    writableOverride(s).pid = pid;
    return true;
  }
  // pid.inconsistent: the number itself was issued with wrong digits; both extracts carry it.
  const g = Number(p.pid[3]);
  let pid: string;
  if (rng.chance(0.5)) pid = p.pid.slice(0, 3) + String(g ^ 1) + p.pid.slice(4);
  else pid = makePid(p.pid.slice(0, 3), p.sex, p.birthYear + (rng.chance(0.5) ? 1 : -1), Number(p.pid.slice(6)));
  if (usedPids.has(pid)) return false;
  if (classifyPid(pid, pid, reg.sex, year).join() !== 'pid.inconsistent') return false;
  usedPids.add(pid);
  p.pid = pid;
  return true;
}
