insert into units_2023 (commune_code, commune_name, commune_type, district_code, district_name, province_code, commune_code_2025, commune_name_2025)
values ($commune_code, $commune_name, $commune_type, $district_code, $district_name, $province_code, $commune_code_2025, $commune_name_2025);
