-- Helpers shared by the match steps. Macros, not tables: they are recreated on every run.

-- Agreement of two places at the finest precision both sides resolve: 3 same unit, 2 same district
-- only, 1 same province only, 0 different, null when no precision resolves on both sides.
-- A side known only by its unit after the 2025 merger (*_code_2025) is compared on that generation.
create or replace macro match_place_cmp(lc, ld, lp, l25, rc, rd, rp, r25) as
  case
    when lc is not null and rc is not null then
      case when lc = rc then 3 when ld = rd then 2 when lp = rp then 1 else 0 end
    when l25 is not null and r25 is not null then
      case when l25 = r25 then 3 when lp = rp then 1 else 0 end
    when ld is not null and rd is not null then
      case when ld = rd then 3 when lp = rp then 1 else 0 end
    when lp is not null and rp is not null then
      case when lp = rp then 3 else 0 end
  end;

-- A date as people read it, at the precision it was given (dd/mm/yyyy, mm/yyyy, yyyy).
create or replace macro match_date_text(y, m, d, prec, raw) as
  case
    when prec = 'day' then lpad(d::varchar, 2, '0') || '/' || lpad(m::varchar, 2, '0') || '/' || y::varchar
    when prec = 'month' then lpad(m::varchar, 2, '0') || '/' || y::varchar
    when prec = 'year' then y::varchar
    else raw
  end;

-- Words of a folded name in alphabetical order: equal for the same words in another order.
create or replace macro match_sorted_words(name) as
  array_to_string(list_sort(string_split(name, ' ')), ' ');

-- An empty string is no value.
create or replace macro match_blank(x) as nullif(trim(x), '');

-- The name columns the comparisons read, derived alike for the registry and the population side
-- from the canonical name and its folds (name_key: the folded name, null when there is none).
-- Used as `unnest(match_name_parts(...))`, which expands to these columns in this order.
create or replace macro match_name_parts(full_name, name_key, family_fold, middle_fold, given_fold) as {
  full_name: match_blank(full_name),
  name_fold: name_key,
  family_fold: case when name_key is not null then match_blank(family_fold) end,
  middle_fold: case when name_key is not null then coalesce(trim(middle_fold), '') end,
  given_fold: case when name_key is not null then match_blank(given_fold) end,
  given_name: case when name_key is not null then lower(list_last(string_split(trim(full_name), ' '))) end,
  name_sorted: match_sorted_words(name_key),
  -- the written words (canonical, lower case): family, middle, given, and sorted, for classification
  family_name: case when name_key is not null then lower(list_first(string_split(trim(full_name), ' '))) end,
  middle_name: case when name_key is not null then lower(array_to_string(string_split(trim(full_name), ' ')[2:-2], ' ')) end,
  words_sorted: case when name_key is not null then match_sorted_words(lower(trim(full_name))) end,
  -- whether the written name carries any tone mark or đ (bare ASCII names may have lost them)
  name_marks: lower(full_name) <> name_key
};
