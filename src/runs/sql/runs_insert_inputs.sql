-- The run's input files and checksums, from ingest's lineage table.
insert into history.run_inputs
select $run_id, source_file, kind, sha256, bytes, rows_in, rows_loaded, rows_quarantined
from main.ingest_files;
