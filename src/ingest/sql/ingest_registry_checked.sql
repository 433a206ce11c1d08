-- ingest_registry_checked: every registry row with its event type, registration identity and
-- registering authority resolved, and the first problem that keeps it out of `registrations`
-- (null when it is loaded). A registration needs a person in one of its event type's roles. Of several rows with one record id, the first (by file, then line) is
-- kept and the others are 'duplicate_record_id', pointing at it.
create or replace temp table ingest_registry_checked as
with resolved as (
  select
    r.file_no, r.raw_row, r.source_line, r.record_id, r.event_type_raw, r.authority_code, r.book_no, r.registration_no,
    r.registered_on_raw, r.death_date_raw, r.death_place_raw, r.marital_status_raw,
    e.event_type,
    d.year as registered_year,
    coalesce(r.record_id,
      case when r.authority_code is not null and d.year is not null and r.book_no is not null and r.registration_no is not null
        then r.authority_code || '-' || d.year || '-' || r.book_no || '-' || r.registration_no end) as record_key,
    a.authority_code is not null as authority_known,
    a.commune_code, a.district_code, a.commune_code_2025,
    exists (
      select 1 from temp.ingest_person_rows p join temp.ingest_event_roles er on er.role = p.role
      where p.file_no = r.file_no and p.raw_row = r.raw_row and er.event_type = e.event_type
    ) as has_person
  from temp.ingest_registry_rows r
  left join temp.ingest_event_types e on e.raw = r.event_type_raw
  left join temp.ingest_dates d on d.raw = r.registered_on_raw
  left join temp.ingest_authorities a on a.authority_code = r.authority_code
),
problems as (
  select *,
    file_no::bigint * 10000000000 + source_line as position,
    case
      when event_type is null then 'unknown_event_type'
      when record_key is null then 'unusable_identity'
      when authority_code is not null and not authority_known then 'unknown_authority'
      when not has_person then 'no_person'
    end as problem
  from resolved
),
firsts as (
  select record_key, min(position) as first_position
  from problems
  where problem is null
  group by record_key
  having count(*) > 1
)
select
  p.* exclude (problem),
  case when f.first_position is not null and p.position <> f.first_position then 'duplicate_record_id' else p.problem end as problem,
  f.first_position // 10000000000 as first_file_no,
  f.first_position % 10000000000 as first_line
from problems p
left join firsts f on f.record_key = p.record_key and p.problem is null;
