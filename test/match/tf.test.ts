import { describe, expect, it } from 'vitest';
import { explainPerson } from '../../src/match/explain.js';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, childRow, decoys, matchAndRead, popRow } from './world.js';

describe('term-frequency adjustment', () => {
  it('a rare given name agreeing weighs more than a common one, and "Nguyễn" agreeing weighs little', async () => {
    await withSchema(async (c) => {
      const nguyen = Array.from({ length: 120 }, (_, k) => popRow(500 + k, { name: `Nguyễn Văn ${k % 2 ? 'Hùng' : 'Tuấn'}`, dob: `0${(k % 9) + 1}/0${(k % 8) + 1}/19${40 + (k % 50)}`, pid: `0950${String(k).padStart(8, '0')}` }));
      await addPopulation(c, [popRow(1, { name: 'Nguyễn Văn Hùng' }), popRow(2, { name: 'Trần Văn Khải' }), ...nguyen, ...decoys(100, 100)]);
      await addPersons(c, [childRow(1, { name: 'Nguyễn Văn Hùng' }), childRow(2, { name: 'Trần Văn Khải' })]);
      await matchAndRead(c);
      const weight = async (person: string, comparison: string) => {
        const e = await explainPerson(c, person);
        const x = e.candidates[0].comparisons.find((k) => k.comparison === comparison)!;
        expect(x.label).toBe('exact');
        return x.weight + x.tf;
      };
      const commonGiven = await weight('B1/child', 'given_name');
      const rareGiven = await weight('B2/child', 'given_name');
      const nguyenFamily = await weight('B1/child', 'family_name');
      expect(rareGiven).toBeGreaterThan(commonGiven + 2);
      expect(rareGiven).toBeGreaterThan(nguyenFamily + 4);
      const e = await explainPerson(c, 'B1/child');
      expect(e.candidates[0].comparisons.find((k) => k.comparison === 'family_name')!.tf).toBeLessThan(0);
    });
  });
});
