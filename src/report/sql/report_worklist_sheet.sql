-- Step report_worklist_xlsx: every row of the worklists' sheets below their five header rows, as
-- SpreadsheetML text, one sheet per (commune, basis): records registered in the commune, then people
-- living there. Lines are grouped by event type and error code (not found and ambiguous last), each
-- group under a row naming it; `stt` numbers the lines. The data row's markup (the row marker) is built
-- from WORKLIST_COLUMNS by worklistRowSql (src/report/worklists/sheet-rows.ts). Labels come from
-- report_labels, in the report's language, escaped once per label (labels_xml).
create or replace temp table report_worklist_xlsx as
with labels_xml as (
  select kind, code, report_xml_text(label) as label, report_xml_text(fix) as fix from report_labels
),
labelled as (
  select
    w.worklist_commune, w.basis, w.event_type, w.outcome, w.error_code, w.role, w.record_id, w.field, w.person_id,
    w.book_no, w.registration_no, w.registered_on, w.full_name, w.dob, w.registry_value, w.population_value, w.population_pid,
    coalesce(le.label, report_xml_text(w.event_type)) as event_label,
    coalesce(lr.label, report_xml_text(w.role)) as role_label,
    case when coalesce(w.error_code, '') <> '' then coalesce(lx.label, report_xml_text(w.error_code))
         else coalesce(lo.label, report_xml_text(w.outcome)) end as error_label,
    coalesce(lo.label, report_xml_text(w.outcome)) as outcome_label,
    case when coalesce(w.field, '') <> '' then coalesce(lf.label, report_xml_text(w.field)) else '' end as field_label,
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
),
referenced as (
  select *, r::varchar as row_ref, (r - 1)::varchar as group_ref from placed
)
select worklist_commune, basis, r, '/*row*/' as xml
from referenced
union all
select worklist_commune, basis, r - 1,
       concat('<row r="', group_ref, '"><c r="A', group_ref, '" s="', $group_style, '" t="inlineStr"><is><t xml:space="preserve">',
              event_label, ' — ', error_label, '</t></is></c></row>')
from referenced
where group_start
order by worklist_commune, basis, r;
