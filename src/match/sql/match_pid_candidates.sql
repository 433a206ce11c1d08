-- Deterministic pass, step 1: every population person carrying the registry person's (valid) pid,
-- and whether the hit is corroborated: given and family names alike, or the full dates of birth equal.
-- A pid typo that lands on another real person is not corroborated: such pairs go to the probabilistic
-- pass as candidates.
create or replace table match_pid_candidates as
with hits as (
  select l.lid, r.rid,
    jaro_winkler_similarity(l.given_fold, r.given_fold) as given_similarity,
    jaro_winkler_similarity(l.family_fold, r.family_fold) as family_similarity,
    coalesce(l.dob_precision = 'day' and r.dob_precision = 'day' and l.dob = r.dob, false) as dob_agrees
  from match_scope l
  join match_population r on r.pid = l.pid
  where l.pid is not null
)
select *,
  coalesce(given_similarity >= $given_min and family_similarity >= $family_min, false) or (dob_agrees and $dob_exact) as corroborated
from hits;
