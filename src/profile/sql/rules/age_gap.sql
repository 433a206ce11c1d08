-- age_gap: a parent's birth year implausible for the child of the same record (the parent younger
-- than min_years, older than max_years, or born in or after the child's year).
with children as (
  select record_id, dob_year
  from profile_persons
  where role = $child_role and list_contains($event_types::varchar[], event_type) and dob_year is not null
), parents as (
  select *
  from profile_persons
  where role = $parent_role and list_contains($event_types::varchar[], event_type) and dob_year is not null
)
select p.record_id, p.person_id, null::bigint as population_row_id, p.role, p.event_type, p.district_code, p.commune_code, p.registered_year,
  'birth_year' as field, p.dob_raw as value,
  case when c.dob_year <= p.dob_year then $parent_role || ' born in or after the child''s birth year'
       when c.dob_year - p.dob_year < $min_years then $parent_role || ' ' || (c.dob_year - p.dob_year) || ' years older than the child (at least ' || $min_years || ')'
       else $parent_role || ' ' || (c.dob_year - p.dob_year) || ' years older than the child (at most ' || $max_years || ')' end as reason
from parents p
join children c on c.record_id = p.record_id
where c.dob_year - p.dob_year < $min_years or c.dob_year - p.dob_year > $max_years
