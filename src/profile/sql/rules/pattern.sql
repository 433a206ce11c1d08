-- pattern: the raw text of a field must match a regular expression (RE2 syntax, whole value).
select {{context}}, $field as field, {{raw}} as value, 'does not match ' || $regex as reason
from {{from}}
where {{filter}}
  and trim({{raw}}) <> ''
  and not regexp_full_match({{raw}}, $regex)
