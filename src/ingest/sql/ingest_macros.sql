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

-- A pid written as exactly 12 digits, read in SQL as parsePid (src/vn/pid.ts) reads it (the common
-- case: no lookup needed); null for any other value, which the ingest_pids lookup reads with parsePid.
create or replace temp macro ingest_pid_12(raw) as
  case when regexp_full_match(raw, '[0-9]{12}') then
    case when substr(raw, 1, 3) in (select code from temp.ingest_pid_provinces) and substr(raw, 4, 1) <= '7'
      then struct_pack(digits := raw, status := 'valid',
        sex := case when cast(substr(raw, 4, 1) as integer) % 2 = 0 then 'M' else 'F' end,
        century := 1900 + 100 * (cast(substr(raw, 4, 1) as integer) // 2), yy := cast(substr(raw, 5, 2) as integer))
      else struct_pack(digits := cast(null as varchar), status := 'invalid', sex := cast(null as varchar), century := cast(null as integer), yy := cast(null as integer))
    end
  end;
