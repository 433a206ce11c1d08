-- Pairs that can still matter for a decision: at most the ambiguity margin below the threshold, of
-- persons the pid did not link, and not claiming a population person a pid link took where one-to-one
-- applies. grp: the one-to-one group of exclusive roles (a birth's child, a death's deceased...), null
-- for roles that may recur (parents, spouses). identity: registrations of the same person (same
-- canonical name and birth year, e.g. a re-registration) may share a population person; twins may not,
-- nor anyone with a look-alike in the population (match_twin_rows).
-- Only eligible pairs (some identifying comparison agrees: link_requires). look: registry persons alike as twins
-- are (same family, middle name, date of birth); guard_level: the pair's given-name level.
create or replace table match_viable as
with taken as (
  select d.rid, l.role_key, l.exclusive,
    case when d.rid in (select rid from match_twin_rows) then hash(l.lid) else hash(l.full_name, l.dob_year) end as identity,
    l.record_id
  from match_deterministic d join match_scope l on l.lid = d.lid
),
open as (
  select t.lid, t.rid, t.weight,
    case when l.exclusive then l.role_key end as grp,
    case when t.rid in (select rid from match_twin_rows) then hash(l.lid) else hash(l.full_name, l.dob_year) end as identity,
    l.record_id,
    t.guard as guard_level,
    hash(l.family_fold, l.middle_fold, l.dob) as look
  from match_totals t
  join match_scope l on l.lid = t.lid
  where t.weight >= $floor
    and t.eligible
    and t.lid not in (select lid from match_deterministic)
)
select o.* from open o
where not exists (
  select 1 from taken a
  where a.rid = o.rid and ((a.exclusive and a.role_key = o.grp and a.identity <> o.identity) or a.record_id = o.record_id)
);
