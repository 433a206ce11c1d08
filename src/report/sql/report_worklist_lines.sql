-- One commune's worklist lines: registered here first, then people living here; grouped by event
-- type and error code (lines without a code, not found and ambiguous, last), then by record.
select *
from report_worklist
where worklist_commune = $commune
order by
  basis = 'residence',
  case event_type when 'birth' then 1 when 'death' then 2 when 'marriage' then 3 when 'parent_recognition' then 4
                  when 'guardianship' then 5 when 'adoption' then 6 when 'marital_status' then 7 else 8 end,
  error_code nulls last,
  outcome,
  record_id,
  role,
  field
