-- Persons still open after the rounds whose best remaining candidate passes the threshold: too close
-- to call (a runner-up within the margin, or another registration claiming the same person as
-- closely). The best two remaining candidates are kept for clerical review.
create or replace table match_ambiguous as
with ranked as (
  select v.*, row_number() over (partition by lid order by weight desc, rid) as rn
  from match_viable v
)
select a.lid, a.rid, a.weight, b.rid as second_rid, b.weight as second_weight
from ranked a
left join ranked b on b.lid = a.lid and b.rn = 2
where a.rn = 1 and a.weight >= $min;
