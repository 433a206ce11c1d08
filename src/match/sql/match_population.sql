-- The population side with the same standard columns as match_scope. `rid` (match_population_ids)
-- is a dense integer id.
-- A place may also be the birth *registration* place (birthreg: what the population DB held before
-- 2024) and the permanent residence (residence2).
create or replace table match_population as
with p as (
  select p.*,
    match_blank(p.name_fold) as name_key,
    case when p.dob_year is null then null
         when p.dob_precision in ('day', 'month', 'year') then p.dob_precision
         else 'year' end as precision_key
  from population p
)
select
  i.rid,
  p.row_id, p.pid, p.pid_status, p.pid_issue,
  unnest(match_name_parts(p.full_name, p.name_key, p.family_fold, p.middle_fold, p.given_fold)),
  p.sex,
  p.sex as sex_or_role,
  case when p.precision_key = 'day' then p.dob end as dob,
  p.dob_year,
  case when p.precision_key in ('day', 'month') then p.dob_month end as dob_month,
  case when p.precision_key = 'day' then p.dob_day end as dob_day,
  p.precision_key as dob_precision,
  p.dob_placeholder and p.precision_key = 'day' as dob_placeholder,
  false as dob_year_form,
  p.ethnicity,
  p.nationality,
  coalesce(bu.commune, case when length(p.birthplace_code) = 5 then p.birthplace_code end) as birthplace_commune,
  coalesce(bu.district, case when length(p.birthplace_code) = 3 then p.birthplace_code end) as birthplace_district,
  coalesce(p.birthplace_province, bu.province) as birthplace_province,
  p.birthplace_code_2025,
  coalesce(gu.commune, case when length(p.birth_registration_place_code) = 5 then p.birth_registration_place_code end) as birthreg_commune,
  coalesce(gu.district, case when length(p.birth_registration_place_code) = 3 then p.birth_registration_place_code end) as birthreg_district,
  gu.province as birthreg_province,
  p.birth_registration_place_code_2025 as birthreg_code_2025,
  coalesce(hu.commune, case when length(p.hometown_code) = 5 then p.hometown_code end) as hometown_commune,
  coalesce(hu.district, case when length(p.hometown_code) = 3 then p.hometown_code end) as hometown_district,
  coalesce(p.hometown_province, hu.province) as hometown_province,
  p.hometown_code_2025,
  coalesce(cu.commune, case when length(p.current_residence_code) = 5 then p.current_residence_code end) as residence_commune,
  coalesce(cu.district, case when length(p.current_residence_code) = 3 then p.current_residence_code end) as residence_district,
  cu.province as residence_province,
  null::varchar as residence_code_2025,
  coalesce(pu.commune, case when length(p.permanent_residence_code) = 5 then p.permanent_residence_code end) as residence2_commune,
  coalesce(pu.district, case when length(p.permanent_residence_code) = 3 then p.permanent_residence_code end) as residence2_district,
  pu.province as residence2_province,
  null::varchar as residence2_code_2025,
  match_blank(p.father_name) as father_name, match_blank(p.father_name_fold) as father_name_fold,
  match_blank(p.mother_name) as mother_name, match_blank(p.mother_name_fold) as mother_name_fold,
  match_blank(p.spouse_name) as spouse_name, match_blank(p.spouse_name_fold) as spouse_name_fold,
  match_blank(p.spouse_name) as partner_name, match_blank(p.spouse_name_fold) as partner_name_fold,
  p.father_pid, p.mother_pid, p.spouse_pid,
  p.death_date, p.death_date_raw,
  p.marital_status,
  p.current_residence_code
from p
join match_population_ids i on i.row_id = p.row_id
left join match_units bu on bu.code = p.birthplace_code
left join match_units gu on gu.code = p.birth_registration_place_code
left join match_units hu on hu.code = p.hometown_code
left join match_units cu on cu.code = p.current_residence_code
left join match_units pu on pu.code = p.permanent_residence_code;
