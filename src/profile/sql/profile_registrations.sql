-- Registrations within the scope.
create or replace view profile_registrations as
select r.*
from registrations r, profile_scope s
where (s.communes is null or list_contains(s.communes, r.commune_code))
  and (s.districts is null or list_contains(s.districts, r.district_code))
  and (s.event_types is null or list_contains(s.event_types, r.event_type))
  and (s.registration_years is null or list_contains(s.registration_years, r.registered_year))
