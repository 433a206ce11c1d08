-- date_order: `after` must not come before `before`. Dates are compared at the coarser precision of
-- the two (a year-only date of birth is only wrong when its year is later).
with dated as (
  select {{context}},
    {{before}} as before_value, coalesce({{before_precision}}, 'day') as before_precision, {{before_raw}} as before_raw,
    {{after}} as after_value, coalesce({{after_precision}}, 'day') as after_precision, {{after_raw}} as after_raw
  from {{from}}
  where {{filter}}
    and {{before}} is not null
    and {{after}} is not null
), compared as (
  select *,
    case when 'year' in (before_precision, after_precision) then 'year'
         when 'month' in (before_precision, after_precision) then 'month'
         else 'day' end as unit
  from dated
)
select record_id, person_id, population_row_id, role, event_type, district_code, commune_code, registered_year,
  $after as field, before_raw || ' > ' || after_raw as value, $after || ' before ' || $before as reason
from compared
where date_trunc(unit, after_value) < date_trunc(unit, before_value)
