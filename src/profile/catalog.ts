/**
 * What profile may look at, per source table: the fields (raw text beside its normalised value),
 * the issue columns ingest fills, and the dates that can be ordered. Rules in the campaign config
 * name fields from here; only these code-owned expressions ever reach SQL, so a config cannot
 * inject SQL, and a typo is refused with the list of valid names.
 */

/** The tables profile reads: persons and registrations within the scope, the population whole. */
export type ProfileSource = 'persons' | 'registrations' | 'population';
export const PROFILE_SOURCES: readonly ProfileSource[] = ['persons', 'registrations', 'population'];

/**
 * How a field's values may leave the database. `categorical`: a small closed set (sex, ethnicity,
 * codes) whose top values may be shown. `personal`: names, ID numbers, dates of birth: counts only.
 * `text`: free text such as places and addresses: counts and shapes only.
 */
export type FieldKind = 'categorical' | 'personal' | 'text';

export interface FieldDef {
  /** Raw text as read from the file: shapes, lengths, emptiness. */
  raw: string;
  /** Normalised value: null where the raw text could not be read (validity). */
  value: string;
  kind: FieldKind;
  /** Earliest and latest value reported; `year` for personal dates (only years leave the database). */
  range?: { expr: string; unit: 'date' | 'year' };
}

/** Fields of the registry persons (alias `p` in rule templates). */
export const PERSON_FIELDS: Record<string, FieldDef> = {
  pid: { raw: 'pid_raw', value: 'pid', kind: 'personal' },
  full_name: { raw: 'full_name_raw', value: 'full_name', kind: 'personal' },
  sex: { raw: 'sex_raw', value: 'sex', kind: 'categorical' },
  dob: { raw: 'dob_raw', value: 'dob_year', kind: 'personal', range: { expr: 'dob_year', unit: 'year' } },
  birthplace: { raw: 'birthplace_raw', value: 'birthplace_code', kind: 'text' },
  hometown: { raw: 'hometown_raw', value: 'hometown_code', kind: 'text' },
  ethnicity: { raw: 'ethnicity_raw', value: 'ethnicity', kind: 'categorical' },
  nationality: { raw: 'nationality_raw', value: 'nationality', kind: 'categorical' },
  residence: { raw: 'residence_raw', value: 'residence_code', kind: 'text' },
};

/** Fields of the registrations (alias `r`). `authority` is readable when it resolved to a district. */
export const REGISTRATION_FIELDS: Record<string, FieldDef> = {
  event_type: { raw: 'event_type', value: 'event_type', kind: 'categorical' },
  authority: { raw: 'authority_code', value: 'district_code', kind: 'categorical' },
  book_no: { raw: 'book_no', value: 'book_no', kind: 'categorical' },
  registration_no: { raw: 'registration_no', value: 'registration_no', kind: 'text' },
  registered_on: { raw: 'registered_on_raw', value: 'registered_on', kind: 'text', range: { expr: 'registered_on', unit: 'date' } },
  death_date: { raw: 'death_date_raw', value: 'death_date', kind: 'personal', range: { expr: 'year(death_date)', unit: 'year' } },
  death_place: { raw: 'death_place_raw', value: 'death_place_code', kind: 'text' },
  marital_status: { raw: 'marital_status_raw', value: 'marital_status', kind: 'categorical' },
};

/** Fields of the population extract (alias `pop`). */
export const POPULATION_FIELDS: Record<string, FieldDef> = {
  pid: { raw: 'pid_raw', value: 'pid', kind: 'personal' },
  full_name: { raw: 'full_name_raw', value: 'full_name', kind: 'personal' },
  other_name: { raw: 'other_name', value: 'other_name', kind: 'personal' },
  sex: { raw: 'sex_raw', value: 'sex', kind: 'categorical' },
  dob: { raw: 'dob_raw', value: 'dob_year', kind: 'personal', range: { expr: 'dob_year', unit: 'year' } },
  birthplace: { raw: 'birthplace_raw', value: 'birthplace_code', kind: 'text' },
  birth_registration_place: { raw: 'birth_registration_place_raw', value: 'birth_registration_place_code', kind: 'text' },
  hometown: { raw: 'hometown_raw', value: 'hometown_code', kind: 'text' },
  ethnicity: { raw: 'ethnicity_raw', value: 'ethnicity', kind: 'categorical' },
  religion: { raw: 'religion', value: 'religion', kind: 'categorical' },
  nationality: { raw: 'nationality_raw', value: 'nationality', kind: 'categorical' },
  permanent_residence: { raw: 'permanent_residence_code', value: 'permanent_residence_code', kind: 'categorical' },
  current_residence: { raw: 'current_residence_code', value: 'current_residence_code', kind: 'categorical' },
  marital_status: { raw: 'marital_status_raw', value: 'marital_status', kind: 'categorical' },
  spouse_name: { raw: 'spouse_name', value: 'spouse_name', kind: 'personal' },
  spouse_pid: { raw: 'spouse_pid', value: 'spouse_pid', kind: 'personal' },
  father_name: { raw: 'father_name', value: 'father_name', kind: 'personal' },
  father_pid: { raw: 'father_pid', value: 'father_pid', kind: 'personal' },
  mother_name: { raw: 'mother_name', value: 'mother_name', kind: 'personal' },
  mother_pid: { raw: 'mother_pid', value: 'mother_pid', kind: 'personal' },
  death_date: { raw: 'death_date_raw', value: 'death_date', kind: 'personal', range: { expr: 'year(death_date)', unit: 'year' } },
};

