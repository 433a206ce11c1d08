import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Database } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { UserError } from '../../src/errors.js';
import { DEFAULT_RULES, profile } from '../../src/profile/index.js';
import { openFixture, TODAY } from './fixture.js';

const failuresOf = (db: Database, code: string) =>
  queryRows<{ person_id: string }>(db.connection, 'select person_id from profile_failures where rule_code = $code order by person_id', { code });

describe('rules as config data', () => {
  let db: Database;
  beforeEach(async () => {
    db = await openFixture();
  });
  afterEach(() => db.close());

  it('ships every default rule when the config says nothing', () => {
    const config = parseConfig('');
    expect(config.profile.rules.map((r) => r.code)).toEqual(DEFAULT_RULES.map((r) => r.code));
  });

  it('switches a rule off by its code', async () => {
    const config = parseConfig('profile:\n  rules:\n    - { code: twins, enabled: false }\n');
    const summary = await profile(db.connection, { config, today: TODAY });
    expect(summary.rules.map((r) => r.code)).not.toContain('twins');
    expect(await failuresOf(db, 'twins')).toEqual([]);
    expect(summary.rules.find((r) => r.code === 'duplicate_registration')?.failing_rows).toBe(6);
  });

  it('changes the params of a default rule', async () => {
    // mothers at least 11 years older: B2's mother (10 years) still fails, and B5's (born after)
    const config = parseConfig('profile:\n  rules:\n    - { code: mother_age_gap, params: { min_years: 10 } }\n');
    await profile(db.connection, { config, today: TODAY });
    expect(await failuresOf(db, 'mother_age_gap')).toEqual([{ person_id: 'B5/mother' }]);
  });

  it('adds a pattern rule on raw names', async () => {
    const config = parseConfig(`profile:
  rules:
    - code: name_letters_only
      label_vi: Họ tên chỉ gồm chữ cái
      label_en: Name of letters only
      severity: warning
      kind: pattern
      params: { source: persons, field: full_name, regex: '[\\p{L} ]+' }
`);
    const summary = await profile(db.connection, { config, today: TODAY });
    // 'Nguyen Van 2' has a digit; 'Lª V¨n N¨m' has the diaeresis ¨, which is a symbol, not a letter
    expect(await failuresOf(db, 'name_letters_only')).toEqual([{ person_id: 'B2/child' }, { person_id: 'B5/child' }]);
    expect(summary.rules.at(-1)).toMatchObject({ code: 'name_letters_only', severity: 'warning', failing_rows: 2 });
  });

  it('adds a not_null rule limited to event types and roles', async () => {
    const config = parseConfig(`profile:
  rules:
    - { code: father_missing_ethnicity, label_vi: Cha thiếu dân tộc, label_en: Father without ethnicity, severity: info,
        kind: not_null, params: { source: persons, field: ethnicity, event_types: [birth], roles: [father] } }
`);
    await profile(db.connection, { config, today: TODAY });
    expect(await failuresOf(db, 'father_missing_ethnicity')).toEqual([{ person_id: 'C1/father' }]);
  });

  it('names the bad key in one line', () => {
    const bad = (yaml: string) => {
      try {
        parseConfig(yaml, 'c.yaml');
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as Error).message;
      }
      throw new Error('accepted a bad config');
    };
    expect(bad('profile:\n  rules:\n    - { code: twins, enabeld: false }\n')).toBe("c.yaml: key 'profile.rules.0': unknown key 'enabeld'");
    expect(bad('profile:\n  rules:\n    - { code: x, label_vi: a, label_en: b, severity: info, kind: pattern, params: { source: persons, field: name, regex: a } }\n')).toMatch(
      /^c.yaml: key 'profile.rules.0.params.field': unknown field 'name' for source persons \(one of: pid, full_name/,
    );
    expect(bad('profile:\n  rules:\n    - { code: x, label_vi: a, label_en: b, severity: info, kind: patern, params: {} }\n')).toMatch(
      /^c.yaml: key 'profile.rules.0.kind': expected a kind among: not_null, /,
    );
    expect(bad('profile:\n  rules:\n    - { code: x, label_vi: a, label_en: b, severity: info, kind: pattern, params: { source: persons, field: sex, regex: "([" } }\n')).toBe(
      "c.yaml: key 'profile.rules.0.params.regex': not a valid regular expression",
    );
    expect(bad('profile:\n  rules:\n    - { code: x, kind: not_null, params: { source: persons, field: sex } }\n')).toMatch(/^c.yaml: key 'profile.rules.0.label_vi': missing/);
    expect(bad('profile:\n  rules:\n    - { code: twins, severity: fatal }\n')).toMatch(/^c.yaml: key 'profile.rules.0.severity'/);
    expect(bad('profile:\n  completeness: { min_cels: 3 }\n')).toBe("c.yaml: unknown key 'profile.completeness.min_cels'");
    expect(bad('profile:\n  rules:\n    - { code: registered_on_partial, params: { roles: [child] } }\n')).toBe(
      "c.yaml: key 'profile.rules.0.params.roles': roles apply to source persons only, not registrations",
    );
  });

  it('profiles only the scope, and the population whole', async () => {
    const summary = await profile(db.connection, { scope: { communes: ['31942'] }, today: TODAY });
    // C1: child, mother, father; C2: the child alone
    expect(summary.rows).toEqual({ registrations: 2, persons: 4, population: 6 });
    expect(summary.scope).toEqual({ communes: ['31942'] });
    expect(summary.rules.find((r) => r.code === 'pid_invalid')?.failing_rows).toBe(0);
    expect(summary.rules.find((r) => r.code === 'population_duplicate_pid')?.failing_rows).toBe(2);
    expect(summary.completeness.overall).toMatchObject({ expected: 37, filled: 25 });
  });

  it('refuses a database without the contract tables', async () => {
    await db.connection.run('drop table persons');
    await expect(profile(db.connection)).rejects.toThrow(/no 'persons' table: run `doichieu ingest` first/);
  });
});

describe('an empty campaign database', () => {
  it('profiles to zeros and still renders every chart', async () => {
    const { withSchema } = await import('../helpers/db.js');
    const { renderProfileSection } = await import('../../src/profile/index.js');
    await withSchema(async (c) => {
      const summary = await profile(c);
      expect(summary.rows).toEqual({ registrations: 0, persons: 0, population: 0 });
      expect(summary.completeness.overall).toMatchObject({ expected: 0, filled: 0, filled_share: null });
      expect(summary.rules.every((r) => r.failing_rows === 0)).toBe(true);
      expect(((await renderProfileSection(c)).match(/<svg/g) ?? []).length).toBe(3);
    });
  });
});
