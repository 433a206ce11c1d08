-- duplicate_registration: both children of a suspected duplicate pair (profile_duplicate_pairs).
with sides as (
  select person_a as person_id, record_b as other_record, basis from profile_duplicate_pairs where finding = 'duplicate_registration'
  union all
  select person_b, record_a, basis from profile_duplicate_pairs where finding = 'duplicate_registration'
)
select p.record_id, p.person_id, null::bigint as population_row_id, p.role, p.event_type, p.district_code, p.commune_code, p.registered_year,
  'record_id' as field, s.other_record as value, 'same ' || s.basis || ' as record ' || s.other_record as reason
from sides s
join profile_birth_children p on p.person_id = s.person_id
