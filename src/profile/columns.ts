import type { SqlStep } from '../db/steps.js';
import { ident, literal } from '../db/query.js';
import { profileSql } from './sql.js';
import { FIELDS, PROFILE_SOURCES, SOURCE_TABLE, type FieldDef, type ProfileSource } from './catalog.js';

/**
 * Builders of the column-profile steps. Their SQL is generated from the field catalog (one list of
 * fields, no copy to drift); identifiers come from the catalog only, never from a config.
 */

/**
 * `profile_fields`: the catalog as a table (source, field, kind, position).
 *
 * @example
 * await runSteps(c, [profileFieldsStep()]);
 */
export function profileFieldsStep(): SqlStep {
  const rows = PROFILE_SOURCES.flatMap((source) =>
    Object.entries(FIELDS[source]).map(([field, def], position) => ({ source, field, kind: def.kind, position })),
  );
  return { name: 'profile_fields', sql: profileSql('profile_fields'), params: { fields: JSON.stringify(rows) } };
}

function countsOf(field: string, def: FieldDef): string {
  const range = def.range;
  const minYear = !range ? 'null::integer' : range.unit === 'year' ? `min(${range.expr})::integer` : `year(min(${range.expr}))::integer`;
  const maxYear = !range ? 'null::integer' : range.unit === 'year' ? `max(${range.expr})::integer` : `year(max(${range.expr}))::integer`;
  const minDate = range?.unit === 'date' ? `min(${range.expr})::date` : 'null::date';
  const maxDate = range?.unit === 'date' ? `max(${range.expr})::date` : 'null::date';
  return `{'field': ${literal(field)}, 'rows': count(*), 'min_year': ${minYear}, 'max_year': ${maxYear}, 'min_date': ${minDate}, 'max_date': ${maxDate}}`;
}

/**
 * `profile_column_counts`: one scan per source giving, for every field at once, the rows and the
 * earliest/latest date or year (filled and unreadable counts come from `profile_values`).
 *
 * @example
 * await runSteps(c, [columnCountsStep()]); // select * from profile_column_counts where field = 'dob'
 */
export function columnCountsStep(): SqlStep {
  const perSource = PROFILE_SOURCES.map((source) => {
    const structs = Object.entries(FIELDS[source]).map(([field, def]) => countsOf(field, def));
    return `select ${literal(source)} as source, unnest([\n    ${structs.join(',\n    ')}\n  ], recursive := true)\nfrom ${SOURCE_TABLE[source].table}`;
  });
  return { name: 'profile_column_counts', sql: `create or replace table profile_column_counts as\n${perSource.join('\nunion all\n')}` };
}

/**
 * `profile_values`: the distinct non-empty raw values of every field with their counts (and how
 * many of them could not be read: normalised value null). One group-by
 * per field, all in one statement: storage is columnar, so each branch reads only its own column
 * and keeps a small hash table (2,5 times faster at full scale than one unpivot and group by).
 * Shapes, lengths, distinct counts and top values are computed from it, so no per-value function
 * runs more than once per distinct value. Holds personal values, so it is a temporary table: never
 * written to the campaign file (which also spares writing a million strings), gone with the connection.
 *
 * @example
 * await runSteps(c, [valuesStep()]); // select count(*) from profile_values where field = 'full_name'
 */
export function valuesStep(): SqlStep {
  // blank values are dropped after grouping: trim runs once per distinct value, not per row
  const branches = PROFILE_SOURCES.flatMap((source) =>
    Object.entries(FIELDS[source]).map(([field, def]) => {
      const raw = ident(def.raw);
      return (
        `select ${literal(source)} as source, ${literal(field)} as field, raw, n, unreadable from (\n` +
        `  select ${raw}::varchar as raw, count(*) as n, count(*) filter (where ${ident(def.value)} is null) as unreadable\n` +
        `  from ${SOURCE_TABLE[source].table} where ${raw} is not null group by all\n` +
        `) where trim(raw) <> ''`
      );
    }),
  );
  return { name: 'profile_values', sql: `create or replace temp table profile_values as\n${branches.join('\nunion all\n')}` };
}
