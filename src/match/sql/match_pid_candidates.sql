-- Deterministic pass, step 1: every population person carrying the registry person's (valid) pid,
-- and whether the hit is corroborated by the name or the full date of birth. A pid typo that lands on
-- another real person is not corroborated: such pairs go to the probabilistic pass as candidates.
create or replace table match_pid_candidates as
select
  l.lid, r.rid,
  jaro_winkler_similarity(l.name_fold, r.name_fold) as name_similarity,
  coalesce(l.dob_precision = 'day' and r.dob_precision = 'day' and l.dob = r.dob, false) as dob_agrees,
  coalesce(jaro_winkler_similarity(l.name_fold, r.name_fold) >= $name_min, false)
    or (coalesce(l.dob_precision = 'day' and r.dob_precision = 'day' and l.dob = r.dob, false) and $dob_exact)
    as corroborated
from match_scope l
join match_population r on r.pid = l.pid
where l.pid is not null;
