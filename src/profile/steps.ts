import { listValue } from '@duckdb/node-api';
import type { ProfileConfig, ProfileRule } from '../config/profile.js';
import type { Scope } from '../config/scope.js';
import type { SqlStep } from '../db/steps.js';
import { columnCountsStep, profileFieldsStep, valuesStep } from './columns.js';
import { requiredFieldRows } from './required-fields.js';
import { ruleSource, ruleStep } from './rules/render.js';
import { profileSql } from './sql.js';

const step = (name: string, params?: SqlStep['params']): SqlStep => ({ name, sql: profileSql(name), params });
const listOrNull = (xs: (string | number)[] | undefined) => (xs && xs.length ? listValue(xs.map(String)) : null);

/**
 * `profile_scope` and the scoped views `profile_registrations` / `profile_persons`.
 *
 * @example
 * await runSteps(c, scopeSteps({ communes: ['31825'] }));
 */
export function scopeSteps(scope: Scope = {}): SqlStep[] {
  return [
    step('profile_scope', {
      communes: listOrNull(scope.communes),
      districts: listOrNull(scope.districts),
      event_types: listOrNull(scope.event_types),
      registration_years: listOrNull(scope.registration_years),
    }),
    step('profile_registrations'),
    step('profile_persons'),
  ];
}

/**
 * Column profile: counts, distinct values, lengths, shapes, top values of categorical fields.
 *
 * @example
 * await runSteps(c, [...scopeSteps(), ...columnSteps()]);
 */
export function columnSteps(): SqlStep[] {
  return [profileFieldsStep(), columnCountsStep(), valuesStep(), step('profile_lengths'), step('profile_shapes'), step('profile_top_values'), step('profile_columns')];
}

/**
 * Completeness of the required fields by event type, role, unit and year.
 *
 * @example
 * await runSteps(c, [...scopeSteps(), ...completenessSteps()]);
 */
export function completenessSteps(): SqlStep[] {
  return [
    step('profile_required_fields', { rows: JSON.stringify(requiredFieldRows()) }),
    step('profile_record_cells'),
    step('profile_person_cells'),
    step('profile_completeness_cells'),
    step('profile_completeness'),
  ];
}

/**
 * Validity: the failures table, the duplicate and twin pairs, one step per enabled
 * rule, then the per-rule counts (`profile_rules`).
 *
 * @example
 * await runSteps(c, [...scopeSteps(), ...ruleSteps(config.profile)], undefined, { countRows: false });
 */
export function ruleSteps(config: Pick<ProfileConfig, 'rules'>, today?: string): SqlStep[] {
  const enabled = config.rules.filter((r) => r.enabled);
  return [
    step('profile_failures'),
    step('profile_birth_children'),
    step('profile_same_parent'),
    step('profile_duplicate_pairs'),
    ...enabled.map((rule) => ruleStep(rule, today)),
    step('profile_rules', { rules: JSON.stringify(enabled.map(ruleRow)) }),
  ];
}

function ruleRow(rule: ProfileRule, position: number) {
  const { code, label_vi, label_en, severity, kind } = rule;
  return { code, label_vi, label_en, severity, kind, source: ruleSource(rule), position };
}
