-- One commune's worklist CSV ($commune), in its XLSX's order (report_worklist_sheet.sql): codes for
-- scripts (event_type, role, outcome, errors...), the readable error and suggested fix in the
-- report's language, the officer's three empty columns.
select
  record_id, event_type, role, outcome, errors, error_code, field, registry_value, population_value,
  population_pid, book_no, registration_no, registered_on, full_name, dob, error, suggested_fix,
  '' as verification_result, '' as verification_date, '' as verified_by,
  basis, commune_code as registering_commune, person_id
from report_worklist_sheet
where worklist_commune = $commune
order by basis, r
