import { describe, expect, it } from 'vitest';
import { withConnection } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { profileSql } from '../../src/profile/sql.js';

describe('profile_shapes step', () => {
  it('shapes letters, digits and punctuation', async () => {
    const rows = await withConnection(async (c) => {
      await c.run(`create temp table profile_values as select * from (values
        ('persons', 'dob', '12/03/1990', 3::bigint), ('persons', 'dob', '1990', 1), ('persons', 'full_name', 'Nguyễn Văn An', 2),
        ('persons', 'full_name', 'NGUYỄN VĂN AN', 1), ('persons', 'full_name', 'Nguyen Van 2', 1)) v(source, field, raw, n)`);
      await c.run(profileSql('profile_shapes'));
      return queryRows(c, 'select field, shape, n, estimated from profile_shapes order by field, rank');
    });
    expect(rows).toEqual([
      { field: 'dob', shape: 'dd/dd/dddd', n: 3, estimated: false },
      { field: 'dob', shape: 'dddd', n: 1, estimated: false },
      { field: 'full_name', shape: 'Aa Aa Aa', n: 2, estimated: false },
      { field: 'full_name', shape: 'A A A', n: 1, estimated: false },
      { field: 'full_name', shape: 'Aa Aa d', n: 1, estimated: false },
    ]);
  });

  it('estimates shapes of a field with more than 50.000 values seen once from a sample, close to the truth', async () => {
    const rows = await withConnection(async (c) => {
      // 150.000 distinct pids seen once: 80% 12 digits, 20% 9 digits; one frequent value seen 500 times
      await c.run(`create temp table profile_values as
        select 'persons' as source, 'pid' as field,
          case when i % 5 = 0 then lpad(i::varchar, 9, '0') else lpad(i::varchar, 12, '0') end as raw, 1::bigint as n
        from range(150000) r(i)
        union all select 'persons', 'pid', 'X', 500`);
      await c.run(profileSql('profile_shapes'));
      return queryRows<{ shape: string; n: number; share: number; estimated: boolean }>(c, 'select shape, n, share, estimated from profile_shapes order by rank');
    });
    expect(rows.map((r) => r.shape)).toEqual(['dddddddddddd', 'ddddddddd', 'A']);
    expect(rows.every((r) => r.estimated)).toBe(true);
    expect(rows[0].n).toBeGreaterThan(120000 * 0.95);
    expect(rows[0].n).toBeLessThan(120000 * 1.05);
    expect(rows[1].share).toBeCloseTo(30000 / 150500, 2);
    expect(rows[2].n).toBe(500);
  });
});
