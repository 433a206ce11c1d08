-- Step report_results: the run's results in the phase scope, with unit names and the registration
-- decade. Every figure, chart, worklist and results file of the run is computed from this one
-- table, so they cannot disagree. Stored sorted by person_id: results.csv / .parquet are written in
-- its order (identical runs, identical files). The scope marker in the where clause becomes the
-- phase scope condition.
create or replace temp table report_results as
select
  m.person_id,
  m.record_id,
  m.event_type,
  m.role,
  m.commune_code,
  coalesce(m.district_code, u.district_code) as district_code,
  coalesce(u.commune_name, d.district_name, m.authority_code) as commune_name,
  coalesce(d.district_name, m.district_code) as district_name,
  m.registered_year,
  (m.registered_year // 10) * 10 as registered_decade,
  m.outcome,
  m.errors,
  m.pid_action,
  m.method,
  m.residence_commune_code,
  m.population_pid,
  -- as match_results has them, for results.csv / .parquet
  m.authority_code,
  m.score,
  m.district_code as registered_district_code,
  m.match_weight,
  m.second_score
from match_results m
left join units_2023 u on u.commune_code = m.commune_code
left join (select distinct district_code, district_name from units_2023) d
  on d.district_code = coalesce(m.district_code, u.district_code)
where /*scope*/ true
order by m.person_id;
