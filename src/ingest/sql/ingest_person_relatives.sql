-- ingest_person_relatives: per registry row, the raw names of the persons a child or a spouse is
-- compared against: the father and mother (a recognising or adoptive parent counts by their sex),
-- the husband and the wife.
create or replace temp table ingest_person_relatives as
select
  p.file_no,
  p.raw_row,
  coalesce(
    max(p.full_name_raw) filter (where p.role = 'father'),
    max(p.full_name_raw) filter (where p.role in ('parent', 'adopter') and s.sex = 'M')) as father_raw,
  coalesce(
    max(p.full_name_raw) filter (where p.role = 'mother'),
    max(p.full_name_raw) filter (where p.role in ('parent', 'adopter') and s.sex = 'F')) as mother_raw,
  max(p.full_name_raw) filter (where p.role = 'husband') as husband_raw,
  max(p.full_name_raw) filter (where p.role = 'wife') as wife_raw
from temp.ingest_person_rows p
join temp.ingest_registry_ok k on k.file_no = p.file_no and k.raw_row = p.raw_row
join temp.ingest_event_roles er on er.event_type = k.event_type and er.role = p.role
left join temp.ingest_sexes s on s.raw = p.sex_raw
where p.role in ('father', 'mother', 'parent', 'adopter', 'husband', 'wife')
group by p.file_no, p.raw_row;
