-- Links decided so far: seeded with the deterministic (pid) links, completed by the decision rounds.
create or replace table match_assigned as
select d.lid, d.rid, t.weight, 'pid' as method, 0 as round
from match_deterministic d
left join match_totals t on t.lid = d.lid and t.rid = d.rid;
