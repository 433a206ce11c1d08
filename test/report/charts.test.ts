import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/plot/png.js';
import { renderChart, reportCharts, type BreakdownRow, type Figures, type ProgressPoint } from '../../src/report/index.js';

function row(key: string, label: string, parent: string | null, consistent: number, discrepant: number, notFound: number, extra: Partial<BreakdownRow> = {}): BreakdownRow {
  const ambiguous = Math.round(discrepant / 4);
  const invalid = 3;
  const compared = consistent + discrepant + notFound + ambiguous;
  return { key, label, parent, registrations: Math.round(compared / 1.6), persons: compared + invalid, compared, consistent, discrepant, not_found: notFound, ambiguous, invalid, pids_to_assign: Math.round(consistent / 5), ...extra };
}

/** A small hand-made set of figures: the charts' golden files depend on nothing else. */
const figures: Figures = {
  headline: { records_in: 12040, quarantined: 40, registrations: 12000, persons: 19215, compared: 19200, consistent: 15400, discrepant: 2600, not_found: 800, ambiguous: 400, invalid: 15, pids_to_assign: 3100, pid_conflicts: 12 },
  by_district: [row('954', 'Thành phố Bạc Liêu', null, 8000, 1200, 300), row('959', 'Thị xã Giá Rai', null, 7400, 1400, 500)],
  by_commune: [
    row('31825', 'Phường 1', 'Thành phố Bạc Liêu', 5000, 700, 200, { pilot: true }),
    row('31813', 'Phường 2', 'Thành phố Bạc Liêu', 3000, 500, 100, { pilot: false }),
    row('31942', 'Phường 1', 'Thị xã Giá Rai', 7400, 1400, 500, { pilot: true }),
  ],
  by_event_type: [row('death', 'death', null, 900, 300, 40), row('birth', 'birth', null, 12000, 2000, 700), row('marriage', 'marriage', null, 2500, 300, 60)],
  by_decade: [row('1980', '1980', null, 3000, 900, 300), row('1990', '1990', null, 5000, 900, 300), row('2000', '2000', null, 7400, 800, 200)],
  by_error_code: [
    { code: 'name.diacritics', category: 'name', persons: 1200 },
    { code: 'dob.day_month_swapped', category: 'dob', persons: 700 },
    { code: 'dob.placeholder', category: 'dob', persons: 400 },
    { code: 'sex', category: 'sex', persons: 90 },
    { code: 'death.not_recorded', category: 'death', persons: 210 },
  ],
  by_error_category: [{ category: 'name', persons: 1200 }, { category: 'dob', persons: 1050 }, { category: 'death', persons: 210 }, { category: 'sex', persons: 90 }],
  by_method: [{ method: 'pid', outcome: 'consistent', persons: 9000 }],
  quarantine_by_reason: [],
};
const point = (n: number, discrepant: number): ProgressPoint => ({ ...figures.headline, run_id: `run-${n}`, phase: 'pilot', started_at: `2026-0${n}-15T09:00:00`, discrepant, consistent: 15400 + 2600 - discrepant });
const progress = [point(1, 2600), point(2, 1400), point(3, 600)];

describe('report charts', () => {
  const charts = reportCharts(figures, progress, 'vi');
  for (const spec of Object.values(charts)) {
    it(`${spec.id}: SVG matches its golden file`, async () => {
      const svg = renderChart(spec);
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/chart-${spec.id}.svg`);
    });
  }

  it('each chart has its numbers in a table, written the Vietnamese way', () => {
    expect(charts.byDistrict.table.rows[0]).toEqual(['Thành phố Bạc Liêu', 9803, 9800, 8000, '81,6%', 1200, 300, 300, 3]);
    expect(charts.byCommune.table.rows.map((r) => r[0])).toEqual(['Phường 2 (TP Bạc Liêu)', 'Phường 1 (TP Bạc Liêu) ★', 'Phường 1 (TX Giá Rai) ★']); // by district, then code
    expect(charts.byEventType.table.rows.map((r) => r[0])).toEqual(['Khai sinh', 'Khai tử', 'Kết hôn']);
    expect(charts.byErrorCode.table.rows[0]).toEqual(['Họ tên sai dấu', 'name.diacritics', 1200, '46,2%']);
    expect(charts.progress.table.rows.map((r) => r[4])).toEqual([2600, 1400, 600]);
    expect(charts.byDecade.table.rows.map((r) => r[0])).toEqual(['1980–1989', '1990–1999', '2000–2009']);
  });

  it('renders to PNG with its text (a font is found)', () => {
    const png = svgToPng(renderChart(charts.byDistrict), { width: 800 });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
