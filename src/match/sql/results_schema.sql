-- What match produces. report, runs, evaluate and explain read only these tables (plus ingest's).
create table if not exists match_results (
  person_id           varchar primary key,  -- one row per row of persons, always
  record_id           varchar not null,
  event_type          varchar not null,
  role                varchar not null,
  authority_code      varchar,
  commune_code        varchar,              -- registering commune (2023)
  district_code       varchar,
  registered_year     integer,
  outcome             varchar not null,     -- consistent | discrepant | not_found | ambiguous | invalid
  population_pid      varchar,              -- matched person's pid (consistent, discrepant)
  population_row_id   bigint,               -- matched population.row_id (consistent, discrepant)
  score               double,               -- match probability in [0,1] of the chosen candidate
  match_weight        double,               -- total Fellegi-Sunter weight (log2 Bayes factor) of the chosen candidate
  method              varchar,              -- 'pid' | 'probabilistic' | null
  errors              varchar not null default '', -- ';'-separated error codes in a fixed order, '' when none
  pid_action          varchar not null default '', -- 'assign' | 'conflict' | ''
  second_row_id       bigint,               -- runner-up candidate (ambiguous rows)
  second_score        double,
  residence_commune_code varchar            -- matched person's current residence commune, for worklists by residence
);

-- One row per differing field of a consistent/discrepant/ambiguous person: what the registry says and
-- what the population says. Personal data: stays in the campaign database and the communes' worklists.
create table if not exists match_differences (
  person_id        varchar not null,
  field            varchar not null,          -- 'full_name', 'dob', 'sex', 'father_name', 'pid', ...
  error_code       varchar not null,
  registry_value   varchar,
  population_value varchar
);
