-- The run to compare with: the latest of the same phase, else the latest of the campaign.
select run_id
from history.runs
order by phase = $phase desc, started_at desc, run_id desc
limit 1;
