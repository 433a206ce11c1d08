-- Every worklist line, commune by commune (read as one sorted stream and cut per commune): in a
-- commune, records registered there first, then people living there; grouped by event type and
-- error code (lines without a code, not found and ambiguous, last), then by record. The column
-- order is WorklistLine's (src/report/worklists/columns.ts).
select
  worklist_commune, basis, event_type, role, outcome, errors, record_id, commune_code, book_no, registration_no,
  registered_on, full_name, dob, population_pid, error_code, field, registry_value, population_value, person_id
from report_worklist
order by
  worklist_commune,
  basis = 'residence',
  case event_type when 'birth' then 1 when 'death' then 2 when 'marriage' then 3 when 'parent_recognition' then 4
                  when 'guardianship' then 5 when 'adoption' then 6 when 'marital_status' then 7 else 8 end,
  error_code nulls last,
  outcome,
  record_id,
  role,
  field
