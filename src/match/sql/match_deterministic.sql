-- Deterministic pass, step 2: corroborated pid hits decide the link outright, unless the population
-- holds the pid more than once (then the probabilistic pass chooses among them).
create or replace table match_deterministic as
select lid, any_value(rid) as rid
from match_pid_candidates
where corroborated
group by lid
having count(*) = 1;
