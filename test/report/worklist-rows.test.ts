import { listValue } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorLabel, eventTypeLabel, fieldLabel, outcomeLabel, prepareReportTables, roleLabel, suggestedFix, writeWorklists, type Language } from '../../src/report/index.js';
import { withSchema } from '../helpers/db.js';
import { buildFixture } from './fixture.js';

const root = mkdtempSync(join(tmpdir(), 'doichieu-worklist-rows-'));

type CsvLine = Record<string, string>;

/** The sheet rows below the header as the officer sees them (exceljs), empty cells as ''. */
async function sheetRows(path: string): Promise<Map<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheets = new Map<string, unknown[][]>();
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      if (n > 5) rows.push(Array.from({ length: 20 }, (_, i) => row.getCell(i + 1).value ?? ''));
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/**
 * What the sheet must hold for a commune's CSV lines of one basis, by the label functions of
 * labels.ts: a group row before each new (event type, error code), then the line's cells.
 */
function expectedRows(lines: CsvLine[], language: Language): unknown[][] {
  const rows: unknown[][] = [];
  let group = '';
  lines.forEach((l, k) => {
    const what = l.error_code ? errorLabel(l.error_code, language) : outcomeLabel(l.outcome, language);
    if (`${l.event_type}|${l.error_code || l.outcome}` !== group) {
      group = `${l.event_type}|${l.error_code || l.outcome}`;
      rows.push([`${eventTypeLabel(l.event_type, language)} — ${what}`, ...Array(19).fill('')]);
    }
    rows.push([
      k + 1, l.record_id, eventTypeLabel(l.event_type, language), l.book_no, l.registration_no, l.registered_on, roleLabel(l.role, language),
      l.full_name, l.dob, outcomeLabel(l.outcome, language), l.error_code, what, l.field ? fieldLabel(l.field, language) : '',
      l.registry_value, l.population_value, l.population_pid, suggestedFix(l.error_code || null, l.outcome, language), '', '', '',
    ]);
  });
  return rows;
}

/** XML 1.0 cannot hold these characters: the XLSX drops them, the CSV keeps them. */
const xmlText = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

describe('worklist sheet rows (built by DuckDB)', () => {
  it('every XLSX row holds its CSV line, labelled as labels.ts says, in both languages', async () => {
    for (const language of ['vi', 'en'] as const) {
      await withSchema(async (c) => {
        await buildFixture(c, { registrations: 900 });
        await prepareReportTables(c, undefined);
        const dir = join(root, language);
        const files = await writeWorklists(c, { dir, language, runId: 'run-rows' });
        expect(files.length).toBe(8);
        let checked = 0;
        for (const f of files) {
          const lines: CsvLine[] = parse(readFileSync(join(dir, `${f.file}.csv`)), { columns: true, bom: true });
          const sheets = await sheetRows(join(dir, `${f.file}.xlsx`));
          const names = language === 'vi' ? ['Đăng ký tại xã', 'Cư trú tại xã'] : ['Registered here', 'Living here'];
          for (const [k, basis] of (['registration', 'residence'] as const).entries()) {
            const mine = lines.filter((l) => l.basis === basis);
            expect(sheets.get(names[k]) ?? [], `${f.file} ${basis}`).toEqual(mine.length ? expectedRows(mine, language) : []);
            checked += mine.length;
          }
        }
        expect(checked).toBeGreaterThan(400);
      });
    }
  });

  it('markup, quotes, line breaks, edge spaces and control characters in the data come back as text', async () => {
    const char = fc.constantFrom('&', '<', '>', '"', "'", '\n', ' ', '\u0001', '\u001f', '\t', 'ễ', 'Đ', 'a', ',', '\ufffe', '</t>', '<row r="6">');
    const values = fc.array(fc.string({ unit: char, minLength: 1, maxLength: 10 }), { minLength: 20, maxLength: 20 });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(values, async (texts) => {
        await withSchema(async (c) => {
          await buildFixture(c, { registrations: 60 });
          // the hostile texts become registry values (one per differing field, in person order)
          await c.run(
            `update match_differences d set registry_value = t.v
             from (select person_id, error_code, row_number() over (order by person_id, error_code) as k from match_differences) n
             join (select unnest($texts::varchar[]) as v, generate_subscripts($texts::varchar[], 1) as k) t using (k)
             where d.person_id = n.person_id and d.error_code = n.error_code`,
            { texts: listValue(texts) },
          );
          await prepareReportTables(c, undefined);
          const dir = join(root, `hostile-${run++}`);
          const files = await writeWorklists(c, { dir, language: 'vi', runId: 'run-x', byResidence: false });
          const seen: string[] = [];
          for (const f of files) {
            const lines: CsvLine[] = parse(readFileSync(join(dir, `${f.file}.csv`)), { columns: true, bom: true });
            const rows = (await sheetRows(join(dir, `${f.file}.xlsx`))).get('Đăng ký tại xã') ?? [];
            const dataRows = rows.filter((r) => typeof r[0] === 'number');
            expect(dataRows.map((r) => r[13])).toEqual(lines.map((l) => xmlText(l.registry_value)));
            seen.push(...lines.map((l) => l.registry_value));
          }
          for (const t of texts.filter((t) => xmlText(t) !== '')) expect(seen).toContain(t);
        });
      }),
      { numRuns: 4 },
    );
  });
});
