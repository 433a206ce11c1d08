import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import { literal } from '../../src/db/query.js';

const UNITS = new URL('../../src/vn/data/bac_lieu_units_2023.csv', import.meta.url).pathname;
const UNITS_2025 = new URL('../../src/vn/data/bac_lieu_units_2025_mapping.csv', import.meta.url).pathname;

/** The communes the fixture registers in: both "Phường 1" (31825, 31942) and five pilot-like ones. */
export const FIXTURE_COMMUNES = ['31825', '31942', '31915', '31843', '31813', '31891', '31972', '31867'];

/** Error codes given to discrepant persons, in turn; every fourth one gets two codes. */
const ERROR_CYCLE = ['dob.day_month_swapped', 'name.diacritics', 'sex', 'name.middle_missing', 'dob.year', 'pid.mismatch', 'hometown', 'father_name'];

/** Loads units_2023 from the reference CSVs the project ships (as ingest does). */
export async function loadUnits(c: DuckDBConnection): Promise<void> {
  await c.run(`
    insert into units_2023
    select u.commune_code, u.commune_name, u.commune_type, u.district_code, u.district_name, u.province_code,
           m.new_commune_code, m.new_commune_name
    from read_csv(${literal(UNITS)}, all_varchar = true) u
    join read_csv(${literal(UNITS_2025)}, all_varchar = true) m on m.old_commune_code = u.commune_code`);
}

/**
 * Fills the contract tables with a synthetic campaign made in SQL: `registrations` registrations
 * spread over `communes` (default FIXTURE_COMMUNES), their persons, one match result per person with a fixed pattern of
 * outcomes, the differences of discrepant persons, one registry input file and a few quarantined
 * rows. Names and pids are realistic-looking so tests can check they never reach leadership outputs.
 */
