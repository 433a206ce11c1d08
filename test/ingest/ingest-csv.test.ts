import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { encodeText } from '../../src/vn/index.js';
import { csv, withIngest } from './helpers.js';

const HEADER = ['record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on', 'child_pid', 'child_full_name', 'child_sex', 'child_dob', 'father_full_name', 'father_birth_year', 'mother_full_name', 'mother_birth_year'];
const birth = (id: string, child: string, dob = '05/03/2019', father = 'Nguyễn Văn Ba', mother = 'Trần Thị Cúc') =>
  [id, 'birth', '31825', '01', id.replace(/\D/g, '') || '1', '06/03/2019', '', child, 'Nam', dob, father, '1985', mother, '1988'];
const POPULATION = csv([['pid', 'full_name', 'sex', 'dob'], ['095219012345', 'Nguyễn Văn An', 'Nam', '05/03/2019']]);

describe('ingest: CSV dialects', () => {
  for (const [label, delimiter] of [['comma', ','], ['semicolon', ';'], ['tab', '\t'], ['pipe', '|']] as const) {
    it(`reads a ${label}-delimited file`, async () => {
      const text = csv([HEADER, birth('R1', 'Nguyễn Văn An'), birth('R2', 'Lê Thị Hoa')], delimiter);
      await withIngest({ 'r.csv': text, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ summary, rows }) => {
        expect(summary.files[0].delimiter).toBe(delimiter);
        expect(summary.files[0].rowsLoaded).toBe(2);
        const names = await rows<{ full_name: string }>("select full_name from persons where role = 'child' order by source_line");
        expect(names.map((r) => r.full_name)).toEqual(['Nguyễn Văn An', 'Lê Thị Hoa']);
      });
    });
  }

  it('reads UTF-8 with a BOM and CRLF line ends, and keeps the lines right', async () => {
    const text = '\ufeff' + csv([HEADER, birth('R1', 'Nguyễn Văn An'), birth('R2', 'Lê Thị Hoa')], ',', '\r\n');
    await withIngest({ 'r.csv': text, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ summary, rows }) => {
      expect(summary.files[0].encoding).toBe('utf8-bom');
      const r = await rows('select record_id, source_line from registrations order by source_line');
      expect(r).toEqual([{ record_id: 'R1', source_line: 2 }, { record_id: 'R2', source_line: 3 }]);
      // the CR is not part of the last field
      expect(await rows("select mother_birth_year from (select dob_raw as mother_birth_year from persons where role = 'mother') order by 1")).toEqual([
        { mother_birth_year: '1988' }, { mother_birth_year: '1988' },
      ]);
    });
  });

  it('gives NFD names the same canonical form as NFC ones', async () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    const text = csv([HEADER, birth('R1', nfd), birth('R2', 'Nguyễn Thị Ánh')]);
    await withIngest({ 'r.csv': text, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ rows }) => {
      const r = await rows<{ full_name_raw: string; full_name: string; name_fold: string }>(
        "select full_name_raw, full_name, name_fold from persons where role = 'child' order by source_line",
      );
      expect(r[0].full_name_raw).toBe(nfd);
      expect(r[0].full_name).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
      expect(r[0].full_name).toBe(r[1].full_name);
      expect(r[0].name_fold).toBe('nguyen thi anh');
    });
  });

  for (const encoding of ['cp1258', 'tcvn3', 'vni'] as const) {
    it(`detects and decodes a ${encoding} file`, async () => {
      const text = csv([HEADER, birth('R1', 'Nguyễn Văn Đức'), birth('R2', 'Huỳnh Thị Thủy'), birth('R3', 'Trần Ngọc Ánh')]);
      await withIngest({ 'r.csv': encodeText(text, encoding), 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ summary, rows }) => {
        expect(summary.files[0].encoding).toBe(encoding);
        const r = await rows<{ full_name: string; source_line: number }>("select full_name, source_line from persons where role = 'child' order by source_line");
        expect(r).toEqual([
          { full_name: 'Nguyễn Văn Đức', source_line: 2 },
          { full_name: 'Huỳnh Thị Thủy', source_line: 3 },
          { full_name: 'Trần Ngọc Ánh', source_line: 4 },
        ]);
        const father = await rows("select distinct full_name from persons where role = 'father'");
        expect(father).toEqual([{ full_name: 'Nguyễn Văn Ba' }]);
      });
    });
  }

  it('reads every CSV in the encoding given, whatever detection would say', async () => {
    const text = csv([HEADER, birth('R1', 'Nguyễn Văn Đức')]);
    const files = { 'r.csv': encodeText(text, 'cp1258'), 'p.csv': encodeText(POPULATION, 'cp1258') };
    await withIngest(files, { registry: ['r.csv'], population: 'p.csv', encoding: 'Windows-1258' }, async ({ summary, rows }) => {
      expect(summary.files.map((f) => f.encoding)).toEqual(['cp1258', 'cp1258']);
      expect(await rows("select full_name from persons where role = 'child'")).toEqual([{ full_name: 'Nguyễn Văn Đức' }]);
      expect(await rows('select full_name from population')).toEqual([{ full_name: 'Nguyễn Văn An' }]);
    });
  });

  it('takes a per-file encoding from the config', async () => {
    const config = parseConfig('ingest:\n  files:\n    r.csv: { encoding: tcvn3 }\n');
    const text = csv([HEADER, birth('R1', 'Nguyễn Văn Đức')]);
    await withIngest({ 'r.csv': encodeText(text, 'tcvn3'), 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv', config }, async ({ summary, rows }) => {
      expect(summary.files.map((f) => f.encoding)).toEqual(['tcvn3', 'utf8']);
      expect(await rows("select full_name from persons where role = 'child'")).toEqual([{ full_name: 'Nguyễn Văn Đức' }]);
    });
  });
});

