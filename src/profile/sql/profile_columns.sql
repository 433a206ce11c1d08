-- One row per source and field: rows, empty (no raw text), unreadable (raw text that could not be
-- read), distinct raw values, lengths and ranges.
create or replace table profile_columns as
with distinct_values as (
  select source, field, count(*) as distinct_values, sum(n) as filled, sum(unreadable) as unreadable
  from profile_values
  group by all
), lengths as (
  select source, field, min(length) as min_length, max(length) as max_length
  from profile_lengths
  group by all
), median_length as (
  -- the smallest length reaching half of the field's values (weighted median over the histogram)
  select source, field, min(length) as median_length
  from (
    select *,
      sum(n) over (partition by source, field order by length) as running,
      sum(n) over (partition by source, field) as total
    from profile_lengths
  )
  where running * 2 >= total
  group by all
)
select f.source, f.field, f.kind, f.position,
  c.rows, c.rows - coalesce(d.filled, 0) as empty, (c.rows - coalesce(d.filled, 0)) / nullif(c.rows, 0) as empty_share,
  coalesce(d.filled, 0) as filled, coalesce(d.unreadable, 0) as unreadable, d.unreadable / nullif(d.filled, 0) as unreadable_share,
  coalesce(d.distinct_values, 0) as distinct_values,
  l.min_length, m.median_length, l.max_length,
  c.min_year, c.max_year, c.max_year - c.min_year as year_range,
  c.min_date, c.max_date, date_diff('day', c.min_date, c.max_date) as day_range
from profile_fields f
join profile_column_counts c on c.source = f.source and c.field = f.field
left join distinct_values d on d.source = f.source and d.field = f.field
left join lengths l on l.source = f.source and l.field = f.field
left join median_length m on m.source = f.source and m.field = f.field
order by f.source, f.position
