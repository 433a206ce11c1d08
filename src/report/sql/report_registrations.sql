-- Step report_registrations: registrations loaded in the phase scope ("records digitized").
create or replace temp table report_registrations as
select record_id, event_type, commune_code, district_code, registered_year
from registrations
where /*scope*/ true;
