/**
 * Profiling at full scale: 1.179.085 registrations, ~2,5 million persons, ~1 million population
 * rows, on the machine's 2 cores. Prints seconds per step (median of the runs) and peak RSS.
 *
 *   node --import tsx bench/profile.bench.ts [--runs 3] [--db bench/out/profile.duckdb]
 *
 * `--db` may name any ingested campaign database (e.g. `doichieu generate --scale 1179085` then
 * `doichieu ingest --db FILE`); when the file does not exist, synthetic contract tables are built
 * there in SQL with range() (a minute, versus a quarter of an hour to generate and ingest): realistic
 * shapes (dd/mm/yyyy dates, 12-digit pids, Vietnamese names from a small skewed list, so far more
 * same-name pairs than real data) with a sprinkling of the problems the rules look for. Each run
 * profiles in a fresh child process, so its peak RSS is profiling's alone; CPU seconds are printed
 * beside wall time because the machine is shared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/open.js';
import { sqlFile } from '../src/db/steps.js';
import { profile } from '../src/profile/index.js';
import { loadUnitsTable } from '../src/vn/units/index.js';

const REGISTRATIONS = 1_179_085;
const POPULATION = 1_000_000;

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const dbPath = arg('db', 'bench/out/profile.duckdb');

/** Synthetic contract tables. Names: 12 family names x 3 middle x 60 given, skewed like real ones. */
const SYNTHETIC = [
  `create or replace macro bench_family(i) as ['Nguyễn','Nguyễn','Nguyễn','Trần','Lê','Phạm','Huỳnh','Võ','Thạch','Danh','Lâm','Đặng'][1 + (hash(i) % 12)::int]`,
  `create or replace macro bench_middle(i) as ['Văn','Thị','Ngọc'][1 + (hash(i + 7) % 3)::int]`,
  `create or replace macro bench_given(i) as (['An','Bình','Cường','Dũng','Em','Giang','Hà','Hải','Hùng','Hương','Khánh','Lan','Linh','Long','Mai','Minh','Nam','Nga','Ngọc','Nhung','Phong','Phúc','Quang','Quân','Sơn','Tâm','Thanh','Thảo','Thu','Trang','Trung','Tuấn','Tú','Uyên','Vân','Việt','Vinh','Xuân','Yến','Đức','Hạnh','Hiếu','Hòa','Huy','Kiên','Lộc','Luân','Nhân','Phát','Tài','Thắng','Thịnh','Tiến','Toàn','Trí','Tường','Vũ','Khoa','Duy','Bảo'])[1 + (hash(i + 13) % 60)::int]`,
  `create or replace table bench_units as select row_number() over (order by commune_code) - 1 as k, commune_code, district_code from units_2023`,
  `insert into registrations
   select 'R' || i, t.event_type, u.commune_code, u.commune_code, u.district_code, null, (i % 20 + 1)::varchar, (i % 997 + 1)::varchar,
     case when i % 500 = 0 then '32/13/' || y when i % 50 = 0 then y::varchar else strftime(d, '%d/%m/%Y') end,
     case when i % 500 = 0 then null when i % 50 = 0 then make_date(y, 1, 1) else d end,
     case when i % 500 = 0 then null when i % 50 = 0 then 'year' else 'day' end, y,
     case when t.event_type = 'death' then strftime(d - 3, '%d/%m/%Y') end, case when t.event_type = 'death' then d - 3 end,
     case when t.event_type = 'death' then 'day' end, null, null, null, null, 'bench.csv', i + 2
   from (select i, (date '1976-01-01' + (hash(i) % 17000)::int) as d, year(date '1976-01-01' + (hash(i) % 17000)::int) as y,
           (hash(i * 31) % 64)::int as unit_k from range(${REGISTRATIONS}) r(i)) s
   join bench_units u on u.k = s.unit_k
   cross join lateral (select case when i % 100 < 65 then 'birth' when i % 100 < 80 then 'death' when i % 100 < 92 then 'marriage'
                                   when i % 100 < 95 then 'marital_status' when i % 100 < 97 then 'parent_recognition'
                                   when i % 100 < 99 then 'guardianship' else 'adoption' end as event_type) t`,
  `create or replace table bench_roles as
   select * from (values ('birth','child',0), ('birth','mother',1), ('birth','father',2), ('death','deceased',0), ('marriage','husband',0),
     ('marriage','wife',1), ('marital_status','person',0), ('parent_recognition','parent',0), ('parent_recognition','child',1),
     ('guardianship','guardian',0), ('guardianship','ward',1), ('adoption','adopter',0), ('adoption','adoptee',1)) v(event_type, role, k)`,
  `insert into persons (person_id, record_id, event_type, role, authority_code, commune_code, district_code, registered_year,
     pid_raw, pid, pid_status, pid_issue, full_name_raw, full_name, name_fold, family_fold, middle_fold, given_fold, name_issue,
     sex_raw, sex, dob_raw, dob, dob_year, dob_month, dob_day, dob_precision, dob_placeholder, dob_issue,
     birthplace_raw, birthplace_code, hometown_raw, hometown_code, ethnicity_raw, ethnicity, nationality_raw, nationality,
     residence_raw, residence_code, mother_name, mother_name_fold, father_name, father_name_fold, source_file, source_line)
   select record_id || '/' || role, record_id, event_type, role, authority_code, commune_code, district_code, registered_year,
     case when n % 3 = 0 then null when n % 997 = 0 then '09520' || n % 10000 || 'X' else '095' || (2 + n % 2) || lpad((n % 1000000000)::varchar, 8, '0') end,
     case when n % 3 = 0 or n % 997 = 0 then null else '095' || (2 + n % 2) || lpad((n % 1000000000)::varchar, 8, '0') end,
     case when n % 3 = 0 then 'missing' when n % 997 = 0 then 'invalid' else 'valid' end, case when n % 1499 = 0 then 'year' end,
     name, name, strip_accents(lower(name)), strip_accents(lower(family)), strip_accents(lower(middle)), strip_accents(lower(given)),
     case when n % 4001 = 0 then 'digits' end,
     case when role in ('mother', 'father') then null when n % 2 = 0 then 'Nam' else 'Nữ' end,
     case when role in ('mother', 'father') then null when n % 2 = 0 then 'M' else 'F' end,
     case when role in ('mother', 'father') or n % 40 = 0 then year(dob)::varchar else strftime(dob, '%d/%m/%Y') end,
     case when role in ('mother', 'father') or n % 40 = 0 then null else dob end, year(dob),
     case when role in ('mother', 'father') or n % 40 = 0 then null else month(dob) end,
     case when role in ('mother', 'father') or n % 40 = 0 then null else day(dob) end,
     case when role in ('mother', 'father') or n % 40 = 0 then 'year' else 'day' end, n % 301 = 0, null,
     case when role in ('mother', 'father') then null else 'Ấp ' || n % 9 || ', ' || commune_code end,
     case when role in ('mother', 'father') or n % 211 = 0 then null else commune_code end,
     'Bạc Liêu', '95', 'Kinh', 'kinh', 'Việt Nam', 'viet nam', 'Ấp ' || n % 9, commune_code,
     null, null, null, null, 'bench.csv', (n % 1000000000)::bigint
   from (
     select r.*, b.role, hash(r.record_id || b.role) as n,
       bench_family(hash(r.record_id || b.role)) as family, bench_middle(hash(r.record_id || b.role)) as middle,
       bench_given(hash(r.record_id || b.role)) as given,
       bench_family(hash(r.record_id || b.role)) || ' ' || bench_middle(hash(r.record_id || b.role)) || ' ' || bench_given(hash(r.record_id || b.role)) as name,
       r.registered_on - (case when b.role in ('mother', 'father') then 9000 + hash(r.record_id || b.role) % 7000
                               when r.event_type = 'birth' then hash(r.record_id) % 60 else 7000 + hash(r.record_id || b.role) % 20000 end)::int as dob
     from registrations r join bench_roles b on b.event_type = r.event_type
     where r.registered_on is not null and (b.role <> 'father' or hash(r.record_id) % 10 < 7)
   )`,
  `update persons c set mother_name = m.full_name, mother_name_fold = m.name_fold
   from persons m where c.role = 'child' and c.event_type = 'birth' and m.record_id = c.record_id and m.role = 'mother'`,
  `insert into population (row_id, pid_raw, pid, pid_status, full_name_raw, full_name, name_fold, sex_raw, sex, dob_raw, dob, dob_year,
     dob_month, dob_day, dob_precision, ethnicity_raw, ethnicity, nationality_raw, nationality, permanent_residence_code,
     current_residence_code, father_name, mother_name, death_date_raw, death_date, death_date_precision, source_file, source_line)
   select i + 1, pid, pid, 'valid', name, name, strip_accents(lower(name)), case when i % 2 = 0 then 'Nam' else 'Nữ' end,
     case when i % 2 = 0 then 'M' else 'F' end, strftime(dob, '%d/%m/%Y'), dob, year(dob), month(dob), day(dob), 'day',
     'Kinh', 'kinh', 'Việt Nam', 'viet nam', '31825', '31825', null, null,
     case when i % 100 = 0 then strftime(dob + 20000, '%d/%m/%Y') end, case when i % 100 = 0 then dob + 20000 end,
     case when i % 100 = 0 then 'day' end, 'population.csv', i + 2
   from (select i, '095' || (2 + i % 2) || lpad((case when i % 50000 = 7 then i - 1 else i end)::varchar, 8, '0') as pid,
           bench_family(i) || ' ' || bench_middle(i) || ' ' || bench_given(i) as name, date '1930-01-01' + (hash(i) % 33000)::int as dob
         from range(${POPULATION}) r(i))`,
];

