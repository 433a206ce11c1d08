import { describe, expect, it } from 'vitest';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, basePerson, decoys, matchAndRead, popRow } from './world.js';

describe('event checks', () => {
  it('a registered death the population does not show: death.not_recorded', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [popRow(1), popRow(2, { death_date: '2020-03-04' }), ...decoys(100)]);
      const deceased = (i: number) => ({ record_id: `D${i}`, event_type: 'death', role: 'deceased', name: basePerson(i).name, dob: basePerson(i).dob, sex: basePerson(i).sex });
      await addPersons(c, [deceased(1), deceased(2)]);
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('D1/deceased')!.errors).toBe('death.not_recorded');
      expect(byPerson.get('D2/deceased')!.errors).toBe('');
    });
  });

  it('a registered marriage whose spouses the population shows unmarried: marital_status.not_recorded; a differing spouse name: spouse_name', async () => {
    await withSchema(async (c) => {
      const h = basePerson(2);
      const w = basePerson(3);
      await addPopulation(c, [
        popRow(2, { marital_status: 'married', spouse: w.name }),
        popRow(3, { marital_status: 'single' }),
        popRow(4, { marital_status: 'married', spouse: 'Mạc Thị Uyên' }),
        popRow(5, { marital_status: 'married', spouse: basePerson(4).name }),
        ...decoys(100),
      ]);
      const spouse = (record: string, role: string, i: number, other: string) => ({
        record_id: record, event_type: 'marriage', role, name: basePerson(i).name, dob: basePerson(i).dob, spouse: other,
      });
      await addPersons(c, [
        spouse('M1', 'husband', 2, w.name), spouse('M1', 'wife', 3, h.name),
        spouse('M2', 'husband', 4, basePerson(5).name), spouse('M2', 'wife', 5, basePerson(4).name),
      ]);
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('M1/husband')!.errors).toBe('');
      expect(byPerson.get('M1/wife')!.errors).toBe('marital_status.not_recorded');
      expect([byPerson.get('M2/husband')!.outcome, byPerson.get('M2/husband')!.errors]).toEqual(['discrepant', 'spouse_name']);
      expect(byPerson.get('M2/wife')!.errors).toBe('');
    });
  });
});
