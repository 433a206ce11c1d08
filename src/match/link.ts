import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { linkFields, resolveMatchConfig, type MatchConfig } from '../config/match.js';
import { ident, literal, queryRows, queryValue } from '../db/query.js';
import { sqlFile } from '../db/steps.js';
import { UserError } from '../errors.js';
import { canonicalEthnicity, canonicalName, canonicalNationality, foldText, parseDate, parsePid, parseSex, splitName } from '../vn/index.js';
import { match } from './match.js';
import type { MatchSummary, MatchStepTiming } from './types.js';

type Side = 'left' | 'right';
type LinkSide = NonNullable<MatchConfig['link']>['left'];

/** Loads a CSV or Parquet file as text columns into `table`, and checks the mapped columns exist. */
async function loadSide(c: DuckDBConnection, path: string, table: string, side: LinkSide, key: string): Promise<void> {
  if (!existsSync(path)) throw new UserError(`${path}: no such file`);
  const reader = extname(path).toLowerCase() === '.parquet' ? `read_parquet(${literal(path)})` : `read_csv(${literal(path)}, header = true, all_varchar = true)`;
  try {
    await c.run(`create or replace temp table ${table} as select * from ${reader}`);
  } catch (err) {
    throw new UserError(`${path}: not a readable CSV or Parquet file (${(err as Error).message.split('\n')[0]})`);
  }
  const columns = new Set((await queryRows<{ name: string }>(c, `select column_name as name from (describe ${table})`)).map((r) => r.name));
  const wanted: [string, string][] = [['id', side.id], ...Object.entries(side.columns).map(([f, col]) => [f, col as string] as [string, string])];
  for (const [field, column] of wanted) {
    if (!columns.has(column)) throw new UserError(`${path}: no column '${column}' (config key match.link.${key}.${field === 'id' ? 'id' : `columns.${field}`})`);
  }
  const duplicates = await queryValue<number>(c, `select count(*) - count(distinct ${ident(side.id)}) from ${table}`);
  if (Number(duplicates) > 0) throw new UserError(`${path}: column '${side.id}' has ${duplicates} repeated identifier(s); link needs one row per identifier`);
}

/** Fills a lookup table (raw -> normalised columns) over the distinct values of some raw columns. */
async function lookup(c: DuckDBConnection, table: string, columns: string[], sources: string[], normalise: (raw: string) => (string | number | boolean | null)[]): Promise<void> {
  await c.run(`create or replace temp table ${table} (raw varchar, ${columns.map((x) => `${x} varchar`).join(', ')})`);
  if (!sources.length) return;
  const values = await queryRows<{ raw: string }>(c, `select distinct raw from (${sources.join(' union all ')}) where raw is not null and trim(raw) <> ''`);
  const appender = await c.createAppender(table);
  for (const { raw } of values) {
    appender.appendVarchar(raw);
    for (const v of normalise(raw)) if (v === null) appender.appendNull(); else appender.appendVarchar(String(v));
    appender.endRow();
  }
  appender.closeSync();
}

const col = (side: LinkSide, field: (typeof linkFields)[number]) => (side.columns[field] ? ident(side.columns[field]!) : null);

/**
 * Links any two tables (CSV or Parquet) with the match engine: columns are mapped in the config's
 * `match.link` section, values normalised over distinct values by the text core (src/vn), the two
 * sides loaded as the engine's contract tables (left as persons, right as population) and matched with
 * the same blocking, comparisons, EM and decisions. Returns the match summary; link_pairs holds one row
 * per left row (its best right row, weight, probability, outcome, differences).
 *
 * @example
 * const summary = await link(c, { left: 'a.csv', right: 'b.parquet', config });
 */
