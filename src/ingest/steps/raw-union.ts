import type { SqlStep } from '../../db/steps.js';
import { ident } from '../../db/query.js';
import { PERSON_FIELDS, POPULATION_COLUMNS, ROLES } from '../../vn/headers.js';
import type { InputFile } from '../inputs.js';
import { rawTableName } from '../raw.js';

// Builders of the steps that read the per-file raw tables, whose columns differ from file to file
// (a column a file lacks reads as null). File numbers and table names are generated, not user
// values; the one user-derived value, a file's event type, is bound as a parameter.

/** A loaded file and the canonical columns its raw table has. */
export interface RawSource {
  file: InputFile;
  columns: ReadonlySet<string>;
}

const col = (source: RawSource, name: string, wrap = (x: string) => x) => (source.columns.has(name) ? wrap(`r.${ident(name)}`) : 'cast(null as varchar)');
const text = (x: string) => `ingest_text(${x})`;

/** The raw table of a file with each row's physical line (see src/ingest/csv/line-model.ts). */
function fromRaw(source: RawSource): string {
  const no = source.file.no;
  return `from temp.${ident(rawTableName(source.file))} r
asof left join (select first_row, line_offset from temp.ingest_line_runs where file_no = ${no}) lr on r.rowid >= lr.first_row`;
}

/**
 * Step `ingest_registry_rows`: one row per raw registry row, registration columns trimmed, the
 * row's line, and for each role whether any of its fields is filled.
 *
 * @example
 * await runSteps(c, [registryRowsStep(sources)]);
 */
export function registryRowsStep(sources: RawSource[]): SqlStep {
  const params: Record<string, string> = {};
  const selects = sources.map((s) => {
    const no = s.file.no;
    let eventType = col(s, 'event_type', text);
    if (s.file.eventType) {
      params[`event_type_${no}`] = s.file.eventType;
      eventType = `coalesce(${eventType}, $event_type_${no})`;
    }
    const hasRole = ROLES.map((role) => {
      const present = PERSON_FIELDS.filter((f) => s.columns.has(`${role}_${f}`)).map((f) => `ingest_text(r.${ident(`${role}_${f}`)})`);
      const test = present.length === 0 ? 'false' : present.length === 1 ? `${present[0]} is not null` : `coalesce(${present.join(', ')}) is not null`;
      return `${test} as has_${role}`;
    });
    return `select ${no} as file_no, r.rowid as raw_row, coalesce(r.line_no, r.rowid + lr.line_offset) as source_line,
  ${col(s, 'record_id', text)} as record_id,
  ${eventType} as event_type_raw,
  ${col(s, 'authority_code', text)} as authority_code,
  ${col(s, 'book_no', text)} as book_no,
  ${col(s, 'registration_no', text)} as registration_no,
  ${col(s, 'registered_on', text)} as registered_on_raw,
  ${col(s, 'death_date', text)} as death_date_raw,
  ${col(s, 'death_place', text)} as death_place_raw,
  ${col(s, 'marital_status', text)} as marital_status_raw,
  ${hasRole.join(',\n  ')}
${fromRaw(s)}`;
  });
  return { name: 'ingest_registry_rows', sql: `create or replace temp table ingest_registry_rows as\n${selects.join('\nunion all\n')}`, params };
}

/**
 * Step `ingest_person_rows`: one row per role of each raw registry row that has any field of that
 * role filled, with the raw values of the person fields (`dob_raw` falls back to the birth year).
 *
 * @example
 * await runSteps(c, [personRowsStep(sources)]);
 */
export function personRowsStep(sources: RawSource[]): SqlStep {
  const selects: string[] = [];
  for (const s of sources) {
    for (const role of ROLES) {
      const present = PERSON_FIELDS.filter((f) => s.columns.has(`${role}_${f}`));
      if (present.length === 0) continue;
      const field = (f: string) => col(s, `${role}_${f}`);
      const any = present.map((f) => `ingest_text(r.${ident(`${role}_${f}`)})`);
      const dob = s.columns.has(`${role}_dob`) && s.columns.has(`${role}_birth_year`)
        ? `coalesce(ingest_text(${field('dob')}), ingest_text(${field('birth_year')}))`
        : s.columns.has(`${role}_birth_year`) ? `ingest_text(${field('birth_year')})` : field('dob');
      selects.push(`select ${s.file.no} as file_no, r.rowid as raw_row, '${role}' as role,
  ${field('pid')} as pid_raw, ${field('full_name')} as full_name_raw, ${field('sex')} as sex_raw, ${dob} as dob_raw,
  ${field('birthplace')} as birthplace_raw, ${field('hometown')} as hometown_raw, ${field('ethnicity')} as ethnicity_raw,
  ${field('nationality')} as nationality_raw, ${field('residence')} as residence_raw
from temp.${ident(rawTableName(s.file))} r
where ${any.length === 1 ? `${any[0]} is not null` : `coalesce(${any.join(', ')}) is not null`}`);
    }
  }
  const body = selects.length
    ? selects.join('\nunion all\n')
    : `select null::integer as file_no, null::bigint as raw_row, null::varchar as role, ${['pid', 'full_name', 'sex', 'dob', 'birthplace', 'hometown', 'ethnicity', 'nationality', 'residence'].map((f) => `null::varchar as ${f}_raw`).join(', ')} where false`;
  return { name: 'ingest_person_rows', sql: `create or replace temp table ingest_person_rows as\n${body}` };
}

/**
 * Step `ingest_population_rows`: the population file's raw rows under every population column
 * (null where the file lacks it), with line, row_id (1-based position in the file) and whether the
 * row has any value at all. With no population file, the table is empty.
 *
 * @example
 * await runSteps(c, [populationRowsStep(source)]);
 */
export function populationRowsStep(source: RawSource | undefined): SqlStep {
  const columns = POPULATION_COLUMNS.map((name) => (source ? col(source, name) : 'cast(null as varchar)') + ` as ${ident(name)}`);
  if (!source) {
    return {
      name: 'ingest_population_rows',
      sql: `create or replace temp table ingest_population_rows as select null::integer as file_no, null::bigint as source_line, null::bigint as row_id, ${columns.join(', ')}, false as has_value where false`,
    };
  }
  const any = POPULATION_COLUMNS.filter((c) => source.columns.has(c)).map((c) => `ingest_text(r.${ident(c)})`);
  return {
    name: 'ingest_population_rows',
    sql: `create or replace temp table ingest_population_rows as
select *, row_number() over (order by source_line) as row_id from (
select ${source.file.no} as file_no, coalesce(r.line_no, r.rowid + lr.line_offset) as source_line,
  ${columns.join(',\n  ')},
  ${any.length === 1 ? `${any[0]} is not null` : `coalesce(${any.join(', ')}) is not null`} as has_value
${fromRaw(source)})`,
  };
}

/**
 * Step `ingest_quarantine_raw`: the raw row (as JSON of its columns) of each registry row the checks
 * keep out, for the quarantine's raw_line.
 *
 * @example
 * await runSteps(c, [quarantineRawStep(sources)]);
 */
export function quarantineRawStep(sources: RawSource[]): SqlStep {
  const selects = sources.map(
    (s) => `select q.file_no, q.raw_row, cast(to_json(t) as varchar) as raw_line
from (select file_no, raw_row from temp.ingest_registry_checked where problem is not null and file_no = ${s.file.no}) q
join temp.${ident(rawTableName(s.file))} t on t.rowid = q.raw_row`,
  );
  return { name: 'ingest_quarantine_raw', sql: `create or replace temp table ingest_quarantine_raw as\n${selects.join('\nunion all\n')}` };
}
