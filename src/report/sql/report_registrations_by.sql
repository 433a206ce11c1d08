-- Registrations loaded per grouping column, for the "records digitized" column of breakdowns.
select {{key}} as key, count(*) as registrations
from report_registrations
group by all;
