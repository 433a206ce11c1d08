-- A fresh ingest replaces what a previous one loaded into the campaign database.
delete from persons;
delete from registrations;
delete from population;
delete from quarantine;
delete from ingest_files;
