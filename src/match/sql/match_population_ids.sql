-- Dense integer ids of the population rows, in row_id order, with their pid (narrow, kept: evaluate and
-- explain map ids back to people with it).
create or replace table match_population_ids as
select row_number() over (order by row_id)::integer as rid, row_id, pid
from population;
