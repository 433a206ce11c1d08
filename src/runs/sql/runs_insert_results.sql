-- The run's per-person results in its scope. The scope marker below becomes the phase condition.
insert into history.run_results
select $run_id, m.person_id, m.outcome, m.errors, m.population_pid, m.pid_action, m.commune_code, m.residence_commune_code
from main.match_results m
where /*scope*/ true;
