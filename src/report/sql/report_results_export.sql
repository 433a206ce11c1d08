-- results.csv / results.parquet: one row per person-in-registration of the scope, the contract's
-- columns first, in a stable order so that identical runs write identical files. The scope marker
-- in the where clause becomes the phase scope condition (the same rows as report_results).
select
  m.record_id, m.event_type, m.role, m.authority_code, m.outcome, m.population_pid, m.score, m.errors, m.pid_action,
  m.person_id, m.commune_code, m.district_code, m.registered_year, m.method, m.match_weight,
  m.second_score, m.residence_commune_code
from match_results m
where /*scope*/ true
order by m.person_id
