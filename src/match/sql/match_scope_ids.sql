-- Dense integer ids of the in-scope persons, in person_id order (reproducible: samples and random
-- pairs are drawn by hashing ids). Numbered on this narrow table: sorting the wide one is slow.
create or replace table match_scope_ids as
select p.person_id, row_number() over (order by p.person_id)::integer as lid
from persons p
where /*scope*/ true;
