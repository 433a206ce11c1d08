-- ingest_registry_ok: the registry rows that become registrations (narrow: what persons need).
create or replace temp table ingest_registry_ok as
select file_no, raw_row, source_line, record_key, event_type, authority_code, commune_code, district_code, registered_year
from temp.ingest_registry_checked
where problem is null;
