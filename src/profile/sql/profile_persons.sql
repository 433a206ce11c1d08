-- Persons-in-registration within the scope (persons carry their registration's unit, type and year).
create or replace view profile_persons as
select p.*
from persons p, profile_scope s
where (s.communes is null or list_contains(s.communes, p.commune_code))
  and (s.districts is null or list_contains(s.districts, p.district_code))
  and (s.event_types is null or list_contains(s.event_types, p.event_type))
  and (s.registration_years is null or list_contains(s.registration_years, p.registered_year))
