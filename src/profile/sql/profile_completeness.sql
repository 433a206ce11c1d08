-- Completeness rolled up along every breakdown the reports use, in one grouping-sets pass over the
-- cells. `breakdown` names the grouping; the columns it does not group by are null.
-- grouping() bits, most significant first: event_type, role, field, district_code, commune_code,
-- registered_year, decade (1 = rolled up).
create or replace table profile_completeness as
with cells as (
  select *, registered_year // 10 * 10 as decade from profile_completeness_cells
)
select
  case grouping(event_type, role, field, district_code, commune_code, registered_year, decade)
    when 127 then 'all'
    when 63  then 'event_type'
    when 61  then 'event_type_year'
    when 15  then 'event_type_role_field'
    when 111 then 'field'
    when 119 then 'district'
    when 103 then 'district_field'
    when 115 then 'commune'
    when 113 then 'commune_year'
    when 125 then 'year'
    when 126 then 'decade'
  end as breakdown,
  event_type, role, field, district_code, commune_code, registered_year, decade,
  coalesce(sum(expected), 0)::bigint as expected,
  coalesce(sum(filled), 0)::bigint as filled,
  coalesce(sum(usable), 0)::bigint as usable,
  sum(filled) / nullif(sum(expected), 0) as filled_share,
  sum(usable) / nullif(sum(expected), 0) as usable_share
from cells
group by grouping sets (
  (), (event_type), (event_type, registered_year), (event_type, role, field), (field),
  (district_code), (district_code, field), (district_code, commune_code),
  (district_code, commune_code, registered_year), (registered_year), (decade)
)
