-- A synthetic registry + population in the contract tables, with ground truth (synth_truth), made in
-- SQL so a million people take seconds: for speed work and accuracy checks before the real generator
-- is available. Realistic where matching is hard: national surname shares, frequent middle names
-- (Văn, Thị), a few hundred given names, twins with near-identical given names, parents known by
-- name and birth year only, pid typos, and the contract's error kinds injected on the registry side.
-- Settings come from synth_settings (n people, file paths); randomness is hash-based and reproducible.

-- step: synth_macros
create or replace macro synth_u(id, salt) as ((hash(id, salt) % 1000003)::double / 1000003);
create or replace macro synth_fold(x) as lower(strip_accents(replace(replace(x, 'đ', 'd'), 'Đ', 'D')));
create or replace macro synth_title(x) as array_to_string(list_transform(string_split(x, ' '), w -> upper(w[1]) || w[2:]), ' ');

-- step: synth_family_slots
create or replace table synth_family_slots as
with s as (
  select surname as v, coalesce(try_cast(national_weight_pct as double), try_cast(uit_forum_pct as double), 0.01) as w
  from read_csv($surnames, header = true, all_varchar = true)
), p as (select v, w / sum(w) over () as p from s)
select (row_number() over (order by v) - 1)::integer as slot, v
from (select v, unnest(range(greatest(1, round(p * 20000))::bigint)) from p);

-- step: synth_given_slots
create or replace table synth_given_slots as
with s as (
  select value as v, try_cast(count as double) as w
  from read_csv($given, header = true, all_varchar = true) where component = 'given'
), p as (select v, w / sum(w) over () as p from s)
select (row_number() over (order by v) - 1)::integer as slot, v
from (select v, unnest(range(greatest(1, round(p * 20000))::bigint)) from p);

-- step: synth_middle_slots
create or replace table synth_middle_slots as
with s as (
  select value as v, try_cast(count as double) as w
  from read_csv($given, header = true, all_varchar = true)
  where component = 'middle_first_token' and value not in ('Văn', 'Thị')
), p as (select v, w / sum(w) over () as p from s)
select (row_number() over (order by v) - 1)::integer as slot, v
from (select v, unnest(range(greatest(1, round(p * 20000))::bigint)) from p);

-- step: synth_units
insert into units_2023
select u.commune_code, u.commune_name, u.commune_type, u.district_code, u.district_name, u.province_code,
       m.new_commune_code, m.new_commune_name
from read_csv($units, header = true, all_varchar = true) u
join read_csv($mapping, header = true, all_varchar = true) m on m.old_commune_code = u.commune_code
where not exists (select 1 from units_2023);

-- step: synth_communes
create or replace table synth_communes as
select (row_number() over (order by commune_code) - 1)::integer as idx, commune_code as code, district_code, commune_code_2025
from units_2023;

-- step: synth_twin_names
create or replace table synth_twin_names as
select * from (values (0, 'An', 'Anh'), (1, 'Hùng', 'Hưng'), (2, 'Lan', 'Lân'), (3, 'Tâm', 'Tám'),
  (4, 'Linh', 'Lĩnh'), (5, 'Huy', 'Hy'), (6, 'Vy', 'Vi'), (7, 'Phúc', 'Phước')) t(idx, first, second);

-- step: synth_base
create or replace table synth_base as
with b as (
  select i as id,
    case when synth_u(i, 'sex') < 0.5 then 'M' else 'F' end as sex,
    (2023 - floor(92 * pow(synth_u(i, 'age'), 1.15)))::integer as year,
    floor(synth_u(i, 'doy') * 365)::integer as doy,
    synth_u(i, 'eth') as ue,
    (hash(i, 'fam') % (select count(*) from synth_family_slots))::integer as fam_slot,
    (hash(i, 'mids') % (select count(*) from synth_middle_slots))::integer as mid_slot,
    (hash(i, 'giv') % (select count(*) from synth_given_slots))::integer as giv_slot
  from range(1, (select n from synth_settings) + 1) t(i)
)
select b.id, b.sex, b.year, (make_date(b.year, 1, 1) + b.doy)::date as dob,
  case when ue < 0.9 then 'Kinh' when ue < 0.97 then 'Khmer' else 'Hoa' end as ethnicity,
  case when ue >= 0.9 and ue < 0.97 then ['Thạch', 'Danh', 'Sơn', 'Kim', 'Lâm'][1 + (hash(b.id, 'kf') % 5)::integer]
       else fs.v end as family,
  case when synth_u(b.id, 'nomid') < 0.04 then ''
       when b.sex = 'M' and synth_u(b.id, 'mid') < 0.5 then 'Văn'
       when b.sex = 'F' and synth_u(b.id, 'mid') < 0.6 then 'Thị'
       else ms.v end as middle,
  gs.v as given,
  (hash(b.id, 'bp') % 64)::integer as birthplace_idx,
  case when synth_u(b.id, 'ht') < 0.8 then (hash(b.id, 'bp') % 64)::integer else (hash(b.id, 'ht2') % 64)::integer end as hometown_idx,
  case when synth_u(b.id, 'rs') < 0.85 then (hash(b.id, 'bp') % 64)::integer else (hash(b.id, 'rs2') % 64)::integer end as residence_idx
