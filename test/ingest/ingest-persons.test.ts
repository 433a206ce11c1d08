import { describe, expect, it } from 'vitest';
import { csv, withIngest } from './helpers.js';

const REG = ['record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on'];
const person = (role: string) => ['pid', 'full_name', 'sex', 'dob', 'birth_year', 'ethnicity'].map((f) => `${role}_${f}`);
const HEADER = [...REG, ...person('child'), ...person('father'), ...person('mother'), ...person('husband'), ...person('wife'), ...person('parent'), ...person('deceased'), 'death_date'];
const EMPTY = Array(6).fill('');
const row = (reg: string[], fields: Record<string, string[]>, deathDate = '') =>
  [...reg, ...(fields.child ?? EMPTY), ...(fields.father ?? EMPTY), ...(fields.mother ?? EMPTY), ...(fields.husband ?? EMPTY), ...(fields.wife ?? EMPTY), ...(fields.parent ?? EMPTY), ...(fields.deceased ?? EMPTY), deathDate];
const POPULATION = csv([
  ['pid', 'full_name', 'sex', 'dob', 'father_name', 'mother_name', 'spouse_name', 'permanent_residence_code'],
  ['095219012345', 'NGUYỄN VĂN AN', 'Nam', '05/03/2019', 'nguyễn văn ba', 'Trần Thị Cúc', '', '31825'],
  ['095085000001', 'Võ Thị Gấm', 'Nữ', '1985', '', '', 'Phạm Văn Em', '"Phường 1, Giá Rai"'],
]);

