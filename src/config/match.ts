import { z } from 'zod';
import { civilRegistryPreset } from './match-preset.js';

/**
 * Section `match` of the campaign config: blocking rules, comparisons and thresholds, all as data, so
 * the same engine links any two tables. Defaults are the civil-registry preset (match-preset.ts).
 * Owned by src/match.
 *
 * Columns named here are the *standard columns* the engine builds on both sides (match_scope for the
 * registry, match_population for the population): an allow-list, so no config value ever becomes SQL
 * text except as a checked identifier; thresholds are bound as parameters.
 */

/** Columns present on both sides with the same meaning. */
export const standardColumns = [
  'pid', 'pid_status', 'full_name', 'name_fold', 'family_fold', 'middle_fold', 'given_fold', 'given_name',
  'name_sorted', 'sex', 'dob_year', 'dob_month', 'dob_day', 'dob_precision', 'ethnicity', 'nationality',
  'father_name', 'father_name_fold', 'mother_name', 'mother_name_fold', 'spouse_name', 'spouse_name_fold',
  'partner_name', 'partner_name_fold', 'name_marks', 'sex_or_role', 'birthplace_commune', 'birthplace_district', 'birthplace_province', 'hometown_commune', 'hometown_district',
  'hometown_province', 'residence_commune', 'residence_district',
] as const;
export type StandardColumn = (typeof standardColumns)[number];

/** Columns shown side by side in match_differences and explain (readable, not normalised keys). */
export const displayColumns = [
  'full_name', 'dob_text', 'sex', 'ethnicity_text', 'nationality_text', 'birthplace_text', 'hometown_text',
  'residence_text', 'father_name', 'mother_name', 'spouse_name', 'pid',
] as const;
export type DisplayColumn = (typeof displayColumns)[number];

/** ASCII columns (folded names, pid digits): the only ones DuckDB's byte-based distances may run on. */
export const foldedColumns = [
  'name_fold', 'family_fold', 'middle_fold', 'given_fold', 'name_sorted', 'father_name_fold', 'mother_name_fold', 'spouse_name_fold',
  'partner_name_fold', 'pid',
] as const;

/** Place prefixes: each has `<prefix>_commune`, `_district`, `_province`, `_code_2025` columns. */
export const leftPlaces = ['birthplace', 'hometown', 'residence', 'registered'] as const;
export const rightPlaces = ['birthplace', 'birthreg', 'hometown', 'residence', 'residence2'] as const;

/** The contract's error codes, in the fixed order they are listed in `errors`. */
export const errorCodes = [
  'name.diacritics', 'name.spelling', 'name.middle_missing', 'name.order', 'name.different',
  'dob.day_month_swapped', 'dob.year', 'dob.date', 'dob.partial', 'dob.placeholder', 'dob.different',
  'sex', 'ethnicity', 'nationality', 'birthplace', 'hometown', 'father_name', 'mother_name', 'spouse_name',
  'pid.mismatch', 'pid.invalid', 'pid.inconsistent', 'death.not_recorded', 'marital_status.not_recorded',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const column = z.enum(standardColumns);
const folded = z.enum(foldedColumns);
const roleKey = z.string().regex(/^[a-z_]+:[a-z_]+$/, 'expected "event_type:role", e.g. "birth:child"');

/** One condition of a comparison level; a level's `when` is one condition or a list (all must hold). */
export const conditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), column }).strict(),
  z.object({ kind: z.literal('jaro_winkler'), column: folded, min: z.number().min(0).max(1) }).strict(),
  z.object({ kind: z.literal('damerau_levenshtein'), column: folded, max: z.number().int().min(0) }).strict(),
  z.object({ kind: z.literal('levenshtein'), column: folded, max: z.number().int().min(0) }).strict(),
  /** The same written words (canonical, tone marks kept) in another order. */
  z.object({ kind: z.literal('word_order') }).strict(),
  z.object({ kind: z.literal('either_empty'), column: folded }).strict(),
  z.object({ kind: z.literal('tokens_contained'), column: folded }).strict(),
  /** Same family and given name as written; one middle name left out of the other. */
  z.object({ kind: z.literal('middle_missing') }).strict(),
  z.object({ kind: z.literal('token_order') }).strict(),
  /** The registry name keeps its tone marks, or the population name has none (so exact can be exact). */
  z.object({ kind: z.literal('marks_kept') }).strict(),
  /** The registry name is bare ASCII where the population name has marks: they were dropped. */
  z.object({ kind: z.literal('marks_stripped') }).strict(),
  z.object({ kind: z.literal('date_exact') }).strict(),
  z.object({ kind: z.literal('date_year_form') }).strict(),
  z.object({ kind: z.literal('date_placeholder') }).strict(),
  z.object({ kind: z.literal('date_partial') }).strict(),
  z.object({ kind: z.literal('date_swapped') }).strict(),
  z.object({ kind: z.literal('date_same_year') }).strict(),
  z.object({ kind: z.literal('date_within_days'), max: z.number().int().min(0) }).strict(),
  z.object({ kind: z.literal('date_other_year'), max_years: z.number().int().min(1).optional() }).strict(),
  /** Birth years at most `max` apart. */
  z.object({ kind: z.literal('year_within'), max: z.number().int().min(0) }).strict(),
  /** Day and month agree (the day only where both sides give it). */
  z.object({ kind: z.literal('month_day_exact') }).strict(),
  z.object({ kind: z.literal('month_day_swapped') }).strict(),
  /** One side is 01/01 and the other is not. */
  z.object({ kind: z.literal('month_day_placeholder') }).strict(),
  z.object({ kind: z.literal('same_month') }).strict(),
  z
    .object({
      kind: z.literal('place'),
      left: z.array(z.enum(leftPlaces)).min(1),
      right: z.array(z.enum(rightPlaces)).min(1),
      at_least: z.enum(['unit', 'district', 'province']),
    })
    .strict(),
  z.object({ kind: z.literal('else') }).strict(),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const levelSchema = z
  .object({
    label: z.string().regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and _'),
    /** One condition, or a list of conditions that must all hold. */
    when: z.union([conditionSchema, z.array(conditionSchema).min(1)]),
    /** The error this level reveals on a linked pair (none: the level counts as agreement). */
    error: z.enum(errorCodes).optional(),
    /** Starting m for EM (probability of this level among true matches). */
    m: z.number().gt(0).lt(1).optional(),
    /** Fix m: EM does not re-estimate it. */
    fixed_m: z.number().gt(0).lt(1).optional(),
    /** Fix u instead of estimating it from random pairs. */
    fixed_u: z.number().gt(0).lt(1).optional(),
  })
  .strict();