export async function link(
  c: DuckDBConnection,
  options: { left: string; right: string; config?: MatchConfig | Record<string, unknown>; onStep?: (t: MatchStepTiming) => void },
): Promise<MatchSummary> {
  const config = options.config && 'comparisons' in options.config ? (options.config as MatchConfig) : resolveMatchConfig(options.config ?? {});
  if (!config.link) throw new UserError('link: the config has no match.link section (left and right: id column and columns)');
  const { left, right } = config.link;
  await c.run(sqlFile(import.meta.url, '../ingest/sql/schema.sql'));
  await c.run('delete from persons; delete from population; delete from registrations');
  await loadSide(c, options.left, 'link_left_raw', left, 'left');
  await loadSide(c, options.right, 'link_right_raw', right, 'right');

  const names = (s: LinkSide, t: string) =>
    (['full_name', 'father_name', 'mother_name', 'spouse_name'] as const).flatMap((f) => (col(s, f) ? [`select ${col(s, f)} as raw from ${t}`] : []));
  const of = (f: (typeof linkFields)[number]) => [
    ...(col(left, f) ? [`select ${col(left, f)} as raw from link_left_raw`] : []),
    ...(col(right, f) ? [`select ${col(right, f)} as raw from link_right_raw`] : []),
  ];
  await lookup(c, 'link_names', ['full_name', 'name_fold', 'family_fold', 'middle_fold', 'given_fold'], [...names(left, 'link_left_raw'), ...names(right, 'link_right_raw')], (raw) => {
    const full = canonicalName(raw);
    if (!full) return [null, null, null, null, null];
    const parts = splitName(full);
    return [full, foldText(full), parts.familyFold, parts.middleFold, parts.givenFold];
  });
  await lookup(c, 'link_dates', ['iso', 'year', 'month', 'day', 'precision', 'placeholder'], of('dob'), (raw) => {
    const d = parseDate(raw);
    return [d.iso, d.year, d.month, d.day, d.precision, d.placeholder];
  });
  await lookup(c, 'link_sexes', ['sex'], of('sex'), (raw) => [parseSex(raw)]);
  await lookup(c, 'link_pids', ['pid', 'status'], of('pid'), (raw) => {
    const p = parsePid(raw);
    return [p.status === 'valid' ? p.digits : null, p.status];
  });
  await lookup(c, 'link_ethnicities', ['value'], of('ethnicity'), (raw) => [canonicalEthnicity(raw)]);
  await lookup(c, 'link_nationalities', ['value'], of('nationality'), (raw) => [canonicalNationality(raw)]);
  await c.run(sideSql('persons', left, 'link_left_raw'));
  await c.run(sideSql('population', right, 'link_right_raw'));
  await c.run(`create or replace temp table link_right_ids as
    select row_number() over (order by ${ident(right.id)})::bigint as row_id, ${ident(right.id)} as right_id from link_right_raw`);

  const summary = await match(c, {
    config: {
      ...config,
      exclusive_roles: config.link.one_to_one ? ['link:left'] : [], year_only_roles: [], implied_sex: {}, parent_name_roles: ['link:left'],
      record_parent_roles: {}, spouse_name_roles: ['link:left'], partner_roles: {},
      event_checks: { death_roles: [], marriage_roles: [] }, family: { ...config.family, links: [] },
    },
    onStep: options.onStep,
  });
  await c.run(`create or replace table link_pairs as
    select r.record_id as left_id, ri.right_id, r.outcome, r.match_weight, r.score as probability, r.errors,
           si.right_id as second_right_id, r.second_score as second_probability
    from match_results r
    left join link_right_ids ri on ri.row_id = r.population_row_id
    left join link_right_ids si on si.row_id = r.second_row_id
    order by r.record_id`);
  return summary;
}

/** SQL inserting one side into its contract table, joining the lookups. */
function sideSql(table: 'persons' | 'population', side: LinkSide, raw: string): string {
  const v = (f: (typeof linkFields)[number]) => col(side, f) ?? 'null::varchar';
  const nameJoin = (f: 'full_name' | 'father_name' | 'mother_name' | 'spouse_name', alias: string) =>
    `left join link_names ${alias} on ${alias}.raw = ${col(side, f) ? `t.${col(side, f)}` : 'null'}`;
  const id = `t.${ident(side.id)}`;
  const common = `
    p.pid as pid, coalesce(p.status, 'missing') as pid_status,
    n.full_name, n.name_fold, n.family_fold, n.middle_fold, n.given_fold,
    sx.sex, d.iso::date as dob, d.year::integer as dob_year, d.month::integer as dob_month, d.day::integer as dob_day, d.precision as dob_precision,
    coalesce(d.placeholder = 'true', false) as dob_placeholder,
    ${v('birthplace_code')} as birthplace_code, ${v('hometown_code')} as hometown_code,
    e.value as ethnicity, na.value as nationality,
    fa.full_name as father_name, fa.name_fold as father_name_fold, mo.full_name as mother_name, mo.name_fold as mother_name_fold,
    sp.full_name as spouse_name, sp.name_fold as spouse_name_fold`;
  const joins = `
    ${nameJoin('full_name', 'n')} ${nameJoin('father_name', 'fa')} ${nameJoin('mother_name', 'mo')} ${nameJoin('spouse_name', 'sp')}
    left join link_dates d on d.raw = ${col(side, 'dob') ? `t.${col(side, 'dob')}` : 'null'}
    left join link_sexes sx on sx.raw = ${col(side, 'sex') ? `t.${col(side, 'sex')}` : 'null'}
    left join link_pids p on p.raw = ${col(side, 'pid') ? `t.${col(side, 'pid')}` : 'null'}
    left join link_ethnicities e on e.raw = ${col(side, 'ethnicity') ? `t.${col(side, 'ethnicity')}` : 'null'}
    left join link_nationalities na on na.raw = ${col(side, 'nationality') ? `t.${col(side, 'nationality')}` : 'null'}`;
  if (table === 'persons') {
    return `insert into persons by name
      select ${id} as person_id, ${id} as record_id, 'link' as event_type, 'left' as role, ${common},
        ${v('residence_code')} as residence_code, ${v('full_name')} as full_name_raw, ${v('dob')} as dob_raw,
        'left' as source_file, row_number() over () as source_line
      from ${raw} t ${joins}`;
  }
  return `insert into population by name
    select row_number() over (order by ${id})::bigint as row_id, ${common},
      ${v('residence_code')} as current_residence_code, ${v('full_name')} as full_name_raw, ${v('dob')} as dob_raw,
      'right' as source_file, row_number() over (order by ${id}) as source_line
    from ${raw} t ${joins}`;
}
