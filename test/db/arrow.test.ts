import { describe, expect, it } from 'vitest';
import { withConnection } from '../../src/db/open.js';
import { queryArrow } from '../../src/db/arrow.js';

describe('queryArrow', () => {
  it('returns typed columns with nulls kept', async () => {
    const t = await withConnection((c) =>
      queryArrow(c, "select * from (values ('31825', 3::bigint, 0.5, true, date '2023-05-11'), ('31942', null, null, null, null)) v(code, n, share, ok, d)"),
    );
    expect(t.numRows).toBe(2);
    expect(t.getChild('code')?.toArray()).toEqual(['31825', '31942']);
    expect(t.getChild('n')?.get(0)).toBe(3);
    expect(t.getChild('n')?.get(1)).toBeNull();
    expect(t.getChild('share')?.get(0)).toBe(0.5);
    expect(t.getChild('ok')?.get(0)).toBe(true);
    expect(t.getChild('d')?.get(0)).toBe('2023-05-11');
    expect(t.toArray().map((r) => r.toJSON().code)).toEqual(['31825', '31942']);
  });
});

describe('queryArrow on no rows', () => {
  it('returns an empty table with the columns', async () => {
    const t = await withConnection((c) => queryArrow(c, 'select 1 as a, \'x\' as b where false'));
    expect(t.numRows).toBe(0);
    expect(t.schema.fields.map((f) => f.name)).toEqual(['a', 'b']);
  });
});
