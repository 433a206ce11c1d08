-- The narrow row tables every input file is reduced to right after loading (src/ingest/steps/from-raw.ts).

-- One row per registry row: its registration columns (trimmed raw text) and its line.
create or replace temp table ingest_registry_rows (
  file_no integer, raw_row bigint, source_line bigint,
  record_id varchar, event_type_raw varchar, authority_code varchar, book_no varchar, registration_no varchar,
  registered_on_raw varchar, death_date_raw varchar, death_place_raw varchar, marital_status_raw varchar
);

-- One row per filled role of a registry row: the raw person fields.
create or replace temp table ingest_person_rows (
  file_no integer, raw_row bigint, role varchar,
  pid_raw varchar, full_name_raw varchar, sex_raw varchar, dob_raw varchar, birthplace_raw varchar,
  hometown_raw varchar, ethnicity_raw varchar, nationality_raw varchar, residence_raw varchar
);

-- One row per population row: every population column (raw text), line, position, and whether it has any value.
create or replace temp table ingest_population_rows (
  file_no integer, source_line bigint, row_id bigint,
  pid varchar, full_name varchar, other_name varchar, sex varchar, dob varchar, birthplace varchar,
  birth_registration_place varchar, hometown varchar, ethnicity varchar, religion varchar, nationality varchar,
  permanent_residence_code varchar, current_residence_code varchar, marital_status varchar, spouse_name varchar,
  spouse_pid varchar, father_name varchar, father_pid varchar, mother_name varchar, mother_pid varchar, death_date varchar,
  has_value boolean
);
