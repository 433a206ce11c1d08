-- ingest_authorities: the codes a registering authority may have: every 2023 commune (5 digits) and
-- every district (3 digits) of units_2023, with the commune, district and 2025 unit they stand for.
create or replace temp table ingest_authorities as
select commune_code as authority_code, commune_code, district_code, commune_code_2025
from units_2023
union all
select distinct district_code, null, district_code, null
from units_2023;
