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
