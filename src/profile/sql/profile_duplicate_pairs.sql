-- Pairs of birth records that seem to register the same child twice, and twin pairs. Each block is
-- an equi-join on a selective key (never on empty values), so pairs stay few at full scale.
--   duplicate_registration, basis 'name_dob':     same folded name and full date of birth, parents not contradicting
--   duplicate_registration, basis 'name_year_parents': same folded name, birth year and mother, one date partial
--                                                 or a 01/01 placeholder, father not contradicting
--   twins: same full date of birth (not a placeholder) and family name, the same mother or the same
--          father, the other parent the same or missing, DIFFERENT given names
-- Same name and date but different parents is neither: two children who share a common name.
-- Parents "not contradicting": profile_same_parent (missing, equal, same family and given name, or
-- one typo apart), so a typo or a dropped middle name in a parent's name does not hide a duplicate.
create or replace table profile_duplicate_pairs as
with name_dob as (
  select a.person_id as person_a, a.record_id as record_a, b.person_id as person_b, b.record_id as record_b
  from profile_birth_children a
  join profile_birth_children b on b.name_fold = a.name_fold and b.dob = a.dob and b.record_id > a.record_id
  where profile_same_parent(a.mother, b.mother) and profile_same_parent(a.father, b.father)
), name_year_parents as (
  select a.person_id as person_a, a.record_id as record_a, b.person_id as person_b, b.record_id as record_b
  from profile_birth_children a
  join profile_birth_children b on b.name_fold = a.name_fold and b.dob_year = a.dob_year and b.mother = a.mother and b.record_id > a.record_id
  where (a.dob is null or b.dob is null or a.placeholder or b.placeholder)
    and (a.dob is null or b.dob is null or a.dob <> b.dob)  -- equal dates are name_dob's
    and profile_same_parent(a.father, b.father)
), twin_candidates as (
  -- same date of birth and family name, and the very same mother or the very same father: near-equal
  -- parents' names would pair up unrelated children born the same day ('nguyen thi mai' and
  -- 'nguyen thi hai' are one letter apart), so twins need one parent written identically
  select a.person_id as person_a, a.record_id as record_a, b.person_id as person_b, b.record_id as record_b
  from profile_birth_children a
  join profile_birth_children b on b.dob = a.dob and b.family_fold = a.family_fold and b.mother = a.mother and b.record_id > a.record_id
  where a.given_fold <> b.given_fold and not a.placeholder and not b.placeholder
  union
  select a.person_id, a.record_id, b.person_id, b.record_id
  from profile_birth_children a
  join profile_birth_children b on b.dob = a.dob and b.family_fold = a.family_fold and b.father = a.father and b.record_id > a.record_id
  where a.given_fold <> b.given_fold and not a.placeholder and not b.placeholder
), twins as (
  -- the parent not blocked on must not differ at all: common names make near-equal parents cheap
  select c.*
  from twin_candidates c
  join profile_birth_children a on a.person_id = c.person_a
  join profile_birth_children b on b.person_id = c.person_b
  where (a.mother is null or b.mother is null or a.mother = b.mother)
    and (a.father is null or b.father is null or a.father = b.father)
)
select 'duplicate_registration' as finding, 'name_dob' as basis, * from name_dob
union all
select 'duplicate_registration', 'name_year_parents', * from name_year_parents
union all
select 'twins', 'dob_parents', * from twins
