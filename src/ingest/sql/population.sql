-- population: one row per loaded row of the population extract (contract table), normalised with
-- the same lookups as persons; parents' and spouse's names get their canonical form and fold, their
-- pids the digits parsePid reads (a 12-digit value as it is).
insert into population
select
  p.row_id,
  p.pid,
  case when p.pid_read.status = 'valid' then p.pid_read.digits end,
  coalesce(p.pid_read.status, 'missing'),
  ingest_pid_issue(p.pid_read.status, p.pid_read.sex, p.pid_read.century, p.pid_read.yy, s.sex, d.year),
  p.full_name,
  n.full_name, n.name_fold, n.family_fold, n.middle_fold, n.given_fold, n.name_issue,
  ingest_text(p.other_name),
  p.sex, s.sex,
  p.dob,
  case when d.precision = 'day' then cast(d.iso as date) end,
  d.year, d.month, d.day, d.precision,
  coalesce(d.placeholder, false),
  d.issue,
  p.birthplace, bp.code, bp.province, bp.code_2025,
  p.birth_registration_place, br.code, br.code_2025,
  p.hometown, ht.code, ht.province, ht.code_2025,
  p.ethnicity, et.ethnicity,
  ingest_text(p.religion),
  p.nationality, na.nationality,
  case when regexp_full_match(trim(p.permanent_residence_code), '[0-9]{5}') then trim(p.permanent_residence_code) else pr.commune_code end,
  case when regexp_full_match(trim(p.current_residence_code), '[0-9]{5}') then trim(p.current_residence_code) else cr.commune_code end,
  p.marital_status, ms.marital_status,
  sp.full_name, sp.name_fold, case when regexp_full_match(p.spouse_pid, '[0-9]{12}') then p.spouse_pid else coalesce(spi.digits, ingest_text(p.spouse_pid)) end,
  fa.full_name, fa.name_fold, case when regexp_full_match(p.father_pid, '[0-9]{12}') then p.father_pid else coalesce(fai.digits, ingest_text(p.father_pid)) end,
  mo.full_name, mo.name_fold, case when regexp_full_match(p.mother_pid, '[0-9]{12}') then p.mother_pid else coalesce(moi.digits, ingest_text(p.mother_pid)) end,
  p.death_date, cast(dd.iso as date), dd.precision,
  f.source_file,
  p.source_line
from (
  -- the pid read in SQL when it is 12 digits, else from the lookup
  select r.*, coalesce(ingest_pid_12(r.pid), case when i.raw is not null then
      struct_pack(digits := i.digits, status := i.status, sex := i.sex, century := i.century, yy := i.yy) end) as pid_read
  from temp.ingest_population_rows r
  left join temp.ingest_pids i on i.raw = r.pid
) p
join temp.ingest_file_names f on f.file_no = p.file_no
left join temp.ingest_names n on n.raw = p.full_name
left join temp.ingest_sexes s on s.raw = p.sex
left join temp.ingest_dates d on d.raw = p.dob
left join temp.ingest_places bp on bp.raw = p.birthplace
left join temp.ingest_places br on br.raw = p.birth_registration_place
left join temp.ingest_places ht on ht.raw = p.hometown
left join temp.ingest_places pr on pr.raw = p.permanent_residence_code
left join temp.ingest_places cr on cr.raw = p.current_residence_code
left join temp.ingest_ethnicities et on et.raw = p.ethnicity
left join temp.ingest_nationalities na on na.raw = p.nationality
left join temp.ingest_marital_statuses ms on ms.raw = p.marital_status
left join temp.ingest_names sp on sp.raw = p.spouse_name
left join temp.ingest_names fa on fa.raw = p.father_name
left join temp.ingest_names mo on mo.raw = p.mother_name
left join temp.ingest_pids spi on spi.raw = p.spouse_pid
left join temp.ingest_pids fai on fai.raw = p.father_pid
left join temp.ingest_pids moi on moi.raw = p.mother_pid
left join temp.ingest_dates dd on dd.raw = p.death_date
where p.has_value;
