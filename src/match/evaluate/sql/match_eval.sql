-- The truth beside the run, one row per truth person: what was expected, what the run said, and each
-- person's best candidate whatever the decision (for the threshold sweep).
create or replace table match_eval as
select t.person_id, t.expected_outcome,
  -- a true link: the person is in the population and expected found (an unusable entry is not linkable)
  case when coalesce(t.expected_outcome, 'consistent') in ('consistent', 'discrepant') then t.true_pid end as true_pid,
  t.expected_pid_action, t.variants,
  coalesce(list_sort(list_filter(string_split(coalesce(t.expected_errors, ''), ';'), c -> c <> '')), []) as expected_codes,
  r.outcome, r.pid_action,
  case when r.outcome in ('consistent', 'discrepant') then r.population_pid end as predicted_pid,
  coalesce(list_sort(list_filter(string_split(coalesce(r.errors, ''), ';'), c -> c <> '')), []) as actual_codes,
  coalesce(tw.true_pid, case when tw.person_id is null then t.twin_of end) as twin_pid,
  b.best_weight, bp.pid as best_pid
from match_truth t
left join match_results r on r.person_id = t.person_id
left join match_truth tw on tw.person_id = t.twin_of
left join match_scope_ids s on s.person_id = t.person_id
left join match_best b on b.lid = s.lid
left join match_population_ids bp on bp.rid = b.best_rid;

-- Blocking recall: for every person whose true population record exists, is that pair a candidate?
create or replace table match_eval_blocking as
with truth as (
  select s.lid, r.rid from match_truth t
  join match_scope_ids s on s.person_id = t.person_id
  join match_population_ids r on r.pid = t.true_pid
  where coalesce(t.expected_outcome, 'consistent') in ('consistent', 'discrepant')
),
pairs as (select lid, rid from match_candidates union all select lid, rid from match_family_pairs)
select t.lid, t.rid, p.lid is not null as found
from truth t
left join (select distinct lid, rid from pairs semi join truth using (lid)) p on p.lid = t.lid and p.rid = t.rid;
