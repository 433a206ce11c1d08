import { canonicalEthnicity, canonicalNationality } from '../vn/index.js';
import { classifyDob, classifyName, classifyPid, pidConflict, registryLacksPid } from './classify.js';
import { fullName } from './names.js';
import { samePlace } from './places.js';
import type { Person } from './person.js';
import { formFields, type RegRecord, type Slot } from './records.js';
import { registryStated, type PopulationState } from './stated.js';

/** What a perfect engine concludes for one person-in-registration. */
export interface Expected {
  outcome: 'consistent' | 'discrepant' | 'not_found' | 'invalid';
  errors: string[];
  pidAction: '' | 'assign' | 'conflict';
  variants: string[];
}

// Hot paths avoid local named closures: tsx (keepNames) wraps each one in a call at every creation.

function nameInRecord(r: RegRecord, x: Slot | undefined): string | undefined {
  if (!x || x.unusable) return undefined;
  const st = registryStated(r, x);
  return st.name ? fullName(st.name) : undefined;
}

function slotOf(r: RegRecord, role: string): Slot | undefined {
  for (const x of r.slots) if (x.role === role) return x;
  return undefined;
}

const NO_RELATIVES = {};

/** The registry name of the record's relative that the population's father/mother/spouse field is compared with. */
function relativeNames(r: RegRecord, s: Slot): { father?: string; mother?: string; spouse?: string } {
  if (r.type === 'birth' && s.role === 'child') return { father: nameInRecord(r, slotOf(r, 'father')), mother: nameInRecord(r, slotOf(r, 'mother')) };
  const parentRole = r.type === 'parent_recognition' && s.role === 'child' ? 'parent' : r.type === 'adoption' && s.role === 'adoptee' ? 'adopter' : '';
  if (parentRole) {
    const parent = slotOf(r, parentRole);
    const name = nameInRecord(r, parent);
    return parent?.person.sex === 'M' ? { father: name } : { mother: name };
  }
  if (s.role === 'husband' || s.role === 'wife') return { spouse: nameInRecord(r, r.slots[0] === s ? r.slots[1] : r.slots[0]) };
  return NO_RELATIVES;
}

const differs = (registry: string | undefined, population: string): boolean =>
  !!registry && population !== '' && registry !== population && classifyName(registry, population) !== null;

/**
 * The expected outcome, error codes (sorted), pid action and harmless variants of a slot, from the two
 * extracts as written: only fields present on both sides are compared.
 *
 * @example
 * const e = expectedFor(record, slot, states.get(slot.person));
 * e.outcome; // 'consistent' | 'discrepant' | 'not_found' | 'invalid'
 */
export function expectedFor(r: RegRecord, s: Slot, state: PopulationState | undefined): Expected {
  const own = s.variants ? [...s.variants].sort() : [];
  if (s.unusable) return { outcome: 'invalid', errors: [], pidAction: '', variants: own };
  if (!state) return { outcome: 'not_found', errors: [], pidAction: '', variants: own };
  const p: Person = s.person;
  const reg = registryStated(r, s);
  const errors: string[] = [];
  const nameCode = reg.name && reg.name !== state.name ? classifyName(fullName(reg.name), fullName(state.name)) : null;
  if (nameCode) errors.push(nameCode);
  const dobCode = classifyDob(reg.dob, reg.dobFromYearColumn, state.dob);
  if (dobCode) errors.push(dobCode);
  if (reg.sex && reg.sex !== state.sex) errors.push('sex');
  if (reg.ethnicity && reg.ethnicity !== state.ethnicity && canonicalEthnicity(reg.ethnicity) !== canonicalEthnicity(state.ethnicity)) errors.push('ethnicity');
  if (reg.nationality && reg.nationality !== state.nationality && canonicalNationality(reg.nationality) !== canonicalNationality(state.nationality)) errors.push('nationality');
  if (reg.birthplace && !samePlace(reg.birthplace, state.birthplace, state.birthplace2025)) errors.push('birthplace');
  if (reg.hometown && !samePlace(reg.hometown, state.hometown, state.hometown2025)) errors.push('hometown');
  const rel = relativeNames(r, s);
  if (differs(rel.father, state.fatherName)) errors.push('father_name');
  if (differs(rel.mother, state.motherName)) errors.push('mother_name');
  if (differs(rel.spouse, state.spouseName)) errors.push('spouse_name');
  if (reg.pid) errors.push(...classifyPid(reg.pid, p.pid, reg.sex, reg.dob?.y));
  if (s.role === 'deceased' && state.deathDay < 0) errors.push('death.not_recorded');
  if ((s.role === 'husband' || s.role === 'wife') && state.maritalStatus !== 'Đã kết hôn') errors.push('marital_status.not_recorded');
  errors.sort();
  const pidAction = registryLacksPid(reg.pid) ? 'assign' : pidConflict(reg.pid, p.pid) ? 'conflict' : '';
  if (!state.variants) return { outcome: errors.length > 0 ? 'discrepant' : 'consistent', errors, pidAction, variants: own };
  const variants = new Set(own);
  const form = formFields(r.type, s.role);
  for (const v of state.variants) {
    if (v.startsWith('unit_2025:')) {
      if (form.has(v.slice(10) as 'birthplace' | 'hometown')) variants.add('unit_2025');
    } else variants.add(v);
  }
  return { outcome: errors.length > 0 ? 'discrepant' : 'consistent', errors, pidAction, variants: [...variants].sort() };
}
