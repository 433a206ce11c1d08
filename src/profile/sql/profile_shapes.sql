-- The shape of each raw value: upper-case runs -> A, lower-case runs -> a, each digit -> d, other
-- characters kept ('12/03/1990' -> 'dd/dd/dddd', 'Nguyễn Văn An' -> 'Aa Aa Aa'). Computed over
-- distinct values; values without letters (ID numbers, dates, codes: most distinct values) skip
-- the two letter regexes; digits go through translate, 3 times cheaper than a third regex. Kept for
-- the 10 commonest shapes per field.
create or replace table profile_shapes as
with shaped as (
  select source, field, n,
    left(translate(
      case when regexp_matches(raw, '\p{L}')
        then regexp_replace(regexp_replace(raw, '\p{Lu}[\p{Lu}\p{M}]*', 'A', 'g'), '[\p{Ll}\p{Lo}\p{M}]+', 'a', 'g')
        else raw end,
      '0123456789', 'dddddddddd'), 40) as shape
  from profile_values
), counted as (
  select source, field, shape, sum(n)::bigint as n
  from shaped
  group by all
)
select source, field, shape, n,
  n / sum(n) over (partition by source, field) as share,
  row_number() over (partition by source, field order by n desc, shape) as rank
from counted
qualify rank <= 10
