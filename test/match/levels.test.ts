import { describe, expect, it } from 'vitest';
import { resolveMatchConfig } from '../../src/config/match.js';
import { queryRows } from '../../src/db/query.js';
import { runSteps } from '../../src/db/steps.js';
import { comparisonStep, levelColumn } from '../../src/match/comparisons.js';
import { match } from '../../src/match/index.js';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, childRow, decoys, popRow } from './world.js';

const config = resolveMatchConfig();

/** Level labels of every comparison for registry person `B<i>/child` against population row `i`. */
async function levelsOf(c: Parameters<Parameters<typeof withSchema>[0]>[0], ids: number[]): Promise<Record<string, string>[]> {
  await c.run(`create or replace table t_pairs as
    select l.lid, r.rid, r.row_id from match_scope l join match_population r on l.person_id = 'B' || r.row_id || '/child'`);
  await runSteps(c, [comparisonStep('t_levels', 't_pairs', config.comparisons, ['row_id'])]);
  const rows = await queryRows<Record<string, number>>(c, 'select * from t_levels order by row_id');
  return ids.map((id) => {
    const row = rows.find((r) => r.row_id === id)!;
    return Object.fromEntries(config.comparisons.map((cmp) => [cmp.name, row[levelColumn(cmp)] < 0 ? '-' : cmp.levels[row[levelColumn(cmp)]].label]));
  });
}

describe('comparison levels (SQL of each condition on standardised rows)', () => {
  it('dates: the contract classes, and as evidence the year and the day-month apart', async () => {
    await withSchema(async (c) => {
      const dates: [string, string, Record<string, unknown>?][] = [
        ['05/03/1990', '05/03/1990'],
        ['03/05/1990', '05/03/1990'],
        ['1990', '05/03/1990'],
        ['03/1990', '05/03/1990'],
        ['01/01/1990', '05/03/1990', { placeholder: true }],
        ['05/03/1991', '05/03/1990'],
        ['05/03/1995', '05/03/1990'],
        ['20/03/1990', '05/03/1990'],
        ['20/11/1990', '05/03/1990'],
        ['17/08/1972', '05/03/1990'],
      ];
      await addPopulation(c, [...dates.map(([, pop], i) => popRow(i + 1, { dob: pop })), ...decoys(100, 50)]);
      await addPersons(c, dates.map(([reg, , over], i) => childRow(i + 1, { dob: reg, ...(over ?? {}) })));
      await match(c);
      const levels = await levelsOf(c, dates.map((_, i) => i + 1));
      expect(levels.map((l) => [l.dob, l.birth_year, l.birth_day_month])).toEqual([
        ['exact', 'exact', 'exact'],
        ['swapped', 'exact', 'swapped'],
        ['partial', 'exact', '-'],
        ['partial', 'exact', 'exact'],
        ['placeholder', 'exact', 'placeholder'],
        ['other_year', 'off_by_one', 'exact'],
        ['other_year', 'different', 'exact'],
        ['same_year', 'exact', 'same_month'],
        ['same_year', 'exact', 'different'],
        ['different', 'different', 'different'],
      ]);
    });
  });

  it('names: exact, diacritics dropped, a tone mark changed, middle missing, order, spelling, different', async () => {
    await withSchema(async (c) => {
      const names: [string, string][] = [
        ['Nguyễn Văn Hùng', 'Nguyễn Văn Hùng'],
        ['Nguyen Van Hung', 'Nguyễn Văn Hùng'],
        ['Nguyễn Văn Hưng', 'Nguyễn Văn Hùng'],
        ['Nguyễn Hùng', 'Nguyễn Văn Hùng'],
        ['Văn Hùng Nguyễn', 'Nguyễn Văn Hùng'],
        ['Nguyễn Văn Hùg', 'Nguyễn Văn Hùng'],
        ['Trần Minh Khải', 'Nguyễn Văn Hùng'],
      ];
      await addPopulation(c, [...names.map(([, pop], i) => popRow(i + 1, { name: pop })), ...decoys(100, 50)]);
      await addPersons(c, names.map(([reg], i) => childRow(i + 1, { name: reg })));
      await match(c);
      const levels = await levelsOf(c, names.map((_, i) => i + 1));
      expect(levels.map((l) => [l.full_name, l.given_name, l.middle_name])).toEqual([
        ['exact', 'exact', 'exact'],
        ['diacritics', 'folded', 'exact'],
        ['diacritics', 'mark_changed', 'exact'],
        ['middle_missing', 'exact', 'one_missing'],
        ['order', 'reordered', 'different'],
        ['spelling', 'close', 'exact'],
        ['different', 'different', 'different'],
      ]);
    });
  });

  it('places: same unit, by the 2025 unit, same district, birth registration place as evidence only', async () => {
    await withSchema(async (c) => {
      await c.run(`insert into units_2023 values
        ('31813', 'Phường 2', 'Phường', '954', 'TP Bạc Liêu', '95', '31825', 'Phường Bạc Liêu'),
        ('31816', 'Phường 3', 'Phường', '954', 'TP Bạc Liêu', '95', '31825', 'Phường Bạc Liêu'),
        ('31960', 'Phong Thạnh', 'Xã', '959', 'Giá Rai', '95', '31942', 'Giá Rai')`);
      const places: [Record<string, unknown>, Record<string, unknown>][] = [
        [{ birthplace: '31813' }, { birthplace: '31813' }],
        [{ birthplace: null, birthplace_2025: '31825' }, { birthplace: '31813', birthplace_2025: '31825' }],
        [{ birthplace: '31816' }, { birthplace: '31813' }],
        [{ birthplace: '31960' }, { birthplace: '31813', birthreg: '31960' }],
        [{ birthplace: null }, { birthplace: '31813' }],
      ];
      await addPopulation(c, [...places.map(([, pop], i) => popRow(i + 1, pop)), ...decoys(100, 50)]);
      await addPersons(c, places.map(([reg], i) => childRow(i + 1, reg)));
      await match(c);
      const levels = await levelsOf(c, places.map((_, i) => i + 1));
      expect(levels.map((l) => [l.birthplace, l.birthplace_any])).toEqual([
        ['same', 'same'],
        ['same', 'same'],
        ['different', 'same_district'],
        ['different', 'same'],
        ['-', '-'],
      ]);
    });
  });
});
