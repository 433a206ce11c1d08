-- registrations: one row per loaded registry row (contract table), its dates and places read.
insert into registrations
select
  c.record_key,
  c.event_type,
  c.authority_code,
  c.commune_code,
  c.district_code,
  c.commune_code_2025,
  c.book_no,
  c.registration_no,
  c.registered_on_raw,
  cast(rd.iso as date),
  rd.precision,
  c.registered_year,
  c.death_date_raw,
  cast(dd.iso as date),
  dd.precision,
  c.death_place_raw,
  dp.code,
  c.marital_status_raw,
  ms.marital_status,
  f.source_file,
  c.source_line
from temp.ingest_registry_checked c
join temp.ingest_file_names f on f.file_no = c.file_no
left join temp.ingest_dates rd on rd.raw = c.registered_on_raw
left join temp.ingest_dates dd on dd.raw = c.death_date_raw
left join temp.ingest_places dp on dp.raw = c.death_place_raw
left join temp.ingest_marital_statuses ms on ms.raw = c.marital_status_raw
where c.problem is null;