export type Level = z.infer<typeof levelSchema>;

export const comparisonSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case identifier'),
    /** Field named in match_differences (defaults to the comparison name). */
    field: z.string().optional(),
    /** Whether the comparison adds to the match weight (false: only classifies errors). */
    weighs: z.boolean().default(true),
    /** Columns both sides must have (non-null, non-empty) for the comparison to apply. */
    requires: z.array(column).default([]),
    /** Term-frequency adjustment on the first `exact` level (a rare value agreeing weighs more). */
    tf: z.boolean().default(false),
    /** Columns shown in match_differences and explain: registry side, population side. */
    display: z.tuple([z.enum(displayColumns), z.enum(displayColumns)]).optional(),
    levels: z.array(levelSchema).min(2),
  })
  .strict()
  .superRefine((c, ctx) => {
    const last = c.levels[c.levels.length - 1];
    if (Array.isArray(last.when) || last.when.kind !== 'else') {
      ctx.addIssue({ code: 'custom', message: `comparison '${c.name}': the last level must be { kind: else }`, path: ['levels'] });
    }
    if (c.tf && !c.levels.some((l) => (Array.isArray(l.when) ? l.when : [l.when]).some((w) => w.kind === 'exact'))) {
      ctx.addIssue({ code: 'custom', message: `comparison '${c.name}': tf needs an exact level`, path: ['tf'] });
    }
  });
export type Comparison = z.infer<typeof comparisonSchema>;

export const blockingKeySchema = z
  .object({
    /** A standard column, `dob` (a full date), or `dob_unordered` (year with day and month in either order). */
    column: z.enum([...standardColumns, 'dob', 'dob_unordered'] as const),
    /** Only the first n characters (tolerates typos further on). */
    prefix: z.number().int().min(1).optional(),
    /** Only the last n characters. */
    suffix: z.number().int().min(1).optional(),
  })
  .strict();

export const blockingRuleSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case identifier'),
    keys: z.array(blockingKeySchema).min(1),
    /** Only registry persons of these roles ("event_type:role"); all when absent. */
    roles: z.array(roleKey).optional(),
    /**
     * Only registry persons whose date of birth is full ('full'), not full (year only or none:
     * 'not_full'), or a 01/01 placeholder ('placeholder'): rules for one kind of date stay small.
     */
    dob: z.enum(['full', 'not_full', 'placeholder']).optional(),
    /** The same, on the population side. */
    population_dob: z.enum(['full', 'not_full', 'placeholder']).optional(),
    /** Registry persons of every role but these. */
    except_roles: z.array(roleKey).optional(),
  })
  .strict();
export type BlockingRule = z.infer<typeof blockingRuleSchema>;

const familyLinkSchema = z
  .object({
    /** The person to find ("birth:father"). */
    role: roleKey,
    /** The role in the same record whose population record names them ("birth:child"). */
    via: roleKey,
    /** Whom the via-person's population record names: its father, mother, either parent, or spouse. */
    parent: z.enum(['father', 'mother', 'either', 'spouse']),
  })
  .strict();

