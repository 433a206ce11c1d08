-- Work tables of one ingest, in the temp catalog (dropped with the connection, never written to the
-- campaign file). Raw tables `ingest_raw_<kind>_<n>` are made per file by the loaders.

-- Rows a loader could not read (malformed CSV records, bad bytes), before any SQL step.
create or replace temp table ingest_load_quarantine (
  file_no      integer not null,
  source_line  bigint,
  reason_code  varchar not null,
  reason       varchar not null,
  raw_line     varchar
);

-- Line of each row DuckDB's CSV reader accepted: line = rowid + line_offset from first_row on
-- (see src/ingest/csv/line-model.ts). Rows with a known line carry it in line_no instead.
create or replace temp table ingest_line_runs (
  file_no      integer not null,
  first_row    bigint not null,
  line_offset  bigint not null
);