from b
join synth_family_slots fs on fs.slot = b.fam_slot
join synth_middle_slots ms on ms.slot = b.mid_slot
join synth_given_slots gs on gs.slot = b.giv_slot;

-- step: synth_couples
create or replace table synth_couples as
with m as (select id, year, row_number() over (partition by year order by hash(id, 'cm')) as rk from synth_base where sex = 'M' and year between 1930 and 1984),
     f as (select id, year, row_number() over (partition by year order by hash(id, 'cf')) as rk from synth_base where sex = 'F' and year between 1932 and 1990)
select row_number() over (order by m.id) as couple_id, m.id as husband, f.id as wife, m.year as hyear,
  row_number() over (partition by m.year order by m.id) as yrk
from m join f on f.year = m.year + 2 and f.rk = m.rk
where synth_u(m.id, 'marry') < 0.85;

-- step: synth_parentage
create or replace table synth_parentage as
with counts as (select hyear, count(*) as n from synth_couples group by 1),
     c as (select id, least(1984, year - 24 - floor(synth_u(id, 'py') * 14))::integer as target from synth_base where year >= 1985)
select c.id, cp.couple_id, cp.husband as father, cp.wife as mother
from c join counts k on k.hyear = c.target
join synth_couples cp on cp.hyear = c.target and cp.yrk = 1 + hash(c.id, 'pick') % k.n;

-- step: synth_twins
-- 1.5% of children get a twin: same parents and birth date, given names near-identical (An/Anh, Hùng/Hưng).
create or replace table synth_twins as
select p.id as original, (select n from synth_settings) + row_number() over (order by p.id) as id,
  (hash(p.id, 'tw') % 8)::integer as pair
from synth_parentage p where synth_u(p.id, 'twin') < 0.015;

-- step: synth_people
create or replace table synth_people as
with everyone as (
  select b.*, null::bigint as twin_of from synth_base b
  union all
  select t.id, case when synth_u(t.id, 'tsex') < 0.6 then b.sex else (case b.sex when 'M' then 'F' else 'M' end) end,
    b.year, b.dob, b.ethnicity, b.family, b.middle, n.second, b.birthplace_idx, b.hometown_idx, b.residence_idx, t.original
  from synth_twins t join synth_base b on b.id = t.original join synth_twin_names n on n.idx = t.pair
)
select e.id, e.sex, e.year, e.dob, e.ethnicity,
  coalesce(f.family, e.family) as family,
  case when e.twin_of is not null then e.middle else coalesce(om.middle, e.middle) end as middle,
  case when tw.id is not null then n.first else e.given end as given,
  e.birthplace_idx, coalesce(fb.hometown_idx, e.hometown_idx) as hometown_idx, e.residence_idx,
  coalesce(p.father, pt.father) as father, coalesce(p.mother, pt.mother) as mother,
  coalesce(e.twin_of, tw.id) as twin_of
from everyone e
left join synth_parentage p on p.id = e.id
left join synth_parentage pt on pt.id = e.twin_of
left join synth_base f on f.id = coalesce(p.father, pt.father)
left join synth_base fb on fb.id = coalesce(p.father, pt.father)
left join synth_twins tw on tw.original = e.id
left join synth_twin_names n on n.idx = tw.pair
left join synth_base om on om.id = e.twin_of;