describe('ingest: every row loaded or quarantined, at its exact line', () => {
  // line 1 header; 2 ok; 3-4 one record with a quoted newline; 5 blank; 6 too few fields; 7 ok;
  // 8 a quote left open that swallows 9-10 for DuckDB; 9 ok; 10 too many fields; 11 ok
  const lines = [
    HEADER.join(','),
    birth('R1', 'Nguyễn Văn An').join(','),
    ['R2', 'birth', '31825', '01', '2', '06/03/2019', '', '"Lê Thị', 'Hoa"', 'Nữ', '05/03/2019', '', '', '', ''].join(',').replace('"Lê Thị,Hoa"', '"Lê Thị\nHoa"'),
    '',
    'R3,birth,31825,01,3',
    birth('R4', 'Phạm Văn Bình').join(','),
    birth('R5', '"Võ Thị').join(','),
    birth('R6', 'Đặng Văn Cường').join(','),
    [...birth('R7', 'Lý Thị Mỹ'), 'extra', 'more'].join(','),
    birth('R8', 'Sơn Thị Sa').join(','),
  ];
  const text = lines.join('\n') + '\n';

  it('numbers loaded rows and quarantined rows by their physical line', async () => {
    await withIngest({ 'r.csv': text, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ summary, rows }) => {
      const loaded = await rows('select record_id, source_line from registrations order by source_line');
      expect(loaded).toEqual([
        { record_id: 'R1', source_line: 2 },
        { record_id: 'R2', source_line: 3 },
        { record_id: 'R4', source_line: 7 },
        { record_id: 'R6', source_line: 9 },
        { record_id: 'R8', source_line: 11 },
      ]);
      const quarantined = await rows('select source_line, reason_code, reason from quarantine order by source_line');
      expect(quarantined).toEqual([
        { source_line: 6, reason_code: 'malformed_row', reason: 'line 6: 5 fields, expected 14' },
        { source_line: 8, reason_code: 'malformed_row', reason: 'line 8: quoted field not closed' },
        { source_line: 10, reason_code: 'malformed_row', reason: 'line 10: 16 fields, expected 14' },
      ]);
      expect(summary.files[0]).toMatchObject({ rowsIn: 8, rowsLoaded: 5, rowsQuarantined: 3 });
      expect(await rows("select full_name from persons where record_id = 'R2'")).toEqual([{ full_name: 'Lê Thị Hoa' }]);
    });
  });

  it('keeps personal data out of the reasons but the raw row in raw_line', async () => {
    await withIngest({ 'r.csv': text, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ rows }) => {
      const r = await rows<{ reason: string; raw_line: string }>('select reason, raw_line from quarantine where source_line = 10');
      expect(r[0].reason).not.toContain('Lý');
      expect(r[0].raw_line).toContain('Lý Thị Mỹ');
    });
  });
});

