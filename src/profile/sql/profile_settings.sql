-- The completeness settings of the run, so that figures read later rank the same way.
create or replace table profile_settings as
select $min_cells::integer as min_cells, $worst::integer as worst