-- step: synth_named
create or replace table synth_named as
select p.*,
  trim(p.family || ' ' || p.middle || ' ' || p.given).replace('  ', ' ') as full_name,
  '095' || (case when p.year >= 2000 then (case p.sex when 'M' then '2' else '3' end) else (case p.sex when 'M' then '0' else '1' end) end)
        || lpad((p.year % 100)::varchar, 2, '0')
        || lpad(((row_number() over (partition by p.sex, p.year >= 2000, p.year % 100 order by hash(p.id, 'pidrk')) * 7331) % 1000000)::varchar, 6, '0') as pid,
  synth_u(p.id, 'inpop') >= 0.02 as in_population,
  case when (p.year < 1950 and synth_u(p.id, 'dead') < 0.4) or synth_u(p.id, 'dead') < 0.01
       then (make_date(2010 + (hash(p.id, 'dy') % 12)::integer, 1, 1) + (hash(p.id, 'dd') % 365)::integer)::date end as death_date
from synth_people p;

-- step: synth_population
insert into population (row_id, pid_raw, pid, pid_status, full_name_raw, full_name, name_fold, family_fold, middle_fold, given_fold,
  sex_raw, sex, dob_raw, dob, dob_year, dob_month, dob_day, dob_precision, birthplace_raw, birthplace_code, birthplace_province,
  birthplace_code_2025, hometown_raw, hometown_code, hometown_province, hometown_code_2025, ethnicity_raw, ethnicity,
  nationality_raw, nationality, permanent_residence_code, current_residence_code, marital_status_raw, marital_status,
  spouse_name, spouse_name_fold, spouse_pid, father_name, father_name_fold, father_pid, mother_name, mother_name_fold, mother_pid,
  death_date_raw, death_date, source_file, source_line)
select p.id, p.pid, p.pid, 'valid', p.full_name, p.full_name, synth_fold(p.full_name), synth_fold(p.family), synth_fold(p.middle), synth_fold(p.given),
  p.sex, p.sex, strftime(p.dob, '%d/%m/%Y'), p.dob, year(p.dob), month(p.dob), day(p.dob), 'day',
  bp.code, bp.code, '95', bp.commune_code_2025, ht.code, ht.code, '95', ht.commune_code_2025, p.ethnicity, synth_fold(p.ethnicity),
  'Việt Nam', 'viet nam', rs.code, rs.code,
  case when sp.id is not null and synth_u(p.id, 'msrec') < 0.95 then 'married' when sp.id is not null then 'single' end,
  case when sp.id is not null and synth_u(p.id, 'msrec') < 0.95 then 'married' when sp.id is not null then 'single' end,
  case when synth_u(p.id, 'msrec') < 0.95 then sp.full_name end, case when synth_u(p.id, 'msrec') < 0.95 then synth_fold(sp.full_name) end,
  case when synth_u(p.id, 'msrec') < 0.95 then sp.pid end,
  case when synth_u(p.id, 'parrec') < 0.97 then fa.full_name end, case when synth_u(p.id, 'parrec') < 0.97 then synth_fold(fa.full_name) end,
  case when synth_u(p.id, 'parrec') < 0.97 then fa.pid end,
  case when synth_u(p.id, 'parrec') < 0.97 then mo.full_name end, case when synth_u(p.id, 'parrec') < 0.97 then synth_fold(mo.full_name) end,
  case when synth_u(p.id, 'parrec') < 0.97 then mo.pid end,
  strftime(p.death_date, '%d/%m/%Y'), p.death_date, 'population.csv', p.id + 1
from synth_named p
join synth_communes bp on bp.idx = p.birthplace_idx
join synth_communes ht on ht.idx = p.hometown_idx
join synth_communes rs on rs.idx = p.residence_idx
left join (select husband as id, wife as spouse from synth_couples union all select wife, husband from synth_couples) c on c.id = p.id
left join synth_named sp on sp.id = c.spouse
left join synth_named fa on fa.id = p.father
left join synth_named mo on mo.id = p.mother
where p.in_population;

