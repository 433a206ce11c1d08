-- Headline figures of every recorded run of a phase, oldest first: the campaign's progress.
select run_id, phase, strftime(started_at, '%Y-%m-%dT%H:%M:%S') as started_at,
       records_in, quarantined, registrations, persons, compared, consistent, discrepant, not_found,
       ambiguous, invalid, pids_to_assign, pid_conflicts
from history.runs
where phase = $phase
order by started_at, run_id;
