import { z } from 'zod';
import { DATES, EVENT_TYPES, FIELDS, ISSUE_COLUMNS, PROFILE_SOURCES, ROLES, UNIT_FIELDS, type ProfileSource } from '../profile/catalog.js';
import { DEFAULT_RULES } from '../profile/rules/defaults.js';

/**
 * Section `profile` of the campaign config: the validity rules as data, and completeness settings.
 * Owned by src/profile.
 *
 * `rules` lists changes to the default rules (src/profile/rules/defaults.ts): an entry whose `code`
 * is a default rule overrides the keys it gives (`{ code: twins, enabled: false }` switches one
 * off; `params` are merged key by key); an entry with a new code adds a rule and must give every
 * key. Each rule's `kind` names one SQL template (src/profile/sql/rules/<kind>.sql) and `params`
 * fill it; field and column names are checked against src/profile/catalog.ts.
 */

const names = (xs: readonly string[]) => xs.join(', ');
const source = z.enum(PROFILE_SOURCES as [ProfileSource, ...ProfileSource[]]);
const eventTypes = z.array(z.enum(EVENT_TYPES as [string, ...string[]])).min(1).optional();
const roles = z.array(z.enum(ROLES as [string, ...string[]])).min(1).optional();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** A `field` param must name a field of the rule's source (or, with `among`, one of a subset). */
function fieldOf(among?: Record<ProfileSource, string[]>) {
  return (p: { source: ProfileSource; field: string }, ctx: z.RefinementCtx) => {
    const valid = among ? among[p.source] : Object.keys(FIELDS[p.source]);
    if (!valid.includes(p.field)) ctx.addIssue({ code: 'custom', path: ['field'], message: `unknown field '${p.field}' for source ${p.source} (one of: ${names(valid)})` });
  };
}