-- step: synth_slots
-- Who appears in which registration, with which role (person = true identity, id of synth_named).
create or replace table synth_slots as
select 'B' || p.id as record_id, 'birth' as event_type, 'child' as role, p.id as person, p.residence_idx as commune_idx, p.father as father_of_record, p.mother as mother_of_record, null::bigint as spouse_of_record
from synth_named p where p.year >= 1985 and p.father is not null
union all
select 'B' || p.id, 'birth', 'father', p.father, p.residence_idx, null, null, null from synth_named p where p.year >= 1985 and p.father is not null
union all
select 'B' || p.id, 'birth', 'mother', p.mother, p.residence_idx, null, null, null from synth_named p where p.year >= 1985 and p.father is not null
union all
select 'B' || p.id, 'birth', 'child', p.id, p.residence_idx, null, null, null from synth_named p where p.year between 1960 and 1984 and synth_u(p.id, 'oldb') < 0.6
union all
select 'D' || p.id, 'death', 'deceased', p.id, p.residence_idx, null, null, null from synth_named p
where (p.death_date is not null and synth_u(p.id, 'dreg') < 0.95) or (p.death_date is null and p.year < 1960 and synth_u(p.id, 'dnr') < 0.02)
union all
select 'M' || c.couple_id, 'marriage', 'husband', c.husband, h.residence_idx, null, null, c.wife from synth_couples c join synth_named h on h.id = c.husband where synth_u(c.couple_id, 'mreg') < 0.5
union all
select 'M' || c.couple_id, 'marriage', 'wife', c.wife, h.residence_idx, null, null, c.husband from synth_couples c join synth_named h on h.id = c.husband where synth_u(c.couple_id, 'mreg') < 0.5
union all
select 'S' || p.id, 'marital_status', 'person', p.id, p.residence_idx, null, null, null from synth_named p where p.year between 1960 and 2003 and synth_u(p.id, 'msr') < 0.04;

-- step: synth_registry
-- What the registry states for each slot: the truth, then injected errors (kinds named in err_*).
create or replace table synth_registry as
with s as (
  select s.*, s.record_id || '/' || s.role as person_id, hash(s.record_id, s.role) as k,
    s.role in ('father', 'mother') as year_only,
    s.role in ('child', 'deceased', 'person') as has_sex
  from synth_slots s
), e as (
  select s.*, p.full_name, p.family, p.middle, p.given, p.sex, p.dob, p.year, p.ethnicity, p.birthplace_idx, p.hometown_idx, p.pid, p.in_population,
    p.death_date, p.twin_of,
    synth_u(s.k, 'en') as un, synth_u(s.k, 'ed') as ud, synth_u(s.k, 'ex') as ux, synth_u(s.k, 'ep') as up,
    case s.role when 'child' then 0.4 when 'father' then 0.3 when 'mother' then 0.3 when 'deceased' then 0.7 else 0.75 end as pid_share
  from s join synth_named p on p.id = s.person
)
select e.*,
  case when un < 0.04 and synth_fold(e.full_name) <> lower(e.full_name) then 'diacritics'
       when un >= 0.04 and un < 0.055 and length(e.given) > 1 then 'spelling'
       when un >= 0.055 and un < 0.07 and e.middle <> '' then 'middle_missing'
       when un >= 0.07 and un < 0.073 then 'order'
       when un >= 0.073 and un < 0.075 then 'different' end as err_name,
  case when e.year_only then (case when ud < 0.01 then 'year' end)
       when ud < 0.01 and day(e.dob) <= 12 and day(e.dob) <> month(e.dob) then 'swapped'
       when ud >= 0.01 and ud < 0.02 and not (month(e.dob) = 2 and day(e.dob) = 29) then 'year'
       when ud >= 0.02 and ud < 0.03 then 'date'
       when ud >= 0.03 and ud < 0.04 then 'partial'
       when ud >= 0.04 and ud < 0.05 and not (month(e.dob) = 1 and day(e.dob) = 1) then 'placeholder' end as err_dob,
  e.has_sex and ux < 0.003 as err_sex,
  ux >= 0.003 and ux < 0.007 as err_ethnicity,
  e.role = 'child' and ux >= 0.007 and ux < 0.017 as err_birthplace,
  case when up < e.pid_share * 0.987 then 'shown' when up < e.pid_share * 0.997 then 'typo' when up < e.pid_share then 'invalid' end as pid_shown
from e;

