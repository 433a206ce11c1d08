-- quarantine.csv: every input row that could not be loaded, with its file, line and reason.
select source_file, source_line, kind, reason_code, reason, raw_line
from quarantine
order by source_file, source_line, reason_code
