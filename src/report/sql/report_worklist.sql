-- Step report_worklist: the lines of the communes' worklists. A person who is discrepant, not found
-- or ambiguous goes to the commune that registered the record and, when $by_residence and the
-- matched person now lives in another commune of the province, to that commune too. One line per
-- (person, error code, differing field); one line without an error code for not found / ambiguous.
-- Stored in sheet order, so rowid is the line's place: each commune's records registered there,
-- then people living there, grouped by event type and error code (not found and ambiguous last).
create or replace temp table report_worklist as
with problems as (
  select person_id, record_id, event_type, role, outcome, errors, commune_code, residence_commune_code, population_pid
  from report_results where outcome in ('discrepant', 'not_found', 'ambiguous')
),
details as (
  -- the registry's own text of each problem person; persons and registrations are filtered to the
  -- problems first (semi joins), so the hash tables hold the few, not the millions
  select p.*, g.book_no, g.registration_no, g.registered_on_raw as registered_on, s.full_name_raw as full_name, s.dob_raw as dob
  from problems p
  left join (select record_id, book_no, registration_no, registered_on_raw from registrations semi join problems using (record_id)) g
    using (record_id)
  left join (select person_id, full_name_raw, dob_raw from persons semi join problems using (person_id)) s
    using (person_id)
),
assigned as (
  select person_id, commune_code as worklist_commune, 'registration' as basis
  from problems where commune_code is not null
  union all
  select person_id, residence_commune_code, 'residence'
  from problems
  where $by_residence and residence_commune_code is not null and residence_commune_code <> coalesce(commune_code, '')
),
lines as (
  select e.person_id, e.error_code, d.field, d.registry_value, d.population_value
  from report_error_codes e
  left join match_differences d on d.person_id = e.person_id and d.error_code = e.error_code
  union all
  select person_id, null, null, null, null from problems where errors = ''
)
select
  a.worklist_commune,
  a.basis,
  p.event_type,
  p.role,
  p.outcome,
  p.errors,
  p.record_id,
  p.commune_code,
  p.book_no,
  p.registration_no,
  p.registered_on,
  p.full_name,
  p.dob,
  p.population_pid,
  l.error_code,
  l.field,
  l.registry_value,
  l.population_value,
  p.person_id
from assigned a
join units_2023 u on u.commune_code = a.worklist_commune
join details p on p.person_id = a.person_id
join lines l on l.person_id = a.person_id
order by
  a.worklist_commune,
  a.basis,
  case p.event_type when 'birth' then 1 when 'death' then 2 when 'marriage' then 3 when 'parent_recognition' then 4
                    when 'guardianship' then 5 when 'adoption' then 6 when 'marital_status' then 7 else 8 end,
  p.event_type, l.error_code nulls last, p.outcome, p.record_id, p.role, l.field, p.person_id;
