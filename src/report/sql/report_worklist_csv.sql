-- Step report_worklist_csv: the worklists' CSV lines, sorted by commune then in the XLSX's order
-- (report_worklist_xlsx.sql), so each commune's COPY reads one contiguous stretch. Codes for
-- scripts (event_type, role, outcome, errors...), the readable error and suggested fix in the
-- report's language (report_labels), the officer's three empty columns.
create or replace temp table report_worklist_csv as
select
  w.worklist_commune,
  w.record_id, w.event_type, w.role, w.outcome, w.errors, w.error_code, w.field, w.registry_value, w.population_value,
  w.population_pid, w.book_no, w.registration_no, w.registered_on, w.full_name, w.dob,
  coalesce(nullif(lx.label, ''), w.error_code, lo.label, w.outcome) as error,
  coalesce(nullif(lx.fix, ''), nullif(lof.fix, ''), ld.fix) as suggested_fix,
  '' as verification_result, '' as verification_date, '' as verified_by,
  w.basis, w.commune_code as registering_commune, w.person_id
from report_worklist w
left join report_labels lx on lx.kind = 'error' and lx.code = w.error_code
left join report_labels lo on lo.kind = 'outcome' and lo.code = w.outcome
left join report_labels lof on lof.kind = 'outcome_fix' and lof.code = w.outcome
left join report_labels ld on ld.kind = 'default_fix'
order by
  w.worklist_commune,
  w.basis = 'residence',
  case w.event_type when 'birth' then 1 when 'death' then 2 when 'marriage' then 3 when 'parent_recognition' then 4
                    when 'guardianship' then 5 when 'adoption' then 6 when 'marital_status' then 7 else 8 end,
  w.error_code nulls last, w.outcome, w.record_id, w.role, w.field, w.person_id;
