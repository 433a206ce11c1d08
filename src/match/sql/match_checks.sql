-- Checks beyond field comparisons, on every chosen pair: the registry pid itself, and whether the
-- population shows the registered event (a death recorded, a marriage reflected in marital status).
with c as (
  select l.person_id, l.pid_status, l.pid_issue, lt.pid_raw, l.death_check, l.marriage_check, l.record_id,
    r.pid, r.death_date, r.marital_status, r.spouse_name_fold, x.rid
  from match_chosen x join match_scope l on l.lid = x.lid join match_population r on r.rid = x.rid
  join match_scope_text lt on lt.lid = x.lid
  where l.pid_status = 'invalid' or l.pid_issue is not null or l.death_check or l.marriage_check
)
select person_id, 'pid' as field, 'pid.invalid' as error_code, pid_raw as registry_value, pid as population_value
from c where pid_status = 'invalid'
union all
select person_id, 'pid', 'pid.inconsistent', pid_raw, pid from c where pid_issue is not null
union all
select c.person_id, 'death_date', 'death.not_recorded', g.death_date_raw, null
from c left join registrations g on g.record_id = c.record_id
where c.death_check and c.death_date is null
union all
select c.person_id, 'marital_status', 'marital_status.not_recorded', 'married', rt.marital_status_text
from c join match_population_text rt on rt.rid = c.rid
where c.marriage_check and (c.marital_status is distinct from 'married' or c.spouse_name_fold is null)
