-- twins: both children of a twin pair (profile_duplicate_pairs): same mother, family name and date
-- of birth, different given names.
with sides as (
  select person_a as person_id, record_b as other_record from profile_duplicate_pairs where finding = 'twins'
  union all
  select person_b, record_a from profile_duplicate_pairs where finding = 'twins'
)
select p.record_id, p.person_id, null::bigint as population_row_id, p.role, p.event_type, p.district_code, p.commune_code, p.registered_year,
  'record_id' as field, s.other_record as value, 'twin of the child in record ' || s.other_record as reason
from sides s
join profile_birth_children p on p.person_id = s.person_id
