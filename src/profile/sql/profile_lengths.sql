-- Length distribution of the raw text of each field, in characters (not bytes).
create or replace table profile_lengths as
select source, field, length(raw) as length, sum(n)::bigint as n
from profile_values
group by all
