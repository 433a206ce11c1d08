-- Step runs_compare_b: the later run's per-person outcomes, from the history.
create or replace temp table runs_compare_b as
select person_id, outcome, errors, commune_code
from history.run_results
where run_id = $run;
