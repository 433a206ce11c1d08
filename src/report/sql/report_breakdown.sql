-- Figures by one grouping column of report_results (district, commune, event type, decade): the
-- column is chosen by the caller from a fixed list (see src/report/figures.ts), never from user input.
select
  {{key}} as key,
  any_value({{label}}) as label,
  any_value({{parent}}) as parent,
  count(*) as persons,
  count(*) filter (where outcome <> 'invalid') as compared,
  count(*) filter (where outcome = 'consistent') as consistent,
  count(*) filter (where outcome = 'discrepant') as discrepant,
  count(*) filter (where outcome = 'not_found') as not_found,
  count(*) filter (where outcome = 'ambiguous') as ambiguous,
  count(*) filter (where outcome = 'invalid') as invalid,
  count(*) filter (where pid_action = 'assign') as pids_to_assign
from report_results
group by all
order by key nulls last;
