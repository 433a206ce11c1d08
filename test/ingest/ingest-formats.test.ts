import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { withConnection } from '../../src/db/open.js';
import { literal } from '../../src/db/query.js';
import { UserError } from '../../src/errors.js';
import { csv, inputDir, withIngest } from './helpers.js';
import { openDatabase } from '../../src/db/open.js';
import { ingest } from '../../src/ingest/index.js';

const POPULATION = csv([['pid', 'full_name'], ['095219012345', 'Nguyễn Văn An']]);

describe('ingest: Parquet and XLSX inputs', () => {
  it('reads Parquet, typed columns as text, lines as row positions', async () => {
    const dir = inputDir({ 'p.csv': POPULATION });
    try {
      const file = join(dir.dir, 'r.parquet');
      await withConnection(async (c) => {
        await c.run(`copy (select * from (values
          ('R1', 'birth', 31825, '01', 1, date '2019-03-06', 95219012345, 'Nguyễn Văn An', date '2019-03-05', 1985.0),
          ('R2', 'Khai sinh', 31825, '01', 2, date '2020-01-02', null, 'Lê Thị Hoa', date '2020-01-01', null)
        ) t(record_id, event_type, authority_code, book_no, registration_no, registered_on, child_pid, child_full_name, child_dob, father_birth_year))
        to ${literal(file)} (format parquet)`);
      });
      const db = await openDatabase();
      try {
        const summary = await ingest(db.connection, { registry: [file], population: dir.path('p.csv') });
        expect(summary.files[0]).toMatchObject({ format: 'parquet', encoding: null, rowsIn: 2, rowsLoaded: 2, rowsQuarantined: 0 });
        const rows = await db.connection.runAndReadAll(
          "select p.record_id, r.registered_on, p.pid_raw, p.full_name, p.dob, p.source_line from persons p join registrations r using (record_id) where role = 'child' order by 1",
        );
        expect(rows.getRowObjectsJson()).toEqual([
          { record_id: 'R1', registered_on: '2019-03-06', pid_raw: '95219012345', full_name: 'Nguyễn Văn An', dob: '2019-03-05', source_line: '1' },
          { record_id: 'R2', registered_on: '2020-01-02', pid_raw: null, full_name: 'Lê Thị Hoa', dob: '2020-01-01', source_line: '2' },
        ]);
        const father = await db.connection.runAndReadAll("select dob_raw, dob_year from persons where role = 'father'");
        expect(father.getRowObjectsJson()).toEqual([{ dob_raw: '1985', dob_year: 1985 }]);
      } finally {
        db.close();
      }
    } finally {
      dir.cleanup();
    }
  });

  const workbook = async (path: string, rows: unknown[][], sheets = 1) => {
    const wb = new ExcelJS.Workbook();
    for (let s = 0; s < sheets; s++) {
      const ws = wb.addWorksheet(`Sheet${s + 1}`);
      for (const r of rows) ws.addRow(r);
    }
    await wb.xlsx.writeFile(path);
  };

  it('reads the first worksheet of an XLSX, with Excel row numbers as lines', async () => {
    const dir = inputDir({ 'p.csv': POPULATION });
    try {
      const file = join(dir.dir, 'r.xlsx');
      await workbook(file, [
        ['Mã hồ sơ', 'Loại việc', 'Mã cơ quan đăng ký', 'Quyển số', 'Số đăng ký', 'Ngày đăng ký', 'Họ và tên (Con)', 'Ngày sinh (Con)', 'Số định danh cá nhân (Con)'],
        ['R1', 'Khai sinh', 31825, '01', 1, new Date(Date.UTC(2019, 2, 6)), 'Nguyễn Văn An', new Date(Date.UTC(2019, 2, 5)), 95219012345],
        [],
        ['R2', 'Khai sinh', 31825, '01', 2, '02/01/2020', { richText: [{ text: 'Lê Thị ' }, { text: 'Hoa' }] }, '01/01/2020', null],
        ['R3', 'Khai sinh', 31825, '01', 3, '02/01/2020', 'Lý Văn Tư', '01/01/2020', null, 'a stray value'],
      ]);
      const db = await openDatabase();
      try {
        const summary = await ingest(db.connection, { registry: [file], population: dir.path('p.csv') });
        expect(summary.files[0]).toMatchObject({ format: 'xlsx', headerStyle: 'vietnamese', rowsIn: 3, rowsLoaded: 2, rowsQuarantined: 1 });
        const rows = await db.connection.runAndReadAll("select record_id, full_name, dob, pid_raw, source_line from persons order by source_line");
        expect(rows.getRowObjectsJson()).toEqual([
          { record_id: 'R1', full_name: 'Nguyễn Văn An', dob: '2019-03-05', pid_raw: '95219012345', source_line: '2' },
          { record_id: 'R2', full_name: 'Lê Thị Hoa', dob: '2020-01-01', pid_raw: null, source_line: '4' },
        ]);
        const q = await db.connection.runAndReadAll('select source_line, reason from quarantine');
        expect(q.getRowObjectsJson()).toEqual([{ source_line: '5', reason: 'line 5: a value in column 10, which has no header' }]);
      } finally {
        db.close();
      }
    } finally {
      dir.cleanup();
    }
  });

  it('says so in one line when an XLSX has no sheet, no rows, or is not an XLSX', async () => {
    const dir = inputDir({ 'p.csv': POPULATION, 'fake.xlsx': 'PK\u0003\u0004 not really a zip' });
    try {
      await workbook(join(dir.dir, 'empty.xlsx'), []);
      await workbook(join(dir.dir, 'nosheets.xlsx'), [], 0);
      const cases = [
        ['empty.xlsx', /empty\.xlsx: the first worksheet is empty$/],
        ['nosheets.xlsx', /nosheets\.xlsx: the workbook has no worksheet$/],
        ['fake.xlsx', /fake\.xlsx: cannot read the file as XLSX/],
      ] as const;
      for (const [name, message] of cases) {
        const db = await openDatabase();
        try {
          const run = ingest(db.connection, { registry: [dir.path(name)], population: dir.path('p.csv') });
          await expect(run).rejects.toBeInstanceOf(UserError);
          await expect(run).rejects.toThrow(message);
        } finally {
          db.close();
        }
      }
    } finally {
      dir.cleanup();
    }
  });

  it('gives the same rows from CSV and XLSX', async () => {
    const header = ['record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on', 'child_full_name'];
    const data = [['R1', 'birth', '31825', '01', '1', '06/03/2019', 'Nguyễn Văn An']];
    const results: unknown[] = [];
    await withIngest({ 'r.csv': csv([header, ...data]), 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ rows }) => {
      results.push(await rows('select person_id, full_name, persons.registered_year from persons join registrations using (record_id)'));
    });
    const dir = inputDir({ 'p.csv': POPULATION });
    try {
      await workbook(join(dir.dir, 'r.xlsx'), [header, ...data]);
      const db = await openDatabase();
      try {
        await ingest(db.connection, { registry: [dir.path('r.xlsx')], population: dir.path('p.csv') });
        const r = await db.connection.runAndReadAll('select person_id, full_name, persons.registered_year from persons join registrations using (record_id)');
        results.push(r.getRowObjectsJson());
      } finally {
        db.close();
      }
    } finally {
      dir.cleanup();
    }
    expect(results[0]).toEqual([{ person_id: 'R1/child', full_name: 'Nguyễn Văn An', registered_year: 2019 }]);
    expect(results[1]).toEqual(results[0]);
  });
});
