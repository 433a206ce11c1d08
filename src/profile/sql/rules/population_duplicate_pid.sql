-- population_duplicate_pid: one personal ID number on several people of the population extract.
with shared as (
  select row_id, pid_raw, count(*) over (partition by pid) as holders
  from population
  where pid is not null
)
select null as record_id, null as person_id, row_id as population_row_id, null as role, null as event_type,
  null as district_code, null as commune_code, null::integer as registered_year,
  'pid' as field, pid_raw as value, 'the same number on ' || holders || ' people' as reason
from shared
where holders > 1
