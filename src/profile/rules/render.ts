import { listValue, type DuckDBValue } from '@duckdb/node-api';
import type { ProfileRule } from '../../config/profile.js';
import type { SqlStep } from '../../db/steps.js';
import { DATES, FIELDS, ISSUE_COLUMNS, SOURCE_TABLE, type ProfileSource } from '../catalog.js';
import { profileSql } from '../sql.js';

/** The source each kind without a `source` param reads. */
const FIXED_SOURCE: Partial<Record<ProfileRule['kind'], ProfileSource>> = {
  age_gap: 'persons',
  registered_outside_residence: 'persons',
  duplicate_registration: 'persons',
  twins: 'persons',
  population_duplicate_pid: 'population',
};

/**
 * The source table a rule reads.
 *
 * @example
 * ruleSource(DEFAULT_RULES.find((r) => r.code === 'twins')!); // 'persons'
 */
export function ruleSource(rule: ProfileRule): ProfileSource {
  return FIXED_SOURCE[rule.kind] ?? (rule.params.source as ProfileSource);
}

/** The columns every rule template starts with: where the failing row is. */
const CONTEXT: Record<ProfileSource, string> = {
  persons: 'p.record_id, p.person_id, null::bigint as population_row_id, p.role, p.event_type, p.district_code, p.commune_code, p.registered_year',
  registrations:
    'r.record_id, null::varchar as person_id, null::bigint as population_row_id, null::varchar as role, r.event_type, r.district_code, r.commune_code, r.registered_year',
  population:
    'null::varchar as record_id, null::varchar as person_id, pop.row_id as population_row_id, null::varchar as role, null::varchar as event_type, null::varchar as district_code, null::varchar as commune_code, null::integer as registered_year',
};

const FILTER: Record<ProfileSource, string> = {
  persons:
    '($event_types::varchar[] is null or list_contains($event_types::varchar[], p.event_type)) and ($roles::varchar[] is null or list_contains($roles::varchar[], p.role))',
  registrations: '($event_types::varchar[] is null or list_contains($event_types::varchar[], r.event_type))',
  population: 'true',
};

/** Identifier slots of a template, filled from the catalog by the names the rule's params give. */
function slots(rule: ProfileRule, source: ProfileSource): Record<string, string> {
  const { alias, table } = SOURCE_TABLE[source];
  const p = rule.params as Record<string, string>;
  const out: Record<string, string> = { context: CONTEXT[source], filter: FILTER[source], from: `${table} ${alias}` };
  // an issue column speaks about a field (pid_status -> pid): its raw text is the failing value
  const fieldName = p.field ?? (p.column ? ISSUE_COLUMNS[source][p.column] : undefined);
  const field = fieldName ? FIELDS[source][fieldName] : undefined;
  if (field) {
    out.raw = `${alias}.${field.raw}`;
    out.value = `${alias}.${field.value}`;
  }
  if (p.column && ISSUE_COLUMNS[source][p.column] !== undefined) out.column = `${alias}.${p.column}`;
  const dateField = rule.kind === 'date_range' ? p.field : undefined;
  if (dateField) out.value = DATES[source][dateField].value;
  if (dateField) out.raw = DATES[source][dateField].raw;
  let needsRegistration = Boolean(dateField && DATES[source][dateField].registration);
  for (const side of ['before', 'after'] as const) {
    const date = p[side] ? DATES[source][p[side]] : undefined;
    if (!date) continue;
    out[side] = date.value;
    out[`${side}_precision`] = date.precision;
    out[`${side}_raw`] = date.raw;
    needsRegistration ||= Boolean(date.registration);
  }
  if (needsRegistration) out.from = 'profile_persons p join profile_registrations r on r.record_id = p.record_id';
  return out;
}

function fill(template: string, values: Record<string, string>, code: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`rule ${code}: template slot {{${name}}} has no value`);
    return v;
  });
}

function bindValue(value: unknown): DuckDBValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return listValue(value.map(String));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** Binds only the `$names` the SQL uses (DuckDB refuses unused parameters). */
function usedParams(sql: string, all: Record<string, unknown>): Record<string, DuckDBValue> {
  const used = new Set([...sql.matchAll(/\$(\w+)/g)].map((m) => m[1]));
  return Object.fromEntries([...used].map((name) => [name, bindValue(all[name])]));
}

/**
 * The step that appends one rule's failing rows to `profile_failures`: the kind's template
 * (`sql/rules/<kind>.sql`) with its identifier slots filled from the catalog, and every value
 * (field names, thresholds, regex, lists) bound as a parameter.
 *
 * @example
 * const step = ruleStep(DEFAULT_RULES.find((r) => r.code === 'pid_invalid')!);
 * await runSteps(c, [step], undefined, { countRows: false });
 */
export function ruleStep(rule: ProfileRule, today = new Date().toISOString().slice(0, 10)): SqlStep {
  const source = ruleSource(rule);
  const body = fill(profileSql(`rules/${rule.kind}`), slots(rule, source), rule.code);
  const sql =
    `insert into profile_failures (rule_code, severity, source, record_id, person_id, population_row_id, role, event_type, district_code, commune_code, registered_year, field, value, reason)\n` +
    `select $rule_code, $severity, $source, t.record_id, t.person_id, t.population_row_id, t.role, t.event_type, t.district_code, t.commune_code, t.registered_year, t.field, t.value::varchar, t.reason\n` +
    `from (\n${body}\n) t`;
  const issueField = rule.params.column ? ISSUE_COLUMNS[source][rule.params.column as string] : undefined;
  const params: Record<string, unknown> = {
    ...rule.params,
    field: issueField ?? rule.params.field,
    max: rule.params.max === 'today' ? today : rule.params.max,
    rule_code: rule.code,
    severity: rule.severity,
    source,
  };
  return { name: `profile_rule_${rule.code}`, sql, params: usedParams(sql, params) };
}
