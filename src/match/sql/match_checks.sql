-- Checks beyond field comparisons, on every chosen pair: the registry pid itself, and whether the
-- population shows the registered event (a death recorded, a marriage reflected in marital status).
select l.person_id, 'pid' as field, 'pid.invalid' as error_code, l.pid_raw as registry_value, r.pid as population_value
from match_chosen x join match_scope l on l.lid = x.lid join match_population r on r.rid = x.rid
where l.pid_status = 'invalid'
union all
select l.person_id, 'pid', 'pid.inconsistent', l.pid_raw, r.pid
from match_chosen x join match_scope l on l.lid = x.lid join match_population r on r.rid = x.rid
where l.pid_issue is not null
union all
select l.person_id, 'death_date', 'death.not_recorded', g.death_date_raw, null
from match_chosen x join match_scope l on l.lid = x.lid join match_population r on r.rid = x.rid
left join registrations g on g.record_id = l.record_id
where l.death_check and r.death_date is null
union all
select l.person_id, 'marital_status', 'marital_status.not_recorded', 'married', rt.marital_status_text
from match_chosen x join match_scope l on l.lid = x.lid join match_population r on r.rid = x.rid
join match_population_text rt on rt.rid = x.rid
where l.marriage_check and (r.marital_status is distinct from 'married' or r.spouse_name_fold is null)
