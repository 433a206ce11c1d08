-- The 10 most frequent raw values of categorical fields only (sex, ethnicity, event type, unit
-- codes...). Names, ID numbers and dates never get here.
create or replace table profile_top_values as
select v.source, v.field, v.raw as value, v.n,
  v.n / sum(v.n) over (partition by v.source, v.field) as share,
  row_number() over (partition by v.source, v.field order by v.n desc, v.raw) as rank
from profile_values v
join profile_fields f on f.source = v.source and f.field = v.field and f.kind = 'categorical'
qualify rank <= 10
