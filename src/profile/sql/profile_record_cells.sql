-- One pass over the registrations: per event type, unit and year, how many records and how many
-- filled (raw text present) and usable (raw present and read) values each record-level field has.
-- Ingest stores raw text trimmed, blanks as null: comparing with '' is enough.
create or replace table profile_record_cells as
select event_type, district_code, commune_code, registered_year,
  count(*) as records,
  count(*) filter (where authority_code <> '')                                    as authority_filled,
  count(*) filter (where authority_code <> '' and district_code is not null)      as authority_usable,
  count(*) filter (where book_no <> '')                                           as book_no_filled,
  count(*) filter (where book_no <> '')                                           as book_no_usable,
  count(*) filter (where registration_no <> '')                                   as registration_no_filled,
  count(*) filter (where registration_no <> '')                                   as registration_no_usable,
  count(*) filter (where registered_on_raw <> '')                                 as registered_on_filled,
  count(*) filter (where registered_on_raw <> '' and registered_on is not null)   as registered_on_usable,
  count(*) filter (where death_date_raw <> '')                                    as death_date_filled,
  count(*) filter (where death_date_raw <> '' and death_date is not null)         as death_date_usable,
  count(*) filter (where death_place_raw <> '')                                   as death_place_filled,
  count(*) filter (where death_place_raw <> '' and death_place_code is not null)  as death_place_usable,
  count(*) filter (where marital_status_raw <> '')                                as marital_status_filled,
  count(*) filter (where marital_status_raw <> '' and marital_status is not null) as marital_status_usable
from profile_registrations
group by all
