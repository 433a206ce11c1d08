import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate/index.js';
import { ingest } from '../../src/ingest/index.js';
import { openDatabase, type Database } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { profile, type ProfileSummary } from '../../src/profile/index.js';

/**
 * The rules on generated data, against the generator's ground truth (truth_summary.json says how
 * many problems of each kind it injected, truth.csv which records are twins or duplicates).
 */
describe('profile on generated data vs ground truth', () => {
  let dir: string;
  let db: Database;
  let summary: ProfileSummary;
  let truth: {
    injected: Record<string, { registry: number }>;
    population_problems: { duplicate_pid_rows: number; impossible_dates: number };
    twins: { pairs_both_registered: number };
    duplicate_registrations: { pairs: number };
  };
  const count = (code: string) => summary.rules.find((r) => r.code === code)!.failing_rows;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'doichieu-profile-gen-'));
    const generated = await generate({ scale: 2000, seed: 7, out: dir });
    truth = JSON.parse(readFileSync(join(dir, 'truth_summary.json'), 'utf8'));
    db = await openDatabase(':memory:');
    // summary file names are relative to the output folder
    const inOut = (f: string) => join(dir, basename(f));
    await ingest(db.connection, { registry: generated.files.registry.map(inOut), population: inOut(generated.files.population) });
    summary = await profile(db.connection);
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds every malformed registry pid the generator injected', () => {
    expect(truth.injected['pid.invalid'].registry).toBeGreaterThan(0);
    expect(count('pid_invalid')).toBe(truth.injected['pid.invalid'].registry);
  });

  it('finds the duplicate pids and impossible dates of the population extract', () => {
    expect(count('population_duplicate_pid')).toBe(truth.population_problems.duplicate_pid_rows);
    expect(count('population_dob_invalid') + count('population_death_before_birth')).toBe(truth.population_problems.impossible_dates);
  });

  it('tells duplicate registrations from twins as the truth does', async () => {
    await db.connection.run(`create table truth as select * from read_csv('${join(dir, 'truth.csv').replace(/'/g, "''")}', all_varchar = true)`);
    // truth pairs of children (twins by person, duplicates by record), each once
    await db.connection.run(`create table truth_pairs as
      select distinct 'twins' as finding, least(person_id, twin_of) as a, greatest(person_id, twin_of) as b from truth
      where role = 'child' and twin_of like '%/child'
      union
      select distinct 'duplicate_registration', least(person_id, duplicate_of || '/child'), greatest(person_id, duplicate_of || '/child') from truth
      where role = 'child' and duplicate_of <> ''`);
    await db.connection.run(`create table found_pairs as
      select finding, least(person_a, person_b) as a, greatest(person_a, person_b) as b from profile_duplicate_pairs`);
    const given = (alias: string, side: 'a' | 'b') => `(select given_fold from persons where person_id = ${alias}.${side})`;
    const name = (alias: string, side: 'a' | 'b') => `(select name_fold from persons where person_id = ${alias}.${side})`;
    const truthPairs = await queryRows<{ finding: string; n: number }>(db.connection, 'select finding, count(*) as n from truth_pairs group by all order by 1');
    expect(truthPairs).toEqual([
      { finding: 'duplicate_registration', n: truth.duplicate_registrations.pairs },
      { finding: 'twins', n: truth.twins.pairs_both_registered },
    ]);
    // every true duplicate is found, as a duplicate
    const missedDuplicates = await queryRows(db.connection, `select * from truth_pairs t where finding = 'duplicate_registration' and not exists (select 1 from found_pairs f where f.finding = t.finding and f.a = t.a and f.b = t.b)`);
    expect(missedDuplicates).toEqual([]);
    // every pair found is a true pair of the same finding, except twins registered under one and the
    // same name, which nothing in the records tells from a duplicate
    const wrong = await queryRows(
      db.connection,
      `select f.*, t.finding as truth_finding, ${name('f', 'a')} = ${name('f', 'b')} as same_name from found_pairs f left join truth_pairs t using (a, b)
       where t.finding is distinct from f.finding`,
    );
    expect(wrong.every((w) => w.finding === 'duplicate_registration' && w.truth_finding === 'twins' && w.same_name === true)).toBe(true);
    // twins missed are outside the definition: the same given name, dates of birth that differ (an
    // injected date error), or a parent written differently in the two records (an injected typo)
    const parent = (alias: string, side: 'a' | 'b', role: 'mother' | 'father') =>
      `(select ${role}_name_fold from persons where person_id = ${alias}.${side})`;
    const missedTwins = await queryRows<{ explained: boolean }>(
      db.connection,
      `select ${given('t', 'a')} = ${given('t', 'b')}
              or (select dob from persons where person_id = t.a and not dob_placeholder) is distinct from (select dob from persons where person_id = t.b)
              or not (coalesce(${parent('t', 'a', 'mother')} = ${parent('t', 'b', 'mother')}, false)
                      or coalesce(${parent('t', 'a', 'father')} = ${parent('t', 'b', 'father')}, false))
              or coalesce(${parent('t', 'a', 'mother')} <> ${parent('t', 'b', 'mother')}, false)
              or coalesce(${parent('t', 'a', 'father')} <> ${parent('t', 'b', 'father')}, false) as explained
       from truth_pairs t
       where finding = 'twins' and not exists (select 1 from found_pairs f where f.finding = 'twins' and f.a = t.a and f.b = t.b)`,
    );
    expect(missedTwins.every((m) => m.explained)).toBe(true);
    expect(summary.duplicates.twin_pairs).toBe(truth.twins.pairs_both_registered - missedTwins.length);
    expect(missedTwins.length).toBeLessThanOrEqual(Math.ceil(truth.twins.pairs_both_registered * 0.2));
  });
});
