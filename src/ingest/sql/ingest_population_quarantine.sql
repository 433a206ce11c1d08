-- Population rows with no value at all are not people: quarantined with their line.
insert into quarantine (source_file, source_line, kind, reason_code, reason, raw_line)
select f.source_file, p.source_line, 'population', 'no_person', 'line ' || p.source_line || ': a row with no value', null
from temp.ingest_population_rows p
join temp.ingest_file_names f on f.file_no = p.file_no
where not p.has_value;
