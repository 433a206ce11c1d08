-- Deterministic pass, step 2: corroborated pid hits decide the link outright, unless the population
-- holds the pid more than once (then the probabilistic pass chooses among them), or the pid is a
-- twin's written on the other twin's registration: the hit's twin (match_population_siblings) has the
-- registry person's given name and the hit has not. Those hits go to the probabilistic pass, where
-- the twin guard lets the given name decide.
create or replace table match_deterministic as
with twin_pid as (
  select h.lid, h.rid
  from match_pid_candidates h
  join match_scope l on l.lid = h.lid
  join match_population r on r.rid = h.rid
  join match_population_siblings s on s.rid = h.rid
  join match_population t on t.rid = s.sibling_rid
  where h.corroborated and t.given_fold = l.given_fold and r.given_fold is distinct from l.given_fold
)
select h.lid, any_value(h.rid) as rid
from match_pid_candidates h
left join twin_pid x on x.lid = h.lid and x.rid = h.rid
where h.corroborated
group by h.lid
having count(*) = 1 and count(x.lid) = 0;
