import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { profile, type ProfileSummary } from '../../src/profile/index.js';
import { openFixture, TODAY } from './fixture.js';

/**
 * Each default rule on the hand-made fixture: the exact rows that fail, as (person_id, record_id or
 * population row). The fixture comments say why each one fails.
 */
const EXPECTED: Record<string, string[]> = {
  pid_invalid: ['B2/child'],
  pid_inconsistent: ['B4/child'],
  pid_is_cmnd: ['B3/child'],
  dob_invalid: ['B3/child'],
  registered_on_unreadable: ['R2'],
  registered_on_out_of_range: ['R1'],
  registered_before_birth: ['B4/child', 'B5/mother', 'X1/deceased'],
  death_before_birth: ['X1/deceased'],
  death_after_registration: ['X2'],
  dob_year_only: ['B4/child', 'P1/child', 'X1/deceased'],
  dob_placeholder: ['B5/child', 'Q2/child'],
  registered_on_partial: ['R3', 'X1'],
  authority_unknown: ['R1'],
  birthplace_unresolved: ['B5/child'],
  sex_unreadable: ['B2/child'],
  name_missing: ['R1/husband'],
  name_digits: ['B2/child'],
  name_legacy_debris: ['B5/child'],
  mother_age_gap: ['B2/mother', 'B5/mother'],
  father_age_gap: ['B4/father'],
  birth_outside_residence: ['B2/child'],
  duplicate_registration: ['D1/child', 'D2/child', 'P1/child', 'P2/child', 'Q1/child', 'Q2/child'],
  twins: ['T1/child', 'T2/child'],
  population_duplicate_pid: ['population:2', 'population:3'],
  population_dob_invalid: ['population:4'],
  population_death_before_birth: ['population:5'],
  population_name_missing: ['population:6'],
};

describe('validity rules on the hand-made fixture', () => {
  let db: Database;
  let summary: ProfileSummary;
  let failing: Map<string, string[]>;
  beforeAll(async () => {
    db = await openFixture();
    summary = await profile(db.connection, { today: TODAY });
    const rows = await queryRows<{ rule_code: string; who: string }>(
      db.connection,
      `select rule_code, coalesce(person_id, 'population:' || population_row_id, record_id) as who from profile_failures order by rule_code, who`,
    );
    failing = new Map();
    for (const r of rows) failing.set(r.rule_code, [...(failing.get(r.rule_code) ?? []), r.who]);
  });
  afterAll(() => db.close());

  it('runs every default rule', () => {
    expect(summary.rules.map((r) => r.code).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [code, who] of Object.entries(EXPECTED)) {
    it(`${code} fails exactly ${who.join(', ')}`, () => {
      expect(failing.get(code) ?? []).toEqual([...who].sort());
      expect(summary.rules.find((r) => r.code === code)?.failing_rows).toBe(who.length);
    });
  }

  it('counts failing records beside failing rows', () => {
    expect(summary.rules.find((r) => r.code === 'duplicate_registration')?.failing_records).toBe(6);
    expect(summary.rules.find((r) => r.code === 'mother_age_gap')?.failing_records).toBe(2);
  });

  it('keeps the failing value and a reason without personal data', async () => {
    const rows = await queryRows<{ value: string; reason: string; field: string }>(
      db.connection,
      "select value, reason, field from profile_failures where rule_code in ('mother_age_gap', 'death_before_birth') order by person_id",
    );
    expect(rows).toEqual([
      { field: 'birth_year', value: '2000', reason: 'mother 10 years older than the child (at least 13)' },
      { field: 'birth_year', value: '2006', reason: "mother born in or after the child's birth year" },
      { field: 'death_date', value: '1950 > 01/01/1940', reason: 'death_date before dob' },
    ]);
  });

  it('tells a clean record from a faulty one: B1 fails nothing', async () => {
    const rows = await queryRows(db.connection, "select * from profile_failures where record_id = 'B1'");
    expect(rows).toEqual([]);
  });
});
