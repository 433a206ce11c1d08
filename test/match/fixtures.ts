import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** ASCII fold as ingest makes it: tone marks and đ removed, lower case, single spaces. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Canonical name as ingest makes it: NFC, single spaces, each word capitalised. */
export function canonical(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00d0/g, '\u0110')
    .trim()
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}

function nameColumns(name: string | undefined | null) {
  if (!name) return { full_name_raw: name ?? null, full_name: null, name_fold: null, family_fold: null, middle_fold: null, given_fold: null };
  const full = canonical(name);
  const words = fold(full).split(' ');
  return {
    full_name_raw: name,
    full_name: full,
    name_fold: words.join(' '),
    family_fold: words[0],
    middle_fold: words.slice(1, -1).join(' '),
    given_fold: words.length > 1 ? words[words.length - 1] : words[0],
  };
}

/** dd/mm/yyyy, mm/yyyy or yyyy; `placeholder` marks 01/01/yyyy written for an unknown date. */
function dateColumns(text: string | undefined | null, placeholder = false) {
  if (!text) return { dob_raw: null, dob: null, dob_year: null, dob_month: null, dob_day: null, dob_precision: null, dob_placeholder: false };
  const parts = text.split('/').map(Number);
  if (parts.length === 3) {
    const [d, m, y] = parts;
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { dob_raw: text, dob: iso, dob_year: y, dob_month: m, dob_day: d, dob_precision: 'day', dob_placeholder: placeholder };
  }
  if (parts.length === 2) return { dob_raw: text, dob: null, dob_year: parts[1], dob_month: parts[0], dob_day: null, dob_precision: 'month', dob_placeholder: false };
  return { dob_raw: text, dob: null, dob_year: parts[0], dob_month: null, dob_day: null, dob_precision: 'year', dob_placeholder: false };
}

function pidColumns(pid: string | undefined | null, issue?: string | null) {
  if (!pid) return { pid_raw: null, pid: null, pid_status: 'missing', pid_issue: null };
  if (/^\d{12}$/.test(pid)) return { pid_raw: pid, pid, pid_status: 'valid', pid_issue: issue ?? null };
  if (/^\d{9}$/.test(pid)) return { pid_raw: pid, pid: null, pid_status: 'cmnd', pid_issue: null };
  return { pid_raw: pid, pid: null, pid_status: 'invalid', pid_issue: null };
}

async function insert(c: DuckDBConnection, table: string, row: Record<string, DuckDBValue>): Promise<void> {
  const cols = Object.keys(row);
  const dateCols = new Set(['dob', 'death_date']);
  await c.run(
    `insert into ${table} (${cols.join(', ')}) values (${cols.map((k) => (dateCols.has(k) ? `$${k}::date` : `$${k}`)).join(', ')})`,
    row,
  );
}

export interface PersonRow {
  record_id: string;
  event_type?: string;
  role?: string;
  name?: string | null;
  dob?: string | null;
  placeholder?: boolean;
  sex?: 'M' | 'F' | null;
  pid?: string | null;
  pid_issue?: string | null;
  ethnicity?: string | null;
  nationality?: string | null;
  birthplace?: string | null;
  birthplace_2025?: string | null;
  hometown?: string | null;
  residence?: string | null;
  commune?: string | null;
  father?: string | null;
  mother?: string | null;
  spouse?: string | null;
}