-- step: synth_stated
create or replace table synth_stated as
with r as (
  select r.*,
    case err_name
      when 'diacritics' then synth_title(synth_fold(full_name))
      when 'spelling' then trim(family || ' ' || middle || ' ' || given[1:-2] || (case when given[-1:] = 'x' then 'y' else 'x' end)).replace('  ', ' ')
      when 'middle_missing' then family || ' ' || given
      when 'order' then trim(middle || ' ' || given || ' ' || family).replace('  ', ' ')
      when 'different' then trim(family || ' ' || ['Minh', 'Hoàng', 'Ngọc', 'Quốc'][1 + (hash(k, 'dm') % 4)::integer] || ' ' || ['Khải', 'Triều', 'Nguyên', 'Thắm', 'Ưng'][1 + (hash(k, 'dg') % 5)::integer])
      else full_name end as s_name,
    case err_dob
      when 'swapped' then make_date(year(dob), day(dob), month(dob))
      when 'year' then make_date(year(dob) + (case when hash(k, 'yd') % 2 = 0 then 1 else -1 end), month(dob), day(dob))
      when 'date' then (case when month(dob) <= 10 then dob + (10 + hash(k, 'dd') % 40)::integer else dob - (10 + hash(k, 'dd') % 40)::integer end)
      when 'placeholder' then make_date(year(dob), 1, 1)
      else dob end as s_dob
  from synth_registry r
)
select r.*,
  case when err_sex then (case sex when 'M' then 'F' else 'M' end) else sex end as s_sex,
  case when err_ethnicity then (case ethnicity when 'Kinh' then 'Khmer' else 'Kinh' end) else ethnicity end as s_ethnicity,
  case when err_birthplace then (birthplace_idx + 1 + hash(k, 'bpe') % 63) % 64 else birthplace_idx end as s_birthplace_idx,
  case pid_shown when 'shown' then pid
                 when 'typo' then pid[1:11] || ((pid[12]::integer + 1 + hash(k, 'pt') % 9) % 10)::varchar
                 when 'invalid' then pid[1:11] end as s_pid
from r;

-- step: synth_record_names
create or replace table synth_record_names as
select record_id,
  max(s_name) filter (where role = 'father') as father, max(err_name) filter (where role = 'father') as father_err,
  max(s_name) filter (where role = 'mother') as mother, max(err_name) filter (where role = 'mother') as mother_err,
  max(s_name) filter (where role = 'husband') as husband, max(err_name) filter (where role = 'husband') as husband_err,
  max(s_name) filter (where role = 'wife') as wife, max(err_name) filter (where role = 'wife') as wife_err
from synth_stated group by record_id;

-- step: synth_persons
insert into persons (person_id, record_id, event_type, role, authority_code, commune_code, district_code, registered_year,
  pid_raw, pid, pid_status, full_name_raw, full_name, name_fold, family_fold, middle_fold, given_fold, sex_raw, sex,
  dob_raw, dob, dob_year, dob_month, dob_day, dob_precision, dob_placeholder, birthplace_raw, birthplace_code, birthplace_province,
  birthplace_code_2025, hometown_raw, hometown_code, hometown_province, hometown_code_2025, ethnicity_raw, ethnicity,
  nationality_raw, nationality, residence_raw, residence_code, father_name, father_name_fold, mother_name, mother_name_fold,
  spouse_name, spouse_name_fold, source_file, source_line)
select s.person_id, s.record_id, s.event_type, s.role, c.code, c.code, c.district_code, 2020,
  s.s_pid, case when length(s.s_pid) = 12 then s.s_pid end,
  case when s.s_pid is null then 'missing' when length(s.s_pid) = 12 then 'valid' else 'invalid' end,
  s.s_name, s.s_name, synth_fold(s.s_name), synth_fold(string_split(s.s_name, ' ')[1]),
  synth_fold(array_to_string(string_split(s.s_name, ' ')[2:-2], ' ')), synth_fold(string_split(s.s_name, ' ')[-1]),
  case when s.has_sex then s.s_sex end, case when s.has_sex then s.s_sex end,
  case when s.year_only or s.err_dob = 'partial' then year(s.s_dob)::varchar else strftime(s.s_dob, '%d/%m/%Y') end,
  case when s.year_only or s.err_dob = 'partial' then null else s.s_dob end,
  year(s.s_dob), case when s.year_only or s.err_dob = 'partial' then null else month(s.s_dob) end,
  case when s.year_only or s.err_dob = 'partial' then null else day(s.s_dob) end,
  case when s.year_only or s.err_dob = 'partial' then 'year' else 'day' end,
  coalesce(s.err_dob = 'placeholder', false),
  case when s.role = 'child' then bp.code end, case when s.role = 'child' then bp.code end, case when s.role = 'child' then '95' end,
  case when s.role = 'child' then bp.commune_code_2025 end,
  case when s.role = 'child' then ht.code end, case when s.role = 'child' then ht.code end, case when s.role = 'child' then '95' end,
  case when s.role = 'child' then ht.commune_code_2025 end,
  s.s_ethnicity, synth_fold(s.s_ethnicity), 'Việt Nam', 'viet nam', c.code, c.code,
  case when s.role = 'child' then n.father end, case when s.role = 'child' then synth_fold(n.father) end,
  case when s.role = 'child' then n.mother end, case when s.role = 'child' then synth_fold(n.mother) end,
  case s.role when 'husband' then n.wife when 'wife' then n.husband end,
  synth_fold(case s.role when 'husband' then n.wife when 'wife' then n.husband end),
  'registry.csv', row_number() over (order by s.person_id) + 1
