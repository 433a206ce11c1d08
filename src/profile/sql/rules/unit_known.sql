-- unit_known: an administrative unit that did not resolve to a code, or (in_units) whose code is
-- not a commune or district of the 2023 list.
select {{context}}, $field as field, {{raw}} as value,
  case when {{value}} is null then 'not resolved to an administrative unit' else 'code not in the 2023 unit list' end as reason
from {{from}}
where {{filter}}
  and trim({{raw}}) <> ''
  and ({{value}} is null
       or ($in_units and trim({{raw}}) not in (select commune_code from units_2023 union select district_code from units_2023)))
