import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/query.js';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, childRow, decoys, matchAndRead, popRow } from './world.js';

describe('family evidence', () => {
  it("links a birth-year-only father through the child's population record, among namesakes", async () => {
    await withSchema(async (c) => {
      const namesake = (row: number, pid: string) => popRow(row, { name: 'Nguyễn Văn Hùng', dob: `0${row - 9}/05/1980`, sex: 'M', pid, father: null, mother: null });
      await addPopulation(c, [
        namesake(10, '095080000010'), namesake(11, '095080000011'), namesake(12, '095080000012'),
        popRow(1, { father: 'Nguyễn Văn Hùng', father_pid: '095080000011' }),
        ...decoys(100),
      ]);
      await addPersons(c, [childRow(1, { father: 'Nguyễn Văn Hùng' }), { record_id: 'B1', role: 'father', name: 'Nguyễn Văn Hùng', dob: '1980' }]);
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('B1/father')!.population_row_id).toBe(11);
      // a birth year alone is the form, not an error
      expect(byPerson.get('B1/father')!.errors).toBe('');
      const [level] = await queryRows<{ level: number }>(
        c,
        `select f.level from match_family_levels f join match_scope l using (lid) join match_population r using (rid)
         where l.person_id = 'B1/father' and r.row_id = 11`,
      );
      expect(level.level).toBe(0);
    });
  });

  it('without the family link, namesakes with only a name and a birth year stay unresolved', async () => {
    await withSchema(async (c) => {
      const namesake = (row: number) => popRow(row, { name: 'Nguyễn Văn Hùng', dob: `0${row - 9}/05/1980`, sex: 'M', father: null, mother: null });
      await addPopulation(c, [namesake(10), namesake(11), namesake(12), popRow(1, { father: null, mother: null }), ...decoys(100)]);
      await addPersons(c, [childRow(1, { father: 'Nguyễn Văn Hùng' }), { record_id: 'B1', role: 'father', name: 'Nguyễn Văn Hùng', dob: '1980' }]);
      const { byPerson } = await matchAndRead(c);
      expect(['ambiguous', 'not_found']).toContain(byPerson.get('B1/father')!.outcome);
    });
  });
});
