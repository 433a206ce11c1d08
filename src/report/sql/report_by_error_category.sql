-- Persons per error category (the part of the code before the dot: name, dob, sex...); a person
-- with two codes of one category counts once in it.
select split_part(error_code, '.', 1) as category, count(distinct person_id) as persons
from report_error_codes
group by all
order by persons desc, category;
