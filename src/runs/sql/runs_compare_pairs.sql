-- Step runs_compare_pairs: each person of either run with its status between the two. A problem is
-- discrepant, not found or ambiguous; invalid records are neither fixed nor problems.
create or replace temp table runs_compare_pairs as
with joined as (
  select
    coalesce(a.person_id, b.person_id) as person_id,
    coalesce(b.commune_code, a.commune_code) as commune_code,
    a.outcome as outcome_a, b.outcome as outcome_b, a.errors as errors_a, b.errors as errors_b,
    a.outcome in ('discrepant', 'not_found', 'ambiguous') as problem_a,
    b.outcome in ('discrepant', 'not_found', 'ambiguous') as problem_b
  from runs_compare_a a
  full outer join runs_compare_b b on a.person_id = b.person_id
)
select
  *,
  case
    when outcome_a is null then 'only_in_b'
    when outcome_b is null then 'only_in_a'
    when problem_a and outcome_b = 'consistent' then 'fixed'
    when problem_a and problem_b then 'still_open'
    when problem_b then 'new_problem'
    else 'unchanged'
  end as status
from joined;
