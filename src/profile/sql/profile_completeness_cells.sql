-- Expected, filled and usable values of every required field (profile_required_fields), per event
-- type, role, unit and year. A role that belongs in every record (`always`) expects one value per
-- record, so a missing mother row counts as missing fields; an optional role (father) expects one
-- per row present. Reads only the small *_cells tables.
create or replace table profile_completeness_cells as
with person_values as (
  unpivot profile_person_cells
  on (full_name_filled, full_name_usable) as full_name, (sex_filled, sex_usable) as sex,
     (dob_filled, dob_usable) as dob, (birth_year_filled, birth_year_usable) as birth_year,
     (birthplace_filled, birthplace_usable) as birthplace, (hometown_filled, hometown_usable) as hometown,
     (ethnicity_filled, ethnicity_usable) as ethnicity, (nationality_filled, nationality_usable) as nationality,
     (residence_filled, residence_usable) as residence, (pid_filled, pid_usable) as pid
  into name field value filled, usable
), record_values as (
  unpivot profile_record_cells
  on (authority_filled, authority_usable) as authority, (book_no_filled, book_no_usable) as book_no,
     (registration_no_filled, registration_no_usable) as registration_no,
     (registered_on_filled, registered_on_usable) as registered_on, (death_date_filled, death_date_usable) as death_date,
     (death_place_filled, death_place_usable) as death_place, (marital_status_filled, marital_status_usable) as marital_status
  into name field value filled, usable
), person_cells as (
  select rc.event_type, req.role, rc.district_code, rc.commune_code, rc.registered_year, req.field,
    case when req.always then greatest(rc.records, coalesce(pv.persons, 0)) else coalesce(pv.persons, 0) end as expected,
    coalesce(pv.filled, 0) as filled,
    coalesce(pv.usable, 0) as usable
  from profile_record_cells rc
  join profile_required_fields req on req.event_type = rc.event_type and req.role <> 'record'
  left join person_values pv
    on pv.event_type = rc.event_type and pv.role = req.role and pv.field = req.field
   -- null units and years (district authorities, unreadable dates) are keys too; coalesced, they
   -- keep this a hash join
   and coalesce(pv.district_code, '') = coalesce(rc.district_code, '')
   and coalesce(pv.commune_code, '') = coalesce(rc.commune_code, '')
   and coalesce(pv.registered_year, -1) = coalesce(rc.registered_year, -1)
), record_cells as (
  select rv.event_type, 'record' as role, rv.district_code, rv.commune_code, rv.registered_year, rv.field,
    rv.records as expected, rv.filled, rv.usable
  from record_values rv
  join profile_required_fields req on req.event_type = rv.event_type and req.role = 'record' and req.field = rv.field
)
select * from person_cells where expected > 0
union all
select * from record_cells where expected > 0