/** Inserts registry persons (and their registrations) with the columns ingest would derive. */
export async function addPersons(c: DuckDBConnection, rows: PersonRow[]): Promise<void> {
  let line = 2;
  for (const r of rows) {
    const event = r.event_type ?? 'birth';
    const role = r.role ?? 'child';
    const name = nameColumns(r.name);
    const father = nameColumns(r.father);
    const mother = nameColumns(r.mother);
    const spouse = nameColumns(r.spouse);
    const exists = await c.runAndReadAll('select 1 from registrations where record_id = $id', { id: r.record_id });
    if (exists.getRows().length === 0) {
      await insert(c, 'registrations', {
        record_id: r.record_id, event_type: event, authority_code: r.commune ?? '31825', commune_code: r.commune ?? '31825',
        district_code: '954', registered_year: 2020, source_file: 'registry.csv', source_line: line,
      });
    }
    await insert(c, 'persons', {
      person_id: `${r.record_id}/${role}`, record_id: r.record_id, event_type: event, role,
      authority_code: r.commune ?? '31825', commune_code: r.commune ?? '31825', district_code: '954', registered_year: 2020,
      ...pidColumns(r.pid, r.pid_issue), ...name, sex_raw: r.sex ?? null, sex: r.sex ?? null,
      ...dateColumns(r.dob, r.placeholder),
      ethnicity_raw: r.ethnicity ?? 'Kinh', ethnicity: r.ethnicity === null ? null : fold(r.ethnicity ?? 'Kinh'),
      nationality_raw: r.nationality ?? 'Việt Nam', nationality: r.nationality === null ? null : fold(r.nationality ?? 'Việt Nam'),
      birthplace_raw: r.birthplace ?? null, birthplace_code: r.birthplace ?? null, birthplace_code_2025: r.birthplace_2025 ?? null,
      hometown_raw: r.hometown ?? null, hometown_code: r.hometown ?? null,
      residence_raw: r.residence ?? null, residence_code: r.residence ?? null,
      father_name: father.full_name, father_name_fold: father.name_fold,
      mother_name: mother.full_name, mother_name_fold: mother.name_fold,
      spouse_name: spouse.full_name, spouse_name_fold: spouse.name_fold,
      source_file: 'registry.csv', source_line: line++,
    });
  }
}

export interface PopulationRow {
  row_id: number;
  name?: string | null;
  dob?: string | null;
  placeholder?: boolean;
  sex?: 'M' | 'F' | null;
  pid?: string | null;
  ethnicity?: string | null;
  nationality?: string | null;
  birthplace?: string | null;
  birthplace_2025?: string | null;
  birthreg?: string | null;
  hometown?: string | null;
  residence?: string | null;
  father?: string | null;
  father_pid?: string | null;
  mother?: string | null;
  mother_pid?: string | null;
  spouse?: string | null;
  marital_status?: string | null;
  death_date?: string | null;
}

/** Inserts population rows with the columns ingest would derive. */
export async function addPopulation(c: DuckDBConnection, rows: PopulationRow[]): Promise<void> {
  for (const r of rows) {
    const father = nameColumns(r.father);
    const mother = nameColumns(r.mother);
    const spouse = nameColumns(r.spouse);
    await insert(c, 'population', {
      row_id: r.row_id, ...pidColumns(r.pid), ...nameColumns(r.name), sex_raw: r.sex ?? null, sex: r.sex ?? null,
      ...dateColumns(r.dob, r.placeholder),
      ethnicity_raw: r.ethnicity ?? 'Kinh', ethnicity: r.ethnicity === null ? null : fold(r.ethnicity ?? 'Kinh'),
      nationality_raw: r.nationality ?? 'Việt Nam', nationality: r.nationality === null ? null : fold(r.nationality ?? 'Việt Nam'),
      birthplace_raw: r.birthplace ?? null, birthplace_code: r.birthplace ?? null, birthplace_code_2025: r.birthplace_2025 ?? null,
      birth_registration_place_code: r.birthreg ?? null,
      hometown_raw: r.hometown ?? null, hometown_code: r.hometown ?? null,
      current_residence_code: r.residence ?? null, permanent_residence_code: r.residence ?? null,
      father_name: father.full_name, father_name_fold: father.name_fold, father_pid: r.father_pid ?? null,
      mother_name: mother.full_name, mother_name_fold: mother.name_fold, mother_pid: r.mother_pid ?? null,
      spouse_name: spouse.full_name, spouse_name_fold: spouse.name_fold,
      marital_status: r.marital_status ?? null, marital_status_raw: r.marital_status ?? null,
      death_date: r.death_date ?? null, death_date_raw: r.death_date ?? null,
      source_file: 'population.csv', source_line: r.row_id + 1,
    });
  }
}
