-- Step report_worklist: the lines of the communes' worklists. A person who is discrepant, not found
-- or ambiguous goes to the commune that registered the record and, when $by_residence and the
-- matched person now lives in another commune of the province, to that commune too. One line per
-- (person, error code, differing field); one line without an error code for not found / ambiguous.
create or replace temp table report_worklist as
with problems as (
  select * from report_results where outcome in ('discrepant', 'not_found', 'ambiguous')
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
  g.book_no,
  g.registration_no,
  g.registered_on_raw as registered_on,
  s.full_name_raw as full_name,
  s.dob_raw as dob,
  m.population_pid,
  l.error_code,
  l.field,
  l.registry_value,
  l.population_value,
  p.person_id
from assigned a
join units_2023 u on u.commune_code = a.worklist_commune
join problems p on p.person_id = a.person_id
join lines l on l.person_id = a.person_id
join match_results m on m.person_id = a.person_id
left join registrations g on g.record_id = p.record_id
left join persons s on s.person_id = p.person_id;
