-- Step report_worklist_sheet: the rows of the worklists' sheets below their five header rows, in
-- sheet order (report_worklist's, so commune, basis, row number r). One sheet per (commune, basis);
-- each group of lines (event type, error code) under a row naming it (row r - 1, group_label_xml on
-- the group's first line); `stt` numbers the lines. Places come from report_worklist's rowid (its
-- lines are stored in sheet order), so no window sorts the lines again. The XLSX rows
-- (worklistRowsSql, src/report/worklists/sheet-rows.ts) read the *_xml labels, escaped once per
-- label (labels_xml); the CSV lines (report_worklist_csv.sql) read the codes, the values and the
-- plain labels. Labels come from report_labels, in the report's language.
create or replace temp table report_worklist_sheet as
with labels_xml as (
  select kind, code, label, fix, report_xml_text(label) as label_xml, report_xml_text(fix) as fix_xml from report_labels
),
sheets as (
  select worklist_commune, basis, min(rowid) as first_line from report_worklist group by all
),
groups as (
  -- a group's lines are contiguous in report_worklist's order
  select *, row_number() over (partition by worklist_commune, basis order by first_line) as group_no
  from (select worklist_commune, basis, event_type, coalesce(error_code, outcome) as group_code, min(rowid) as first_line
        from report_worklist group by all)
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
    w.rowid - s.first_line + 1 as stt,
    w.rowid = g.first_line as group_start,
    -- five header rows, then each line after its group's row and the rows of the groups before
    5 + (w.rowid - s.first_line + 1) + g.group_no as r,
    w.rowid as line
  from report_worklist w
  join sheets s using (worklist_commune, basis)
  join groups g on g.worklist_commune = w.worklist_commune and g.basis = w.basis and g.event_type = w.event_type
    and g.group_code = coalesce(w.error_code, w.outcome)
  left join labels_xml le on le.kind = 'event_type' and le.code = w.event_type
  left join labels_xml lr on lr.kind = 'role' and lr.code = w.role
  left join labels_xml lo on lo.kind = 'outcome' and lo.code = w.outcome
  left join labels_xml lx on lx.kind = 'error' and lx.code = w.error_code
  left join labels_xml lf on lf.kind = 'field' and lf.code = w.field
  left join labels_xml lof on lof.kind = 'outcome_fix' and lof.code = w.outcome
  left join labels_xml ld on ld.kind = 'default_fix'
)
select
  worklist_commune, basis, r, stt,
  case when group_start then event_label_xml || ' — ' || error_label_xml end as group_label_xml,
  record_id, event_type, role, outcome, errors, error_code, field, registry_value, population_value, population_pid,
  book_no, registration_no, registered_on, full_name, dob, error, suggested_fix, commune_code, person_id,
  event_label_xml, role_label_xml, outcome_label_xml, error_label_xml, field_label_xml, suggested_fix_xml
from labelled
order by line;
