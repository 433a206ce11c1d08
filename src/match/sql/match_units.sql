-- Every unit code an address can resolve to, with the district and province containing it, so a
-- commune-level place and a district-level place can be compared at the district.
create or replace table match_units as
select commune_code as code, commune_code as commune, district_code as district, province_code as province
from units_2023
union all
select distinct district_code, null, district_code, province_code from units_2023
union all
select distinct province_code, null, null, province_code from units_2023;
