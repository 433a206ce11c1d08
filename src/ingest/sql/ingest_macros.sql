-- Small helpers for the ingest steps (temp: they live only for this connection).
-- A cell's text, or null when it is empty or only spaces.
create or replace temp macro ingest_text(x) as nullif(trim(x), '');

-- Which part of a valid pid disagrees with the person's sex and year of birth, exactly as pidIssue
-- (src/vn/pid.ts) says: 'century_sex', 'year' or null (test/ingest/pid-sql.test.ts checks they agree).
create or replace temp macro ingest_pid_issue(status, pid_sex, century, yy, sex, birth_year) as
  case
    when status is distinct from 'valid' then null
    when sex is not null and pid_sex <> sex then 'century_sex'
    when birth_year is null then null
    when (birth_year // 100) * 100 <> century then 'century_sex'
    when birth_year % 100 <> yy then 'year'
  end;