async function build(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const db = await openDatabase(path, { threads: 2 });
  await db.connection.run(sqlFile(import.meta.url, '../src/ingest/sql/schema.sql'));
  await loadUnitsTable(db.connection);
  for (const sql of SYNTHETIC) {
    const start = performance.now();
    await db.connection.run(sql);
    process.stderr.write(`  built ${sql.slice(0, 40).replace(/\s+/g, ' ')}... ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  }
  db.close();
}

/** One profiling run (in this process): prints a JSON line with step timings and peak RSS. */
async function runOnce(path: string): Promise<void> {
  const db = await openDatabase(path, { threads: 2 });
  const cpuBefore = process.cpuUsage();
  const summary = await profile(db.connection);
  const cpu = process.cpuUsage(cpuBefore);
  db.close();
  const result = {
    seconds: summary.seconds,
    // CPU seconds of all threads: on a machine shared with other work, wall time alone misleads
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    steps: summary.timings.map((t) => ({ name: t.name, seconds: t.seconds, rows: t.rows })),
    rows: summary.rows,
    duplicates: summary.duplicates,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv.includes('--once')) {
  await runOnce(dbPath);
} else {
  if (!existsSync(dbPath)) {
    process.stderr.write(`building synthetic contract tables in ${dbPath}\n`);
    await build(dbPath);
  }
  const runs = Number(arg('runs', '3'));
  const results: { seconds: number; cpuSeconds: number; peakRssMb: number; steps: { name: string; seconds: number; rows?: number }[]; rows: object; duplicates: object }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--once', '--db', dbPath], { encoding: 'utf8' });
    results.push(JSON.parse(out.trim().split('\n').at(-1)!));
  }
  console.log(`rows: ${JSON.stringify(results[0].rows)}  duplicates: ${JSON.stringify(results[0].duplicates)}`);
  for (const [i, step] of results[0].steps.entries()) {
    const seconds = median(results.map((r) => r.steps[i].seconds));
    console.log(`${step.name.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s ${step.rows !== undefined ? `${step.rows} rows` : ''}`);
  }
  console.log(
    `total (median of ${runs}): ${median(results.map((r) => r.seconds)).toFixed(1)} s wall, ` +
      `${median(results.map((r) => r.cpuSeconds)).toFixed(1)} s CPU, peak RSS (max): ${Math.max(...results.map((r) => r.peakRssMb))} MB`,
  );
}
