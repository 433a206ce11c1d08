-- The rules that ran, with their failing rows and records (population rules count rows only).
create or replace table profile_rules as
with rules as (
  select unnest(from_json($rules, '[{"code":"VARCHAR","label_vi":"VARCHAR","label_en":"VARCHAR","severity":"VARCHAR","kind":"VARCHAR","source":"VARCHAR","position":"INTEGER"}]'), recursive := true)
), counts as (
  select rule_code, count(*) as failing_rows, count(distinct record_id) as failing_records
  from profile_failures
  group by rule_code
)
select rules.*, coalesce(counts.failing_rows, 0) as failing_rows, coalesce(counts.failing_records, 0) as failing_records
from rules
left join counts on counts.rule_code = rules.code
order by rules.position
