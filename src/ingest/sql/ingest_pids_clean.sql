-- The common case of the pid lookup, in SQL: a value that is exactly 12 digits. This reads it as
-- parsePid (src/vn/pid.ts) does (test/ingest/pid-sql.test.ts checks they agree); every other
-- value goes through parsePid itself.
insert into temp.ingest_pids (raw, digits, status, sex, century, yy)
select
  raw,
  case when valid then raw end,
  case when valid then 'valid' else 'invalid' end,
  case when valid then case when g % 2 = 0 then 'M' else 'F' end end,
  case when valid then 1900 + 100 * (g // 2) end,
  case when valid then cast(substr(raw, 5, 2) as integer) end
from (
  select raw, cast(substr(raw, 4, 1) as integer) as g,
    substr(raw, 1, 3) in (select code from temp.ingest_pid_provinces) and cast(substr(raw, 4, 1) as integer) <= 7 as valid
  from (
    select distinct raw from (
      select pid_raw as raw from temp.ingest_person_rows
      union all select pid from temp.ingest_population_rows
      union all select spouse_pid from temp.ingest_population_rows
      union all select father_pid from temp.ingest_population_rows
      union all select mother_pid from temp.ingest_population_rows
    ) s
    where regexp_full_match(raw, '[0-9]{12}')
  ) d
  where not exists (select 1 from temp.ingest_pids l where l.raw = d.raw)
) t;
