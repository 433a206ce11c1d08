-- The fields each event type requires per role (src/profile/required-fields.ts), one row each.
create or replace table profile_required_fields as
select unnest(from_json($rows, '[{"event_type":"VARCHAR","role":"VARCHAR","field":"VARCHAR","always":"BOOLEAN"}]'), recursive := true)
