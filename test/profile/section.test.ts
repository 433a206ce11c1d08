import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open.js';
import { renderPlot } from '../../src/plot/render.js';
import { failuresByRuleChart } from '../../src/profile/charts/index.js';
import { profile, profileFigures, renderProfileSection, writeProfileOutputs, type ProfileFigures } from '../../src/profile/index.js';
import { profileSummaryText } from '../../src/profile/summary-text.js';
import { fixturePersonalValues, openFixture, TODAY } from './fixture.js';

describe('profile section and outputs', () => {
  let db: Database;
  let figures: ProfileFigures;
  let html: string;
  beforeAll(async () => {
    db = await openFixture();
    await profile(db.connection, { today: TODAY });
    figures = await profileFigures(db.connection);
    html = await renderProfileSection(db.connection, { language: 'vi' });
  });
  afterAll(() => db.close());

  it('has every chart as inline SVG with its table', () => {
    for (const id of ['profile-completeness-district', 'profile-failures-rule', 'profile-records-year']) {
      const figure = html.slice(html.indexOf(`<figure id="${id}">`), html.indexOf('</figure>', html.indexOf(`<figure id="${id}">`)));
      expect(figure).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(figure).toContain('<table class="dc-table">');
    }
  });

  it('writes Vietnamese labels and numbers', () => {
    expect(html).toContain('Chất lượng dữ liệu số hóa');
    expect(html).toContain('Mức đầy đủ theo huyện và trường thông tin');
    expect(html).toContain('<td>Số định danh sai cấu trúc</td>');
    // 25 + 8 + ... of the required values: the overall share with a decimal comma
    expect(html).toMatch(/Mức đầy đủ của các trường bắt buộc: \d+,\d%/);
  });

  it('switches to English', async () => {
    const en = await renderProfileSection(db.connection, { language: 'en' });
    expect(en).toContain('Completeness by district and field');
    expect(en).toContain('<td>Personal ID number malformed</td>');
  });

  it('leaks no name or ID number of the fixture', () => {
    const personal = fixturePersonalValues();
    expect(personal.length).toBeGreaterThan(30);
    expect(personal.filter((v) => html.includes(v))).toEqual([]);
    const text = profileSummaryText(figures, 'vi') + JSON.stringify(figures);
    expect(personal.filter((v) => text.includes(v))).toEqual([]);
  });

  it('draws the failures chart as in the golden file', async () => {
    const svg = renderPlot(failuresByRuleChart(figures, 'vi').plot);
    await expect(svg).toMatchFileSnapshot('__snapshots__/failures-by-rule.svg');
  });

  it('writes the failures as CSV and XLSX with Vietnamese headers, and the summary JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doichieu-profile-'));
    const files = await writeProfileOutputs(db.connection, dir, { language: 'vi' });
    const total = figures.rules.reduce((n, r) => n + r.failing_rows, 0);
    const csv = readFileSync(files.csv, 'utf8').trim().split('\n');
    expect(csv[0]).toBe('Mã quy tắc,Quy tắc,Mức độ,Nguồn,Mã hồ sơ,Mã người,Dòng CSDL dân cư,Vai trò,Loại việc,Mã huyện,Mã xã,Năm đăng ký,Trường,Giá trị,Lý do');
    expect(csv).toHaveLength(total + 1);
    expect(csv).toContain('pid_invalid,Số định danh sai cấu trúc,Lỗi,persons,B2,B2/child,,child,birth,954,31825,2010,pid,09521000000X,pid_status = invalid');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(files.xlsx);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Mã quy tắc');
    expect(sheet.getRow(2).values).toContain('B2/child');
    const json = JSON.parse(readFileSync(files.json, 'utf8')) as ProfileFigures;
    expect(json.rows).toEqual({ registrations: 22, persons: 45, population: 6 });
    expect(readFileSync(files.html, 'utf8')).toMatch(/^<!doctype html>\n<html lang="vi">/);
  });

  it('counts the rows ingest quarantined, by reason', () => {
    expect(figures.quarantine).toEqual([
      { kind: 'population', reason_code: 'duplicate_record_id', rows: 1 },
      { kind: 'registry', reason_code: 'malformed_row', rows: 2 },
    ]);
    expect(html).toContain('Dòng không nạp được (cách ly): 3.');
  });

  it('prints a compact summary of aggregates', () => {
    const text = profileSummaryText(figures, 'vi');
    expect(text).toContain('Dòng bị cách ly khi nạp: 3');
    expect(text).toContain('Hồ sơ: 22 · người trong hồ sơ: 45 · CSDL dân cư: 6');
    expect(text).toContain('[Cảnh báo] duplicate_registration — Nghi trùng đăng ký khai sinh: 6');
    expect(text).toContain('Nghi trùng khai sinh: 3 cặp · sinh đôi: 1 cặp');
  });
});
