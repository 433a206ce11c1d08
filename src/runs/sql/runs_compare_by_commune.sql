-- The comparison by registering commune.
select
  commune_code,
  count(*) filter (where status = 'fixed') as fixed,
  count(*) filter (where status = 'new_problem' or (status = 'only_in_b' and problem_b)) as new_problems,
  count(*) filter (where status = 'still_open') as still_open
from runs_compare_pairs
where commune_code is not null
group by commune_code
order by commune_code;
