-- Each person's best candidate over every pair (blocking, pid, family), whatever the decision: what a
-- threshold sweep reads. (Explain recomputes a person's candidates; keeping more here costs seconds.)
create or replace table match_best as
select lid,
  arg_max(rid, weight) as best_rid,
  max(weight) as best_weight,
  count(*) as candidates
from match_totals
group by lid;
