-- The weights the match learnt, per comparison level that counts in the total weight.
select comparison, label, m, u, weight
from match_parameters
where weighs
order by comparison, level;
