-- readable: a field was filled but its value could not be read (the normalised column is null).
select {{context}}, $field as field, {{raw}} as value, 'could not be read' as reason
from {{from}}
where {{filter}}
  and trim({{raw}}) <> ''
  and {{value}} is null
