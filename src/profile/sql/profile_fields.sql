-- The profiled fields of each source and their kind (src/profile/catalog.ts): only 'categorical'
-- fields have their top values kept.
create or replace table profile_fields as
select unnest(from_json($fields, '[{"source":"VARCHAR","field":"VARCHAR","kind":"VARCHAR","position":"INTEGER"}]'), recursive := true)
