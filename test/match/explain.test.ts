import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { explainPerson } from '../../src/match/explain.js';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, basePerson, childRow, decoys, matchAndRead, popRow } from './world.js';

describe('explain', () => {
  it('shows per field the level, its weight, the prior, the candidates and why: the parts add up to the total', async () => {
    await withSchema(async (c) => {
      // a second candidate: everything as person 1 but the given name
      await addPopulation(c, [popRow(1), { ...popRow(1), row_id: 2, pid: basePerson(2).pid, name: basePerson(1).name.replace(/\S+$/, 'Hưng') }, ...decoys(100)]);
      await addPersons(c, [childRow(1, { dob: '1951' })]);
      await matchAndRead(c);
      const e = await explainPerson(c, 'B1/child');
      expect([e.outcome, e.method, e.populationPid, e.errors]).toEqual(['discrepant', 'probabilistic', basePerson(1).pid, 'dob.partial']);
      expect(e.candidates[0].rowId).toBe(1);
      expect(e.candidateCount).toBeGreaterThanOrEqual(2);
      const best = e.candidates[0];
      const byName = Object.fromEntries(best.comparisons.map((x) => [x.comparison, x]));
      expect([byName.dob.label, byName.dob.error, byName.dob.registry, byName.dob.population]).toEqual(['partial', 'dob.partial', '1951', basePerson(1).dob]);
      expect(byName.given_name.label).toBe('exact');
      expect(byName.full_name.weighs).toBe(false);
      const sum = e.prior + best.comparisons.reduce((s, x) => s + (x.weighs ? x.weight + x.tf : 0), 0) + (best.family?.weight ?? 0);
      expect(Math.abs(sum - best.total)).toBeLessThan(0.15);
      expect(e.reason).toMatch(/match weight .* at least the threshold/);
    });
  });

  it('says why a person was not found, and refuses an unknown person with a one-line error', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, decoys(100));
      await addPersons(c, [childRow(1, { name: 'Khổng Minh Triết', dob: '01/02/2003' })]);
      await matchAndRead(c);
      const e = await explainPerson(c, 'B1/child');
      expect(e.outcome).toBe('not_found');
      expect(e.reason).toMatch(/no candidate|below the threshold/);
      await expect(explainPerson(c, 'nobody/child')).rejects.toBeInstanceOf(UserError);
    });
  });
});
