-- Each person's two best candidates over every pair (blocking, pid, family), whatever the decision:
-- what explain shows and what a threshold sweep reads.
create or replace table match_best as
select lid,
  arg_max(rid, weight) as best_rid,
  max(weight) as best_weight,
  count(*) as candidates,
  max_by(struct_pack(rid, weight), weight, 2) as top2
from match_totals
group by lid;
