-- A fresh ingest replaces what a previous one loaded into the campaign database. The contract
-- tables are dropped and made again from schema.sql (deleting millions of rows from tables with a
-- primary key costs far more than dropping them).
drop table if exists persons;
drop table if exists registrations;
drop table if exists population;
drop table if exists quarantine;
drop table if exists ingest_files;
