/**
 * Canonical column names of the two input extracts and their Vietnamese headers.
 *
 * Registry person columns are `<role>_<field>` (e.g. `father_full_name`); their Vietnamese header is
 * `"<field label> (<role label>)"` (e.g. "Họ và tên (Cha)"). Reading accepts every listed variant of a
 * label, in any case, with or without diacritics, NFC or NFD, and also "<field> <role>" and
 * "<role>: <field>". The first label of each list is the one used when writing files.
 */

export const EVENT_TYPES = ['birth', 'death', 'parent_recognition', 'guardianship', 'marriage', 'adoption', 'marital_status'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ROLES = ['child', 'father', 'mother', 'deceased', 'husband', 'wife', 'parent', 'guardian', 'ward', 'adopter', 'adoptee', 'person'] as const;
export type Role = (typeof ROLES)[number];

/** The persons of each event type, in the order they are listed in a record. */
export const ROLES_BY_EVENT: Readonly<Record<EventType, readonly Role[]>> = {
  birth: ['child', 'father', 'mother'],
  death: ['deceased'],
  parent_recognition: ['parent', 'child'],
  guardianship: ['guardian', 'ward'],
  marriage: ['husband', 'wife'],
  adoption: ['adopter', 'adoptee'],
  marital_status: ['person'],
};

export const PERSON_FIELDS = ['pid', 'full_name', 'sex', 'dob', 'birth_year', 'birthplace', 'hometown', 'ethnicity', 'nationality', 'residence'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** Registration-level columns of the registry extract (death and marital-status fields included). */
export const REGISTRATION_COLUMNS = [
  'record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on', 'death_date', 'death_place', 'marital_status',
] as const;

/** Every canonical column of a registry extract: registration columns, then each role's person fields. */
export const REGISTRY_COLUMNS: readonly string[] = [...REGISTRATION_COLUMNS, ...ROLES.flatMap((role) => PERSON_FIELDS.map((field) => `${role}_${field}`))];

export const POPULATION_COLUMNS = [
  'pid', 'full_name', 'other_name', 'sex', 'dob', 'birthplace', 'birth_registration_place', 'hometown', 'ethnicity', 'religion',
  'nationality', 'permanent_residence_code', 'current_residence_code', 'marital_status', 'spouse_name', 'spouse_pid',
  'father_name', 'father_pid', 'mother_name', 'mother_pid', 'death_date',
] as const;

export type ExtractKind = 'registry' | 'population';

const FIELD_LABELS: Record<PersonField, string[]> = {
  pid: ['Số định danh cá nhân', 'Số định danh', 'Mã định danh cá nhân', 'Mã định danh', 'Số ĐDCN', 'Số CCCD', 'CCCD', 'Số CMND', 'CMND', 'Số CMND/CCCD'],
  full_name: ['Họ và tên', 'Họ tên', 'Họ, chữ đệm và tên', 'Họ, chữ đệm, tên', 'Họ chữ đệm tên', 'Họ và tên khai sinh'],
  sex: ['Giới tính'],
  dob: ['Ngày sinh', 'Ngày, tháng, năm sinh', 'Ngày tháng năm sinh'],
  birth_year: ['Năm sinh'],
  birthplace: ['Nơi sinh'],
  hometown: ['Quê quán'],
  ethnicity: ['Dân tộc'],
  nationality: ['Quốc tịch'],
  residence: ['Nơi cư trú', 'Nơi thường trú', 'Địa chỉ', 'Địa chỉ thường trú', 'Nơi cư trú cuối cùng'],
};

const ROLE_LABELS: Record<Role, string[]> = {
  child: ['Con', 'Trẻ', 'Trẻ em', 'Người được khai sinh', 'Người được nhận', 'Con được nhận'],
  father: ['Cha', 'Bố'],
  mother: ['Mẹ'],
  deceased: ['Người chết', 'Người mất', 'Người đã chết'],
  husband: ['Chồng', 'Bên nam'],
  wife: ['Vợ', 'Bên nữ'],
  parent: ['Người nhận', 'Cha, mẹ', 'Cha/mẹ', 'Người nhận cha, mẹ, con'],
  guardian: ['Người giám hộ'],
  ward: ['Người được giám hộ'],
  adopter: ['Người nhận nuôi', 'Cha mẹ nuôi', 'Cha mẹ nuôi/Người nhận nuôi', 'Cha nuôi', 'Mẹ nuôi', 'Người nhận con nuôi'],
  adoptee: ['Con nuôi', 'Người được nhận nuôi', 'Người được nhận làm con nuôi'],
  person: ['Người được xác nhận', 'Người yêu cầu', 'Người yêu cầu xác nhận'],
};

/** Registration columns' labels; death and marital-status fields may also carry their role ("Ngày chết (Người chết)"). */
const REGISTRATION_LABELS: Record<(typeof REGISTRATION_COLUMNS)[number], string[]> = {
  record_id: ['Mã hồ sơ', 'Mã bản ghi', 'Mã số hồ sơ', 'Mã định danh hồ sơ'],
  event_type: ['Loại việc', 'Loại việc hộ tịch', 'Loại sự kiện', 'Loại sự kiện hộ tịch'],
  authority_code: ['Mã cơ quan đăng ký', 'Mã nơi đăng ký', 'Mã cơ quan', 'Mã đơn vị đăng ký'],
  book_no: ['Quyển số', 'Số quyển'],
  registration_no: ['Số đăng ký', 'Số'],
  registered_on: ['Ngày đăng ký', 'Ngày, tháng, năm đăng ký', 'Ngày tháng năm đăng ký'],
  death_date: ['Ngày chết', 'Ngày mất', 'Ngày tử vong', 'Ngày, tháng, năm chết', 'Ngày tháng năm chết'],
  death_place: ['Nơi chết', 'Nơi mất', 'Nơi tử vong'],
  marital_status: ['Tình trạng hôn nhân'],
};

const POPULATION_LABELS: Record<(typeof POPULATION_COLUMNS)[number], string[]> = {
  pid: FIELD_LABELS.pid,
  full_name: FIELD_LABELS.full_name,
  other_name: ['Tên gọi khác', 'Tên khác'],
  sex: FIELD_LABELS.sex,
  dob: FIELD_LABELS.dob,
  birthplace: FIELD_LABELS.birthplace,
  birth_registration_place: ['Nơi đăng ký khai sinh'],
  hometown: FIELD_LABELS.hometown,
  ethnicity: FIELD_LABELS.ethnicity,
  religion: ['Tôn giáo'],
  nationality: FIELD_LABELS.nationality,
  permanent_residence_code: ['Mã nơi thường trú', 'Nơi thường trú'],
  current_residence_code: ['Mã nơi ở hiện tại', 'Nơi ở hiện tại'],
  marital_status: REGISTRATION_LABELS.marital_status,
  spouse_name: ['Họ và tên (Vợ/Chồng)', 'Họ tên vợ/chồng', 'Họ và tên vợ, chồng'],
  spouse_pid: ['Số định danh cá nhân (Vợ/Chồng)', 'Số định danh vợ/chồng'],
  father_name: ['Họ và tên (Cha)', 'Họ tên cha'],
  father_pid: ['Số định danh cá nhân (Cha)', 'Số định danh cha'],
  mother_name: ['Họ và tên (Mẹ)', 'Họ tên mẹ'],
  mother_pid: ['Số định danh cá nhân (Mẹ)', 'Số định danh mẹ'],
  death_date: REGISTRATION_LABELS.death_date,
};

const EVENT_TYPE_LABELS: Record<EventType, string[]> = {
  birth: ['Khai sinh', 'Đăng ký khai sinh'],
  death: ['Khai tử', 'Đăng ký khai tử'],
  parent_recognition: ['Nhận cha, mẹ, con', 'Đăng ký nhận cha, mẹ, con', 'Nhận cha mẹ con'],
  guardianship: ['Giám hộ', 'Đăng ký giám hộ'],
  marriage: ['Kết hôn', 'Đăng ký kết hôn'],
  adoption: ['Nuôi con nuôi', 'Đăng ký nuôi con nuôi', 'Nhận nuôi con nuôi', 'Đăng ký nhận nuôi con nuôi'],
  marital_status: ['Xác nhận tình trạng hôn nhân', 'Đăng ký xác nhận tình trạng hôn nhân'],
};

/**
 * The key two headers are compared on: no diacritics (NFC or NFD), đ -> d (and the look-alike Ð),
 * lower case, punctuation as spaces, single spaces.
 *
 * @example
 * headerKey('Họ, chữ đệm và TÊN') // 'ho chu dem va ten'
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function keyMap<K extends string>(labels: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, list] of Object.entries(labels) as [K, string[]][]) {
    map.set(headerKey(key.replace(/_/g, ' ')), key);
    for (const label of list) map.set(headerKey(label), key);
  }
  return map;
}

const FIELD_KEYS = keyMap(FIELD_LABELS);
const ROLE_KEYS = keyMap(ROLE_LABELS);
const REGISTRATION_KEYS = keyMap(REGISTRATION_LABELS);
const POPULATION_KEYS = keyMap(POPULATION_LABELS);
const EVENT_KEYS = keyMap(EVENT_TYPE_LABELS);
const ROLE_FIELD_KEYS = new Map<string, string>([...FIELD_KEYS, ...REGISTRATION_KEYS].map(([k, v]) => [k, v]));

/** The registration columns that belong to one role, so "Ngày chết (Người chết)" is `death_date`. */
const ROLE_REGISTRATION_FIELDS: Record<string, Role> = { death_date: 'deceased', death_place: 'deceased', marital_status: 'person' };
/** Population columns written with a relative's role: "Họ và tên (Cha)" is `father_name`. */
const POPULATION_RELATIVES: Record<string, string> = { father: 'father', mother: 'mother', husband: 'spouse', wife: 'spouse' };

/**
 * The person a bare field header ("Họ và tên", no role) describes in a file of one event type: the
 * registered person; marriage records have two, so bare fields stay unrecognised there.
 */
export const MAIN_ROLE: Readonly<Record<EventType, Role | undefined>> = {
  birth: 'child', death: 'deceased', parent_recognition: 'child', guardianship: 'ward', marriage: undefined, adoption: 'adoptee', marital_status: 'person',
};

/** How a header was recognised: as a canonical name, or through a Vietnamese label. */
export interface RecognisedHeader {
  column: string;
  style: 'canonical' | 'vietnamese';
}

/**
 * The canonical column a header names in an extract of `kind`, or undefined when it is not one we know.
 *
 * @example
 * recogniseHeader('Họ và tên (Cha)', 'registry')   // { column: 'father_full_name', style: 'vietnamese' }
 * recogniseHeader('HO TEN CON NUOI', 'registry')   // { column: 'adoptee_full_name', style: 'vietnamese' }
 * recogniseHeader('Ngày sinh (Mẹ)', 'population')  // undefined: the population extract has no mother's dob
 * recogniseHeader('child_dob', 'registry')          // { column: 'child_dob', style: 'canonical' }
 * recogniseHeader('Họ và tên', 'registry', { defaultRole: 'deceased' }) // { column: 'deceased_full_name', ... }
 */
export function recogniseHeader(header: string, kind: ExtractKind, options: { defaultRole?: Role } = {}): RecognisedHeader | undefined {
  const trimmed = header.trim();
  const canonical = kind === 'registry' ? REGISTRY_CANONICAL : POPULATION_CANONICAL;
  const lower = trimmed.toLowerCase();
  if (canonical.has(lower)) return { column: lower, style: 'canonical' };
  if (kind === 'registry' && lower in REGISTRY_ALIASES) return { column: REGISTRY_ALIASES[lower], style: 'canonical' };
  if (kind === 'registry' && options.defaultRole && (PERSON_FIELDS as readonly string[]).includes(lower)) {
    return { column: `${options.defaultRole}_${lower}`, style: 'canonical' };
  }
  const column = kind === 'registry' ? registryColumn(trimmed, options.defaultRole) : populationColumn(trimmed);
  return column ? { column, style: 'vietnamese' } : undefined;
}

const REGISTRY_CANONICAL = new Set(REGISTRY_COLUMNS);
const POPULATION_CANONICAL = new Set<string>(POPULATION_COLUMNS);
const REGISTRY_ALIASES: Record<string, string> = { deceased_death_date: 'death_date', deceased_death_place: 'death_place', person_marital_status: 'marital_status' };

function registryColumn(header: string, defaultRole?: Role): string | undefined {
  const whole = headerKey(header);
  const registration = REGISTRATION_KEYS.get(whole);
  if (registration) return registration;
  const bareField = FIELD_KEYS.get(whole);
  if (bareField) return defaultRole ? `${defaultRole}_${bareField}` : undefined;
  const split = splitRoleField(header);
  if (!split) return undefined;
  const { role, field } = split;
  if (field in ROLE_REGISTRATION_FIELDS) return ROLE_REGISTRATION_FIELDS[field] === role ? field : undefined;
  if ((REGISTRATION_COLUMNS as readonly string[]).includes(field)) return undefined;
  return `${role}_${field}`;
}

function populationColumn(header: string): string | undefined {
  const whole = POPULATION_KEYS.get(headerKey(header));
  if (whole) return whole;
  const split = splitRoleField(header, true);
  if (!split) return undefined;
  const relative = POPULATION_RELATIVES[split.role] ?? (split.role === 'spouse' ? 'spouse' : undefined);
  if (!relative) return undefined;
  if (split.field === 'full_name') return `${relative}_name`;
  if (split.field === 'pid') return `${relative}_pid`;
  return undefined;
}

/** Splits "<field> (<role>)", "<role>: <field>" or "<field> <role>" into its parts. */
function splitRoleField(header: string, spouse = false): { role: string; field: string } | undefined {
  const roleOf = (text: string): string | undefined => {
    const key = headerKey(text);
    if (spouse && (key === 'vo chong' || key === 'chong vo' || key === 'vo hoac chong')) return 'spouse';
    return ROLE_KEYS.get(key);
  };
  const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(header);
  if (paren) {
    const role = roleOf(paren[2]);
    const field = ROLE_FIELD_KEYS.get(headerKey(paren[1]));
    return role && field ? { role, field } : undefined;
  }
  const colon = /^([^:]*):(.*)$/.exec(header);
  if (colon) {
    const role = roleOf(colon[1]);
    const field = ROLE_FIELD_KEYS.get(headerKey(colon[2]));
    return role && field ? { role, field } : undefined;
  }
  const words = headerKey(header).split(' ');
  for (let cut = words.length - 1; cut > 0; cut--) {
    const field = ROLE_FIELD_KEYS.get(words.slice(0, cut).join(' '));
    const role = field && roleOf(words.slice(cut).join(' '));
    if (field && role) return { role, field };
  }
  return undefined;
}

/**
 * The Vietnamese header to write for a canonical column (the first label of each list).
 *
 * @example
 * vietnameseHeader('father_full_name')            // 'Họ và tên (Cha)'
 * vietnameseHeader('deceased_pid')                // 'Số định danh cá nhân (Người chết)'
 * vietnameseHeader('registration_no')             // 'Số đăng ký'
 * vietnameseHeader('mother_name', 'population')   // 'Họ và tên (Mẹ)'
 */
export function vietnameseHeader(column: string, kind: ExtractKind = 'registry'): string {
  if (kind === 'population') {
    const labels = (POPULATION_LABELS as Record<string, string[]>)[column];
    if (!labels) throw new Error(`not a population column: ${column}`);
    return labels[0];
  }
  const registration = (REGISTRATION_LABELS as Record<string, string[]>)[column];
  if (registration) return registration[0];
  const role = ROLES.find((r) => column.startsWith(`${r}_`) && (PERSON_FIELDS as readonly string[]).includes(column.slice(r.length + 1)));
  if (!role) throw new Error(`not a registry column: ${column}`);
  return `${FIELD_LABELS[column.slice(role.length + 1) as PersonField][0]} (${ROLE_LABELS[role][0]})`;
}

/** Canonical registry column -> the Vietnamese header doichieu writes (and reads). */
export const VIETNAMESE_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(REGISTRY_COLUMNS.map((c) => [c, vietnameseHeader(c)]));

/** Canonical population column -> the Vietnamese header doichieu writes (and reads). */
export const VIETNAMESE_POPULATION_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  POPULATION_COLUMNS.map((c) => [c, vietnameseHeader(c, 'population')]),
);

/** Vietnamese name of each event type (as written in files). */
export const VIETNAMESE_EVENT_TYPES: Readonly<Record<EventType, string>> = Object.fromEntries(
  EVENT_TYPES.map((t) => [t, EVENT_TYPE_LABELS[t][0]]),
) as Record<EventType, string>;

/**
 * The event type a cell value names: a canonical key or a Vietnamese name, any case or accents.
 *
 * @example
 * eventTypeOf('Đăng ký khai sinh')   // 'birth'
 * eventTypeOf('NHAN CHA, ME, CON')   // 'parent_recognition'
 * eventTypeOf('marital status')      // 'marital_status'
 * eventTypeOf('ly hôn')              // undefined
 */
export function eventTypeOf(value: string): EventType | undefined {
  return EVENT_KEYS.get(headerKey(value));
}
