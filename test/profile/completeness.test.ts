import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { profile, type ProfileSummary } from '../../src/profile/index.js';
import { REQUIRED_FIELDS } from '../../src/profile/required-fields.js';
import { ROLES_BY_EVENT } from '../../src/profile/catalog.js';
import { openFixture, TODAY } from './fixture.js';

describe('completeness of required fields', () => {
  let db: Database;
  let summary: ProfileSummary;
  beforeAll(async () => {
    db = await openFixture();
    summary = await profile(db.connection, { today: TODAY, config: undefined });
  });
  afterAll(() => db.close());

  // Commune 31942 x 2001 holds C1 (complete; father with name and birth year only) and C2 (child
  // with name, sex and date of birth only; no mother, no father):
  //   record fields 4 x 2 = 8 expected, 8 filled
  //   child 7 x 2 = 14 expected, 7 + 3 = 10 filled
  //   mother (in every birth record) 5 x 2 = 10 expected, 5 filled
  //   father (only where present) 5 x 1 = 5 expected, 2 filled
  it('scores commune 31942 in 2001 at 25 of 37', () => {
    const cell = summary.completeness.by_commune_year.find((r) => r.commune_code === '31942' && r.registered_year === 2001);
    expect(cell).toMatchObject({ district_code: '959', expected: 37, filled: 25, usable: 25 });
    expect(cell?.filled_share).toBeCloseTo(25 / 37, 10);
  });

  it('breaks the same cell down by role and field', async () => {
    const rows = await queryRows<{ role: string; expected: number; filled: number }>(
      db.connection,
      `select role, sum(expected)::int as expected, sum(filled)::int as filled from profile_completeness_cells
       where commune_code = '31942' and registered_year = 2001 group by role order by role`,
    );
    expect(rows).toEqual([
      { role: 'child', expected: 14, filled: 10 },
      { role: 'father', expected: 5, filled: 2 },
      { role: 'mother', expected: 10, filled: 5 },
      { role: 'record', expected: 8, filled: 8 },
    ]);
  });

  it('ranks the worst commune x year cells among those with enough values', () => {
    // min_cells defaults to 50: the 37 cells of 31942 x 2001 are too few to be ranked
    expect(summary.completeness.worst_commune_years.map((r) => [r.commune_code, r.registered_year])).toEqual([
      ['31825', 2015],
      ['31825', 2010],
    ]);
  });

  it('counts usable apart from filled: an unreadable sex or date is filled, not usable', () => {
    const sex = summary.completeness.by_event_type_role_field.find((r) => r.event_type === 'birth' && r.role === 'child' && r.field === 'sex');
    // 17 birth records, every child with a sex; B2's 'X' cannot be read
    expect(sex).toMatchObject({ expected: 17, filled: 17, usable: 16 });
    const dob = summary.completeness.by_event_type_role_field.find((r) => r.event_type === 'birth' && r.role === 'child' && r.field === 'dob');
    // B4 and P1 give a year only (usable as a year, not as a date), B3's date is impossible
    expect(dob).toMatchObject({ expected: 17, filled: 17, usable: 14 });
  });

  it('rolls up by decade and by district with unit names', () => {
    expect(summary.completeness.by_decade.map((r) => r.decade)).toEqual([1940, 2000, 2010, 2020, 2030]);
    expect(summary.completeness.by_district.find((r) => r.district_code === '959')?.district_name).toBe('Thị xã Giá Rai');
  });

  it('requires only fields of the contract roles, for every event type', () => {
    for (const r of REQUIRED_FIELDS) {
      expect(r.role === 'record' || ROLES_BY_EVENT[r.event_type].includes(r.role)).toBe(true);
    }
    expect(new Set(REQUIRED_FIELDS.map((r) => r.event_type))).toEqual(new Set(Object.keys(ROLES_BY_EVENT)));
  });
});

describe('column profile', () => {
  let db: Database;
  let summary: ProfileSummary;
  beforeAll(async () => {
    db = await openFixture();
    summary = await profile(db.connection, { today: TODAY });
  });
  afterAll(() => db.close());
  const col = (source: string, field: string) => summary.columns.find((c) => c.source === source && c.field === field)!;

  it('counts rows, empty and unreadable values per field', () => {
    // only the 17 children carry a sex
    expect(col('persons', 'sex')).toMatchObject({ rows: 45, filled: 17, empty: 28, unreadable: 1, distinct_values: 3 });
    expect(col('registrations', 'registered_on')).toMatchObject({ rows: 22, empty: 0, unreadable: 1 });
  });

  it('keeps top values of categorical fields only', () => {
    expect(col('persons', 'sex').top_values).toEqual([
      { value: 'Nam', n: 15, share: 15 / 17 },
      { value: 'Nữ', n: 1, share: 1 / 17 },
      { value: 'X', n: 1, share: 1 / 17 },
    ]);
    expect(col('persons', 'full_name').top_values).toBeUndefined();
    expect(col('persons', 'pid').top_values).toBeUndefined();
  });

  it('gives the shapes of raw values', () => {
    const pid = col('persons', 'pid').shapes;
    expect(pid).toEqual([
      { shape: 'dddddddddddd', n: 2, share: 0.5, estimated: false },
      { shape: 'ddddddddd', n: 1, share: 0.25, estimated: false },
      { shape: 'dddddddddddA', n: 1, share: 0.25, estimated: false },
    ]);
    expect(col('population', 'full_name').shapes[0]).toEqual({ shape: 'Aa Aa Aa', n: 5, share: 1, estimated: false });
    expect(col('registrations', 'registered_on').shapes.map((s) => s.shape)).toEqual(['dd/dd/dddd', 'dddd']);
  });

  it('gives lengths in characters and ranges as years for personal dates', () => {
    expect(col('persons', 'pid')).toMatchObject({ min_length: 9, median_length: 12, max_length: 12 });
    expect(col('persons', 'dob')).toMatchObject({ min_year: 1930, max_year: 2015, year_range: 85, min_date: null, max_date: null });
    expect(col('registrations', 'registered_on')).toMatchObject({ min_date: '1941-01-01', max_date: '2030-01-01', min_year: 1941, max_year: 2030 });
  });
});
