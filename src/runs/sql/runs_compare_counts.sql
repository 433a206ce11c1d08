-- Counts of the comparison between two runs (one row). Persons only in the later run that are a
-- problem count as new problems too.
select
  count(*) filter (where outcome_a is not null and outcome_b is not null) as common,
  count(*) filter (where status = 'fixed') as fixed,
  count(*) filter (where status = 'new_problem' or (status = 'only_in_b' and problem_b)) as new_problems,
  count(*) filter (where status = 'still_open') as still_open,
  count(*) filter (where status = 'still_open' and errors_a <> errors_b) as changed_errors,
  count(*) filter (where status = 'only_in_a') as only_in_a,
  count(*) filter (where status = 'only_in_b') as only_in_b
from runs_compare_pairs;
