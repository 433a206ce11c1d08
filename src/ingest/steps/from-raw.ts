import type { SqlStep } from '../../db/steps.js';
import { ident } from '../../db/query.js';
import { PERSON_FIELDS, POPULATION_COLUMNS, ROLES } from '../../vn/headers.js';
import type { InputFile } from '../inputs.js';
import { rawTableName } from '../raw.js';

// Builders of the steps that read one file's raw table, whose columns differ from file to file (a
// column the file lacks reads as null), into the narrow row tables of sql/ingest_row_tables.sql.
// They run right after the file is loaded, and the raw table is dropped after them, so only one
// wide raw table is in memory at a time. File numbers and table names are generated, not user
// values; the one user-derived value, a file's event type, is bound as a parameter.

/** A loaded file and the canonical columns its raw table has. */
export interface RawSource {
  file: InputFile;
  columns: ReadonlySet<string>;
}

const raw = (source: RawSource) => `temp.${ident(rawTableName(source.file))}`;
const col = (source: RawSource, name: string) => (source.columns.has(name) ? `r.${ident(name)}` : 'cast(null as varchar)');
const text = (source: RawSource, name: string) => (source.columns.has(name) ? `ingest_text(r.${ident(name)})` : 'cast(null as varchar)');

/**
 * Adds each row's physical line to a selection `narrow` from a raw table (aliased `r`, with
 * `r.rowid as raw_row`; see csv/line-model.ts). The ASOF join runs on (rowid, line_no) pairs alone:
 * it sorts its input, and sorting wide rows costs far more than joining the lines back.
 */
function withLines(source: RawSource, narrow: string): string {
  return `with lines as (
  select n.raw_row, coalesce(n.line_no, n.raw_row + lr.line_offset) as source_line
  from (select rowid as raw_row, line_no from ${raw(source)}) n
  asof left join (select first_row, line_offset from temp.ingest_line_runs where file_no = ${source.file.no}) lr on n.raw_row >= lr.first_row
)
select n.*, l.source_line
from (${narrow}) n
join lines l on l.raw_row = n.raw_row`;
}

/**
 * Step `ingest_registry_rows` for one file: its registration columns, trimmed, and each row's line.
 *
 * @example
 * await runSteps(c, [registryRowsStep(source)]);
 */
export function registryRowsStep(s: RawSource): SqlStep {
  const params: Record<string, string> = {};
  let eventType = text(s, 'event_type');
  if (s.file.eventType) {
    params.event_type = s.file.eventType;
    eventType = `coalesce(${eventType}, $event_type)`;
  }
  const narrow = `select ${s.file.no} as file_no, r.rowid as raw_row,
  ${text(s, 'record_id')} as record_id, ${eventType} as event_type_raw, ${text(s, 'authority_code')} as authority_code,
  ${text(s, 'book_no')} as book_no, ${text(s, 'registration_no')} as registration_no, ${text(s, 'registered_on')} as registered_on_raw,
  ${text(s, 'death_date')} as death_date_raw, ${text(s, 'death_place')} as death_place_raw, ${text(s, 'marital_status')} as marital_status_raw
from ${raw(s)} r`;
  return { name: 'ingest_registry_rows', sql: `insert into temp.ingest_registry_rows by name\n${withLines(s, narrow)}`, params };
}

/**
 * Step `ingest_person_rows` for one file: one row per role of each raw row that has any field of
 * that role filled, with the raw values of the person fields (`dob_raw` falls back to the birth year).
 *
 * @example
 * await runSteps(c, [personRowsStep(source)]);
 */
export function personRowsStep(s: RawSource): SqlStep | undefined {
  const selects: string[] = [];
  for (const role of ROLES) {
    const present = PERSON_FIELDS.filter((f) => s.columns.has(`${role}_${f}`));
    if (present.length === 0) continue;
    const field = (f: string) => col(s, `${role}_${f}`);
    const filled = present.map((f) => `ingest_text(r.${ident(`${role}_${f}`)})`);
    const dob = s.columns.has(`${role}_birth_year`) ? `coalesce(${text(s, `${role}_dob`)}, ${text(s, `${role}_birth_year`)})` : field('dob');
    selects.push(`select ${s.file.no} as file_no, r.rowid as raw_row, '${role}' as role,
  ${field('pid')} as pid_raw, ${field('full_name')} as full_name_raw, ${field('sex')} as sex_raw, ${dob} as dob_raw,
  ${field('birthplace')} as birthplace_raw, ${field('hometown')} as hometown_raw, ${field('ethnicity')} as ethnicity_raw,
  ${field('nationality')} as nationality_raw, ${field('residence')} as residence_raw
from ${raw(s)} r
where ${filled.length === 1 ? `${filled[0]} is not null` : `coalesce(${filled.join(', ')}) is not null`}`);
  }
  if (selects.length === 0) return undefined;
  return { name: 'ingest_person_rows', sql: `insert into temp.ingest_person_rows by name\n${selects.join('\nunion all\n')}` };
}

/**
 * Step `ingest_population_rows` for the population file: its rows under every population column
 * (null where the file lacks it), with line, row_id and whether the row has any value at all.
 * row_id is the 1-based position of the row in its raw table: its position in the file among the rows
 * the reader accepted (rows recovered from a record with a broken quote come after them); a sort by
 * line would cost more than it tells.
 *
 * @example
 * await runSteps(c, [populationRowsStep(source)]);
 */
export function populationRowsStep(s: RawSource): SqlStep {
  const present = POPULATION_COLUMNS.filter((c) => s.columns.has(c)).map((c) => `ingest_text(r.${ident(c)})`);
  const narrow = `select ${s.file.no} as file_no, r.rowid as raw_row,
  ${POPULATION_COLUMNS.map((name) => `${col(s, name)} as ${ident(name)}`).join(', ')},
  ${present.length === 1 ? `${present[0]} is not null` : `coalesce(${present.join(', ')}) is not null`} as has_value
from ${raw(s)} r`;
  return {
    name: 'ingest_population_rows',
    sql: `insert into temp.ingest_population_rows by name
select * exclude (raw_row), raw_row + 1 as row_id from (${withLines(s, narrow)})`,
  };
}
