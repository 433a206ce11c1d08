-- Rows the loaders could not read (malformed CSV records, bad bytes), into the contract table.
insert into quarantine (source_file, source_line, kind, reason_code, reason, raw_line)
select f.source_file, q.source_line, f.kind, q.reason_code, q.reason, q.raw_line
from temp.ingest_load_quarantine q
join temp.ingest_file_names f on f.file_no = q.file_no;
