import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/query.js';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, basePerson, childRow, decoys, matchAndRead, popRow } from './world.js';

describe('deterministic pass on pids', () => {
  it('links a valid pid corroborated by the name, and leaves the rest to the probabilistic pass', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [popRow(1), popRow(2), popRow(3), ...decoys(100)]);
      await addPersons(c, [
        childRow(1, { pid: basePerson(1).pid }), // corroborated: same name
        childRow(2, { pid: basePerson(2).pid, name: 'Lê Văn Tuấm', dob: '01/01/1990' }), // corroborated by given/family similarity
        childRow(3), // no pid: probabilistic, pid assigned
      ]);
      const { byPerson } = await matchAndRead(c);
      expect([1, 2, 3].map((i) => [byPerson.get(`B${i}/child`)!.method, byPerson.get(`B${i}/child`)!.population_row_id, byPerson.get(`B${i}/child`)!.pid_action])).toEqual([
        ['pid', 1, ''],
        ['pid', 2, ''],
        ['probabilistic', 3, 'assign'],
      ]);
      const corroborated = await queryRows<{ n: number }>(c, 'select count(*) as n from match_deterministic');
      expect(corroborated[0].n).toBe(2);
    });
  });

  it('a pid typo that hits another real person does not link that person: the right one is found, pid.mismatch, conflict', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [popRow(1), popRow(2), ...decoys(100)]);
      // person 1's registry record carries person 2's pid (a typo landing on a real number)
      await addPersons(c, [childRow(1, { pid: basePerson(2).pid })]);
      const { byPerson } = await matchAndRead(c);
      const r = byPerson.get('B1/child')!;
      expect([r.method, r.population_row_id, r.population_pid, r.errors, r.pid_action]).toEqual([
        'probabilistic', 1, basePerson(1).pid, 'pid.mismatch', 'conflict',
      ]);
      const [hit] = await queryRows<{ corroborated: boolean }>(c, 'select corroborated from match_pid_candidates');
      expect(hit.corroborated).toBe(false);
    });
  });

  it('a person with neither a usable name nor a pid is invalid; a pid alone still links', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [popRow(1), ...decoys(100)]);
      await addPersons(c, [childRow(1, { name: null, pid: basePerson(1).pid }), childRow(2, { name: null })]);
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('B1/child')!.population_row_id).toBe(1);
      expect(byPerson.get('B2/child')!.outcome).toBe('invalid');
    });
  });
});
