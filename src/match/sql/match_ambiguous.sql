-- Persons still open after the rounds whose best remaining candidate passes the threshold: the runner-up
-- is too close to call. Both are kept for clerical review.
create or replace table match_ambiguous as
with open as (
  select v.* from match_viable v
  where not exists (
    select 1 from match_dominated d join match_viable o on o.lid = d.lid and o.rid = d.by_rid
    where d.lid = v.lid and d.rid = v.rid
  )
),
ranked as (
  select v.*, row_number() over (partition by lid order by weight desc, rid) as rn
  from open v
)
select a.lid, a.rid, a.weight, b.rid as second_rid, b.weight as second_weight
from ranked a
left join ranked b on b.lid = a.lid and b.rn = 2
where a.rn = 1 and a.weight >= $min;
