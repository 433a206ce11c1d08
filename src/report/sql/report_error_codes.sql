-- Step report_error_codes: one row per (person, error code) of the scope's results; errors is a
-- ';'-separated list, '' when none.
create or replace temp table report_error_codes as
select person_id, event_type, commune_code, district_code, outcome, trim(code) as error_code
from (select person_id, event_type, commune_code, district_code, outcome, unnest(string_split(errors, ';')) as code
      from report_results
      where errors <> '')
where trim(code) <> '';