from synth_stated s
join synth_communes c on c.idx = s.commune_idx
join synth_communes bp on bp.idx = s.s_birthplace_idx
join synth_communes ht on ht.idx = s.hometown_idx
join synth_record_names n on n.record_id = s.record_id;

-- step: synth_registrations
insert into registrations (record_id, event_type, authority_code, commune_code, district_code, registered_year, death_date_raw, source_file, source_line)
select p.record_id, any_value(p.event_type), any_value(p.commune_code), any_value(p.commune_code), any_value(p.district_code), 2020,
  null, 'registry.csv', min(p.source_line)
from persons p group by p.record_id;

-- step: synth_truth
-- The expected result per person, in the shape of the generator's truth.csv.
create or replace table synth_truth as
with t as (
  select s.person_id, s.record_id, s.role, s.event_type, s.person,
    case when s.in_population then s.person end as true_row_id,
    case when s.in_population then s.pid end as true_pid,
    s.twin_of,
    list_filter([
      case s.err_name when 'diacritics' then 'name.diacritics' when 'spelling' then 'name.spelling' when 'middle_missing' then 'name.middle_missing'
                      when 'order' then 'name.order' when 'different' then 'name.different' end,
      case s.err_dob when 'swapped' then 'dob.day_month_swapped' when 'year' then 'dob.year' when 'date' then 'dob.date'
                     when 'partial' then 'dob.partial' when 'placeholder' then 'dob.placeholder' end,
      case when s.err_sex then 'sex' end,
      case when s.err_ethnicity then 'ethnicity' end,
      case when s.err_birthplace then 'birthplace' end,
      case when s.role = 'child' and s.event_type = 'birth' and n.father_err is not null and pop.father_name is not null then 'father_name' end,
      case when s.role = 'child' and s.event_type = 'birth' and n.mother_err is not null and pop.mother_name is not null then 'mother_name' end,
      case when s.role = 'husband' and n.wife_err is not null and pop.spouse_name is not null then 'spouse_name'
           when s.role = 'wife' and n.husband_err is not null and pop.spouse_name is not null then 'spouse_name' end,
      case when s.pid_shown = 'typo' then 'pid.mismatch' end,
      case when s.pid_shown = 'invalid' then 'pid.invalid' end,
      case when s.event_type = 'death' and pop.death_date is null then 'death.not_recorded' end,
      case when s.event_type = 'marriage' and (pop.marital_status is distinct from 'married' or pop.spouse_name is null) then 'marital_status.not_recorded' end
    ], x -> x is not null) as codes,
    case when s.in_population and s.s_pid is null then 'assign' when s.in_population and s.pid_shown = 'typo' then 'conflict'
         when s.in_population and s.pid_shown = 'invalid' then 'assign' else '' end as expected_pid_action
  from synth_stated s
  left join population pop on pop.row_id = s.person
  join synth_record_names n on n.record_id = s.record_id
)
select t.person_id, t.record_id, t.role, t.event_type, true_pid, true_row_id,
  case when true_row_id is null then 'not_found' when len(codes) = 0 then 'consistent' else 'discrepant' end as expected_outcome,
  case when true_row_id is null then '' else array_to_string(list_sort(codes), ';') end as expected_errors,
  case when true_row_id is null then '' else expected_pid_action end as expected_pid_action,
  '' as variants,
  tw.person_id as twin_of,
  '' as duplicate_of
from t
left join (select person, event_type, role, min(record_id || '/' || role) as person_id from synth_slots group by all) tw
  on tw.person = t.twin_of and tw.event_type = t.event_type and tw.role = t.role;
