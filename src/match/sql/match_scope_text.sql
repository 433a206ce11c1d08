-- Readable values of the registry side, and what only results need, for differences, results and
-- explain (views: kept out of the wide tables every pair joins).
create or replace view match_scope_text as
select i.lid,
  p.event_type, p.role, p.authority_code, p.commune_code, p.district_code, p.registered_year, p.pid_raw,
  match_date_text(p.dob_year, p.dob_month, p.dob_day,
    case when p.dob_year is null then null when p.dob_precision in ('day', 'month', 'year') then p.dob_precision else 'year' end,
    p.dob_raw) as dob_text,
  coalesce(p.ethnicity_raw, p.ethnicity) as ethnicity_text,
  coalesce(p.nationality_raw, p.nationality) as nationality_text,
  p.birthplace_raw as birthplace_text,
  p.hometown_raw as hometown_text,
  p.residence_raw as residence_text
from match_scope_ids i join persons p on p.person_id = i.person_id;