const mu = z.object({ m: z.number().gt(0).lt(1), u: z.number().gt(0).lt(1) }).strict();
/**
 * Family evidence levels, in order: pid (the child's record names this person's pid), name (names
 * agree and neither side has a pid), name_without_pid (names agree but the child's record gives no pid
 * while this person has one: the named parent is probably someone outside the population), other.
 */
const familyLevelsSchema = z.object({ pid: mu, name: mu, name_without_pid: mu, other: mu }).strict();
export const familyLevelLabels = ['pid', 'name', 'name_without_pid', 'other'] as const;

/** Fields a `doichieu link` input may map (column of the file for each). */
export const linkFields = [
  'full_name', 'dob', 'sex', 'pid', 'ethnicity', 'nationality', 'birthplace_code', 'hometown_code', 'residence_code',
  'father_name', 'mother_name', 'spouse_name',
] as const;

const linkSideSchema = z
  .object({
    /** Column holding each row's identifier (unique in the file). */
    id: z.string().min(1),
    /** Field -> column of the file. */
    columns: z.partialRecord(z.enum(linkFields), z.string().min(1)),
  })
  .strict();

export const matchSettingsSchema = z
  .object({
    /** `doichieu link`: the two files' columns, and whether a right row may be linked to one left row only. */
    link: z.object({ left: linkSideSchema, right: linkSideSchema, one_to_one: z.boolean().default(false) }).strict().optional(),
    /** Keep every intermediate match_* table in the database file (slower; for analysis across sessions). */
    keep_steps: z.boolean(),
    /** DuckDB memory limit while matching (beyond it, steps spill to disk); null keeps the database's. */
    memory_limit: z.string().regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'a size such as 5GB').nullable(),
    /** Minimum total match weight (log2 odds, prior included) for a link. */
    min_match_weight: z.number(),
    /** Best and runner-up closer than this (in weight) -> ambiguous, both kept for review. */
    ambiguity_margin: z.number().min(0),
    deterministic: z
      .object({
        /**
         * A pid hit is corroborated by the name when the folded given names and the folded family names
         * are at least this similar (Jaro-Winkler; whole-name similarity is not enough: "Nguyễn Vinh
         * Nam" and "Nguyễn Thị Châu" score 0.88)...
         */
        given_min_jaro_winkler: z.number().min(0).max(1),
        family_min_jaro_winkler: z.number().min(0).max(1),
        /** ...or by both full dates of birth agreeing. */
        dob_exact: z.boolean(),
      })
      .strict(),
    blocking: z
      .object({
        /** A rule making more pairs than this (after dropping oversized blocks) is skipped. */
        max_pairs_per_rule: z.number().int().min(1),
        /** A single key whose block (left x right) is larger than this is dropped from its rule. */
        max_block_pairs: z.number().int().min(1),
        rules: z.array(blockingRuleSchema).min(1),
      })
      .strict(),
    comparisons: z.array(comparisonSchema).min(1),
    em: z
      .object({
        /**
         * Training sessions: pairs agreeing on `block_on` for a sample of registry persons. Within a
         * session the comparisons reading those columns are not estimated (the block makes them agree);
         * each comparison's m comes from the sessions where it is free (averaged).
         */
        sessions: z
          .array(
            z
              .object({
                name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case identifier'),
                block_on: z.array(z.enum([...standardColumns, 'dob'] as const)).min(1),
                /** Registry persons sampled for the session. */
                persons: z.number().int().min(10),
                /** Pairs beyond this are dropped (largest blocks first) to bound the session. */
                max_pairs: z.number().int().min(100),
              })
              .strict(),
          )
          .min(1),
        max_iterations: z.number().int().min(0),
        tolerance: z.number().gt(0),
        /** Weight of the starting m, in pseudo-pairs: keeps small inputs from collapsing m to 0 or 1. */
        prior_strength: z.number().min(0),
        seed: z.number().int(),
      })
      .strict(),
    u: z.object({ random_pairs: z.number().int().min(1000), seed: z.number().int() }).strict(),
    /**
     * Share of registry persons expected in the population, for the prior. Absent: estimated as the
     * share of valid registry pids that find a corroborated population record.
     */
    presence: z.number().gt(0).lt(1).optional(),
    /** Smallest term frequency used in tf adjustments (caps the weight of one-off values). */
    tf_minimum: z.number().gt(0).lt(1),
    /** Roles a person has at most once in life: one population person, at most one such registration. */
    exclusive_roles: z.array(roleKey),
    /** Roles whose form carries only a birth year: a year-only date agreeing is not an error there. */
    year_only_roles: z.array(roleKey),
    /** Sex implied by the role where the record leaves it empty. */
    implied_sex: z.record(roleKey, z.enum(['M', 'F'])),
    /** Roles whose father/mother name columns describe the person's own parents. */
    parent_name_roles: z.array(roleKey),
    /**
     * Roles whose record names one parent in another role (recognition, adoption): that person's name
     * is compared with the population's father or mother name, by the parent's sex (stated, else read
     * from a Thị/Văn middle name). Role -> the parent's role.
     */
    record_parent_roles: z.record(roleKey, z.string().regex(/^[a-z_]+$/)),
    /** Roles whose spouse name column describes the person's own spouse. */
    spouse_name_roles: z.array(roleKey),
    /**
     * Roles whose record names their likely partner in another role (a birth's father and mother):
     * compared, as evidence only, with the population's spouse name. Role -> the partner's role.
     */
    partner_roles: z.record(roleKey, z.string().regex(/^[a-z_]+$/)),
    /** Events the population should show: deaths recorded, marriages reflected in marital status. */
    event_checks: z
      .object({ death_roles: z.array(roleKey), marriage_roles: z.array(roleKey) })
      .strict(),
    family: z.object({ links: z.array(familyLinkSchema), levels: familyLevelsSchema }).strict(),
    /**
     * A pair can be linked only if one of these alternatives holds (each a list of conditions that must
     * all hold: a comparison applying at a level not listed): family context (parents' names, places,
     * family name) alone never makes a link, since siblings share it.
     */
    link_requires: z
      .array(
        z
          .array(
            z
              .object({
                comparison: z.string(),
                /** Levels that do not count as agreeing. */
                not: z.array(z.string()),
                /** The condition also holds when the comparison does not apply (a side lacks the value). */
                missing_ok: z.boolean().optional(),
              })
              .strict(),
          )
          .min(1),
      )
      .min(1),
    /**
     * Twins: two candidates of one person that look alike (same `same` columns, no contradiction on
     * `not_contradicting`) are told apart by `comparison` alone: the one agreeing better on it removes the
     * other from the decision, whatever the other evidence (siblings share parents, places, dates).
     */
    twin_guard: z
      .object({
        comparison: z.string(),
        same: z.array(z.enum([...standardColumns, 'dob'] as const)).min(1),
        not_contradicting: z.array(column),
        // siblings born together (twins of either sex, whose middle names differ): the same values here,
        // at least one not_contradicting column equal and none different
        siblings: z.array(z.enum([...standardColumns, 'dob'] as const)).min(1).default(['family_fold', 'dob']),
      })
      .strict(),
  })
  .strict()
  .superRefine((c, ctx) => {
    c.link_requires.forEach((alternative, i) =>
      alternative.forEach((r, j) => {
        const cmp = c.comparisons.find((x) => x.name === r.comparison && x.weighs);
        if (!cmp) ctx.addIssue({ code: 'custom', message: `'${r.comparison}' is not a weighing comparison`, path: ['link_requires', i, j, 'comparison'] });
        for (const label of cmp ? r.not : []) {
          if (!cmp!.levels.some((l) => l.label === label)) ctx.addIssue({ code: 'custom', message: `comparison '${r.comparison}' has no level '${label}'`, path: ['link_requires', i, j, 'not'] });
        }
      }),
    );
    if (!c.comparisons.some((x) => x.name === c.twin_guard.comparison && x.weighs)) {
      ctx.addIssue({ code: 'custom', message: `twin_guard.comparison '${c.twin_guard.comparison}' is not a weighing comparison`, path: ['twin_guard', 'comparison'] });
    }
  });

export type MatchConfig = z.infer<typeof matchSettingsSchema>;

/** The `match` section as it appears in the campaign config: every key optional, preset as default. */
export const matchConfigSchema = z
  .looseObject({})
  .prefault({})
  .transform((section, ctx) => {
    const merged = { ...civilRegistryPreset(), ...section } as Record<string, unknown>;
    for (const key of ['deterministic', 'blocking', 'em', 'u', 'event_checks', 'family'] as const) {
      const given = (section as Record<string, unknown>)[key];
      if (given && typeof given === 'object' && !Array.isArray(given)) {
        merged[key] = { ...(civilRegistryPreset() as unknown as Record<string, Record<string, unknown>>)[key], ...given };
      }
    }
    const result = matchSettingsSchema.safeParse(merged);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: issue.path } as never);
      return z.NEVER;
    }
    return result.data;
  });

/**
 * The match config with every default filled in, from a (partial) `match` section.
 *
 * @example
 * const config = resolveMatchConfig({ min_match_weight: 5 });
 * config.blocking.rules.length; // the preset's rules
 */
export function resolveMatchConfig(section: unknown = {}): MatchConfig {
  return matchConfigSchema.parse(section ?? {});
}