function dateOf(p: { source: ProfileSource }, key: string, value: string, ctx: z.RefinementCtx): void {
  const valid = Object.keys(DATES[p.source]);
  if (!valid.includes(value)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown date '${value}' for source ${p.source} (one of: ${names(valid)})` });
}

const filters = { event_types: eventTypes, roles };

/** Roles filter person rows: on registrations or the population there is none to filter. */
function rolesOnlyForPersons(p: { source: ProfileSource; roles?: string[]; event_types?: string[] }, ctx: z.RefinementCtx): void {
  if (p.roles && p.source !== 'persons') ctx.addIssue({ code: 'custom', path: ['roles'], message: `roles apply to source persons only, not ${p.source}` });
  if (p.event_types && p.source === 'population') ctx.addIssue({ code: 'custom', path: ['event_types'], message: 'event_types do not apply to source population' });
}
const unitFields = UNIT_FIELDS as Record<ProfileSource, string[]>;

/** Params of each rule kind. */
export const RULE_PARAMS = {
  not_null: z.object({ source, field: z.string(), ...filters }).strict().superRefine(fieldOf()).superRefine(rolesOnlyForPersons),
  readable: z.object({ source, field: z.string(), ...filters }).strict().superRefine(fieldOf()).superRefine(rolesOnlyForPersons),
  unit_known: z
    .object({ source, field: z.string(), in_units: z.boolean().default(false), ...filters })
    .strict()
    .superRefine(fieldOf(unitFields))
    .superRefine(rolesOnlyForPersons),
  pattern: z
    .object({ source, field: z.string(), regex: z.string().min(1), ...filters })
    .strict()
    .superRefine(fieldOf())
    .superRefine((p, ctx) => {
      try {
        new RegExp(p.regex, 'u');
      } catch {
        ctx.addIssue({ code: 'custom', path: ['regex'], message: 'not a valid regular expression' });
      }
    })
    .superRefine(rolesOnlyForPersons),
  issue_column: z
    .object({ source, column: z.string(), values: z.array(z.string()).min(1).optional(), ...filters })
    .strict()
    .superRefine((p, ctx) => {
      const valid = Object.keys(ISSUE_COLUMNS[p.source]);
      if (!valid.includes(p.column)) ctx.addIssue({ code: 'custom', path: ['column'], message: `unknown issue column '${p.column}' for source ${p.source} (one of: ${names(valid)})` });
    })
    .superRefine(rolesOnlyForPersons),
  date_range: z
    .object({ source, field: z.string(), min: isoDate.optional(), max: z.union([isoDate, z.literal('today')]).optional(), ...filters })
    .strict()
    .superRefine((p, ctx) => dateOf(p, 'field', p.field, ctx))
    .superRefine(rolesOnlyForPersons),
  date_order: z
    .object({ source, before: z.string(), after: z.string(), ...filters })
    .strict()
    .superRefine((p, ctx) => {
      dateOf(p, 'before', p.before, ctx);
      dateOf(p, 'after', p.after, ctx);
    })
    .superRefine(rolesOnlyForPersons),
  age_gap: z
    .object({
      parent_role: z.enum(ROLES as [string, ...string[]]),
      child_role: z.enum(ROLES as [string, ...string[]]).default('child'),
      event_types: z.array(z.enum(EVENT_TYPES as [string, ...string[]])).min(1).default(['birth']),
      min_years: z.number().int(),
      max_years: z.number().int(),
    })
    .strict()
    .refine((p) => p.min_years <= p.max_years, { message: 'min_years must not exceed max_years', path: ['min_years'] }),
  registered_outside_residence: z
    .object({
      role: z.enum(ROLES as [string, ...string[]]).default('child'),
      fallback_roles: z.array(z.enum(ROLES as [string, ...string[]])).default([]),
      event_types: z.array(z.enum(EVENT_TYPES as [string, ...string[]])).min(1).default(['birth']),
    })
    .strict(),
  population_duplicate_pid: z.object({}).strict(),
  duplicate_registration: z.object({}).strict(),
  twins: z.object({}).strict(),
} as const;

export type RuleKind = keyof typeof RULE_PARAMS;
export const RULE_KINDS = Object.keys(RULE_PARAMS) as RuleKind[];

const ruleBase = {
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a rule code is lower-case letters, digits and _'),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  enabled: z.boolean().default(true),
};

/** One complete validity rule. */
export const ruleSchema = z.discriminatedUnion(
  'kind',
  RULE_KINDS.map((kind) => z.object({ ...ruleBase, kind: z.literal(kind), params: RULE_PARAMS[kind] }).strict()) as unknown as [
    z.ZodObject<typeof ruleBase & { kind: z.ZodLiteral<RuleKind>; params: z.ZodType<Record<string, unknown>> }>,
  ],
  { error: () => `expected a kind among: ${names(RULE_KINDS)}` },
);

export type Severity = 'error' | 'warning' | 'info';

/** A rule as profile runs it. `params` are the kind's params after defaults. */
export interface ProfileRule {
  code: string;
  label_vi: string;
  label_en: string;
  severity: Severity;
  enabled: boolean;
  kind: RuleKind;
  params: Record<string, unknown>;
}

const ruleEntry = z.object({ code: z.string() }).passthrough();

/** Applies the config's rule entries to the default rules (override by code, else append). */
function mergeRules(entries: Record<string, unknown>[]): { rule: Record<string, unknown>; index?: number }[] {
  const merged: { rule: Record<string, unknown>; index?: number }[] = DEFAULT_RULES.map((r) => ({ rule: { ...r } }));
  entries.forEach((entry, index) => {
    const at = merged.findIndex((m) => m.rule.code === entry.code);
    if (at < 0) {
      merged.push({ rule: entry, index });
      return;
    }
    const base = merged[at].rule;
    const sameKind = entry.kind === undefined || entry.kind === base.kind;
    const params = sameKind ? { ...(base.params as object), ...((entry.params as object) ?? {}) } : entry.params;
    merged[at] = { rule: { ...base, ...entry, params }, index };
  });
  return merged;
}

export const profileConfigSchema = z
  .object({
    rules: z.array(ruleEntry).default([]),
    completeness: z
      .object({
        /** A commune x year needs at least this many expected cells to be ranked among the worst. */
        min_cells: z.number().int().min(0).default(50),
        /** How many worst communes x years, fields and rules the summary lists. */
        worst: z.number().int().min(1).max(200).default(10),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((section, ctx) => {
    const seen = new Set<string>();
    section.rules.forEach((entry, i) => {
      if (seen.has(entry.code)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'code'], message: `rule '${entry.code}' is listed twice` });
      seen.add(entry.code);
    });
    for (const { rule, index } of mergeRules(section.rules)) {
      if (index === undefined) continue;
      const result = ruleSchema.safeParse(rule);
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = ['rules', index, ...issue.path] as (string | number)[];
        const message =
          issue.code === 'unrecognized_keys'
            ? `unknown key '${(issue as { keys: string[] }).keys.join("', '")}'`
            : /received undefined/.test(issue.message)
              ? 'missing (a new rule needs code, label_vi, label_en, severity, kind and params)'
              : issue.message;
        ctx.addIssue({ code: 'custom', path: where, message });
      }
    }
  })
  .transform((section) => ({
    ...section,
    rules: mergeRules(section.rules).map(({ rule }) => ruleSchema.parse(rule) as ProfileRule),
  }))
  .prefault({});

export type ProfileConfig = z.infer<typeof profileConfigSchema>;