export async function buildFixture(c: DuckDBConnection, options: { registrations?: number; communes?: string[] } = {}): Promise<void> {
  const n = options.registrations ?? 2400;
  const communes = options.communes ?? FIXTURE_COMMUNES;
  await loadUnits(c);
  await c.run(`create temp table fixture_communes as select unnest($codes::varchar[]) as commune_code, generate_subscripts($codes::varchar[], 1) - 1 as k`, {
    codes: listValue(communes),
  });
  await c.run(
    `insert into registrations (record_id, event_type, authority_code, commune_code, district_code, commune_code_2025, book_no,
        registration_no, registered_on_raw, registered_on, registered_on_precision, registered_year, source_file, source_line)
     select 'R' || lpad(i::varchar, 7, '0'),
            case when i % 10 < 6 then 'birth' when i % 10 = 6 then 'death' when i % 10 < 9 then 'marriage' else 'marital_status' end,
            f.commune_code, f.commune_code, u.district_code, u.commune_code_2025, '0' || (i % 3 + 1), (i % 500 + 1)::varchar,
            strftime(make_date(1975 + i % 48, i % 12 + 1, i % 28 + 1), '%d/%m/%Y'), make_date(1975 + i % 48, i % 12 + 1, i % 28 + 1), 'day',
            1975 + i % 48, 'registry.csv', i + 2
     from range($n) t(i)
     join fixture_communes f on f.k = (i // 3) % $k
     join units_2023 u on u.commune_code = f.commune_code`,
    { n, k: communes.length },
  );
  await c.run(`
    create temp table fixture_roles as
    select * from (values ('birth', 'child', 0), ('birth', 'mother', 1), ('death', 'deceased', 0), ('marriage', 'husband', 0),
                          ('marriage', 'wife', 1), ('marital_status', 'person', 0)) v(event_type, role, role_no)`);
  await c.run(`
    insert into persons (person_id, record_id, event_type, role, authority_code, commune_code, district_code, registered_year,
        pid_raw, pid, pid_status, full_name_raw, full_name, name_fold, sex, dob_raw, dob, dob_year, dob_month, dob_day,
        dob_precision, source_file, source_line)
    select r.record_id || '/' || x.role, r.record_id, r.event_type, x.role, r.authority_code, r.commune_code, r.district_code,
           r.registered_year,
           p.pid, p.pid, case when p.pid is null then 'missing' else 'valid' end,
           p.full_name, p.full_name, lower(strip_accents(p.full_name)),
           case when x.role in ('mother', 'wife') or seq % 2 = 1 then 'F' else 'M' end,
           strftime(p.dob, '%d/%m/%Y'), p.dob, year(p.dob), month(p.dob), day(p.dob), 'day', r.source_file, r.source_line
    from registrations r
    join fixture_roles x using (event_type)
    cross join lateral (select (r.source_line * 2654435761 + x.role_no * 40503) % 1000003 as seq) s
    cross join lateral (select
        case when seq % 3 = 0 then null else '0952' || lpad((seq * 7919 % 100000000)::varchar, 8, '0') end as pid,
        list_element(['Nguyễn', 'Trần', 'Lê', 'Huỳnh', 'Thạch', 'Võ'], seq % 6 + 1) || ' ' ||
          list_element(['Văn', 'Thị', 'Ngọc', 'Hữu'], seq % 4 + 1) || ' ' ||
          list_element(['Tường', 'Nhung', 'Đức', 'Phượng', 'Khải', 'Sô Phía', 'Diệu'], seq % 7 + 1) || ' ' ||
          list_element(['Anh', 'Bảo', 'Châu', 'Duyên', 'Giang', 'Hạnh', 'Khoa', 'Lộc', 'Minh'], seq % 9 + 1) as full_name,
        make_date(1940 + seq % 60, seq % 12 + 1, seq % 27 + 1) as dob) p`);
  // Outcome pattern by position: 14/20 consistent, 3 discrepant, 1 not found, 1 ambiguous, 1 invalid.
  await c.run(`
    insert into match_results (person_id, record_id, event_type, role, authority_code, commune_code, district_code, registered_year,
        outcome, population_pid, population_row_id, score, match_weight, method, errors, pid_action, residence_commune_code)
    select person_id, record_id, event_type, role, authority_code, commune_code, district_code, registered_year,
           outcome,
           case when outcome in ('consistent', 'discrepant') then coalesce(pid, '0953' || lpad((seq * 104729 % 100000000)::varchar, 8, '0')) end,
           case when outcome in ('consistent', 'discrepant') then seq end,
           case when outcome in ('consistent', 'discrepant') then 0.99 when outcome = 'ambiguous' then 0.6 when outcome = 'not_found' then 0.01 end,
           case when outcome in ('consistent', 'discrepant') then 18.5 end,
           case when outcome in ('consistent', 'discrepant') then (case when pid is null then 'probabilistic' else 'pid' end) end,
           case when outcome = 'discrepant' then
             list_element($codes::varchar[], seq % 8 + 1) ||
             case when seq % 4 = 0 then ';' || list_element($codes::varchar[], (seq + 3) % 8 + 1) else '' end
           else '' end,
           case when outcome = 'consistent' and pid is null then 'assign' else '' end,
           case when outcome in ('consistent', 'discrepant') then
             case when seq % 11 = 0 then list_element($communes::varchar[], (seq + 1) % len($communes::varchar[]) + 1) else commune_code end end
    from (select p.*, (p.source_line * 2654435761 + (p.role in ('mother', 'wife'))::int * 40503) % 1000003 as seq,
                 case when ((p.source_line * 2654435761 + (p.role in ('mother', 'wife'))::int * 40503) % 1000003) % 20 < 14 then 'consistent'
                      when ((p.source_line * 2654435761 + (p.role in ('mother', 'wife'))::int * 40503) % 1000003) % 20 < 17 then 'discrepant'
                      when ((p.source_line * 2654435761 + (p.role in ('mother', 'wife'))::int * 40503) % 1000003) % 20 = 17 then 'not_found'
                      when ((p.source_line * 2654435761 + (p.role in ('mother', 'wife'))::int * 40503) % 1000003) % 20 = 18 then 'ambiguous'
                      else 'invalid' end as outcome
          from persons p) t`,
    { codes: listValue(ERROR_CYCLE), communes: listValue(communes) },
  );
  await insertDifferences(c);
  await c.run(`
    insert into ingest_files values
      ('registry.csv', 'registry', 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12', 123456, 'csv', 'utf8', ',', 'canonical', $n + 5, $n, 5),
      ('population.csv', 'population', '99aa88bb77cc66dd55ee44ff3300112299aa88bb77cc66dd55ee44ff33001122', 654321, 'csv', 'utf8', ',', 'canonical', 4000, 4000, 0)`,
    { n },
  );
  await c.run(`
    insert into quarantine
    select 'registry.csv', 100000 + i, 'registry', 'malformed_row', 'the row has 3 fields, the header 40',
           'R9' || i || ',birth,Phạm Thị Quarantined' || i from range(5) t(i)`);
}

/** One match_differences row per error code of each discrepant person, with made-up values. */
export async function insertDifferences(c: DuckDBConnection): Promise<void> {
  await c.run(`
    insert into match_differences
    select m.person_id,
           case split_part(code, '.', 1) when 'name' then 'full_name' else split_part(code, '.', 1) end,
           code,
           case split_part(code, '.', 1) when 'name' then p.full_name when 'dob' then p.dob_raw when 'sex' then p.sex
                when 'pid' then p.pid else 'Xã Vĩnh Hưng' end,
           case split_part(code, '.', 1) when 'name' then p.full_name || 'h' when 'dob' then strftime(p.dob + 31, '%d/%m/%Y')
                when 'sex' then (case p.sex when 'F' then 'M' else 'F' end) when 'pid' then m.population_pid else 'Xã Châu Thới' end
    from match_results m
    join persons p using (person_id)
    cross join unnest(string_split(m.errors, ';')) as e(code)
    where m.outcome = 'discrepant'`);
}

/** Marks a person consistent (as if the commune fixed the record), for rerun tests. */
export async function correctPerson(c: DuckDBConnection, personId: string): Promise<void> {
  await c.run(`update match_results set outcome = 'consistent', errors = '' where person_id = $id`, { id: personId });
  await c.run(`delete from match_differences where person_id = $id`, { id: personId });
}
