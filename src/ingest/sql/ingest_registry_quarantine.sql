-- Registry rows kept out of `registrations`, with a reason that names the line, never a value.
insert into quarantine (source_file, source_line, kind, reason_code, reason, raw_line)
select
  f.source_file,
  c.source_line,
  'registry',
  c.problem,
  'line ' || c.source_line || ': ' || case c.problem
    when 'unknown_event_type' then
      case when c.event_type_raw is null then 'no event type' else 'event type not recognised (birth, death, marriage, parent_recognition, guardianship, adoption, marital_status or their Vietnamese names)' end
    when 'unusable_identity' then 'no record_id, and no ' ||
      concat_ws(', ',
        case when c.authority_code is null then 'authority code' end,
        case when c.registered_year is null then 'registration year' end,
        case when c.book_no is null then 'book number' end,
        case when c.registration_no is null then 'registration number' end) || ' to derive one'
    when 'unknown_authority' then 'authority code is not a commune (5 digits) or district (3 digits) code of the province'
    when 'no_person' then 'a ' || replace(c.event_type, '_', ' ') || ' registration with no person in it'
    when 'duplicate_record_id' then 'record id already on line ' || c.first_line ||
      case when c.first_file_no <> c.file_no then ' of ' || ff.source_file else '' end
  end,
  q.raw_line
from temp.ingest_registry_checked c
join temp.ingest_file_names f on f.file_no = c.file_no
left join temp.ingest_file_names ff on ff.file_no = c.first_file_no
left join temp.ingest_quarantine_raw q on q.file_no = c.file_no and q.raw_row = c.raw_row
where c.problem is not null;
