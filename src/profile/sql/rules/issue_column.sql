-- issue_column: ingest's verdict column (pid_status, dob_issue, name_issue, dob_precision...) holds
-- one of the given values, or any value when none are given.
select {{context}}, $field as field, {{raw}} as value, $column || ' = ' || {{column}}::varchar as reason
from {{from}}
where {{filter}}
  and {{column}} is not null
  and ($values::varchar[] is null or list_contains($values::varchar[], {{column}}::varchar))
