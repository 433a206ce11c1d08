-- Registry rows not loaded, by reason code (counts only: raw lines stay in quarantine.csv).
select reason_code, count(*) as rows
from quarantine
where kind = 'registry'
group by reason_code
order by rows desc, reason_code;
