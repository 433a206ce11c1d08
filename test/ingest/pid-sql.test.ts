import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withConnection } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { sqlFile } from '../../src/db/steps.js';
import { createReferenceTables } from '../../src/ingest/work-tables.js';
import { parsePid, pidIssue, PROVINCE_PID_CODES, type Sex } from '../../src/vn/index.js';

const root = new URL('../../src/ingest/', import.meta.url).href;

// 12-digit strings with known and unknown province codes and every century/sex digit.
const pidText = fc
  .tuple(fc.constantFrom(...Object.keys(PROVINCE_PID_CODES).slice(0, 8), '000', '099', '095', '096'), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999999 }))
  .map(([p, g, yy, n]) => `${p}${g}${String(yy).padStart(2, '0')}${String(n).padStart(6, '0')}`);

describe('pid reading in SQL agrees with src/vn/pid.ts', () => {
  it('leaves every other value to the lookup', async () => {
    await withConnection(async (c) => {
      await createReferenceTables(c, []);
      await c.run(sqlFile(`${root}index.ts`, 'sql/ingest_macros.sql'));
      const rows = await queryRows(c, "select ingest_pid_12(x) as p from (values ('095 205 012345'), ('385123456'), ('09520501234'), (null)) t(x)");
      expect(rows).toEqual([{ p: null }, { p: null }, { p: null }, { p: null }]);
    });
  });

  it('reads 12-digit values as parsePid does (ingest_pid_12), and checks them as pidIssue does (ingest_pid_issue)', async () => {
    const cases = fc.sample(fc.tuple(pidText, fc.constantFrom<Sex | null>('M', 'F', null), fc.option(fc.integer({ min: 1880, max: 2120 }))), { numRuns: 400, seed: 7 });
    await withConnection(async (c) => {
      await createReferenceTables(c, []);
      await c.run(sqlFile(`${root}index.ts`, 'sql/ingest_macros.sql'));
      await c.run('create temp table pids (raw varchar)');
      const appender = await c.createAppender('pids', 'main', 'temp');
      for (const [pid] of cases) {
        appender.appendVarchar(pid);
        appender.endRow();
      }
      appender.closeSync();
      type Read = { raw: string; digits: string | null; status: string; sex: string | null; century: number | null; yy: number | null };
      const read = new Map((await queryRows<Read>(c, 'select raw, p.digits, p.status, p.sex, p.century, p.yy from (select raw, ingest_pid_12(raw) as p from temp.pids)')).map((r) => [r.raw, r]));
      for (const [pid, sex, year] of cases) {
        const expected = parsePid(pid);
        const got = read.get(pid)!;
        expect({ digits: got.digits, status: got.status, sex: got.sex, century: got.century, yy: got.yy }, pid).toEqual({
          digits: expected.digits, status: expected.status, sex: expected.sex, century: expected.century, yy: expected.yy,
        });
        const [{ issue }] = await queryRows<{ issue: string | null }>(c, 'select ingest_pid_issue($status, $pid_sex, $century, $yy, $sex, $year) as issue', {
          status: got.status, pid_sex: got.sex, century: got.century, yy: got.yy, sex, year,
        });
        expect(issue, `${pid} ${sex} ${year}`).toBe(pidIssue(expected, sex, year));
      }
    });
  });
});
