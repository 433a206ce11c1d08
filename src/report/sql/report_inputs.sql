-- The run's input files and their checksums, from ingest's lineage table.
select source_file, kind, sha256, bytes, rows_in, rows_loaded, rows_quarantined
from ingest_files
order by kind desc, source_file;
