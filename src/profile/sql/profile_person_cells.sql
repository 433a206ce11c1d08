-- One pass over the persons: per event type, role, unit and year, how many person rows and how many
-- filled / usable values each person field has. `dob` is usable as a full date, `birth_year` as a year.
-- Ingest stores raw text trimmed, blanks as null: comparing with '' (not trim) halves this scan.
create or replace table profile_person_cells as
select event_type, role, district_code, commune_code, registered_year,
  count(*) as persons,
  count(*) filter (where full_name_raw <> '')                                  as full_name_filled,
  count(*) filter (where full_name_raw <> '' and full_name is not null)        as full_name_usable,
  count(*) filter (where sex_raw <> '')                                        as sex_filled,
  count(*) filter (where sex_raw <> '' and sex is not null)                    as sex_usable,
  count(*) filter (where dob_raw <> '')                                        as dob_filled,
  count(*) filter (where dob_raw <> '' and dob is not null)                    as dob_usable,
  count(*) filter (where dob_raw <> '')                                        as birth_year_filled,
  count(*) filter (where dob_raw <> '' and dob_year is not null)               as birth_year_usable,
  count(*) filter (where birthplace_raw <> '')                                 as birthplace_filled,
  count(*) filter (where birthplace_raw <> '' and birthplace_code is not null) as birthplace_usable,
  count(*) filter (where hometown_raw <> '')                                   as hometown_filled,
  count(*) filter (where hometown_raw <> '' and hometown_code is not null)     as hometown_usable,
  count(*) filter (where ethnicity_raw <> '')                                  as ethnicity_filled,
  count(*) filter (where ethnicity_raw <> '' and ethnicity is not null)        as ethnicity_usable,
  count(*) filter (where nationality_raw <> '')                                as nationality_filled,
  count(*) filter (where nationality_raw <> '' and nationality is not null)    as nationality_usable,
  count(*) filter (where residence_raw <> '')                                  as residence_filled,
  count(*) filter (where residence_raw <> '' and residence_code is not null)   as residence_usable,
  count(*) filter (where pid_raw <> '')                                        as pid_filled,
  count(*) filter (where pid_raw <> '' and pid is not null)                    as pid_usable
from profile_persons
group by all
