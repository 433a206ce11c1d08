-- Readable values of the population side, for differences and explain only.
create or replace view match_population_text as
select r.rid,
  match_date_text(p.dob_year, p.dob_month, p.dob_day,
    case when p.dob_year is null then null when p.dob_precision in ('day', 'month', 'year') then p.dob_precision else 'year' end,
    p.dob_raw) as dob_text,
  coalesce(p.ethnicity_raw, p.ethnicity) as ethnicity_text,
  coalesce(p.nationality_raw, p.nationality) as nationality_text,
  p.birthplace_raw as birthplace_text,
  p.hometown_raw as hometown_text,
  p.current_residence_code as residence_text,
  coalesce(p.marital_status_raw, p.marital_status) as marital_status_text
from match_population_ids r join population p on p.row_id = r.row_id;
