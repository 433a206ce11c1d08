-- not_null: a field left empty (raw text missing or blank).
select {{context}}, $field as field, null as value, 'empty' as reason
from {{from}}
where {{filter}}
  and nullif(trim({{raw}}), '') is null
