-- The reference table of the ingest contract (src/ingest/sql/schema.sql): the same columns, so that
-- loadUnitsTable works on a fresh database as well as on one made from the contract schema.
create table if not exists units_2023 (
  commune_code   varchar primary key,
  commune_name   varchar not null,
  commune_type   varchar not null,
  district_code  varchar not null,
  district_name  varchar not null,
  province_code  varchar not null,
  commune_code_2025 varchar not null,
  commune_name_2025 varchar not null
);
