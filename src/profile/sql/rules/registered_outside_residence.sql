-- registered_outside_residence: registered in a commune other than the one the person lives in
-- (the person's own residence, else the first fallback role's, e.g. the mother's). Normal when a
-- child is registered where it was born; listed for information.
with residences as (
  select record_id,
    arg_min(residence_code, case when role = $role then 0 else list_position($fallback_roles::varchar[], role) end) as residence_code
  from profile_persons
  where list_contains($event_types::varchar[], event_type)
    and (role = $role or list_contains($fallback_roles::varchar[], role))
    and length(residence_code) = 5
  group by record_id
)
select p.record_id, p.person_id, null::bigint as population_row_id, p.role, p.event_type, p.district_code, p.commune_code, p.registered_year,
  'residence' as field, res.residence_code as value,
  'registered in commune ' || p.commune_code || ', residence in commune ' || res.residence_code as reason
from profile_persons p
join residences res on res.record_id = p.record_id
where p.role = $role
  and list_contains($event_types::varchar[], p.event_type)
  and p.commune_code is not null
  and res.residence_code <> p.commune_code
