-- One row per in-scope person-in-registration (the contract table, recreated empty just before: deleting
-- millions of rows from its primary key index is far slower). Errors are those of links;
-- ambiguous persons keep their best candidate (population_row_id, score) and the runner-up
-- (second_row_id, second_score) for review, without a population_pid.
insert into match_results
select
  l.person_id, l.record_id, lt.event_type, lt.role, lt.authority_code, lt.commune_code, lt.district_code, lt.registered_year,
  case when a.lid is not null then (case when c.kind = 'link' and e.errors is not null then 'discrepant' else 'consistent' end)
       when not l.usable then 'invalid'
       when m.lid is not null then 'ambiguous'
       else 'not_found' end as outcome,
  case when a.lid is not null then ra.pid end as population_pid,
  coalesce(ra.row_id, rm.row_id) as population_row_id,
  1 / (1 + pow(2, -coalesce(a.weight, m.weight))) as score,
  coalesce(a.weight, m.weight) as match_weight,
  a.method,
  case when a.lid is not null then coalesce(e.errors, '') else '' end as errors,
  case when a.lid is not null and l.pid is null and ra.pid is not null then 'assign'
       when a.lid is not null and l.pid is not null and ra.pid is not null and l.pid <> ra.pid then 'conflict'
       else '' end as pid_action,
  rs.row_id as second_row_id,
  1 / (1 + pow(2, -m.second_weight)) as second_score,
  ra.current_residence_code as residence_commune_code
from match_scope l
join match_scope_text lt on lt.lid = l.lid
left join match_assigned a on a.lid = l.lid
left join match_chosen c on c.lid = a.lid and c.kind = 'link'
left join match_population ra on ra.rid = a.rid
left join match_ambiguous m on m.lid = l.lid
left join match_population rm on rm.rid = m.rid
left join match_population rs on rs.rid = m.second_rid
left join match_errors e on e.person_id = l.person_id;
