import { describe, expect, it } from 'vitest';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, childRow, decoys, matchAndRead, popRow } from './world.js';

describe('decisions', () => {
  it('two candidates too close to call: ambiguous, both kept for review', async () => {
    await withSchema(async (c) => {
      // two population people identical in everything the registry states
      await addPopulation(c, [popRow(1), popRow(2, { ...popRow(1), row_id: 2, pid: '095051999999' }), ...decoys(100)]);
      await addPersons(c, [childRow(1)]);
      const { byPerson } = await matchAndRead(c);
      const r = byPerson.get('B1/child')!;
      expect(r.outcome).toBe('ambiguous');
      expect(r.population_pid).toBeNull();
      expect(new Set([r.population_row_id, r.second_row_id])).toEqual(new Set([1, 2]));
      expect(r.second_score).toBeCloseTo(r.score!, 6);
    });
  });

  it('one-to-one: a population person is the child of one birth record only; the weaker record is not linked to them', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [popRow(1), ...decoys(100)]);
      // two different children (other given names, same everything else) both point at person 1
      await addPersons(c, [childRow(1), childRow(2, { ...childRow(1), record_id: 'B2', name: popRow(1).name!.replace(/\S+$/, 'Hưng') })]);
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('B1/child')!.population_row_id).toBe(1);
      expect(byPerson.get('B2/child')!.outcome).toBe('not_found');
    });
  });

  it('parents recur: one father in two birth records links twice; one record roles are distinct people', async () => {
    await withSchema(async (c) => {
      const father = popRow(10, { name: 'Thạch Văn Sol', dob: '05/06/1980', sex: 'M' });
      await addPopulation(c, [
        father,
        popRow(1, { father: 'Thạch Văn Sol', father_pid: father.pid }),
        popRow(2, { father: 'Thạch Văn Sol', father_pid: father.pid }),
        ...decoys(100),
      ]);
      await addPersons(c, [
        childRow(1, { father: 'Thạch Văn Sol' }),
        { record_id: 'B1', role: 'father', name: 'Thạch Văn Sol', dob: '1980' },
        childRow(2, { father: 'Thạch Văn Sol' }),
        { record_id: 'B2', role: 'father', name: 'Thạch Văn Sol', dob: '1980' },
      ]);
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('B1/father')!.population_row_id).toBe(10);
      expect(byPerson.get('B2/father')!.population_row_id).toBe(10);
      expect(byPerson.get('B1/child')!.population_row_id).toBe(1);
      expect(byPerson.get('B2/child')!.population_row_id).toBe(2);
    });
  });

  it('below the threshold: not_found', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [popRow(1), ...decoys(100)]);
      // shares only the family name and the birth year with person 1
      await addPersons(c, [childRow(99, { name: 'Trần Minh Khải', dob: '30/12/1951', birthplace: '31978', hometown: '31978', father: null, mother: null })]);
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('B99/child')!.outcome).toBe('not_found');
    });
  });
});
