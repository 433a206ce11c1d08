import type { Place } from './places.js';
import type { Person } from './person.js';
import type { Name, Sex } from './names.js';
import { PERSON_FIELDS, ROLES_BY_EVENT, type EventType, type PersonField, type Role } from '../vn/headers.js';

/** The event types in the order the extract lists them (births first, as the plan sorted them). */
export const EVENT_ORDER: readonly EventType[] = ['birth', 'death', 'marriage', 'marital_status', 'parent_recognition', 'guardianship', 'adoption'];
export { ROLES_BY_EVENT, PERSON_FIELDS, type EventType, type Role, type PersonField };

/**
 * Which fields the form of an event type carries for a role (what a clerk could fill in).
 *
 * @example
 * formFields('birth', 'father').has('birth_year'); // true
 */
export function formFields(type: EventType, role: Role): ReadonlySet<PersonField> {
  return FORMS_BY_TYPE[type][role] ?? NO_FIELDS;
}
const f = (...fields: PersonField[]): ReadonlySet<PersonField> => new Set(fields);
const FORMS: Record<string, ReadonlySet<PersonField>> = {
  'birth/child': f('pid', 'full_name', 'sex', 'dob', 'birthplace', 'hometown', 'ethnicity', 'nationality', 'residence'),
  'birth/father': f('pid', 'full_name', 'birth_year', 'ethnicity', 'nationality', 'residence'),
  'birth/mother': f('pid', 'full_name', 'birth_year', 'ethnicity', 'nationality', 'residence'),
  'death/deceased': f('pid', 'full_name', 'sex', 'dob', 'ethnicity', 'nationality', 'residence'),
  'marriage/husband': f('pid', 'full_name', 'dob', 'ethnicity', 'nationality', 'residence'),
  'marriage/wife': f('pid', 'full_name', 'dob', 'ethnicity', 'nationality', 'residence'),
  'marital_status/person': f('pid', 'full_name', 'sex', 'dob', 'ethnicity', 'nationality', 'residence'),
  'parent_recognition/parent': f('pid', 'full_name', 'sex', 'dob', 'ethnicity', 'nationality', 'residence'),
  'parent_recognition/child': f('pid', 'full_name', 'dob', 'ethnicity', 'nationality', 'residence'),
  'guardianship/guardian': f('pid', 'full_name', 'dob', 'ethnicity', 'nationality', 'residence'),
  'guardianship/ward': f('pid', 'full_name', 'sex', 'dob', 'birthplace', 'ethnicity', 'nationality', 'residence'),
  'adoption/adopter': f('pid', 'full_name', 'dob', 'ethnicity', 'nationality', 'residence'),
  'adoption/adoptee': f('pid', 'full_name', 'sex', 'dob', 'birthplace', 'ethnicity', 'nationality', 'residence'),
};
const NO_FIELDS: ReadonlySet<PersonField> = new Set();
const FORMS_BY_TYPE = {} as Record<EventType, Partial<Record<Role, ReadonlySet<PersonField>>>>;
for (const [key, fields] of Object.entries(FORMS)) {
  const [type, role] = key.split('/') as [EventType, Role];
  (FORMS_BY_TYPE[type] ??= {})[role] = fields;
}

/** A date of birth with its precision, as one extract states it. */
export interface DobValue {
  y: number;
  m: number; // 0 when unknown
  d: number; // 0 when unknown
  precision: 'day' | 'month' | 'year';
}

/** The values of one person as one extract states them (before harmless variants are applied). */
export interface StatedPerson {
  name: Name | null;
  sex: Sex | '';
  dob: DobValue | null;
  birthplace: Place | null;
  hometown: Place | null;
  ethnicity: string;
  nationality: string;
  pid: string;
}

/** One person in one registration. */
export interface Slot {
  role: Role;
  person: Person;
  /** The registry shows the person's pid. */
  showPid: boolean;
  /** The registry writes the date of birth as year only in the dob column (old death books, re-registrations). */
  dobYearOnly: boolean;
  /** A damaged entry: neither name nor pid legible. */
  unusable: boolean;
  /** Error codes injected on the registry side of this slot, by field group (allocated when needed). */
  injected?: Map<string, string>;
  /** Values the registry states instead of the person's true ones (a shared empty object until written). */
  override: Readonly<Partial<StatedPerson>>;
  /** Harmless variants applied to this slot (allocated when needed). */
  variants?: Set<string>;
}

const NO_OVERRIDE: Readonly<Partial<StatedPerson>> = Object.freeze({});

/**
 * The slot's overrides, writable (most slots never get one, so they share one empty object).
 *
 * @example
 * writableOverride(slot).sex = 'F';
 */
export function writableOverride(slot: Slot): Partial<StatedPerson> {
  if (slot.override === NO_OVERRIDE) slot.override = {};
  return slot.override as Partial<StatedPerson>;
}

/**
 * Records an injected code on the registry side of a slot.
 *
 * @example
 * markInjected(slot, 'name', 'name.spelling');
 */
export function markInjected(slot: Slot, group: string, code: string): void {
  (slot.injected ??= new Map()).set(group, code);
}

/**
 * Records a harmless variant applied to a slot.
 *
 * @example
 * addVariant(slot, 'case');
 */
export function addVariant(slot: Slot, kind: string): void {
  (slot.variants ??= new Set()).add(kind);
}

/** Kinds of registration: on time, late (quá hạn), or re-registration (đăng ký lại) years later. */
export type RegistrationKind = 'on_time' | 'late' | 're_registration';

/** One registration of the registry extract. */
export interface RegRecord {
  type: EventType;
  day: number;
  /** 2023 code of the registering commune, or 3-digit district code. */
  authority: string;
  kind: RegistrationKind;
  slots: Slot[];
  deathDay?: number;
  deathPlace?: Place;
  maritalStatus?: string;
  /** The other registration of the same birth. */
  duplicateOf?: RegRecord;
  recordId: string;
  bookNo: string;
  registrationNo: string;
  /** Record-wide harmless variants: NFD text of the whole row, short dates. */
  nfd: boolean;
  shortDates: boolean;
}

/**
 * A new slot for a person in a role.
 *
 * @example
 * record.slots.push(newSlot('child', child, true));
 */
export function newSlot(role: Role, person: Person, showPid: boolean): Slot {
  return { role, person, showPid, dobYearOnly: false, unusable: false, override: NO_OVERRIDE };
}

/**
 * A new registration (ids and numbers are assigned once all registrations exist).
 *
 * @example
 * newRecord('death', day, '31825', 'on_time', [newSlot('deceased', p, false)]);
 */
export function newRecord(type: EventType, day: number, authority: string, kind: RegistrationKind, slots: Slot[]): RegRecord {
  return { type, day, authority, kind, slots, recordId: '', bookNo: '', registrationNo: '', nfd: false, shortDates: false };
}
