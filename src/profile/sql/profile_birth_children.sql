-- The children of birth records in scope, with what duplicate and twin detection compares and where
-- each was registered (for the failing rows). Temporary: personal values, not kept in the campaign file.
create or replace temp table profile_birth_children as
select person_id, record_id, event_type, role, district_code, commune_code, registered_year, name_fold, family_fold, given_fold, dob, dob_year, dob_placeholder as placeholder,
  nullif(mother_name_fold, '') as mother, nullif(father_name_fold, '') as father
from profile_persons
where event_type = 'birth' and role = 'child'
  and nullif(name_fold, '') is not null
  and dob_year is not null
