-- The registry side: one row per in-scope person-in-registration, with the standard columns every
-- comparison and blocking rule reads. `lid` (from match_scope_ids) is a dense integer id so pair
-- tables stay narrow.
-- Role settings (match_roles) decide which related-name columns apply and the sex a role implies.
create or replace table match_scope as
with p as (
  select p.*, p.event_type || ':' || p.role as role_key
  from persons p
),
relatives as (
  -- people a record names in roles other persons of it refer to (a partner, the one parent of a
  -- recognition or adoption), with the sex they state or their Thị/Văn middle name shows
  select record_id, role, full_name, name_fold,
    coalesce(sex, case when middle_fold = 'thi' or middle_fold like 'thi %' then 'F'
                       when middle_fold = 'van' or middle_fold like 'van %' then 'M' end) as parent_sex
  from persons
  where role in (select partner_role from match_roles union select parent_role from match_roles)
),
named as (
  select p.*,
    match_blank(p.name_fold) as name_key,
    case when p.dob_year is null then null
         when p.dob_precision in ('day', 'month', 'year') then p.dob_precision
         else 'year' end as precision_key
  from p
)
select
  i.lid,
  p.person_id, p.record_id, p.role_key,
  p.pid, p.pid_status, p.pid_issue,
  unnest(match_name_parts(p.full_name, p.name_key, p.family_fold, p.middle_fold, p.given_fold)),
  p.sex,
  coalesce(p.sex, r.implied_sex) as sex_or_role,
  case when p.precision_key = 'day' then p.dob end as dob,
  p.dob_year,
  case when p.precision_key in ('day', 'month') then p.dob_month end as dob_month,
  case when p.precision_key = 'day' then p.dob_day end as dob_day,
  p.precision_key as dob_precision,
  p.dob_placeholder and p.precision_key = 'day' as dob_placeholder,
  coalesce(r.year_only, false) as dob_year_form,
  p.ethnicity,
  p.nationality,
  coalesce(bu.commune, case when length(p.birthplace_code) = 5 then p.birthplace_code end) as birthplace_commune,
  coalesce(bu.district, case when length(p.birthplace_code) = 3 then p.birthplace_code end) as birthplace_district,
  coalesce(p.birthplace_province, bu.province) as birthplace_province,
  p.birthplace_code_2025,
  coalesce(hu.commune, case when length(p.hometown_code) = 5 then p.hometown_code end) as hometown_commune,
  coalesce(hu.district, case when length(p.hometown_code) = 3 then p.hometown_code end) as hometown_district,
  coalesce(p.hometown_province, hu.province) as hometown_province,
  p.hometown_code_2025,
  coalesce(ru.commune, case when length(p.residence_code) = 5 then p.residence_code end) as residence_commune,
  coalesce(ru.district, case when length(p.residence_code) = 3 then p.residence_code end) as residence_district,
  ru.province as residence_province,
  null::varchar as residence_code_2025,
  p.commune_code as registered_commune,
  coalesce(p.district_code, gu.district) as registered_district,
  gu.province as registered_province,
  null::varchar as registered_code_2025,
  case when r.parent_names then match_blank(p.father_name)
       when g.parent_sex = 'M' then match_blank(g.full_name) end as father_name,
  case when r.parent_names then match_blank(p.father_name_fold)
       when g.parent_sex = 'M' then match_blank(g.name_fold) end as father_name_fold,
  case when r.parent_names then match_blank(p.mother_name)
       when g.parent_sex = 'F' then match_blank(g.full_name) end as mother_name,
  case when r.parent_names then match_blank(p.mother_name_fold)
       when g.parent_sex = 'F' then match_blank(g.name_fold) end as mother_name_fold,
  case when r.spouse_name then match_blank(p.spouse_name) end as spouse_name,
  case when r.spouse_name then match_blank(p.spouse_name_fold) end as spouse_name_fold,
  match_blank(q.full_name) as partner_name,
  match_blank(q.name_fold) as partner_name_fold,
  coalesce(r.exclusive, false) as exclusive,
  coalesce(r.death_check, false) as death_check,
  coalesce(r.marriage_check, false) as marriage_check,
  -- usable for matching: a name or a pid; otherwise the outcome is `invalid`
  p.name_key is not null or p.pid is not null as usable
from named p
join match_scope_ids i on i.person_id = p.person_id
left join match_roles r on r.role_key = p.role_key
left join relatives q on q.record_id = p.record_id and q.role = r.partner_role
left join relatives g on g.record_id = p.record_id and g.role = r.parent_role
left join match_units bu on bu.code = p.birthplace_code
left join match_units hu on hu.code = p.hometown_code
left join match_units ru on ru.code = p.residence_code
left join match_units gu on gu.code = p.commune_code;
