import type { DuckDBConnection } from '@duckdb/node-api';
import { openDatabase, type Database } from '../../src/db/open.js';
import { sqlFile } from '../../src/db/steps.js';
import { loadUnitsTable } from '../../src/vn/units/index.js';

/**
 * A hand-made campaign database with known problems, one or two per rule, so that every rule's
 * failing rows can be asserted exactly. Registrations are in Phường 1, TP Bạc Liêu (31825, district
 * 954) in 2010 unless said otherwise; commune 31942 x 2001 is the completeness example.
 */

type Row = Record<string, unknown>;

async function insert(c: DuckDBConnection, table: string, rows: Row[]): Promise<void> {
  for (const row of rows) {
    const cols = Object.keys(row);
    const values = cols.map((k) => row[k]) as never[];
    await c.run(`insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`, values);
  }
}

const fold = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** A person row with the contract's required columns filled from its registration. */
function person(reg: Row, role: string, fields: Row): Row {
  const name = fields.full_name as string | undefined;
  const words = name ? fold(name).split(' ') : [];
  const dob = fields.dob as string | undefined;
  const dobYear = (fields.dob_year as number | undefined) ?? (dob ? Number(dob.slice(0, 4)) : undefined);
  return {
    person_id: `${reg.record_id}/${role}`,
    record_id: reg.record_id,
    event_type: reg.event_type,
    role,
    authority_code: reg.authority_code,
    commune_code: reg.commune_code,
    district_code: reg.district_code,
    registered_year: reg.registered_year,
    pid_status: 'missing',
    full_name_raw: name ?? null,
    full_name: name ?? null,
    name_fold: name ? words.join(' ') : null,
    family_fold: name ? words[0] : null,
    middle_fold: name ? words.slice(1, -1).join(' ') : null,
    given_fold: name ? words[words.length - 1] : null,
    dob_raw: dob ? dob.split('-').reverse().join('/') : dobYear ? String(dobYear) : null,
    dob: dob ?? null,
    dob_year: dobYear ?? null,
    dob_month: dob ? Number(dob.slice(5, 7)) : null,
    dob_day: dob ? Number(dob.slice(8, 10)) : null,
    dob_precision: dob ? 'day' : dobYear ? 'year' : null,
    ethnicity_raw: 'Kinh',
    ethnicity: 'kinh',
    nationality_raw: 'Việt Nam',
    nationality: 'viet nam',
    residence_raw: 'Phường 1, TP Bạc Liêu',
    residence_code: '31825',
    source_file: 'fixture.csv',
    source_line: 2,
    ...fields,
  };
}

function registration(record_id: string, event_type: string, fields: Row = {}): Row {
  const commune = (fields.commune_code as string | undefined) ?? '31825';
  const year = (fields.registered_year as number | undefined) ?? 2010;
  return {
    record_id,
    event_type,
    authority_code: commune,
    commune_code: commune,
    district_code: commune === '31942' ? '959' : '954',
    book_no: '01',
    registration_no: record_id.replace(/\D/g, '') || '1',
    registered_on_raw: `31/12/${year}`,
    registered_on: `${year}-12-31`,
    registered_on_precision: 'day',
    registered_year: year,
    source_file: 'fixture.csv',
    source_line: 2,
    ...fields,
  };
}

/** A birth record: the registration, its child and (unless null) mother and father. */
function birth(record_id: string, o: { reg?: Row; child?: Row; mother?: Row | null; father?: Row | null }) {
  // registered in the year the child was born unless said otherwise
  const born = (o.child?.dob as string | undefined)?.slice(0, 4) ?? o.child?.dob_year;
  const reg = registration(record_id, 'birth', { registered_year: born ? Number(born) : 2010, ...o.reg });
  const child = person(reg, 'child', {
    sex_raw: 'Nam',
    sex: 'M',
    birthplace_raw: 'Bệnh viện Bạc Liêu',
    birthplace_code: '31825',
    hometown_raw: 'Bạc Liêu',
    hometown_code: '95',
    ...o.child,
  });
  const parents: Row[] = [];
  const names = { mother: child.mother_name, father: child.father_name };
  if (o.mother !== null) parents.push(person(reg, 'mother', { full_name: names.mother ?? 'Trần Thị Bình', dob_year: 1985, ...o.mother }));
  if (o.father !== null) parents.push(person(reg, 'father', { full_name: names.father ?? 'Nguyễn Văn Cường', dob_year: 1983, ...o.father }));
  return { reg, persons: [child, ...parents] };
}

