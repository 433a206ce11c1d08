-- The normalised tables ingest produces. Every later stage (profile, match, report) reads only these.
-- This file is the contract: ingest inserts into these tables, and tests of later stages build their
-- fixtures by running this file and inserting rows. Raw text is kept beside each normalised value.
-- Codes of administrative units are always 2023 codes (5-digit commune, 3-digit district, 2-digit
-- province) after resolution; *_code_2025 columns give the unit after the 1/7/2025 merger.

create table if not exists ingest_files (
  source_file        varchar primary key,  -- path as given by the user
  kind               varchar not null,     -- 'registry' | 'population'
  sha256             varchar not null,
  bytes              bigint not null,
  format             varchar not null,     -- 'csv' | 'parquet' | 'xlsx'
  encoding           varchar,              -- 'utf8' | 'utf8-bom' | 'cp1258' | 'tcvn3' | 'vni' | 'utf16le' ...
  delimiter          varchar,
  header_style       varchar,              -- 'canonical' | 'vietnamese' | 'mapping'
  rows_in            bigint not null,      -- data rows in the file (header excluded)
  rows_loaded        bigint not null,
  rows_quarantined   bigint not null
);

create table if not exists quarantine (
  source_file   varchar not null,
  source_line   bigint,                    -- 1-based physical line in the file (header = line 1)
  kind          varchar not null,          -- 'registry' | 'population'
  reason_code   varchar not null,          -- e.g. 'malformed_row', 'duplicate_record_id', 'unknown_event_type', 'impossible_value'
  reason        varchar not null,          -- one readable sentence, no personal data
  raw_line      varchar                    -- the raw text of the row, when available (stays in the campaign DB / quarantine.csv)
);

create table if not exists registrations (
  record_id              varchar primary key,
  event_type             varchar not null,  -- birth | death | parent_recognition | guardianship | marriage | adoption | marital_status
  authority_code         varchar,           -- as given (5-digit commune or 3-digit district)
  commune_code           varchar,           -- 2023 commune code of the registering authority (null for district authorities)
  district_code          varchar,           -- 2023 district code
  commune_code_2025      varchar,           -- unit after the 2025 merger
  book_no                varchar,
  registration_no        varchar,
  registered_on_raw      varchar,
  registered_on          date,              -- first day of the known period when partial
  registered_on_precision varchar,          -- 'day' | 'month' | 'year' | null
  registered_year        integer,
  death_date_raw         varchar,
  death_date             date,
  death_date_precision   varchar,
  death_place_raw        varchar,
  death_place_code       varchar,
  marital_status_raw     varchar,
  marital_status         varchar,           -- 'single' | 'married' | 'divorced' | 'widowed' | null
  source_file            varchar not null,
  source_line            bigint not null
);

-- One row per person-in-registration: each role of each registration that has any person field filled.
create table if not exists persons (
  person_id              varchar primary key, -- record_id || '/' || role
  record_id              varchar not null,
  event_type             varchar not null,
  role                   varchar not null,    -- child, father, mother, deceased, husband, wife, parent, guardian, ward, adopter, adoptee, person
  authority_code         varchar,
  commune_code           varchar,             -- registering commune (2023)
  district_code          varchar,
  registered_year        integer,
  pid_raw                varchar,
  pid                    varchar,             -- 12 digits when pid_status = 'valid', else null
  pid_status             varchar not null,    -- 'valid' | 'cmnd' | 'invalid' | 'missing'
  pid_issue              varchar,             -- null, or why the pid disagrees with sex / year of birth ('century_sex', 'year')
  full_name_raw          varchar,
  full_name              varchar,             -- canonical: NFC, look-alikes fixed, tone placement unified, Title Case, single spaces
  name_fold              varchar,             -- ASCII fold of full_name, lower case, đ -> d
  family_fold            varchar,
  middle_fold            varchar,             -- middle names joined by one space, '' when none
  given_fold             varchar,
  name_issue             varchar,             -- null or 'digits' | 'legacy_debris' | 'single_word' | 'repaired_encoding'
  sex_raw                varchar,
  sex                    varchar,             -- 'M' | 'F' | null
  dob_raw                varchar,             -- date of birth, or the birth-year column when only that was given
  dob                    date,                -- full date when dob_precision = 'day'
  dob_year               integer,
  dob_month              integer,
  dob_day                integer,
  dob_precision          varchar,             -- 'day' | 'month' | 'year' | null
  dob_placeholder        boolean not null default false, -- 01/01/yyyy written for an unknown date
  dob_issue              varchar,             -- reason the raw value could not be read (e.g. 'impossible_date', 'future_date'), else null
  birthplace_raw         varchar,
  birthplace_code        varchar,             -- most precise 2023 unit code resolved (commune, else district, else province)
  birthplace_province    varchar,             -- 2-digit province code when resolved
  birthplace_code_2025   varchar,             -- the same place as a unit after the 1/7/2025 merger
  hometown_raw           varchar,
  hometown_code          varchar,
  hometown_province      varchar,
  hometown_code_2025     varchar,
  ethnicity_raw          varchar,
  ethnicity              varchar,             -- folded key: 'kinh', 'khmer', 'hoa', ...
  nationality_raw        varchar,
  nationality            varchar,             -- folded key: 'viet nam', ...
  residence_raw          varchar,
  residence_code         varchar,
  father_name            varchar,             -- canonical name of the record's father/parent role, where the record has one
  father_name_fold       varchar,
  mother_name            varchar,
  mother_name_fold       varchar,
  spouse_name            varchar,             -- the other spouse in a marriage record
  spouse_name_fold       varchar,
  source_file            varchar not null,
  source_line            bigint not null
);

create table if not exists population (
  row_id                 bigint primary key,  -- position in the population extract(s), 1-based
  pid_raw                varchar,
  pid                    varchar,
  pid_status             varchar not null,
  pid_issue              varchar,
  full_name_raw          varchar,
  full_name              varchar,
  name_fold              varchar,
  family_fold            varchar,
  middle_fold            varchar,
  given_fold             varchar,
  name_issue             varchar,
  other_name             varchar,
  sex_raw                varchar,
  sex                    varchar,
  dob_raw                varchar,
  dob                    date,
  dob_year               integer,
  dob_month              integer,
  dob_day                integer,
  dob_precision          varchar,
  dob_placeholder        boolean not null default false,
  dob_issue              varchar,
  birthplace_raw         varchar,
  birthplace_code        varchar,
  birthplace_province    varchar,
  birthplace_code_2025   varchar,
  birth_registration_place_raw varchar,
  birth_registration_place_code varchar,
  birth_registration_place_code_2025 varchar,
  hometown_raw           varchar,
  hometown_code          varchar,
  hometown_province      varchar,
  hometown_code_2025     varchar,
  ethnicity_raw          varchar,
  ethnicity              varchar,
  religion               varchar,
  nationality_raw        varchar,
  nationality            varchar,
  permanent_residence_code varchar,          -- 2023 commune code
  current_residence_code varchar,
  marital_status_raw     varchar,
  marital_status         varchar,
  spouse_name            varchar,
  spouse_name_fold       varchar,
  spouse_pid             varchar,
  father_name            varchar,
  father_name_fold       varchar,
  father_pid             varchar,
  mother_name            varchar,
  mother_name_fold       varchar,
  mother_pid             varchar,
  death_date_raw         varchar,
  death_date             date,
  death_date_precision   varchar,
  source_file            varchar not null,
  source_line            bigint not null
);

-- Reference data, loaded from src/vn/data by ingest (and by test fixtures).
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
