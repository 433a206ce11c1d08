import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/query.js';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, basePerson, childRow, decoys, matchAndRead, popRow } from './world.js';

/**
 * One registry person per error code, each differing from its population record in exactly that way;
 * everything else agrees, so each must link and report exactly its code.
 */
const cases: { code: string; pop?: Parameters<typeof popRow>[1]; reg: Parameters<typeof childRow>[1] & { event_type?: string; role?: string } }[] = [
  { code: 'name.diacritics', reg: { name: 'Tran Thi Lan' } },
  { code: 'name.spelling', reg: { name: 'Lê Văn Tuấm' } },
  { code: 'name.middle_missing', reg: { name: 'Phạm Mai' } },
  { code: 'name.order', reg: { name: 'Văn Dũng Huỳnh' } },
  { code: 'name.different', reg: { name: 'Võ Minh Triều' } },
  { code: 'dob.day_month_swapped', reg: { dob: '09/07/1956' }, pop: { dob: '07/09/1956' } },
  { code: 'dob.year', reg: { dob: '09/08/1958' }, pop: { dob: '09/08/1957' } },
  { code: 'dob.date', reg: { dob: '19/09/1958' }, pop: { dob: '10/09/1958' } },
  { code: 'dob.partial', reg: { dob: '1959' } },
  { code: 'dob.placeholder', reg: { dob: '01/01/1960', placeholder: true } },
  { code: 'dob.different', reg: { dob: '23/11/1975' } },
  { code: 'sex', reg: { sex: 'F' } },
  { code: 'ethnicity', reg: { ethnicity: 'Khmer' } },
  { code: 'nationality', reg: { nationality: 'Trung Quốc' } },
  { code: 'birthplace', reg: { birthplace: '31960' } },
  { code: 'hometown', reg: { hometown: '31846' } },
  { code: 'father_name', reg: { father: 'Sơn Văn Quang' } },
  { code: 'mother_name', reg: { mother: 'Ngô Thị Hằng' } },
  { code: 'pid.mismatch', reg: { pid: '095069999999' } },
  { code: 'pid.invalid', reg: { pid: '09507012' } },
  { code: 'pid.inconsistent', reg: { pid: 'SAME', pid_issue: 'century_sex' } },
];

describe('error classification', () => {
  it('reports exactly the one code each hand-made pair differs by', async () => {
    await withSchema(async (c) => {
      const pop = cases.map((k, i) => popRow(i + 1, k.pop ?? {}));
      await addPopulation(c, [...pop, ...decoys(100)]);
      await addPersons(
        c,
        cases.map((k, i) => {
          const reg = { ...k.reg };
          if (reg.pid === 'SAME') reg.pid = basePerson(i + 1).pid;
          return childRow(i + 1, { ...(k.pop?.dob ? { dob: k.pop.dob } : {}), ...reg });
        }),
      );
      const { byPerson } = await matchAndRead(c);
      const got = cases.map((k, i) => {
        const r = byPerson.get(`B${i + 1}/child`)!;
        return { code: k.code, outcome: r.outcome, row: r.population_row_id, errors: r.errors };
      });
      expect(got).toEqual(cases.map((k, i) => ({ code: k.code, outcome: 'discrepant', row: i + 1, errors: k.code })));
      const diffs = await queryRows<{ field: string; error_code: string; registry_value: string; population_value: string }>(
        c,
        `select field, error_code, registry_value, population_value from match_differences where person_id in ('B2/child', 'B6/child', 'B9/child')`,
      );
      expect(diffs).toEqual(
        expect.arrayContaining([
          { field: 'full_name', error_code: 'name.spelling', registry_value: 'Lê Văn Tuấm', population_value: basePerson(2).name },
          { field: 'dob', error_code: 'dob.day_month_swapped', registry_value: '09/07/1956', population_value: '07/09/1956' },
          { field: 'dob', error_code: 'dob.partial', registry_value: '1959', population_value: basePerson(9).dob },
        ]),
      );
    });
  });

  it('reports nothing for harmless variants: Unicode form, case, spacing, Ð for Đ, old and new unit names', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [
        popRow(1, { name: 'Đặng Thị Hòa', birthplace: '31813', birthplace_2025: '31825' }),
        popRow(2),
        ...decoys(100),
      ]);
      await addPersons(c, [
        // the raw text differs (NFD, upper case, double spaces, U+00D0); the canonical columns are equal
        childRow(1, { name: '\u00d0ặng  THỊ Hòa'.normalize('NFD'), birthplace: null, birthplace_2025: '31825' }),
        childRow(2, { name: basePerson(2).name.toUpperCase() }),
      ]);
      const { byPerson } = await matchAndRead(c);
      expect([byPerson.get('B1/child')!.outcome, byPerson.get('B1/child')!.errors]).toEqual(['consistent', '']);
      expect([byPerson.get('B2/child')!.outcome, byPerson.get('B2/child')!.errors]).toEqual(['consistent', '']);
    });
  });

  it('lists several codes in the contract order', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [popRow(1), ...decoys(100)]);
      await addPersons(c, [childRow(1, { sex: 'M', hometown: '31978', pid: '09507012' })]);
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('B1/child')!.errors).toBe('sex;hometown;pid.invalid');
    });
  });
});