describe('ingest: registration checks', () => {
  const rowsOf = (...r: string[][]) => csv([HEADER, ...r]);

  it('keeps the first of duplicate record ids and points the others at it', async () => {
    const text = rowsOf(birth('R1', 'Nguyễn Văn An'), birth('R2', 'Lê Thị Hoa'), birth('R1', 'Nguyễn Văn Anh'));
    await withIngest({ 'r.csv': text, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ rows }) => {
      expect(await rows("select full_name from persons where record_id = 'R1' and role = 'child'")).toEqual([{ full_name: 'Nguyễn Văn An' }]);
      expect(await rows('select source_line, reason_code, reason from quarantine')).toEqual([
        { source_line: 4, reason_code: 'duplicate_record_id', reason: 'line 4: record id already on line 2' },
      ]);
    });
  });

  it('names the file of the first occurrence when a duplicate is in another file', async () => {
    const a = rowsOf(birth('R1', 'Nguyễn Văn An'));
    const b = rowsOf(birth('R1', 'Nguyễn Văn An'));
    await withIngest({ 'a.csv': a, 'b.csv': b, 'p.csv': POPULATION }, { registry: ['a.csv', 'b.csv'], population: 'p.csv' }, async ({ rows }) => {
      const [q] = await rows<{ source_file: string; reason: string }>('select source_file, reason from quarantine');
      expect(q.source_file).toMatch(/b\.csv$/);
      expect(q.reason).toMatch(/^line 2: record id already on line 2 of .*a\.csv$/);
    });
  });

  it('quarantines unknown event types and accepts Vietnamese ones', async () => {
    const r = (id: string, type: string) => { const x = birth(id, 'Nguyễn Văn An'); x[1] = type; return x; };
    const text = rowsOf(r('R1', 'Đăng ký khai sinh'), r('R2', 'KHAI SINH'), r('R3', 'ly_hon'), r('R4', ''));
    await withIngest({ 'r.csv': text, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ rows }) => {
      expect(await rows('select record_id, event_type from registrations order by 1')).toEqual([
        { record_id: 'R1', event_type: 'birth' }, { record_id: 'R2', event_type: 'birth' },
      ]);
      expect(await rows('select source_line, reason_code, reason from quarantine order by 1')).toEqual([
        { source_line: 4, reason_code: 'unknown_event_type', reason: expect.stringMatching(/^line 4: event type not recognised/) },
        { source_line: 5, reason_code: 'unknown_event_type', reason: 'line 5: no event type' },
      ]);
    });
  });

  it('derives a missing record id, and quarantines rows whose identity is unusable', async () => {
    const noId = birth('', 'Nguyễn Văn An');
    noId[4] = '17';
    const noBook = [...noId];
    noBook[3] = '';
    const badAuthority = [...noId];
    badAuthority[2] = '12345';
    const district = [...noId];
    district[2] = '954';
    district[4] = '18';
    const text = rowsOf(noId, noBook, badAuthority, district);
    await withIngest({ 'r.csv': text, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ rows }) => {
      expect(await rows('select record_id, commune_code, district_code, registered_year from registrations order by source_line')).toEqual([
        { record_id: '31825-2019-01-17', commune_code: '31825', district_code: '954', registered_year: 2019 },
        { record_id: '954-2019-01-18', commune_code: null, district_code: '954', registered_year: 2019 },
      ]);
      expect(await rows('select source_line, reason_code, reason from quarantine order by 1')).toEqual([
        { source_line: 3, reason_code: 'unusable_identity', reason: 'line 3: no record_id, and no book number to derive one' },
        { source_line: 4, reason_code: 'unknown_authority', reason: 'line 4: authority code is not a commune (5 digits) or district (3 digits) code of the province' },
      ]);
    });
  });

  it('quarantines a registration with no person', async () => {
    const empty = ['R9', 'birth', '31825', '01', '9', '06/03/2019', '', '', '', '', '', '', '', ''];
    await withIngest({ 'r.csv': rowsOf(birth('R1', 'Nguyễn Văn An'), empty), 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' }, async ({ rows }) => {
      expect(await rows('select source_line, reason_code, reason from quarantine')).toEqual([
        { source_line: 3, reason_code: 'no_person', reason: 'line 3: a birth registration with no person in it' },
      ]);
    });
  });
});
