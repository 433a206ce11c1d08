import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { profile } from '../../src/profile/index.js';
import { openFixture, TODAY } from './fixture.js';

describe('duplicate registrations vs twins', () => {
  let db: Database;
  let pairs: { finding: string; basis: string; record_a: string; record_b: string }[];
  beforeAll(async () => {
    db = await openFixture();
    await profile(db.connection, { today: TODAY });
    pairs = await queryRows(db.connection, 'select finding, basis, record_a, record_b from profile_duplicate_pairs order by finding, record_a');
  });
  afterAll(() => db.close());

  it('finds the same child registered twice (same name, date and mother)', () => {
    expect(pairs).toContainEqual({ finding: 'duplicate_registration', basis: 'name_dob', record_a: 'D1', record_b: 'D2' });
  });
  it('finds a duplicate where one record has the birth year only, through the mother', () => {
    expect(pairs).toContainEqual({ finding: 'duplicate_registration', basis: 'name_year_parents', record_a: 'P1', record_b: 'P2' });
  });
  it('finds a duplicate where one record wrote a 01/01 placeholder for the day', () => {
    expect(pairs).toContainEqual({ finding: 'duplicate_registration', basis: 'name_year_parents', record_a: 'Q1', record_b: 'Q2' });
  });
  it('calls twins (same mother and date, different given names) twins, not duplicates', () => {
    expect(pairs).toContainEqual({ finding: 'twins', basis: 'dob_parents', record_a: 'T1', record_b: 'T2' });
    expect(pairs.filter((p) => p.record_a === 'T1' && p.finding !== 'twins')).toEqual([]);
  });
  it('leaves alone two children with the same name and date but different mothers', () => {
    expect(pairs.filter((p) => p.record_a.startsWith('S') || p.record_b.startsWith('S'))).toEqual([]);
  });
  it('finds nothing else', () => {
    expect(pairs).toHaveLength(4);
  });
});
