-- The error codes of each linked person, ';'-separated in the contract's fixed order.
create or replace table match_errors as
select d.person_id, string_agg(d.error_code, ';' order by coalesce(c.ord, 1000), d.error_code) as errors
from (select distinct person_id, error_code from match_differences) d
left join match_error_codes c on c.code = d.error_code
group by d.person_id;
