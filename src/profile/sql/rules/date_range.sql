-- date_range: a date before `min` or after `max` (max may be today).
select {{context}}, $field as field, {{raw}} as value,
  case when {{value}} < $min::date then 'before ' || $min else 'after ' || $max end as reason
from {{from}}
where {{filter}}
  and {{value}} is not null
  and ({{value}} < $min::date or {{value}} > $max::date)