export const FIELDS: Record<ProfileSource, Record<string, FieldDef>> = {
  persons: PERSON_FIELDS,
  registrations: REGISTRATION_FIELDS,
  population: POPULATION_FIELDS,
};

/** The alias each source has in rule templates, and the view or table it is read from. */
export const SOURCE_TABLE: Record<ProfileSource, { alias: string; table: string }> = {
  persons: { alias: 'p', table: 'profile_persons' },
  registrations: { alias: 'r', table: 'profile_registrations' },
  population: { alias: 'pop', table: 'population' },
};

/** Columns that ingest fills with a verdict (status, issue, precision, placeholder), and the field each speaks about. */
export const ISSUE_COLUMNS: Record<ProfileSource, Record<string, string>> = {
  persons: {
    pid_status: 'pid',
    pid_issue: 'pid',
    name_issue: 'full_name',
    dob_issue: 'dob',
    dob_precision: 'dob',
    dob_placeholder: 'dob',
  },
  registrations: { registered_on_precision: 'registered_on', death_date_precision: 'death_date' },
  population: {
    pid_status: 'pid',
    pid_issue: 'pid',
    name_issue: 'full_name',
    dob_issue: 'dob',
    dob_precision: 'dob',
    dob_placeholder: 'dob',
    death_date_precision: 'death_date',
  },
};

/**
 * A date that rules can order or bound. `value` is the first day of the known period, `precision`
 * 'day' | 'month' | 'year'; `registration` marks dates of persons' registrations (needs a join).
 */
export interface DateDef {
  value: string;
  precision: string;
  raw: string;
  registration?: boolean;
}

/**
 * Dates by source. A date of birth is rebuilt from its parts, so partial dates count too, and a
 * 01/01 placeholder is only as precise as its year.
 */
export const DATES: Record<ProfileSource, Record<string, DateDef>> = {
  persons: {
    dob: { value: 'make_date(p.dob_year, coalesce(p.dob_month, 1), coalesce(p.dob_day, 1))', precision: "case when p.dob_placeholder then 'year' else p.dob_precision end", raw: 'p.dob_raw' },
    registered_on: { value: 'r.registered_on', precision: 'r.registered_on_precision', raw: 'r.registered_on_raw', registration: true },
    death_date: { value: 'r.death_date', precision: 'r.death_date_precision', raw: 'r.death_date_raw', registration: true },
  },
  registrations: {
    registered_on: { value: 'r.registered_on', precision: 'r.registered_on_precision', raw: 'r.registered_on_raw' },
    death_date: { value: 'r.death_date', precision: 'r.death_date_precision', raw: 'r.death_date_raw' },
  },
  population: {
    dob: { value: 'make_date(pop.dob_year, coalesce(pop.dob_month, 1), coalesce(pop.dob_day, 1))', precision: "case when pop.dob_placeholder then 'year' else pop.dob_precision end", raw: 'pop.dob_raw' },
    death_date: { value: 'pop.death_date', precision: 'pop.death_date_precision', raw: 'pop.death_date_raw' },
  },
};

/** Fields holding an administrative unit (raw text -> resolved code), per source. */
export const UNIT_FIELDS: Record<ProfileSource, string[]> = {
  persons: ['birthplace', 'hometown', 'residence'],
  registrations: ['authority', 'death_place'],
  population: ['birthplace', 'birth_registration_place', 'hometown'],
};

/** Person roles of the data contract, by event type. */
export const ROLES_BY_EVENT: Record<string, string[]> = {
  birth: ['child', 'father', 'mother'],
  death: ['deceased'],
  marriage: ['husband', 'wife'],
  parent_recognition: ['parent', 'child'],
  guardianship: ['guardian', 'ward'],
  adoption: ['adopter', 'adoptee'],
  marital_status: ['person'],
};
export const EVENT_TYPES = Object.keys(ROLES_BY_EVENT);
export const ROLES = [...new Set(Object.values(ROLES_BY_EVENT).flat())];
