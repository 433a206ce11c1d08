import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/query.js';
import { prepareReportTables, slug, worklistFileName, writeWorklists } from '../../src/report/index.js';
import { withSchema } from '../helpers/db.js';
import { buildFixture } from './fixture.js';

const root = mkdtempSync(join(tmpdir(), 'doichieu-worklists-'));

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, bom: true });
}

describe('worklists', () => {
  it('each commune gets exactly its own discrepant, not-found and ambiguous records (both "Phường 1" apart)', async () => {
    await withSchema(async (c) => {
      await buildFixture(c, { registrations: 800 });
      await prepareReportTables(c, undefined);
      const dir = join(root, 'all');
      const files = await writeWorklists(c, { dir, language: 'vi', runId: 'run-1' });
      expect(files.map((f) => f.file)).toContain('31825-phuong-1-tp-bac-lieu');
      expect(files.map((f) => f.file)).toContain('31942-phuong-1-tx-gia-rai');
      expect(files.map((f) => f.file)).toContain('31843-thi-tran-ngan-dua-hong-dan');

      for (const f of files) {
        const rows = readCsv(join(dir, `${f.file}.csv`));
        const registered = await queryRows<{ person_id: string }>(
          c,
          "select person_id from match_results where commune_code = $c and outcome in ('discrepant', 'not_found', 'ambiguous') order by 1",
          { c: f.commune_code },
        );
        const living = await queryRows<{ person_id: string }>(
          c,
          "select person_id from match_results where residence_commune_code = $c and commune_code <> $c and outcome in ('discrepant', 'not_found', 'ambiguous') order by 1",
          { c: f.commune_code },
        );
        const ids = (basis: string) => [...new Set(rows.filter((r) => r.basis === basis).map((r) => r.person_id))].sort();
        expect(ids('registration')).toEqual(registered.map((r) => r.person_id));
        expect(ids('residence')).toEqual(living.map((r) => r.person_id));
        expect(rows.filter((r) => r.basis === 'registration').every((r) => r.registering_commune === f.commune_code)).toBe(true);
        expect(rows.every((r) => ['discrepant', 'not_found', 'ambiguous'].includes(r.outcome))).toBe(true);
        expect(f.registered_here).toBe(registered.length);
        expect(f.living_here).toBe(living.length);
      }
      const a = new Set(readCsv(join(dir, '31825-phuong-1-tp-bac-lieu.csv')).filter((r) => r.basis === 'registration').map((r) => r.record_id));
      const b = new Set(readCsv(join(dir, '31942-phuong-1-tx-gia-rai.csv')).filter((r) => r.basis === 'registration').map((r) => r.record_id));
      expect(a.size).toBeGreaterThan(10);
      expect([...a].filter((id) => b.has(id))).toEqual([]);

      // every differing field is there, registry value beside population value
      const rows = readCsv(join(dir, '31825-phuong-1-tp-bac-lieu.csv'));
      const diffs = await queryRows<{ person_id: string; error_code: string; registry_value: string; population_value: string }>(
        c,
        "select d.* from match_differences d join match_results m using (person_id) where m.commune_code = '31825'",
      );
      for (const d of diffs) {
        const line = rows.find((r) => r.person_id === d.person_id && r.error_code === d.error_code && r.basis === 'registration');
        expect(line, `${d.person_id} ${d.error_code}`).toMatchObject({ registry_value: d.registry_value, population_value: d.population_value });
        expect(line!.suggested_fix.length).toBeGreaterThan(10);
      }
      expect(Object.keys(rows[0]).slice(0, 5)).toEqual(['record_id', 'event_type', 'role', 'outcome', 'errors']);
      expect(rows.some((r) => r.outcome === 'not_found' && r.error_code === '' && r.suggested_fix.startsWith('Xác minh'))).toBe(true);
      expect(readdirSync(dir)).toContain('index.csv');
    });
  });

  it('the XLSX has Vietnamese headers, groups by event type and error code, and empty verification columns', async () => {
    await withSchema(async (c) => {
      await buildFixture(c, { registrations: 400 });
      await prepareReportTables(c, { communes: ['31942'] });
      const dir = join(root, 'xlsx');
      const files = await writeWorklists(c, { dir, language: 'vi', runId: 'run-2', byResidence: false });
      expect(files.map((f) => f.commune_code)).toEqual(['31942']);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dir, `${files[0].file}.xlsx`));
      expect(book.worksheets.map((s) => s.name)).toEqual(['Đăng ký tại xã']);
      const sheet = book.worksheets[0];
      const header = (sheet.getRow(5).values as unknown[]).slice(1);
      expect(header).toEqual(expect.arrayContaining(['STT', 'Mã hồ sơ', 'Loại việc', 'Theo sổ hộ tịch', 'Theo CSDLQG', 'Đề xuất xử lý', 'Kết quả xác minh', 'Ngày xác minh', 'Cán bộ xác minh']));
      expect(String(sheet.getRow(2).getCell(1).value)).toContain('Phường 1, Thị xã Giá Rai (31942)');
      const csvLines = readCsv(join(dir, `${files[0].file}.csv`)).length;
      let dataRows = 0;
      let groups = 0;
      const verifyCol = header.indexOf('Kết quả xác minh') + 1;
      sheet.eachRow((row, n) => {
        if (n <= 5) return;
        if (typeof row.getCell(1).value === 'number') {
          dataRows += 1;
          expect(row.getCell(verifyCol).value ?? '').toBe('');
        } else groups += 1;
      });
      expect(dataRows).toBe(csvLines);
      expect(groups).toBeGreaterThan(3);
      expect(String(sheet.getRow(6).getCell(1).value)).toMatch(/^Khai sinh — /);
    });
  });

  it('file names are ASCII slugs of code, commune and district', () => {
    expect(worklistFileName('31825', 'Phường 1', 'Thành phố Bạc Liêu')).toBe('31825-phuong-1-tp-bac-lieu');
    expect(worklistFileName('31942', 'Phường 1', 'Thị xã Giá Rai')).toBe('31942-phuong-1-tx-gia-rai');
    expect(worklistFileName('31915', 'Xã Minh Diệu', 'Huyện Hoà Bình')).toBe('31915-xa-minh-dieu-hoa-binh');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const out = slug(s);
        expect(out).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
        expect(slug(out)).toBe(out);
      }),
    );
  });
});
