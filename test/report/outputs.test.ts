import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryRows, queryValue } from '../../src/db/query.js';
import { formatCount, formatShare, writeRunOutputs } from '../../src/report/index.js';
import { withSchema } from '../helpers/db.js';
import { buildFixture } from './fixture.js';
import { personalValues, testConfig, testRun } from './shared.js';

const root = mkdtempSync(join(tmpdir(), 'doichieu-report-'));

describe('writeRunOutputs', () => {
  it('summary.json, report.html and the PDF show the figures of match_results, Vietnamese style, and no personal data', async () => {
    await withSchema(async (c) => {
      await buildFixture(c);
      const dir = join(root, 'vi');
      const { summary } = await writeRunOutputs(c, { dir, run: testRun(), config: testConfig(), pdf: true });

      // figures recomputed straight from the results table
      const byOutcome = await queryRows<{ outcome: string; n: number }>(c, 'select outcome, count(*) as n from match_results group by 1');
      for (const { outcome, n } of byOutcome) expect(summary.by_outcome[outcome]).toBe(n);
      expect(summary.headline.compared).toBe(await queryValue(c, "select count(*) from match_results where outcome <> 'invalid'"));
      expect(summary.headline.registrations).toBe(await queryValue(c, 'select count(*) from registrations'));
      expect(summary.headline.pids_to_assign).toBe(await queryValue(c, "select count(*) from match_results where pid_action = 'assign'"));
      expect(summary.headline.quarantined).toBe(5);
      const phuong1 = summary.by_commune.find((r) => r.key === '31942')!;
      expect(phuong1).toMatchObject({ label: 'Phường 1', parent: 'Thị xã Giá Rai', pilot: true });
      expect(phuong1.discrepant).toBe(await queryValue(c, "select count(*) from match_results where commune_code = '31942' and outcome = 'discrepant'"));
      expect(summary.by_error_code['dob.year']).toBe(await queryValue(c, "select count(*) from match_results where list_contains(string_split(errors, ';'), 'dob.year')"));
      expect(summary.by_district.reduce((s, r) => s + r.persons, 0)).toBe(summary.headline.persons);
      expect(summary.by_event_type.reduce((s, r) => s + r.registrations, 0)).toBe(summary.headline.registrations);
      expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(summary)));

      // the report's tiles carry the same numbers, written 1.234 and 73,8%
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      const tile = (key: string) => new RegExp(`data-key="${key}"><div class="label">[^<]*</div><div class="value">([^<]*)</div>`).exec(html)?.[1];
      expect(tile('compared')).toBe(formatCount(summary.headline.compared, 'vi'));
      expect(tile('consistent')).toBe(formatCount(summary.headline.consistent, 'vi'));
      expect(tile('registrations')).toBe(formatCount(summary.headline.registrations, 'vi'));
      expect(formatCount(summary.headline.compared, 'vi')).toMatch(/^\d\.\d{3}$/);
      expect(html).not.toMatch(/<(script|link|img|iframe)\b|(src|href)="|url\(/); // self-contained: nothing to fetch

      const pdfText = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
      expect(pdfText).toContain(formatCount(summary.headline.compared, 'vi'));
      expect(pdfText).toContain(formatCount(summary.headline.consistent, 'vi'));
      expect(pdfText).toContain(formatShare(summary.headline.consistent, summary.headline.compared, 'vi'));
      expect(pdfText).toContain('Thống nhất');
      expect(pdfText).toContain('Phường 1 (TX Giá Rai)');
      const fonts = execFileSync('pdffonts', [join(dir, 'report.pdf')], { encoding: 'utf8' });
      expect(fonts).toMatch(/DejaVuSans-Bold/);
      expect(fonts).toMatch(/DejaVuSans\s/);

      const personal = await personalValues(c);
      expect(personal.length).toBeGreaterThan(1000);
      const summaryText = readFileSync(join(dir, 'summary.json'), 'utf8');
      for (const value of personal) {
        expect(html.includes(value), value).toBe(false);
        expect(pdfText.includes(value), value).toBe(false);
        expect(summaryText.includes(value), value).toBe(false);
      }
      expect(readdirSync(join(dir, 'charts')).sort()).toEqual(['by-commune.png', 'by-decade.png', 'by-district.png', 'by-error-code.png', 'by-event-type.png', 'progress.png']);
      expect(readFileSync(join(dir, 'charts', 'by-district.png')).subarray(1, 4).toString()).toBe('PNG');
    });
  });

  it('results.csv has the contract columns first and one row per person in scope; English reports write 1,234', async () => {
    await withSchema(async (c) => {
      await buildFixture(c, { registrations: 800 });
      const dir = join(root, 'en');
      const config = testConfig('  language: en');
      const { summary } = await writeRunOutputs(c, { dir, run: testRun({ phase: 'pilot', scope: config.phases[0].scope }), config });
      const lines = readFileSync(join(dir, 'results.csv'), 'utf8').trim().split('\n');
      expect(lines[0].split(',').slice(0, 9)).toEqual(['record_id', 'event_type', 'role', 'authority_code', 'outcome', 'population_pid', 'score', 'errors', 'pid_action']);
      const inScope = await queryValue<number>(c, "select count(*) from match_results where commune_code in ('31825', '31942', '31915')");
      expect(lines.length - 1).toBe(inScope);
      expect(summary.headline.persons).toBe(inScope);
      expect(new Set(summary.by_commune.map((r) => r.key))).toEqual(new Set(['31825', '31942', '31915']));
      const parquetRows = await queryValue<number>(c, `select count(*) from read_parquet('${join(dir, 'results.parquet')}')`);
      expect(parquetRows).toBe(inScope);
      const quarantine = readFileSync(join(dir, 'quarantine.csv'), 'utf8').trim().split('\n');
      expect(quarantine[0]).toBe('source_file,source_line,kind,reason_code,reason,raw_line');
      expect(quarantine).toHaveLength(6);
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('Persons compared');
      if (summary.headline.compared >= 1000) expect(html).toContain(formatCount(summary.headline.compared, 'en'));
      expect(html).toContain(formatShare(summary.headline.consistent, summary.headline.compared, 'en'));
    });
  });
});
