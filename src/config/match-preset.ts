/**
 * The civil-registry preset: the default `match` section, tuned for Vietnamese civil-status registers
 * against the national population database. Every value here can be overridden in the campaign
 * config; comparisons and blocking rules given there replace the preset's lists as a whole.
 *
 * Level order matters: a pair takes the first level whose condition holds. `m` values only start EM.
 */
export function civilRegistryPreset() {
  return {
    keep_steps: false,
    memory_limit: '4.5GB',
    min_match_weight: 3,
    ambiguity_margin: 3,
    deterministic: { given_min_jaro_winkler: 0.88, family_min_jaro_winkler: 0.85, dob_exact: true },
    blocking: {
      max_pairs_per_rule: 40_000_000,
      max_block_pairs: 50_000,
      rules: [
        // full dates of birth: the name and the date, then nets for one error each
        { name: 'name_dob', keys: [{ column: 'name_fold' }, { column: 'dob' }] },
        { name: 'given_dob', keys: [{ column: 'given_fold' }, { column: 'dob' }] },
        { name: 'sorted_name_dob', keys: [{ column: 'name_sorted' }, { column: 'dob' }] },
        { name: 'family_dob_given_first', keys: [{ column: 'family_fold' }, { column: 'dob' }, { column: 'given_fold', prefix: 1 }] },
        { name: 'name_dob_swapped', keys: [{ column: 'name_fold' }, { column: 'dob_unordered' }], dob: 'full' },
        { name: 'name_year_month', keys: [{ column: 'name_fold' }, { column: 'dob_year' }, { column: 'dob_month' }], dob: 'full' },
        { name: 'name_year_day', keys: [{ column: 'name_fold' }, { column: 'dob_year' }, { column: 'dob_day' }], dob: 'full' },
        { name: 'name_year_placeholder', keys: [{ column: 'name_fold' }, { column: 'dob_year' }], dob: 'placeholder' },
        { name: 'name_year_population_placeholder', keys: [{ column: 'name_fold' }, { column: 'dob_year' }], population_dob: 'placeholder' },
        { name: 'name_year_population_not_full', keys: [{ column: 'name_fold' }, { column: 'dob_year' }], dob: 'full', population_dob: 'not_full' },
        { name: 'name_day_month', keys: [{ column: 'name_fold' }, { column: 'dob_month' }, { column: 'dob_day' }] },
        // spouses: the other spouse's name as the marriage record and the population name them
        { name: 'dob_spouse', keys: [{ column: 'dob' }, { column: 'spouse_name_fold' }] },
        { name: 'name_spouse', keys: [{ column: 'name_fold' }, { column: 'spouse_name_fold' }] },
        // a child's parents as its record and its population record name them (whatever the child's name)
        { name: 'dob_mother', keys: [{ column: 'dob' }, { column: 'mother_name_fold' }] },
        { name: 'name_mother', keys: [{ column: 'name_fold' }, { column: 'mother_name_fold' }] },
        { name: 'year_parents', keys: [{ column: 'dob_year' }, { column: 'father_name_fold' }, { column: 'mother_name_fold' }] },
        // a birth year at most (parents, old records): the place and the partner narrow common names
        { name: 'name_year_district', keys: [{ column: 'name_fold' }, { column: 'dob_year' }, { column: 'residence_district' }], dob: 'not_full' },
        { name: 'name_partner', keys: [{ column: 'name_fold' }, { column: 'partner_name_fold' }] },
        { name: 'family_partner_year', keys: [{ column: 'family_fold' }, { column: 'partner_name_fold' }, { column: 'dob_year' }] },
        { name: 'given_partner_year', keys: [{ column: 'given_fold' }, { column: 'partner_name_fold' }, { column: 'dob_year' }] },
        { name: 'family_given_year_district', keys: [{ column: 'family_fold' }, { column: 'given_fold' }, { column: 'dob_year' }, { column: 'residence_district' }], dob: 'not_full' },
        { name: 'name_year_not_parents', keys: [{ column: 'name_fold' }, { column: 'dob_year' }], dob: 'not_full', except_roles: ['birth:father', 'birth:mother'] },
      ],
    },
    comparisons: [
      {
        name: 'family_name', weighs: true, requires: ['family_fold'], tf: true,
        levels: [
          { label: 'exact', when: { kind: 'exact', column: 'family_fold' }, m: 0.92 },
          { label: 'close', when: { kind: 'jaro_winkler', column: 'family_fold', min: 0.88 }, m: 0.04 },
          { label: 'different', when: { kind: 'else' }, m: 0.04 },
        ],
      },
      {
        name: 'middle_name', weighs: true, requires: ['name_fold'],
        levels: [
          { label: 'exact', when: { kind: 'exact', column: 'middle_fold' }, m: 0.85 },
          { label: 'one_missing', when: { kind: 'either_empty', column: 'middle_fold' }, m: 0.07 },
          { label: 'contained', when: { kind: 'tokens_contained', column: 'middle_fold' }, m: 0.03 },
          { label: 'close', when: { kind: 'jaro_winkler', column: 'middle_fold', min: 0.88 }, m: 0.03 },
          { label: 'different', when: { kind: 'else' }, m: 0.02 },
        ],
      },
      {
        name: 'given_name', weighs: true, requires: ['given_fold'], tf: true,
        levels: [
          { label: 'exact', when: [{ kind: 'exact', column: 'given_name' }, { kind: 'marks_kept' }], m: 0.88 },
          { label: 'folded', when: [{ kind: 'exact', column: 'given_fold' }, { kind: 'marks_stripped' }], m: 0.05 },
          { label: 'mark_changed', when: { kind: 'exact', column: 'given_fold' }, m: 0.005 },
          { label: 'close', when: { kind: 'jaro_winkler', column: 'given_fold', min: 0.9 }, m: 0.03 },
          { label: 'reordered', when: { kind: 'token_order' }, m: 0.01 },
          { label: 'different', when: { kind: 'else' }, m: 0.03 },
        ],
      },
      {
        // evidence: the birth year, for every date (a year alone is all many records give)...
        name: 'birth_year', weighs: true, requires: ['dob_year'],
        levels: [
          { label: 'exact', when: { kind: 'exact', column: 'dob_year' }, m: 0.95 },
          { label: 'off_by_one', when: { kind: 'year_within', max: 1 }, m: 0.03 },
          { label: 'near', when: { kind: 'year_within', max: 3 }, m: 0.01 },
          { label: 'different', when: { kind: 'else' }, m: 0.01 },
        ],
      },
      {
        // ...and day and month where both sides give them
        name: 'birth_day_month', weighs: true, requires: ['dob_month'],
        levels: [
          { label: 'exact', when: { kind: 'month_day_exact' }, m: 0.92 },
          { label: 'swapped', when: { kind: 'month_day_swapped' }, m: 0.01 },
          { label: 'placeholder', when: { kind: 'month_day_placeholder' }, m: 0.02 },
          { label: 'same_month', when: { kind: 'same_month' }, m: 0.02 },
          { label: 'different', when: { kind: 'else' }, m: 0.03 },
        ],
      },
      {
        // errors: the whole date as the contract classifies it
        name: 'dob', field: 'dob', weighs: false, requires: ['dob_year'], display: ['dob_text', 'dob_text'],
        levels: [
          { label: 'exact', when: { kind: 'date_exact' } },
          { label: 'year_form', when: { kind: 'date_year_form' } },
          { label: 'partial', when: { kind: 'date_partial' }, error: 'dob.partial' },
          { label: 'placeholder', when: { kind: 'date_placeholder' }, error: 'dob.placeholder' },
          { label: 'swapped', when: { kind: 'date_swapped' }, error: 'dob.day_month_swapped' },
          { label: 'same_year', when: { kind: 'date_same_year' }, error: 'dob.date' },
          { label: 'other_year', when: { kind: 'date_other_year' }, error: 'dob.year' },
          { label: 'different', when: { kind: 'else' }, error: 'dob.different' },
        ],
      },
      {
        // evidence: the stated sex, else the one the role implies (a father, a wife)
        name: 'sex_or_role', weighs: true, requires: ['sex_or_role'],
        levels: [
          { label: 'same', when: { kind: 'exact', column: 'sex_or_role' }, m: 0.98 },
          { label: 'different', when: { kind: 'else' }, m: 0.02 },
        ],
      },
      {
        // errors: only a sex the registry states
        name: 'sex', weighs: false, requires: ['sex'],
        levels: [
          { label: 'same', when: { kind: 'exact', column: 'sex' } },
          { label: 'different', when: { kind: 'else' }, error: 'sex' },
        ],
      },
      {
        name: 'ethnicity', weighs: true, requires: ['ethnicity'], display: ['ethnicity_text', 'ethnicity_text'],
        levels: [
          { label: 'same', when: { kind: 'exact', column: 'ethnicity' }, m: 0.97 },
          { label: 'different', when: { kind: 'else' }, error: 'ethnicity', m: 0.03 },
        ],
      },
      {
        name: 'nationality', weighs: true, requires: ['nationality'], display: ['nationality_text', 'nationality_text'],
        levels: [
          { label: 'same', when: { kind: 'exact', column: 'nationality' }, m: 0.99 },
          { label: 'different', when: { kind: 'else' }, error: 'nationality', m: 0.01 },
        ],
      },
      {
        // evidence: the population's birthplace or its birth registration place (held before 2024)
        name: 'birthplace_any', weighs: true,
        levels: [
          { label: 'same', when: { kind: 'place', left: ['birthplace'], right: ['birthplace', 'birthreg'], at_least: 'unit' }, m: 0.9 },
          { label: 'same_district', when: { kind: 'place', left: ['birthplace'], right: ['birthplace', 'birthreg'], at_least: 'district' }, m: 0.03 },
          { label: 'same_province', when: { kind: 'place', left: ['birthplace'], right: ['birthplace', 'birthreg'], at_least: 'province' }, m: 0.03 },
          { label: 'different', when: { kind: 'else' }, m: 0.04 },
        ],
      },
      {
        // errors: the stated birthplaces, by unit (old and new names alike)
        name: 'birthplace', weighs: false, display: ['birthplace_text', 'birthplace_text'],
        levels: [
          { label: 'same', when: { kind: 'place', left: ['birthplace'], right: ['birthplace'], at_least: 'unit' } },
          { label: 'different', when: { kind: 'else' }, error: 'birthplace' },
        ],
      },
      {
        name: 'hometown', weighs: true, display: ['hometown_text', 'hometown_text'],
        levels: [
          { label: 'same', when: { kind: 'place', left: ['hometown'], right: ['hometown'], at_least: 'unit' }, m: 0.9 },
          { label: 'same_district', when: { kind: 'place', left: ['hometown'], right: ['hometown'], at_least: 'district' }, error: 'hometown', m: 0.03 },
          { label: 'same_province', when: { kind: 'place', left: ['hometown'], right: ['hometown'], at_least: 'province' }, error: 'hometown', m: 0.03 },
          { label: 'different', when: { kind: 'else' }, error: 'hometown', m: 0.04 },
        ],
      },
      {
        name: 'residence', weighs: true,
        levels: [
          { label: 'same_commune', when: { kind: 'place', left: ['residence', 'registered'], right: ['residence', 'residence2'], at_least: 'unit' }, m: 0.7 },
          { label: 'same_district', when: { kind: 'place', left: ['residence', 'registered'], right: ['residence', 'residence2'], at_least: 'district' }, m: 0.15 },
          { label: 'different', when: { kind: 'else' }, m: 0.15 },
        ],
      },
      ...(['father', 'mother', 'spouse'] as const).map((who) => ({
        // tf: agreeing on a common relative's name ("Nguyễn Văn Tài") says less than on a rare one
        name: `${who}_name`, weighs: true, tf: true, requires: [`${who}_name_fold`] as const, display: [`${who}_name`, `${who}_name`] as [string, string],
        levels: [
          { label: 'exact', when: { kind: 'exact', column: `${who}_name` } as const, m: 0.85 },
          { label: 'folded', when: { kind: 'exact', column: `${who}_name_fold` } as const, error: `${who}_name` as const, m: 0.05 },
          { label: 'close', when: { kind: 'jaro_winkler', column: `${who}_name_fold`, min: 0.88 } as const, error: `${who}_name` as const, m: 0.05 },
          { label: 'different', when: { kind: 'else' } as const, error: `${who}_name` as const, m: 0.05 },
        ],
      })),
      {
        name: 'partner_name', weighs: true, tf: true, requires: ['partner_name_fold'],
        levels: [
          { label: 'exact', when: { kind: 'exact', column: 'partner_name_fold' }, m: 0.7 },
          { label: 'close', when: { kind: 'jaro_winkler', column: 'partner_name_fold', min: 0.88 }, m: 0.1 },
          { label: 'different', when: { kind: 'else' }, m: 0.2 },
        ],
      },
      {
        name: 'pid', weighs: true, requires: ['pid'], display: ['pid', 'pid'],
        levels: [
          { label: 'same', when: { kind: 'exact', column: 'pid' }, m: 0.95 },
          { label: 'typo', when: { kind: 'damerau_levenshtein', column: 'pid', max: 2 }, error: 'pid.mismatch', m: 0.04 },
          { label: 'different', when: { kind: 'else' }, error: 'pid.mismatch', m: 0.01 },
        ],
      },
      {
        name: 'full_name', weighs: false, requires: ['name_fold'], display: ['full_name', 'full_name'],
        levels: [
          { label: 'exact', when: { kind: 'exact', column: 'full_name' } },
          { label: 'diacritics', when: { kind: 'exact', column: 'name_fold' }, error: 'name.diacritics' },
          { label: 'order', when: { kind: 'word_order' }, error: 'name.order' },
          { label: 'middle_missing', when: { kind: 'middle_missing' }, error: 'name.middle_missing' },
          { label: 'spelling', when: { kind: 'levenshtein', column: 'name_fold', max: 2 }, error: 'name.spelling' },
          { label: 'different', when: { kind: 'else' }, error: 'name.different' },
        ],
      },
    ],
    em: {
      sessions: [
        { name: 'same_dob', block_on: ['dob'], persons: 25_000, max_pairs: 1_500_000 },
        { name: 'same_name_commune', block_on: ['name_fold', 'residence_commune'], persons: 40_000, max_pairs: 3_000_000 },
      ],
      max_iterations: 25, tolerance: 1e-5, prior_strength: 100, seed: 42,
    },
    u: { random_pairs: 500_000, seed: 7 },
    tf_minimum: 0.00005,
    exclusive_roles: ['birth:child', 'death:deceased', 'parent_recognition:child', 'adoption:adoptee'],
    year_only_roles: ['birth:father', 'birth:mother'],
    implied_sex: { 'birth:father': 'M', 'birth:mother': 'F', 'marriage:husband': 'M', 'marriage:wife': 'F' },
    parent_name_roles: ['birth:child'],
    record_parent_roles: { 'parent_recognition:child': 'parent', 'adoption:adoptee': 'adopter' },
    spouse_name_roles: ['marriage:husband', 'marriage:wife'],
    partner_roles: { 'birth:father': 'mother', 'birth:mother': 'father' },
    event_checks: { death_roles: ['death:deceased'], marriage_roles: ['marriage:husband', 'marriage:wife'] },
    link_requires: [
      [{ comparison: 'given_name', not: ['close', 'different'] }],
      [
        { comparison: 'birth_year', not: ['near', 'different'] },
        { comparison: 'birth_day_month', not: ['same_month', 'different'], missing_ok: true },
      ],
      [{ comparison: 'pid', not: ['typo', 'different'] }],
    ],
    twin_guard: { comparison: 'given_name', same: ['family_fold', 'middle_fold', 'dob'], not_contradicting: ['father_name_fold', 'mother_name_fold'], siblings: ['family_fold', 'dob'] },
    family: {
      links: [
        { role: 'birth:father', via: 'birth:child', parent: 'father' },
        { role: 'birth:mother', via: 'birth:child', parent: 'mother' },
        { role: 'parent_recognition:parent', via: 'parent_recognition:child', parent: 'either' },
        { role: 'birth:mother', via: 'birth:father', parent: 'spouse' },
        { role: 'birth:father', via: 'birth:mother', parent: 'spouse' },
        { role: 'marriage:wife', via: 'marriage:husband', parent: 'spouse' },
        { role: 'marriage:husband', via: 'marriage:wife', parent: 'spouse' },
      ],
      levels: {
        pid: { m: 0.8, u: 0.000001 },
        name: { m: 0.05, u: 0.00002 },
        name_without_pid: { m: 0.05, u: 0.2 },
        other: { m: 0.1, u: 0.8 },
      },
    },
  };
}
