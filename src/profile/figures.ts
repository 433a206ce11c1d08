import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, queryValue } from '../db/query.js';
import { UserError } from '../errors.js';
import type { Scope } from '../config/scope.js';
import { FIELDS, type ProfileSource } from './catalog.js';
import type { ColumnFigure, CompletenessFigure, ProfileFigures, RuleFigure } from './types.js';

const UNIT_NAMES = `
  left join (select distinct district_code, district_name from units_2023) d using (district_code)
  left join (select commune_code, commune_name from units_2023) u using (commune_code)`;

/** One breakdown of profile_completeness; `where` and `orderBy` are code-owned SQL, values are bound. */
async function breakdown(
  c: DuckDBConnection,
  name: string,
  orderBy: string,
  where = 'true',
  params: Record<string, number> = {},
): Promise<CompletenessFigure[]> {
  const rows = await queryRows<CompletenessFigure & { breakdown?: string }>(
    c,
    `select c.* exclude (breakdown), d.district_name, u.commune_name
     from profile_completeness c ${UNIT_NAMES}
     where c.breakdown = $name and ${where}
     order by ${orderBy}${params.limit ? ' limit $limit' : ''}`,
    { name, ...params },
  );
  return rows.map(dropNulls);
}

/** Drops the keys a breakdown does not group by (null), keeping the figure small in JSON. */
function dropNulls(row: CompletenessFigure): CompletenessFigure {
  const keep = ['filled_share', 'usable_share'];
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null || keep.includes(k))) as unknown as CompletenessFigure;
}

async function columns(c: DuckDBConnection): Promise<ColumnFigure[]> {
  const base = await queryRows<ColumnFigure & { position: number }>(c, 'select * from profile_columns order by source, position');
  const shapes = await queryRows<{ source: string; field: string; shape: string; n: number; share: number; estimated: boolean }>(
    c,
    'select source, field, shape, n, share, estimated from profile_shapes order by source, field, rank',
  );
  const lengths = await queryRows<{ source: string; field: string; length: number; n: number }>(
    c,
    'select source, field, length, n from profile_lengths order by source, field, length',
  );
  const tops = await queryRows<{ source: string; field: string; value: string; n: number; share: number }>(
    c,
    `select t.source, t.field, t.value, t.n, t.share from profile_top_values t
     join profile_fields f on f.source = t.source and f.field = t.field and f.kind = 'categorical'
     order by t.source, t.field, t.rank`,
  );
  const of = <T extends { source: string; field: string }>(xs: T[], col: { source: string; field: string }) =>
    xs.filter((x) => x.source === col.source && x.field === col.field).map(({ source: _s, field: _f, ...rest }) => rest);
  return base.map(({ position: _p, ...col }) => {
    const def = FIELDS[col.source as ProfileSource][col.field];
    const figure: ColumnFigure = {
      ...col,
      // full dates leave the database only for registration dates, never for personal ones
      min_date: def?.range?.unit === 'date' ? col.min_date : null,
      max_date: def?.range?.unit === 'date' ? col.max_date : null,
      day_range: def?.range?.unit === 'date' ? col.day_range : null,
      shapes: of(shapes, col),
      lengths: of(lengths, col),
    };
    if (col.kind === 'categorical') figure.top_values = of(tops, col);
    return figure;
  });
}

/**
 * Reads what `profile()` left in the `profile_*` tables as plain data: row counts, the column
 * profile, completeness by every breakdown with the worst fields, communes and commune x years,
 * records by year and event type, rule counts, quarantined input rows and duplicate pairs. Aggregates only: no names, ID
 * numbers or dates of birth. Throws a UserError when profile has not run on this database.
 *
 * @example
 * await profile(c);
 * const f = await profileFigures(c);
 * f.rules.filter((r) => r.severity === 'error' && r.failing_rows > 0);
 */
export async function profileFigures(c: DuckDBConnection): Promise<ProfileFigures> {
  const ran = await queryValue<number>(c, "select count(*) from information_schema.tables where table_name = 'profile_rules'");
  if (!ran) throw new UserError('no profile in this database: run `doichieu profile` first');
  const settings = (await queryRows<{ min_cells: number; worst: number }>(c, 'select * from profile_settings'))[0];
  const scopeRow = (await queryRows<Record<string, (string | number)[] | null>>(c, 'select * from profile_scope'))[0];
  const scope: Scope = Object.fromEntries(Object.entries(scopeRow).filter(([, v]) => v !== null));
  const count = (sql: string) => queryValue<number>(c, sql);
  const worst = { limit: settings.worst };
  const enough = { limit: settings.worst, min_cells: settings.min_cells };
  const [overall] = await breakdown(c, 'all', '1');
  return {
    scope,
    rows: {
      registrations: await count('select count(*) from profile_registrations'),
      persons: await count('select count(*) from profile_persons'),
      population: await count('select count(*) from population'),
    },
    columns: await columns(c),
    completeness: {
      overall: overall ?? { expected: 0, filled: 0, usable: 0, filled_share: null, usable_share: null },
      by_event_type: await breakdown(c, 'event_type', 'c.event_type'),
      by_event_type_role_field: await breakdown(c, 'event_type_role_field', 'c.event_type, c.role, c.field'),
      by_field: await breakdown(c, 'field', 'c.field'),
      by_district: await breakdown(c, 'district', 'c.district_code nulls last'),
      by_district_field: await breakdown(c, 'district_field', 'c.district_code nulls last, c.field'),
      by_commune: await breakdown(c, 'commune', 'c.district_code nulls last, c.commune_code nulls last'),
      by_commune_year: await breakdown(c, 'commune_year', 'c.commune_code nulls last, c.registered_year nulls last'),
      by_year: await breakdown(c, 'year', 'c.registered_year nulls last'),
      by_decade: await breakdown(c, 'decade', 'c.decade nulls last'),
      worst_fields: await breakdown(c, 'event_type_role_field', 'c.filled_share, c.expected desc, c.event_type, c.role, c.field', 'c.filled_share < 1', worst),
      worst_communes: await breakdown(c, 'commune', 'c.filled_share, c.commune_code', 'c.commune_code is not null and c.expected >= $min_cells', enough),
      worst_commune_years: await breakdown(
        c,
        'commune_year',
        'c.filled_share, c.commune_code, c.registered_year',
        'c.commune_code is not null and c.expected >= $min_cells',
        enough,
      ),
    },
    records_by_year: await queryRows(
      c,
      'select event_type, registered_year, sum(records)::bigint as records from profile_record_cells group by all order by registered_year nulls last, event_type',
    ),
    rules: await queryRows<RuleFigure>(
      c,
      'select code, label_vi, label_en, severity, kind, source, failing_rows, failing_records from profile_rules order by position',
    ),
    quarantine: await queryRows(
      c,
      'select kind, reason_code, count(*) as rows from quarantine group by all order by kind, rows desc, reason_code',
    ),
    duplicates: (
      await queryRows<ProfileFigures['duplicates']>(
        c,
        `select count(*) filter (where finding = 'duplicate_registration') as duplicate_registration_pairs,
                count(*) filter (where finding = 'twins') as twin_pairs
         from profile_duplicate_pairs`,
      )
    )[0],
  };
}
