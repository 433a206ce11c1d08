import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { resolveMatchConfig } from '../../src/config/match.js';
import { UserError } from '../../src/errors.js';

describe('match config', () => {
  it('defaults to the civil-registry preset; a section overrides what it names, keeping the rest', () => {
    const preset = resolveMatchConfig();
    expect(preset.comparisons.map((c) => c.name)).toContain('given_name');
    expect(preset.blocking.rules[0].name).toBe('name_dob');
    const c = parseConfig('match:\n  min_match_weight: 6\n  blocking:\n    max_pairs_per_rule: 1000\n').match;
    expect([c.min_match_weight, c.blocking.max_pairs_per_rule, c.blocking.max_block_pairs]).toEqual([6, 1000, preset.blocking.max_block_pairs]);
    expect(c.blocking.rules).toEqual(preset.blocking.rules);
  });

  it('names the key of a bad value: distances only on ASCII-folded columns, known levels, a known guard', () => {
    const fail = (yaml: string) => {
      try {
        parseConfig(yaml, 'c.yaml');
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    const jaro = `match:\n  comparisons:\n    - name: n\n      levels:\n        - { label: a, when: { kind: jaro_winkler, column: full_name, min: 0.9 } }\n        - { label: b, when: { kind: else } }\n`;
    expect(fail(jaro)).toMatch(/^c\.yaml: key 'match\.comparisons\.0\.levels\.0\.when'/);
    expect(fail('match:\n  link_requires: [[{ comparison: given_name, not: [nope] }]]\n')).toMatch(/comparison 'given_name' has no level 'nope'/);
    expect(fail('match:\n  twin_guard: { comparison: nope, same: [dob], not_contradicting: [] }\n')).toMatch(/twin_guard.comparison 'nope'/);
    expect(fail('match:\n  memory_limit: lots\n')).toMatch(/key 'match\.memory_limit'/);
    const noElse = `match:\n  comparisons:\n    - name: n\n      levels:\n        - { label: a, when: { kind: exact, column: sex } }\n        - { label: b, when: { kind: exact, column: pid } }\n`;
    expect(fail(noElse)).toMatch(/the last level must be \{ kind: else \}/);
  });
});
