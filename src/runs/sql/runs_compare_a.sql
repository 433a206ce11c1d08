-- Step runs_compare_a: the earlier run's per-person outcomes, from the history.
create or replace temp table runs_compare_a as
select person_id, outcome, errors, commune_code
from history.run_results
where run_id = $run;
