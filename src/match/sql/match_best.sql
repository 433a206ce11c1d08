-- Each person's best candidates over every pair (blocking, pid, family), whatever the decision: what
-- explain shows (top: the five best) and what a threshold sweep reads (best_rid, best_weight).
create or replace table match_best as
select lid,
  arg_max(rid, weight) as best_rid,
  max(weight) as best_weight,
  count(*) as candidates,
  max_by(struct_pack(rid, weight, rule, family_level, eligible), weight, 5) as top
from match_totals
group by lid;
