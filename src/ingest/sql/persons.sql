-- persons: one row per role of each loaded registration that has any person field filled (contract
-- table). Every value is joined from the lookups built over distinct raw values; the pid is checked
-- against the person's sex and year of birth (ingest_pid_issue).
insert into persons
select
  k.record_key || '/' || p.role,
  k.record_key,
  k.event_type,
  p.role,
  k.authority_code,
  k.commune_code,
  k.district_code,
  k.registered_year,
  p.pid_raw,
  case when p.pid.status = 'valid' then p.pid.digits end,
  coalesce(p.pid.status, 'missing'),
  ingest_pid_issue(p.pid.status, p.pid.sex, p.pid.century, p.pid.yy, s.sex, d.year),
  p.full_name_raw,
  n.full_name, n.name_fold, n.family_fold, n.middle_fold, n.given_fold, n.name_issue,
  p.sex_raw,
  s.sex,
  p.dob_raw,
  case when d.precision = 'day' then cast(d.iso as date) end,
  d.year, d.month, d.day, d.precision,
  coalesce(d.placeholder, false),
  d.issue,
  p.birthplace_raw, bp.code, bp.province, bp.code_2025,
  p.hometown_raw, ht.code, ht.province, ht.code_2025,
  p.ethnicity_raw, et.ethnicity,
  p.nationality_raw, na.nationality,
  p.residence_raw, rs.code,
  fa.full_name, fa.name_fold,
  mo.full_name, mo.name_fold,
  sp.full_name, sp.name_fold,
  f.source_file,
  k.source_line
from (
  -- the pid read in SQL when it is 12 digits, else from the lookup
  select r.*, coalesce(ingest_pid_12(r.pid_raw), case when i.raw is not null then
      struct_pack(digits := i.digits, status := i.status, sex := i.sex, century := i.century, yy := i.yy) end) as pid
  from temp.ingest_person_rows r
  left join temp.ingest_pids i on i.raw = r.pid_raw
) p
join temp.ingest_registry_ok k on k.file_no = p.file_no and k.raw_row = p.raw_row
join temp.ingest_event_roles er on er.event_type = k.event_type and er.role = p.role
join temp.ingest_file_names f on f.file_no = p.file_no
left join temp.ingest_person_relatives rel on rel.file_no = p.file_no and rel.raw_row = p.raw_row
left join temp.ingest_names n on n.raw = p.full_name_raw
left join temp.ingest_sexes s on s.raw = p.sex_raw
left join temp.ingest_dates d on d.raw = p.dob_raw
left join temp.ingest_places bp on bp.raw = p.birthplace_raw
left join temp.ingest_places ht on ht.raw = p.hometown_raw
left join temp.ingest_places rs on rs.raw = p.residence_raw
left join temp.ingest_ethnicities et on et.raw = p.ethnicity_raw
left join temp.ingest_nationalities na on na.raw = p.nationality_raw
left join temp.ingest_names fa on fa.raw = case when p.role in ('child', 'adoptee') then rel.father_raw end
left join temp.ingest_names mo on mo.raw = case when p.role in ('child', 'adoptee') then rel.mother_raw end
left join temp.ingest_names sp on sp.raw = case p.role when 'husband' then rel.wife_raw when 'wife' then rel.husband_raw end;
