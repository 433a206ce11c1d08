-- Rows of each input file that ended up loaded (registrations or population) and quarantined.
select
  f.file_no,
  f.source_file,
  (select count(*) from registrations r where r.source_file = f.source_file)
    + (select count(*) from population p where p.source_file = f.source_file) as loaded,
  (select count(*) from quarantine q where q.source_file = f.source_file) as quarantined
from temp.ingest_file_names f
order by f.file_no;
