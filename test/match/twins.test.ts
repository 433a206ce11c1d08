import { describe, expect, it } from 'vitest';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, childRow, decoys, matchAndRead, popRow } from './world.js';

/** Twins: same parents, date and place of birth, family and middle name; given names near-identical. */
function twins(i: number, a: string, b: string, family = 'Nguyễn Văn') {
  const base = { father: 'Nguyễn Văn Bình', mother: 'Trần Thị Cúc', dob: '12/03/2015', birthplace: '31813', hometown: '31813' };
  return {
    pop: [popRow(i, { ...base, name: `${family} ${a}` }), popRow(i + 1, { ...base, name: `${family} ${b}` })],
    reg: (ia: number, ib: number, overA = {}, overB = {}) => [
      childRow(ia, { ...base, name: `${family} ${a}`, ...overA }),
      childRow(ib, { ...base, name: `${family} ${b}`, ...overB }),
    ],
  };
}

describe('twins', () => {
  it('are never swapped or merged: the given name decides, even one letter or one tone mark apart', async () => {
    await withSchema(async (c) => {
      const t1 = twins(1, 'An', 'Anh');
      const t2 = twins(3, 'Hùng', 'Hưng');
      const t3 = twins(5, 'Lan', 'Lân', 'Lê Thị');
      await addPopulation(c, [...t1.pop, ...t2.pop, ...t3.pop, ...decoys(100)]);
      await addPersons(c, [
        ...t1.reg(1, 2),
        ...t2.reg(3, 4),
        // a typo in the mother's name of one twin's record must not hand its person to the other twin
        ...t3.reg(5, 6, { mother: 'Trần Thị Cú' }),
      ]);
      const { byPerson } = await matchAndRead(c);
      const links = [1, 2, 3, 4, 5, 6].map((i) => byPerson.get(`B${i}/child`)!.population_row_id);
      expect(links).toEqual([1, 2, 3, 4, 5, 6]);
    });
  });

  it('a twin whose name lost its tone marks is not given to the other twin', async () => {
    await withSchema(async (c) => {
      const t = twins(1, 'Hùng', 'Hưng');
      await addPopulation(c, [...t.pop, ...decoys(100)]);
      // "Nguyen Van Hung" fits both twins equally: the other record takes its own twin first
      await addPersons(c, t.reg(1, 2, {}, { name: 'Nguyen Van Hung' }));
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('B1/child')!.population_row_id).toBe(1);
      expect(byPerson.get('B2/child')!.population_row_id).not.toBe(1);
    });
  });

  it("a typo that makes one twin's record read as the other's: each twin still gets one record", async () => {
    await withSchema(async (c) => {
      const t = twins(1, 'An', 'Anh');
      await addPopulation(c, [...t.pop, ...decoys(100)]);
      await addPersons(c, t.reg(1, 2, {}, { name: 'Nguyễn Văn An' }));
      const { byPerson } = await matchAndRead(c);
      const links = [byPerson.get('B1/child')!.population_row_id, byPerson.get('B2/child')!.population_row_id];
      expect(new Set(links)).toEqual(new Set([1, 2]));
    });
  });

  it('two registrations reading exactly alike for twins are left for review, not guessed', async () => {
    await withSchema(async (c) => {
      const t = twins(1, 'An', 'Anh');
      await addPopulation(c, [...t.pop, ...decoys(100)]);
      // both records say "Nguyễn Văn An" in every field: which one is Anh's cannot be told
      const [a] = t.reg(1, 2);
      await addPersons(c, [a, { ...a, record_id: 'B2' }]);
      const { byPerson } = await matchAndRead(c);
      expect([byPerson.get('B1/child')!.outcome, byPerson.get('B2/child')!.outcome]).toEqual(['ambiguous', 'ambiguous']);
      expect(new Set([byPerson.get('B1/child')!.population_row_id, byPerson.get('B1/child')!.second_row_id])).toEqual(new Set([1, 2]));
    });
  });

  it('a twin absent from the population is not linked to the other twin when that twin has its own record', async () => {
    await withSchema(async (c) => {
      const t = twins(1, 'An', 'Anh');
      await addPopulation(c, [t.pop[0], ...decoys(100)]);
      await addPersons(c, t.reg(1, 2));
      const { byPerson } = await matchAndRead(c);
      expect(byPerson.get('B1/child')!.population_row_id).toBe(1);
      expect(byPerson.get('B2/child')!.outcome).toBe('not_found');
    });
  });

  it("a twin's record carrying the other twin's pid is linked by the given name, not by the pid", async () => {
    await withSchema(async (c) => {
      const t = twins(1, 'An', 'Anh');
      await addPopulation(c, [...t.pop, ...decoys(100)]);
      // An's record shows Anh's pid: the pid and every shared field point at Anh, the given name at An
      await addPersons(c, t.reg(1, 2, { pid: t.pop[1].pid }));
      const { byPerson } = await matchAndRead(c);
      const an = byPerson.get('B1/child')!;
      expect([an.population_row_id, byPerson.get('B2/child')!.population_row_id]).toEqual([1, 2]);
      expect(an.errors.split(';')).toContain('pid.mismatch');
    });
  });

  it("twins of different sex (different middle names) are not swapped by one twin's pid on the other's record", async () => {
    await withSchema(async (c) => {
      const base = { father: 'Trương Văn Thắng', mother: 'Nguyễn Thị Trinh', dob: '15/06/1976', birthplace: '31813', hometown: '31813' };
      const boy = popRow(1, { ...base, name: 'Trương Văn Long', sex: 'M' });
      const girl = popRow(2, { ...base, name: 'Trương Thị Phụng', sex: 'F' });
      await addPopulation(c, [boy, girl, ...decoys(100)]);
      await addPersons(c, [
        childRow(1, { ...base, name: 'Trương Văn Long', sex: 'M', pid: girl.pid }),
        childRow(2, { ...base, name: 'Trương Thị Phụng', sex: 'F' }),
      ]);
      const { byPerson } = await matchAndRead(c);
      expect([byPerson.get('B1/child')!.population_row_id, byPerson.get('B2/child')!.population_row_id]).toEqual([1, 2]);
    });
  });
});