const withParents = (mother: string, father?: string): Row => ({
  mother_name: mother,
  mother_name_fold: fold(mother),
  ...(father ? { father_name: father, father_name_fold: fold(father) } : {}),
});

/** Records of the fixture, by what is wrong with them. */
export const FIXTURE_RECORDS = [
  birth('B1', { child: { full_name: 'Nguyễn Văn An', dob: '2010-02-01', pid_raw: '095210000001', pid: '095210000001', pid_status: 'valid', ...withParents('Trần Thị Bình', 'Nguyễn Văn Cường') } }),
  // pid malformed, digits in the name, sex unreadable, mother 10 years older, lives in Giá Rai
  birth('B2', {
    child: { full_name: 'Nguyen Van 2', name_issue: 'digits', dob: '2010-01-05', pid_raw: '09521000000X', pid_status: 'invalid', sex_raw: 'X', sex: null, residence_code: '31942', ...withParents('Lê Thị Cúc') },
    mother: { full_name: 'Lê Thị Cúc', dob_year: 2000, residence_code: '31942' },
    father: null,
  }),
  // impossible date of birth, CMND number
  birth('B3', { child: { full_name: 'Phan Văn Ba', dob_raw: '31/02/2010', dob_issue: 'impossible_date', pid_raw: '381234567', pid_status: 'cmnd', ...withParents('Huỳnh Thị Dung') }, mother: { full_name: 'Huỳnh Thị Dung' }, father: null }),
  // year-only date of birth after the registration year, pid disagreeing with sex, father 79 years older
  birth('B4', {
    reg: { registered_on_raw: '01/05/2008', registered_on: '2008-05-01', registered_year: 2008 },
    child: { full_name: 'Đặng Văn Bốn', dob_year: 2009, pid_raw: '095309000004', pid: '095309000004', pid_status: 'valid', pid_issue: 'century_sex', ...withParents('Cao Thị Én', 'Đặng Văn Lão') },
    mother: { full_name: 'Cao Thị Én' },
    father: { full_name: 'Đặng Văn Lão', dob_year: 1930 },
  }),
  // 01/01 placeholder, birthplace not resolved, TCVN3 debris in the name, mother born after the child
  birth('B5', {
    child: { full_name: 'Lª V¨n N¨m', name_issue: 'legacy_debris', dob: '2005-01-01', dob_placeholder: true, birthplace_raw: 'Ấp Xyz', birthplace_code: null, ...withParents('Tô Thị Giang') },
    mother: { full_name: 'Tô Thị Giang', dob_year: 2006 },
    father: null,
  }),
  // a duplicate registration: same child, same date, same mother, two records
  birth('D1', { child: { full_name: 'Lê Văn Hùng', dob: '2012-06-15', ...withParents('Phạm Thị Mai') }, mother: { full_name: 'Phạm Thị Mai' }, father: null }),
  birth('D2', { reg: { registration_no: '77' }, child: { full_name: 'Lê Văn Hùng', dob: '2012-06-15', ...withParents('Phạm Thị Mai') }, mother: { full_name: 'Phạm Thị Mai' }, father: null }),
  // twins: same mother and date, different given names
  birth('T1', { child: { full_name: 'Võ Văn Nam', dob: '2015-09-09', ...withParents('Đỗ Thị Hoa', 'Võ Văn Hải') }, mother: { full_name: 'Đỗ Thị Hoa' }, father: { full_name: 'Võ Văn Hải' } }),
  birth('T2', { child: { full_name: 'Võ Thị Nữ', sex_raw: 'Nữ', sex: 'F', dob: '2015-09-09', ...withParents('Đỗ Thị Hoa', 'Võ Văn Hải') }, mother: { full_name: 'Đỗ Thị Hoa' }, father: { full_name: 'Võ Văn Hải' } }),
  // same name and date, different mothers: two children, neither duplicate nor twins
  birth('S1', { child: { full_name: 'Nguyễn Văn Tuấn', dob: '2011-01-20', ...withParents('Lý Thị Lan') }, mother: { full_name: 'Lý Thị Lan' }, father: null }),
  birth('S2', { child: { full_name: 'Nguyễn Văn Tuấn', dob: '2011-01-20', ...withParents('Hồ Thị Thu') }, mother: { full_name: 'Hồ Thị Thu' }, father: null }),
  // a duplicate where one record has the year only, same mother
  birth('P1', { child: { full_name: 'Trần Văn Minh', dob_year: 2013, ...withParents('Mai Thị Hằng') }, mother: { full_name: 'Mai Thị Hằng' }, father: null }),
  birth('P2', { child: { full_name: 'Trần Văn Minh', dob: '2013-04-04', ...withParents('Mai Thị Hằng') }, mother: { full_name: 'Mai Thị Hằng' }, father: null }),
  // a duplicate whose second registration wrote 01/01 for the unknown day
  birth('Q1', { child: { full_name: 'Hứa Văn Tám', dob: '2014-07-07', ...withParents('La Thị Chín') }, mother: { full_name: 'La Thị Chín' }, father: null }),
  birth('Q2', { child: { full_name: 'Hứa Văn Tám', dob: '2014-01-01', dob_placeholder: true, ...withParents('La Thị Chín') }, mother: { full_name: 'La Thị Chín' }, father: null }),
  // completeness example: commune 31942, 2001; C1 complete with a father giving name and year only, C2 sparse and motherless
  birth('C1', { reg: { commune_code: '31942', registered_year: 2001 }, child: { full_name: 'Kim Văn Một', dob: '2000-12-01', residence_code: '31942', ...withParents('Kim Thị Hai', 'Kim Văn Ba') }, mother: { full_name: 'Kim Thị Hai', dob_year: 1975 }, father: { full_name: 'Kim Văn Ba', dob_year: 1970, ethnicity_raw: null, ethnicity: null, nationality_raw: null, nationality: null, residence_raw: null, residence_code: null } }),
  birth('C2', {
    reg: { commune_code: '31942', registered_year: 2001 },
    child: { full_name: 'Thạch Văn Hai', dob: '2000-11-11', residence_code: '31942', birthplace_raw: null, birthplace_code: null, hometown_raw: null, hometown_code: null, ethnicity_raw: null, ethnicity: null, nationality_raw: null, nationality: null },
    mother: null,
    father: null,
  }),
];

