import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMatchConfig } from '../../src/config/match.js';
import { withConnection } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { UserError } from '../../src/errors.js';
import { link } from '../../src/match/link.js';

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'doichieu-link-'));
  const left = join(dir, 'a.csv');
  const right = join(dir, 'b.csv');
  writeFileSync(left, 'ma,ho_ten,ngay_sinh,gioi_tinh\nA1,Nguyễn Văn An,12/03/1990,Nam\nA2,TRẦN THỊ LAN,15/08/1985,Nữ\nA3,Le Van Hung,05/06/1970,Nam\nA4,Phạm Minh Khải,01/01/2001,Nam\n');
  const others = Array.from({ length: 40 }, (_, i) => `C${i},Võ Thị Mai ${['Anh', 'Bình', 'Cúc', 'Dung'][i % 4]},0${(i % 9) + 1}/1${i % 3}/19${50 + i},F`);
  writeFileSync(right, ['id,name,dob,sex', 'B1,Nguyễn Văn An,1990-03-12,M', 'B2,Trần Thị Lan,15/08/1985,F', 'B3,Lê Văn Hùng,05/06/1970,M', ...others].join('\n') + '\n');
  return { left, right };
}

const config = (over: Record<string, unknown> = {}) =>
  resolveMatchConfig({
    link: {
      left: { id: 'ma', columns: { full_name: 'ho_ten', dob: 'ngay_sinh', sex: 'gioi_tinh' } },
      right: { id: 'id', columns: { full_name: 'name', dob: 'dob', sex: 'sex' } },
      one_to_one: true,
      ...over,
    },
  });

describe('link: any two tables through the same engine', () => {
  it('pairs each left row with its right row, with weight, probability and differences', async () => {
    const { left, right } = files();
    await withConnection(async (c) => {
      await link(c, { left, right, config: config() });
      const pairs = await queryRows<{ left_id: string; right_id: string | null; outcome: string; errors: string }>(c, 'select left_id, right_id, outcome, errors from link_pairs order by left_id');
      expect(pairs).toEqual([
        { left_id: 'A1', right_id: 'B1', outcome: 'consistent', errors: '' },
        { left_id: 'A2', right_id: 'B2', outcome: 'consistent', errors: '' },
        { left_id: 'A3', right_id: 'B3', outcome: 'discrepant', errors: 'name.diacritics' },
        { left_id: 'A4', right_id: null, outcome: 'not_found', errors: '' },
      ]);
    });
  });

  it('names the file and the config key of a missing column', async () => {
    const { left, right } = files();
    await withConnection(async (c) => {
      const bad = config({ right: { id: 'id', columns: { full_name: 'ten' } } });
      await expect(link(c, { left, right, config: bad })).rejects.toThrow(UserError);
      await expect(link(c, { left, right, config: bad })).rejects.toThrow(/b\.csv: no column 'ten' \(config key match\.link\.right\.columns\.full_name\)/);
    });
  });
});
