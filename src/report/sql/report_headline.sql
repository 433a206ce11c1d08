-- Headline figures of the run (one row). records_in and quarantined cover every registry file
-- read, whatever the phase scope; the other figures are in scope.
select
  (select coalesce(sum(rows_in), 0) from ingest_files where kind = 'registry') as records_in,
  (select count(*) from quarantine where kind = 'registry') as quarantined,
  (select count(*) from report_registrations) as registrations,
  count(*) as persons,
  count(*) filter (where outcome <> 'invalid') as compared,
  count(*) filter (where outcome = 'consistent') as consistent,
  count(*) filter (where outcome = 'discrepant') as discrepant,
  count(*) filter (where outcome = 'not_found') as not_found,
  count(*) filter (where outcome = 'ambiguous') as ambiguous,
  count(*) filter (where outcome = 'invalid') as invalid,
  count(*) filter (where pid_action = 'assign') as pids_to_assign,
  count(*) filter (where pid_action = 'conflict') as pid_conflicts
from report_results;
