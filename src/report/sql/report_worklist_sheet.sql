-- Step report_worklist_sheet: the rows of the worklists' sheets below their five header rows, in
-- sheet order (commune, basis, row number r). One sheet per (commune, basis): records registered in
-- the commune, then people living there. Lines are grouped by event type and error code (not found
-- and ambiguous last), each group under a row naming it (row r - 1, group_label_xml on the group's
-- first line); `stt` numbers the lines. The XLSX rows (worklistRowsSql, src/report/worklists/sheet-rows.ts) read the *_xml
-- labels, escaped once per label (labels_xml); the CSV lines (report_worklist_csv.sql) read the
-- codes, the values and the plain labels. Labels come from report_labels, in the report's language.
create or replace temp table report_worklist_sheet as
with labels_xml as (
  select kind, code, label, fix, report_xml_text(label) as label_xml, report_xml_text(fix) as fix_xml from report_labels
),
labelled as (
  select
    w.*,
    coalesce(le.label_xml, report_xml_text(w.event_type)) as event_label_xml,
    coalesce(lr.label_xml, report_xml_text(w.role)) as role_label_xml,
    coalesce(lo.label_xml, report_xml_text(w.outcome)) as outcome_label_xml,
    case when coalesce(w.error_code, '') <> '' then coalesce(lx.label_xml, report_xml_text(w.error_code))
         else coalesce(lo.label_xml, report_xml_text(w.outcome)) end as error_label_xml,
    case when coalesce(w.field, '') <> '' then coalesce(lf.label_xml, report_xml_text(w.field)) else '' end as field_label_xml,
    coalesce(nullif(lx.fix_xml, ''), nullif(lof.fix_xml, ''), ld.fix_xml) as suggested_fix_xml,
    coalesce(nullif(lx.label, ''), w.error_code, lo.label, w.outcome) as error,
    coalesce(nullif(lx.fix, ''), nullif(lof.fix, ''), ld.fix) as suggested_fix,
    w.event_type || '|' || coalesce(w.error_code, w.outcome) as group_key
  from report_worklist w
  left join labels_xml le on le.kind = 'event_type' and le.code = w.event_type
  left join labels_xml lr on lr.kind = 'role' and lr.code = w.role
  left join labels_xml lo on lo.kind = 'outcome' and lo.code = w.outcome
  left join labels_xml lx on lx.kind = 'error' and lx.code = w.error_code
  left join labels_xml lf on lf.kind = 'field' and lf.code = w.field
  left join labels_xml lof on lof.kind = 'outcome_fix' and lof.code = w.outcome
  left join labels_xml ld on ld.kind = 'default_fix'
),
numbered as (
  select
    *,
    row_number() over sheet as stt,
    coalesce(group_key <> lag(group_key) over sheet, true) as group_start
  from labelled
  window sheet as (
    partition by worklist_commune, basis
    order by
      case event_type when 'birth' then 1 when 'death' then 2 when 'marriage' then 3 when 'parent_recognition' then 4
                      when 'guardianship' then 5 when 'adoption' then 6 when 'marital_status' then 7 else 8 end,
      error_code nulls last, outcome, record_id, role, field, person_id
  )
),
placed as (
  -- five header rows, then each line after the group rows so far
  select *, 5 + stt + sum(group_start::int) over (partition by worklist_commune, basis order by stt) as r
  from numbered
)
select
  worklist_commune, basis, r, stt,
  case when group_start then event_label_xml || ' — ' || error_label_xml end as group_label_xml,
  record_id, event_type, role, outcome, errors, error_code, field, registry_value, population_value, population_pid,
  book_no, registration_no, registered_on, full_name, dob, error, suggested_fix, commune_code, person_id,
  event_label_xml, role_label_xml, outcome_label_xml, error_label_xml, field_label_xml, suggested_fix_xml
from placed
order by worklist_commune, basis, r;
