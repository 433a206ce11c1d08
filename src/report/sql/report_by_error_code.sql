-- Persons per error code (a person with two codes counts under each).
select error_code as code, count(*) as persons
from report_error_codes
group by error_code
order by persons desc, code;
