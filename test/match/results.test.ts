import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/query.js';
import { match } from '../../src/match/index.js';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, childRow, decoys, popRow } from './world.js';

describe('match_results', () => {
  it('has exactly one row per in-scope person, whatever the persons look like', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ i: fc.integer({ min: 1, max: 30 }), commune: fc.constantFrom('31813', '31960'), named: fc.boolean(), withPid: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        async (people) => {
          await withSchema(async (c) => {
            await addPopulation(c, [...Array.from({ length: 30 }, (_, k) => popRow(k + 1)), ...decoys(100, 30)]);
            await addPersons(c, people.map((p, k) => ({ ...childRow(p.i, { commune: p.commune }), record_id: `R${k}`, name: p.named ? popRow(p.i).name : null, pid: p.withPid ? popRow(p.i).pid : null })));
            const all = await match(c);
            const [whole] = await queryRows<{ rows: number; persons: number; distinct: number }>(
              c,
              `select (select count(*) from match_results) as rows, (select count(*) from persons) as persons, (select count(distinct person_id) from match_results) as "distinct"`,
            );
            expect([whole.rows, whole.distinct]).toEqual([whole.persons, whole.persons]);
            expect(Object.values(all.outcomes).reduce((s, n) => s + n, 0)).toBe(whole.persons);

            await match(c, { scope: { communes: ['31960'] } });
            const [scoped] = await queryRows<{ rows: number; inScope: number; outside: number }>(
              c,
              `select (select count(*) from match_results) as rows, (select count(*) from persons where commune_code = '31960') as "inScope",
                      (select count(*) from match_results where commune_code <> '31960') as outside`,
            );
            expect([scoped.rows, scoped.outside]).toEqual([scoped.inScope, 0]);
          });
        },
      ),
      { numRuns: 4 },
    );
  });
});
