-- The communes that get a worklist, with their names and how many persons each gets, by basis.
select
  w.worklist_commune as commune_code,
  u.commune_name,
  u.district_name,
  count(distinct w.person_id) filter (where w.basis = 'registration') as registered_here,
  count(distinct w.person_id) filter (where w.basis = 'residence') as living_here,
  count(*) as lines
from report_worklist w
join units_2023 u on u.commune_code = w.worklist_commune
group by all
order by commune_code;
