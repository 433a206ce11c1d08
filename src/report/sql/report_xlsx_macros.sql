-- Temp macros for SpreadsheetML text, so DuckDB builds the worklists' sheet rows in parallel
-- (src/report/worklists/xlsx.ts writes the same markup for the few header rows). Temp, so nothing is
-- stored in the campaign database.

-- Text as XML character data: characters XML 1.0 forbids are dropped, markup characters escaped.
-- Most values need neither: one regular-expression test spares them five copies.
create or replace temp macro report_xml_text(v) as
  case when regexp_matches(v, '[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\x{FFFE}\x{FFFF}]')
       then replace(replace(replace(replace(
              regexp_replace(v, '[\x00-\x08\x0b\x0c\x0e-\x1f\x{FFFE}\x{FFFF}]', '', 'g'),
              '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')
       else v
  end;