function other(record_id: string, event_type: string, reg: Row, people: { role: string; fields: Row }[]) {
  const r = registration(record_id, event_type, reg);
  return { reg: r, persons: people.map((p) => person(r, p.role, p.fields)) };
}

export const FIXTURE_OTHER_RECORDS = [
  // death before birth (and so registered before birth)
  other('X1', 'death', { registered_on_raw: '1941', registered_on: '1941-01-01', registered_on_precision: 'year', registered_year: 1941, death_date_raw: '01/01/1940', death_date: '1940-01-01', death_date_precision: 'day' }, [
    { role: 'deceased', fields: { full_name: 'Lâm Văn Tử', dob_year: 1950 } },
  ]),
  // death registered before it happened
  other('X2', 'death', { registered_on_raw: '01/05/2020', registered_on: '2020-05-01', registered_year: 2020, death_date_raw: '05/05/2020', death_date: '2020-05-05', death_date_precision: 'day' }, [
    { role: 'deceased', fields: { full_name: 'Sơn Thị Mất', dob: '1960-03-03' } },
  ]),
  // unknown authority, registration date in the future, a husband without a name
  other('R1', 'marriage', { authority_code: '99999', commune_code: null, district_code: null, registered_on_raw: '01/01/2030', registered_on: '2030-01-01', registered_year: 2030 }, [
    { role: 'husband', fields: { full_name_raw: ' ', dob: '1990-01-01' } },
    { role: 'wife', fields: { full_name: 'Danh Thị Vợ', dob: '1992-02-02' } },
  ]),
  // unreadable registration date
  other('R2', 'marital_status', { registered_on_raw: '32/13/2019', registered_on: null, registered_on_precision: null, registered_year: 2019 }, [
    { role: 'person', fields: { full_name: 'Quách Văn Độc', dob: '1995-05-05' } },
  ]),
  // registration date with the year only
  other('R3', 'guardianship', { registered_on_raw: '2015', registered_on: '2015-01-01', registered_on_precision: 'year', registered_year: 2015 }, [
    { role: 'guardian', fields: { full_name: 'Triệu Văn Giám', dob: '1970-07-07' } },
    { role: 'ward', fields: { full_name: 'Triệu Văn Nhỏ', dob: '2012-08-08' } },
  ]),
];

