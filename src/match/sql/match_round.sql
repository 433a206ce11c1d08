-- One decision round: proposals (each open person's best remaining pair, clear of the runner-up by
-- the margin), accepted when no stronger proposal claims the same population person within the same
-- one-to-one group (other identity) or the same record. Between proposals of registry persons alike as
-- twins, the better given-name agreement is stronger, whatever the rest: twins share everything else.
create or replace temp table match_round as
with open as (
  -- a candidate the twin guard dominated waits while its look-alike with the better given name is open
  -- for this person (it may go to its own registration, then this one becomes available)
  select v.* from match_viable v
  where not exists (
    select 1 from match_dominated d join match_viable o on o.lid = d.lid and o.rid = d.by_rid
    where d.lid = v.lid and d.rid = v.rid
  )
),
ranked as (
  select v.*,
    row_number() over (partition by lid order by weight desc, rid) as rn,
    lead(weight) over (partition by lid order by weight desc, rid) as next_weight
  from open v
),
proposals as (
  select *, case when count(*) over (partition by rid, grp, look) > 1 then coalesce(guard_level, 99) else 0 end as twin_rank
  from ranked
  where rn = 1 and weight >= $min and (next_weight is null or weight - next_weight >= $margin)
),
contest as (
  -- within a one-to-one group, the strongest claim and the next one from another identity
  select *,
    first_value(identity) over w as winner,
    lead(twin_rank) over w as next_rank,
    lead(weight) over w as next_claim,
    lead(identity) over w as next_identity
  from proposals
  window w as (partition by rid, grp order by twin_rank, weight desc, lid)
)
select lid, rid, weight, grp, identity, record_id
from contest
qualify (grp is null or (identity = winner
          -- two registrations claiming one person too closely to tell (a twin's record that reads as the
          -- other twin's) are both left undecided: ambiguous, for review, not guessed
          and (next_identity is null or next_identity = identity or next_rank > twin_rank or weight - next_claim >= $margin)))
    and lid = first_value(lid) over (partition by rid, record_id order by weight desc, lid);
