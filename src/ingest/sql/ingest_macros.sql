-- Small helpers for the ingest steps (temp: they live only for this connection).
-- A cell's text, or null when it is empty or only spaces.
create or replace temp macro ingest_text(x) as nullif(trim(x), '');
