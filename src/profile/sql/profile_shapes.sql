-- The shape of each raw value: upper-case runs -> A, lower-case runs -> a, each digit -> d, other
-- characters kept ('12/03/1990' -> 'dd/dd/dddd', 'Nguyễn Văn An' -> 'Aa Aa Aa'), kept for the 10
-- commonest shapes per field. Computed over distinct values; values without letters (ID numbers,
-- dates, codes) skip the two letter regexes, and digits go through translate, cheaper than a regex.
-- Values seen up to 20 times are most of a personal field's distinct values (a million names or
-- numbers at full scale): beyond 50.000 of them in a field, a fixed hash sample of about 50.000
-- stands for them, each weighing for the ones left out (n x step), and the field's shapes are marked
-- `estimated`. Every value seen more than 20 times is always counted.
create or replace table profile_shapes as
with field_sizes as (
  select source, field, count(*) filter (where n <= 20) as rare
  from profile_values
  group by all
), sampled as (
  select v.source, v.field, v.raw, v.n,
    case when s.rare > 50000 then ceil(s.rare / 50000)::bigint else 1 end as step
  from profile_values v
  join field_sizes s on s.source = v.source and s.field = v.field
), kept as (
  select source, field, raw, case when n <= 20 then n * step else n end as weight, step > 1 as estimated
  from sampled
  where n > 20 or step = 1 or hash(raw) % step::ubigint = 0 -- both unsigned: a signed step would make this a (slow) hugeint modulo
), shaped as (
  select source, field, weight, estimated,
    left(translate(
      case when regexp_matches(raw, '\p{L}')
        then regexp_replace(regexp_replace(raw, '\p{Lu}[\p{Lu}\p{M}]*', 'A', 'g'), '[\p{Ll}\p{Lo}\p{M}]+', 'a', 'g')
        else raw end,
      '0123456789', 'dddddddddd'), 40) as shape
  from kept
), counted as (
  select source, field, shape, sum(weight)::bigint as n, bool_or(estimated) as estimated
  from shaped
  group by all
)
select source, field, shape, n,
  n / sum(n) over (partition by source, field) as share,
  estimated,
  row_number() over (partition by source, field order by n desc, shape) as rank
from counted
qualify rank <= 10
