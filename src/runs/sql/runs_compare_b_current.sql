-- Step runs_compare_b (current run): per-person outcomes of the run in progress, from match_results
-- in the phase scope (the scope marker becomes the phase condition).
create or replace temp table runs_compare_b as
select m.person_id, m.outcome, m.errors, m.commune_code
from main.match_results m
where /*scope*/ true;
