-- The phase scope profile runs in, as one row; a null list means "all". The views below read it, so
-- every step sees the same registrations without copying them.
create or replace table profile_scope as
select
  $communes::varchar[]           as communes,
  $districts::varchar[]          as districts,
  $event_types::varchar[]        as event_types,
  $registration_years::integer[] as registration_years
