-- How the compared persons were matched: on the ID number, or probabilistically.
select coalesce(method, 'none') as method, outcome, count(*) as persons
from report_results
group by all
order by method, outcome;