describe('ingest: persons', () => {
  const registry = csv([
    HEADER,
    // a birth: child with a full record, parents with a birth year only
    row(['B1', 'birth', '31825', '01', '1', '06/03/2019'], { child: ['095219012345', 'Nguyễn Văn An', 'Nam', '05/03/2019', '', 'Kinh'], father: ['', 'Nguyễn Văn Ba', '', '', '1985', 'Kinh'], mother: ['', 'Trần Thị Cúc', '', '', '1988', 'Kinh'] }),
    // twins: two registrations, same parents, same day
    row(['B2', 'birth', '31825', '01', '2', '02/02/2020'], { child: ['', 'Thạch Thị Sa Rây', 'Nữ', '01/02/2020', '', 'Khmer'], mother: ['', 'Thạch Thị Sóc', '', '', '1990', "Kh'mer"] }),
    row(['B3', 'birth', '31825', '01', '3', '02/02/2020'], { child: ['', 'Thạch Thị Sa Ry', 'Nữ', '01/02/2020', '', 'Khmer'], mother: ['', 'Thạch Thị Sóc', '', '', '1990', "Kh'mer"] }),
    // a marriage: spouses get each other's name
    row(['M1', 'Kết hôn', '31942', '01', '1', '01/01/2015'], { husband: ['', 'Phạm Văn Em', 'Nam', '01/01/1984', '', ''], wife: ['', 'Võ Thị Gấm', 'Nữ', '1985', '', ''] }),
    // a recognition by a father: the child gets him as father
    row(['P1', 'parent_recognition', '31825', '01', '1', '2021'], { parent: ['', 'Lâm Văn Tư', 'Nam', '', '1980', ''], child: ['', 'Lâm Thị Năm', 'Nữ', '12/2010', '', ''] }),
    // impossible values are loaded with their issue, never quarantined
    row(['D1', 'death', '31825', '01', '1', '10/10/2020'], { deceased: ['09523401234', 'Lê Văn 2', 'Nam', '31/02/1940', '', ''], child: ['', 'Not A Child Of A Death', '', '', '', ''] }, '09/10/2020'),
    row(['D2', 'death', '31825', '01', '2', '10/10/2020'], { deceased: ['095034012345', 'Sơn', 'Nữ', '01/01/2090', '', ''] }, '2020'),
  ]);

  const run = <T>(fn: Parameters<typeof withIngest<T>>[2]) => withIngest({ 'r.csv': registry, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, fn);

  it('makes one person per filled role, and only the roles of the event type', async () => {
    await run(async ({ summary, rows }) => {
      expect(summary.personsByRole).toEqual({ child: 4, mother: 3, deceased: 2, father: 1, husband: 1, wife: 1, parent: 1 });
      expect(summary.persons).toBe(13);
      expect(await rows("select count(*) as n from persons where record_id = 'D1'")).toEqual([{ n: 1 }]);
      expect(await rows("select person_id from persons where record_id = 'B1' order by 1")).toEqual([
        { person_id: 'B1/child' }, { person_id: 'B1/father' }, { person_id: 'B1/mother' },
      ]);
    });
  });

  it('fills dob_year with year precision for parents given a birth year only', async () => {
    await run(async ({ rows }) => {
      expect(await rows("select role, dob_raw, dob, dob_year, dob_precision from persons where record_id = 'B1' and role <> 'child' order by role")).toEqual([
        { role: 'father', dob_raw: '1985', dob: null, dob_year: 1985, dob_precision: 'year' },
        { role: 'mother', dob_raw: '1988', dob: null, dob_year: 1988, dob_precision: 'year' },
      ]);
    });
  });

  it('loads twins as two persons with the same parents', async () => {
    await run(async ({ rows }) => {
      expect(await rows("select record_id, full_name, dob, mother_name from persons where role = 'child' and record_id in ('B2', 'B3') order by 1")).toEqual([
        { record_id: 'B2', full_name: 'Thạch Thị Sa Rây', dob: '2020-02-01', mother_name: 'Thạch Thị Sóc' },
        { record_id: 'B3', full_name: 'Thạch Thị Sa Ry', dob: '2020-02-01', mother_name: 'Thạch Thị Sóc' },
      ]);
    });
  });

  it('splits Khmer names positionally and reads their ethnicity', async () => {
    await run(async ({ rows }) => {
      expect(await rows("select family_fold, middle_fold, given_fold, ethnicity from persons where record_id = 'B2' order by role")).toEqual([
        { family_fold: 'thach', middle_fold: 'thi sa', given_fold: 'ray', ethnicity: 'khmer' },
        { family_fold: 'thach', middle_fold: 'thi', given_fold: 'soc', ethnicity: 'khmer' },
      ]);
    });
  });

  it("gives the child the record's father and mother, and each spouse the other's name", async () => {
    await run(async ({ rows }) => {
      expect(await rows("select father_name, father_name_fold, mother_name, spouse_name from persons where person_id = 'B1/child'")).toEqual([
        { father_name: 'Nguyễn Văn Ba', father_name_fold: 'nguyen van ba', mother_name: 'Trần Thị Cúc', spouse_name: null },
      ]);
      expect(await rows("select role, spouse_name, spouse_name_fold, father_name from persons where record_id = 'M1' order by role")).toEqual([
        { role: 'husband', spouse_name: 'Võ Thị Gấm', spouse_name_fold: 'vo thi gam', father_name: null },
        { role: 'wife', spouse_name: 'Phạm Văn Em', spouse_name_fold: 'pham van em', father_name: null },
      ]);
      expect(await rows("select father_name, mother_name from persons where person_id = 'P1/child'")).toEqual([{ father_name: 'Lâm Văn Tư', mother_name: null }]);
      expect(await rows("select father_name from persons where person_id = 'B1/father'")).toEqual([{ father_name: null }]);
    });
  });

  it('flags 01/01 placeholders and keeps partial dates at their precision', async () => {
    await run(async ({ rows }) => {
      expect(await rows("select dob, dob_precision, dob_placeholder from persons where person_id = 'M1/husband'")).toEqual([
        { dob: '1984-01-01', dob_precision: 'day', dob_placeholder: true },
      ]);
      expect(await rows("select dob, dob_year, dob_month, dob_precision, dob_placeholder from persons where person_id = 'P1/child'")).toEqual([
        { dob: null, dob_year: 2010, dob_month: 12, dob_precision: 'month', dob_placeholder: false },
      ]);
    });
  });

  it('loads impossible values with their issue columns set', async () => {
    await run(async ({ rows }) => {
      expect(await rows("select pid_raw, pid, pid_status, name_issue, dob, dob_issue from persons where person_id = 'D1/deceased'")).toEqual([
        { pid_raw: '09523401234', pid: null, pid_status: 'invalid', name_issue: 'digits', dob: null, dob_issue: 'impossible_date' },
      ]);
      // born "2090", a woman with a 1900s-male pid digit
      expect(await rows("select pid_status, pid_issue, name_issue, dob_year, dob_issue from persons where person_id = 'D2/deceased'")).toEqual([
        { pid_status: 'valid', pid_issue: 'century_sex', name_issue: 'single_word', dob_year: 2090, dob_issue: 'future_date' },
      ]);
      expect(await rows("select death_date, death_date_precision from registrations where record_id in ('D1', 'D2') order by record_id")).toEqual([
        { death_date: '2020-10-09', death_date_precision: 'day' },
        { death_date: '2020-01-01', death_date_precision: 'year' },
      ]);
    });
  });

  it('checks the pid against sex and year of birth', async () => {
    await run(async ({ rows }) => {
      expect(await rows("select pid, pid_status, pid_issue from persons where person_id = 'B1/child'")).toEqual([
        { pid: '095219012345', pid_status: 'valid', pid_issue: null },
      ]);
    });
  });

  it('normalises the population extract the same way, parents and spouse included', async () => {
    await run(async ({ rows }) => {
      expect(await rows('select row_id, full_name, name_fold, father_name, father_name_fold, mother_name, spouse_name, dob, permanent_residence_code, source_line from population order by row_id')).toEqual([
        { row_id: 1, full_name: 'Nguyễn Văn An', name_fold: 'nguyen van an', father_name: 'Nguyễn Văn Ba', father_name_fold: 'nguyen van ba', mother_name: 'Trần Thị Cúc', spouse_name: null, dob: '2019-03-05', permanent_residence_code: '31825', source_line: 2 },
        { row_id: 2, full_name: 'Võ Thị Gấm', name_fold: 'vo thi gam', father_name: null, father_name_fold: null, mother_name: null, spouse_name: 'Phạm Văn Em', dob: null, permanent_residence_code: '31942', source_line: 3 },
      ]);
    });
  });
});
