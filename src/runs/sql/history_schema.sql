-- The run history of a campaign: one DuckDB file shared by every run (attached as `history`).
-- A run's rows are written in one transaction at its end, so a failed or interrupted run leaves
-- no trace. Per-person results let later runs tell what was fixed, what is new, what is still open.
create table if not exists history.runs (
  run_id          varchar primary key,   -- sortable: yyyymmdd-hhmmss-<phase>-<hash>
  campaign        varchar not null,
  phase           varchar not null,
  phase_label     varchar,
  started_at      timestamp not null,
  finished_at     timestamp not null,
  config_hash     varchar not null,
  code_version    varchar not null,
  scope_json      varchar not null,
  out_dir         varchar,
  records_in      bigint not null,
  quarantined     bigint not null,
  registrations   bigint not null,
  persons         bigint not null,
  compared        bigint not null,
  consistent      bigint not null,
  discrepant      bigint not null,
  not_found       bigint not null,
  ambiguous       bigint not null,
  invalid         bigint not null,
  pids_to_assign  bigint not null,
  pid_conflicts   bigint not null,
  summary_json    varchar not null       -- summary.json of the run (aggregates only)
);

create table if not exists history.run_inputs (
  run_id           varchar not null,
  source_file      varchar not null,
  kind             varchar not null,
  sha256           varchar not null,
  bytes            bigint,
  rows_in          bigint,
  rows_loaded      bigint,
  rows_quarantined bigint
);

create table if not exists history.run_timings (
  run_id   varchar not null,
  stage    varchar not null,
  seconds  double not null
);

create table if not exists history.run_results (
  run_id                 varchar not null,
  person_id              varchar not null,
  outcome                varchar not null,
  errors                 varchar not null,
  population_pid         varchar,
  pid_action             varchar not null,
  commune_code           varchar,
  residence_commune_code varchar
);
