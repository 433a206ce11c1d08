-- ingest_quarantine_raw: for each registry row the checks keep out, its raw values (as JSON: the
-- registration columns, then each filled role's fields), for the quarantine's raw_line.
create or replace temp table ingest_quarantine_raw as
select
  c.file_no,
  c.raw_row,
  cast(json_object(
    'record_id', r.record_id, 'event_type', r.event_type_raw, 'authority_code', r.authority_code, 'book_no', r.book_no,
    'registration_no', r.registration_no, 'registered_on', r.registered_on_raw, 'death_date', r.death_date_raw,
    'death_place', r.death_place_raw, 'marital_status', r.marital_status_raw,
    'persons', (
      select json_group_object(p.role, json_object(
        'pid', p.pid_raw, 'full_name', p.full_name_raw, 'sex', p.sex_raw, 'dob', p.dob_raw, 'birthplace', p.birthplace_raw,
        'hometown', p.hometown_raw, 'ethnicity', p.ethnicity_raw, 'nationality', p.nationality_raw, 'residence', p.residence_raw))
      from temp.ingest_person_rows p
      where p.file_no = c.file_no and p.raw_row = c.raw_row)
  ) as varchar) as raw_line
from temp.ingest_registry_checked c
join temp.ingest_registry_rows r on r.file_no = c.file_no and r.raw_row = c.raw_row
where c.problem is not null;
