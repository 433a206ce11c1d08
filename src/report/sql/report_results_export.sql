-- results.csv / results.parquet: one row per person-in-registration of the scope (report_results,
-- read in its person_id order), the contract's columns first, then match_results' own columns.
select
  record_id, event_type, role, authority_code, outcome, population_pid, score, errors, pid_action,
  person_id, commune_code, registered_district_code as district_code, registered_year, method, match_weight,
  second_score, residence_commune_code
from report_results
