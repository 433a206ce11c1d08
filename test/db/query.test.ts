import { describe, expect, it } from 'vitest';
import { withConnection } from '../../src/db/open.js';
import { queryRows, queryValue } from '../../src/db/query.js';
import { runSteps } from '../../src/db/steps.js';
import { withSchema } from '../helpers/db.js';

describe('db layer', () => {
  it('returns plain values: bigint as number, dates as ISO strings', async () => {
    const rows = await withConnection((c) => queryRows(c, "select 3::bigint as n, date '2023-05-11' as d, [1,2] as l"));
    expect(rows).toEqual([{ n: 3, d: '2023-05-11', l: [1, 2] }]);
  });

  it('binds named parameters instead of pasting values', async () => {
    const v = await withConnection((c) => queryValue<string>(c, 'select $x || $y', { x: "O'", y: 'Brien' }));
    expect(v).toBe("O'Brien");
  });

  it('refuses to auto-load extensions (offline machines)', async () => {
    await expect(withConnection((c) => queryRows(c, "select * from read_xlsx('x.xlsx')"))).rejects.toThrow();
  });

  it('times named steps and counts the rows each made', async () => {
    const timings = await withConnection((c) =>
      runSteps(c, [
        { name: 'a', sql: 'create table a as select range as i from range(5)' },
        { name: 'b', sql: 'create table b as select * from a where i > $min', params: { min: 2 } },
      ]),
    );
    expect(timings.map((t) => [t.name, t.rows])).toEqual([['a', 5], ['b', 2]]);
  });

  it('the ingest contract schema creates every table', async () => {
    const tables = await withSchema((c) => queryRows<{ name: string }>(c, 'select table_name as name from information_schema.tables order by 1'));
    expect(tables.map((t) => t.name)).toEqual([
      'ingest_files', 'match_differences', 'match_results', 'persons', 'population', 'quarantine', 'registrations', 'units_2023',
    ]);
  });
});
