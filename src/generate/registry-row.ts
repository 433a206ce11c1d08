import { PERSON_FIELDS, REGISTRY_COLUMNS, ROLES, VIETNAMESE_EVENT_TYPES } from '../vn/headers.js';
import { civil, formatDay, formatDmy, formatDmyShort } from './dates.js';
import { fullName } from './names.js';
import { placeText, type Place } from './places.js';
import { communePlace } from './person.js';
import { addVariant, type DobValue, type RegRecord, type Slot } from './records.js';
import type { Rng } from './rng.js';
import { registryStated } from './stated.js';
import { communeAt } from './units.js';
import { REGISTRY_NAME_VARIANTS, varyName, type VariantKind } from './variants.js';

const INDEX = new Map(REGISTRY_COLUMNS.map((c, i) => [c, i]));
const col = (name: string): number => INDEX.get(name)!;
/** Column index of each person field, by role (no string building per row). */
const ROLE_COLUMNS = new Map(
  ROLES.map((role) => [role as string, Object.fromEntries(PERSON_FIELDS.map((f) => [f, col(`${role}_${f}`)])) as Record<(typeof PERSON_FIELDS)[number], number>]),
);
const C = {
  record_id: col('record_id'), event_type: col('event_type'), authority_code: col('authority_code'), book_no: col('book_no'),
  registration_no: col('registration_no'), registered_on: col('registered_on'), death_date: col('death_date'), death_place: col('death_place'),
  marital_status: col('marital_status'),
};

/** How registry rows are written. */
export interface RegistryStyle {
  vietnameseEventNames: boolean;
  /** Variants a legacy encoding cannot carry (NFD, "Ð") are not applied. */
  allowVariant: (kind: VariantKind) => boolean;
}

/**
 * A date of birth as the registry writes it.
 *
 * @example
 * formatDob({ y: 1990, m: 3, d: 0, precision: 'month' }, false); // '03/1990'
 */
export function formatDob(v: DobValue, short: boolean): string {
  if (v.precision === 'year') return String(v.y);
  if (v.precision === 'month') return `${String(v.m).padStart(2, '0')}/${v.y}`;
  return short ? formatDmyShort(v.y, v.m, v.d) : formatDmy(v.y, v.m, v.d);
}

function placeField(place: Place | null, day: number, slot: Slot): string {
  if (!place) return '';
  const text = placeText(place, day, 'dated');
  if (place.kind === 'commune' && text !== placeText(place, day, 'current')) addVariant(slot, 'unit_historic');
  return text;
}

/**
 * The fields of one registration in the column order of `REGISTRY_COLUMNS` (the union layout).
 * Harmless variants applied to a slot are recorded in `slot.variants`.
 *
 * @example
 * const fields = registryFields(rng, record, style); // fields[0] === record.recordId
 */
export function registryFields(rng: Rng, r: RegRecord, style: RegistryStyle): string[] {
  const out = new Array<string>(REGISTRY_COLUMNS.length).fill('');
  const short = r.shortDates;
  const [y, m, d] = civil(r.day);
  out[C.record_id] = r.recordId;
  out[C.event_type] = style.vietnameseEventNames ? VIETNAMESE_EVENT_TYPES[r.type] : r.type;
  out[C.authority_code] = r.authority;
  out[C.book_no] = r.bookNo;
  out[C.registration_no] = r.registrationNo;
  out[C.registered_on] = short ? formatDmyShort(y, m, d) : formatDmy(y, m, d);
  if (r.deathDay !== undefined) {
    const [dy, dm, dd] = civil(r.deathDay);
    out[C.death_date] = short ? formatDmyShort(dy, dm, dd) : formatDay(r.deathDay);
  }
  if (r.deathPlace) out[C.death_place] = placeText(r.deathPlace, r.deathDay ?? r.day, 'dated');
  if (r.maritalStatus) out[C.marital_status] = r.maritalStatus;
  for (const s of r.slots) {
    const st = registryStated(r, s);
    const at = ROLE_COLUMNS.get(s.role)!;
    if (st.pid) out[at.pid] = st.pid;
    if (st.name) out[at.full_name] = varyName(rng, fullName(st.name), REGISTRY_NAME_VARIANTS, style.allowVariant, (k) => addVariant(s, k));
    if (st.sex) out[at.sex] = st.sex === 'M' ? 'Nam' : 'Nữ';
    if (st.dob) {
      if (st.dobFromYearColumn) out[at.birth_year] = String(st.dob.y);
      else out[at.dob] = formatDob(st.dob, short);
      if (short && !st.dobFromYearColumn && st.dob.precision === 'day') addVariant(s, 'date_format');
    }
    out[at.birthplace] = placeField(st.birthplace, r.day, s);
    out[at.hometown] = placeField(st.hometown, r.day, s);
    out[at.ethnicity] = st.ethnicity;
    out[at.nationality] = st.nationality;
    const residence = r.type === 'birth' && r.authority.length === 5 ? r.authority : communeAt(s.person.residence, r.day);
    out[at.residence] = placeText(communePlace(residence), r.day, 'dated');
  }
  if (r.nfd && style.allowVariant('nfd')) {
    for (let i = 0; i < out.length; i++) if (out[i] !== '') out[i] = out[i].normalize('NFD');
    for (const s of r.slots) addVariant(s, 'nfd');
  }
  return out;
}
