import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';
import { VIETNAMESE_HEADERS, VIETNAMESE_POPULATION_HEADERS } from '../../src/vn/headers.js';
import { csv, withIngest } from './helpers.js';

const POPULATION = csv([['pid', 'full_name'], ['095219012345', 'Nguyễn Văn An']]);

describe('ingest: headers, mappings and one file per event type', () => {
  it('reads a file with Vietnamese headers, event types and population headers', async () => {
    const columns = ['record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on', 'deceased_full_name', 'deceased_dob', 'death_date'];
    const registry = csv([columns.map((c) => VIETNAMESE_HEADERS[c]), ['K1', 'Khai tử', '31825', '01', '1', '10/10/2020', 'Lê Văn Dũng', '1940', '09/10/2020']]);
    const population = csv([['Số định danh cá nhân', 'Họ và tên', 'Họ và tên (Cha)'], ['095040012345', 'Lê Văn Dũng', 'Lê Văn Một']]);
    await withIngest({ 'r.csv': registry, 'p.csv': population }, { registry: ['r.csv'], population: 'p.csv' }, async ({ summary, rows }) => {
      expect(summary.files.map((f) => f.headerStyle)).toEqual(['vietnamese', 'vietnamese']);
      expect(await rows('select record_id, event_type, death_date from registrations')).toEqual([{ record_id: 'K1', event_type: 'death', death_date: '2020-10-09' }]);
      expect(await rows('select role, full_name, dob_year from persons')).toEqual([{ role: 'deceased', full_name: 'Lê Văn Dũng', dob_year: 1940 }]);
      expect(await rows('select pid, father_name from population')).toEqual([{ pid: '095040012345', father_name: 'Lê Văn Một' }]);
    });
  });

  it('takes the event type of a file without that column from TYPE=PATH, and bare fields as its main person', async () => {
    const deaths = csv([['Mã hồ sơ', 'Mã cơ quan đăng ký', 'Quyển số', 'Số', 'Ngày đăng ký', 'Họ và tên', 'Ngày chết', 'Ghi chú'], ['K1', '31825', '01', '1', '10/10/2020', 'Lê Văn Dũng', '09/10/2020', 'x']]);
    const births = csv([['record_id', 'authority_code', 'book_no', 'registration_no', 'registered_on', 'full_name'], ['S1', '31825', '01', '1', '2019', 'Lê Thị Hoa']]);
    await withIngest({ 'kt.csv': deaths, 'ks.csv': births, 'p.csv': POPULATION }, { registry: ['death=kt.csv', 'birth=ks.csv'], population: 'p.csv' }, async ({ summary, rows }) => {
      expect(await rows('select person_id, full_name from persons order by 1')).toEqual([
        { person_id: 'K1/deceased', full_name: 'Lê Văn Dũng' }, { person_id: 'S1/child', full_name: 'Lê Thị Hoa' },
      ]);
      expect(summary.files[0].ignoredHeaders).toEqual(['Ghi chú']);
    });
  });

  it('takes the event type from the config, and a column mapping per file and for all files', async () => {
    const config = parseConfig([
      'ingest:',
      '  columns: { record_id: "Mã HS", full_name: "Tên đầy đủ" }',
      '  files:',
      '    kt.csv: { event_type: "Khai tử", columns: { deceased_full_name: "Người mất" } }',
    ].join('\n'));
    const deaths = csv([['Mã HS', 'Mã cơ quan đăng ký', 'Quyển số', 'Số', 'Ngày đăng ký', 'Người mất'], ['K1', '31825', '01', '1', '10/10/2020', 'Lê Văn Dũng']]);
    const population = csv([['pid', 'Tên đầy đủ'], ['095219012345', 'Nguyễn Văn An']]);
    await withIngest({ 'kt.csv': deaths, 'p.csv': population }, { registry: ['kt.csv'], population: 'p.csv', config }, async ({ summary, rows }) => {
      expect(summary.files.map((f) => f.headerStyle)).toEqual(['mapping', 'mapping']);
      expect(await rows('select person_id, full_name from persons')).toEqual([{ person_id: 'K1/deceased', full_name: 'Lê Văn Dũng' }]);
      expect(await rows('select full_name from population')).toEqual([{ full_name: 'Nguyễn Văn An' }]);
    });
  });

  const failure = async (files: Record<string, string>, options: Parameters<typeof withIngest>[1]) => {
    try {
      await withIngest(files, options, async () => undefined);
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      return (err as Error).message;
    }
    throw new Error('expected a UserError');
  };

  it('names the key and the file when a mapped header is missing', async () => {
    const registry = csv([['record_id', 'event_type', 'child_full_name'], ['R1', 'birth', 'An']]);
    const perFile = parseConfig('ingest:\n  files:\n    r.csv: { columns: { child_dob: "Ngày sinh bé" } }\n');
    expect(await failure({ 'r.csv': registry, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv', config: perFile })).toMatch(
      /^config ingest\.files\.r\.csv\.columns\.child_dob: no header "Ngày sinh bé" in .*r\.csv$/,
    );
    const global = parseConfig('ingest:\n  columns: { record_id: "Mã HS" }\n');
    expect(await failure({ 'r.csv': registry, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv', config: global })).toMatch(
      /^config ingest\.columns\.record_id: no header "Mã HS" in .*r\.csv$/,
    );
  });

  it('refuses a mapping key that is not a column', () => {
    expect(() => parseConfig('ingest:\n  columns: { name: "Họ tên" }\n')).toThrow(/ingest\.columns\.name/);
  });

  it('refuses a registry file with no event type and nothing to name it', async () => {
    const registry = csv([['record_id', 'child_full_name'], ['R1', 'An']]);
    expect(await failure({ 'r.csv': registry, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' })).toMatch(/no event_type column; name the event type with --registry TYPE=/);
  });

  it('refuses a file whose lines end with CR only, rather than read it as one line', async () => {
    const registry = 'record_id,event_type,child_full_name\rR1,birth,An\r';
    expect(await failure({ 'r.csv': registry, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' })).toMatch(/r\.csv: lines end with CR only/);
  });

  it('refuses two headers that give the same column', async () => {
    const registry = csv([['record_id', 'event_type', 'Họ và tên (Con)', 'child_full_name'], ['R1', 'birth', 'An', 'An']]);
    expect(await failure({ 'r.csv': registry, 'p.csv': POPULATION }, { registry: ['r.csv'], population: 'p.csv' })).toMatch(
      /headers "Họ và tên \(Con\)" and "child_full_name" both give column child_full_name/,
    );
  });
});