function populationRow(row_id: number, fields: Row): Row {
  return { row_id, pid_status: 'valid', sex_raw: 'Nam', sex: 'M', source_file: 'population.csv', source_line: row_id + 1, ...fields };
}

export const FIXTURE_POPULATION = [
  populationRow(1, { pid_raw: '095210000001', pid: '095210000001', full_name_raw: 'Nguyễn Văn An', full_name: 'Nguyễn Văn An', dob_raw: '01/02/2010', dob: '2010-02-01', dob_year: 2010, dob_month: 2, dob_day: 1, dob_precision: 'day' }),
  populationRow(2, { pid_raw: '095085000002', pid: '095085000002', full_name_raw: 'Trần Thị Bình', full_name: 'Trần Thị Bình', dob_year: 1985, dob_precision: 'year', dob_raw: '1985' }),
  populationRow(3, { pid_raw: '095085000002', pid: '095085000002', full_name_raw: 'Trần Thị Bính', full_name: 'Trần Thị Bính', dob_year: 1985, dob_precision: 'year', dob_raw: '1985' }),
  populationRow(4, { pid_raw: '095299000004', pid: '095299000004', full_name_raw: 'Hà Văn Tương', full_name: 'Hà Văn Tương', dob_raw: '01/01/2099', dob_issue: 'future_date' }),
  populationRow(5, { pid_raw: '095080000005', pid: '095080000005', full_name_raw: 'Mạc Văn Chết', full_name: 'Mạc Văn Chết', dob_raw: '02/02/1980', dob: '1980-02-02', dob_year: 1980, dob_month: 2, dob_day: 2, dob_precision: 'day', death_date_raw: '01/01/1970', death_date: '1970-01-01', death_date_precision: 'day' }),
  populationRow(6, { pid_raw: '095090000006', pid: '095090000006', full_name_raw: null, dob_raw: '1990', dob_year: 1990, dob_precision: 'year' }),
];

/** Names and ID numbers of the fixture: none may appear in anything that leaves the database. */
export function fixturePersonalValues(): string[] {
  const people = [...FIXTURE_RECORDS, ...FIXTURE_OTHER_RECORDS].flatMap((r) => r.persons);
  const values = [...people, ...FIXTURE_POPULATION].flatMap((p) => [p.full_name, p.full_name_raw, p.pid_raw, p.pid]);
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim().length > 3))];
}

/** Fills the contract tables of a `withSchema` database with the fixture. */
export async function loadFixture(c: DuckDBConnection): Promise<void> {
  await loadUnitsTable(c);
  const records = [...FIXTURE_RECORDS, ...FIXTURE_OTHER_RECORDS];
  await insert(c, 'registrations', records.map((r) => r.reg));
  await insert(c, 'persons', records.flatMap((r) => r.persons));
  await insert(c, 'population', FIXTURE_POPULATION);
  await insert(c, 'quarantine', [
    { source_file: 'registry.csv', source_line: 40, kind: 'registry', reason_code: 'malformed_row', reason: 'row has 9 fields, the header 12' },
    { source_file: 'registry.csv', source_line: 41, kind: 'registry', reason_code: 'malformed_row', reason: 'row has 3 fields, the header 12' },
    { source_file: 'population.csv', source_line: 7, kind: 'population', reason_code: 'duplicate_record_id', reason: 'row id seen on line 5' },
  ]);
}

/**
 * Opens an in-memory database with the contract tables and the fixture, for a whole test file
 * (`beforeAll`): profiling once keeps the tests fast. Close it in `afterAll`.
 */
export async function openFixture(): Promise<Database> {
  const db = await openDatabase(':memory:');
  await db.connection.run(sqlFile(import.meta.url, '../../src/ingest/sql/schema.sql'));
  await db.connection.run(sqlFile(import.meta.url, '../../src/match/sql/results_schema.sql'));
  await loadFixture(db.connection);
  return db;
}

/** The day tests take as today, so that date rules do not move with the calendar. */
export const TODAY = '2025-01-01';
