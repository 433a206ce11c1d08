import { REGISTRY_COLUMNS, VIETNAMESE_EVENT_TYPES } from '../vn/headers.js';
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
  out[col('record_id')] = r.recordId;
  out[col('event_type')] = style.vietnameseEventNames ? VIETNAMESE_EVENT_TYPES[r.type] : r.type;
  out[col('authority_code')] = r.authority;
  out[col('book_no')] = r.bookNo;
  out[col('registration_no')] = r.registrationNo;
  out[col('registered_on')] = short ? formatDmyShort(y, m, d) : formatDmy(y, m, d);
  if (r.deathDay !== undefined) {
    const [dy, dm, dd] = civil(r.deathDay);
    out[col('death_date')] = short ? formatDmyShort(dy, dm, dd) : formatDay(r.deathDay);
  }
  if (r.deathPlace) out[col('death_place')] = placeText(r.deathPlace, r.deathDay ?? r.day, 'dated');
  if (r.maritalStatus) out[col('marital_status')] = r.maritalStatus;
  for (const s of r.slots) {
    const st = registryStated(r, s);
    const base = `${s.role}_`;
    if (st.pid) out[col(base + 'pid')] = st.pid;
    if (st.name) out[col(base + 'full_name')] = varyName(rng, fullName(st.name), REGISTRY_NAME_VARIANTS, style.allowVariant, (k) => addVariant(s, k));
    if (st.sex) out[col(base + 'sex')] = st.sex === 'M' ? 'Nam' : 'Nữ';
    if (st.dob) {
      if (st.dobFromYearColumn) out[col(base + 'birth_year')] = String(st.dob.y);
      else out[col(base + 'dob')] = formatDob(st.dob, short);
      if (short && !st.dobFromYearColumn && st.dob.precision === 'day') addVariant(s, 'date_format');
    }
    out[col(base + 'birthplace')] = placeField(st.birthplace, r.day, s);
    out[col(base + 'hometown')] = placeField(st.hometown, r.day, s);
    out[col(base + 'ethnicity')] = st.ethnicity;
    out[col(base + 'nationality')] = st.nationality;
    const residence = r.type === 'birth' && r.authority.length === 5 ? r.authority : communeAt(s.person.residence, r.day);
    out[col(base + 'residence')] = placeText(communePlace(residence), r.day, 'dated');
  }
  if (r.nfd && style.allowVariant('nfd')) {
    for (let i = 0; i < out.length; i++) if (out[i] !== '') out[i] = out[i].normalize('NFD');
    for (const s of r.slots) addVariant(s, 'nfd');
  }
  return out;
}
