import { describe, expect, it } from 'vitest';
import { resolveMatchConfig } from '../../src/config/match.js';
import { queryRows } from '../../src/db/query.js';
import { runSteps } from '../../src/db/steps.js';
import { blockingKeySteps, candidatesStep, countBlockingPairs } from '../../src/match/blocking.js';
import { withSchema } from '../helpers/db.js';

/** Minimal standard tables: what the blocking steps read. */
async function sides(c: Parameters<Parameters<typeof withSchema>[0]>[0], left: [string | null, number | null, string?][], right: [string | null, number | null][]) {
  await c.run(`create table match_scope (lid integer, pid varchar, usable boolean, role_key varchar, dob_precision varchar, name_fold varchar, dob_year integer, given_fold varchar)`);
  await c.run(`create table match_population (rid integer, pid varchar, name_fold varchar, dob_year integer, given_fold varchar)`);
  await c.run(`create table match_deterministic (lid integer, rid integer)`);
  await c.run(`create table match_pid_candidates (lid integer, rid integer)`);
  for (const [i, [name, year, role]] of left.entries()) {
    await c.run('insert into match_scope values ($lid, null, true, $role, null, $name, $year, $given)', { lid: i + 1, role: role ?? 'birth:child', name, year, given: name?.split(' ').pop() ?? null });
  }
  for (const [i, [name, year]] of right.entries()) {
    await c.run('insert into match_population values ($rid, null, $name, $year, $given)', { rid: i + 1, name, year, given: name?.split(' ').pop() ?? null });
  }
}

const rules = (extra: Record<string, unknown> = {}) =>
  resolveMatchConfig({
    blocking: {
      max_pairs_per_rule: 1000, max_block_pairs: 1000, ...extra,
      rules: [
        { name: 'name_year', keys: [{ column: 'name_fold' }, { column: 'dob_year' }] },
        { name: 'given', keys: [{ column: 'given_fold' }] },
      ],
    },
  });

describe('blocking', () => {
  it('counts pairs per rule (sum of left x right per key) before joining, never on empty keys', async () => {
    await withSchema(async (c) => {
      await sides(
        c,
        [['nguyen van an', 1990], ['nguyen van an', 1990], ['le thi an', 1985], [null, 1990], ['', 1990], ['tran van binh', null]],
        [['nguyen van an', 1990], ['nguyen van an', 1990], ['nguyen van an', 1991], ['le thi an', 1985], [null, 1990], ['', 1990]],
      );
      const config = rules();
      await runSteps(c, blockingKeySteps(config));
      const counts = await countBlockingPairs(c, config);
      // name_year: 2 x 2 (nguyen van an 1990) + 1 x 1 (le thi an 1985); given: 'an' 3 x 4
      expect(counts.map((r) => [r.name, r.keys, r.pairs, r.largestBlock, r.status])).toEqual([
        ['name_year', 2, 5, 4, 'run'],
        ['given', 1, 12, 12, 'run'],
      ]);
      await runSteps(c, [candidatesStep(counts)]);
      // the second rule only adds pairs the first did not make: 12 - 5
      const made = await queryRows<{ rule: number; n: number }>(c, 'select rule, count(*)::integer as n from match_candidates group by 1 order by 1');
      expect(made).toEqual([{ rule: 1, n: 5 }, { rule: 2, n: 7 }]);
    });
  });

  it('drops a block larger than max_block_pairs and skips a rule over max_pairs_per_rule', async () => {
    await withSchema(async (c) => {
      await sides(c, [['a b an', 1], ['c d an', 2], ['e f an', 3], ['g h binh', 4]], [['x an', 1], ['y an', 2], ['z an', 3], ['w binh', 4]]);
      const config = rules({ max_block_pairs: 5, max_pairs_per_rule: 0 + 1000 });
      await runSteps(c, blockingKeySteps(config));
      const counts = await countBlockingPairs(c, config);
      const given = counts.find((r) => r.name === 'given')!;
      expect([given.pairs, given.cappedKeys, given.cappedPairs, given.status]).toEqual([1, 1, 9, 'run']);
      const [k] = await queryRows<{ n: number }>(c, 'select count(*)::integer as n from match_blocking_keys_left where k_2 is not null');
      expect(k.n).toBe(1);

      const tight = rules({ max_pairs_per_rule: 2 });
      await runSteps(c, blockingKeySteps(tight));
      const skipped = await countBlockingPairs(c, tight);
      expect(skipped.find((r) => r.name === 'given')!.status).toBe('skipped');
      await runSteps(c, [candidatesStep(skipped)]);
      const made = await queryRows<{ n: number }>(c, 'select count(*)::integer as n from match_candidates where rule = 2');
      expect(made[0].n).toBe(0);
    });
  });

  it('a rule limited to roles keys only those registry persons', async () => {
    await withSchema(async (c) => {
      await sides(c, [['nguyen van an', 1990, 'birth:father'], ['nguyen van an', 1990, 'birth:child']], [['nguyen van an', 1990]]);
      const config = resolveMatchConfig({
        blocking: { max_pairs_per_rule: 100, max_block_pairs: 100, rules: [{ name: 'fathers', keys: [{ column: 'name_fold' }], roles: ['birth:father'] }] },
      });
      await runSteps(c, blockingKeySteps(config));
      const [count] = await countBlockingPairs(c, config);
      expect(count.pairs).toBe(1);
    });
  });
});
