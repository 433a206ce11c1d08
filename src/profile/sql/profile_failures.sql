-- Every failing row of every enabled rule. Holds personal values (the failing value itself): it stays
-- in the campaign database and in the analysts' profile_failures.csv/.xlsx, never in summaries.
create or replace table profile_failures (
  rule_code         varchar not null,
  severity          varchar not null,  -- error | warning | info
  source            varchar not null,  -- persons | registrations | population
  record_id         varchar,           -- registry rows
  person_id         varchar,           -- registry persons
  population_row_id bigint,            -- population rows
  role              varchar,
  event_type        varchar,
  district_code     varchar,
  commune_code      varchar,
  registered_year   integer,
  field             varchar not null,  -- the field the rule speaks about
  value             varchar,           -- its raw value (personal data)
  reason            varchar not null   -- why it fails, without personal data
)
