/**
 * A quick synthetic registry + population pair at any scale, for the ingest bench only (the real
 * generator is src/generate). Wide registry CSV: every role's person columns, one row per record,
 * names drawn from the shipped frequency lists, some place values quoted (they contain commas).
 *
 * @example
 * await writeSyntheticInputs('.tmp/ingest/bench', 1_179_085, 1_000_000);
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { EVENT_TYPES, PERSON_FIELDS, REGISTRATION_COLUMNS, ROLES, ROLES_BY_EVENT, POPULATION_COLUMNS, type EventType } from '../src/vn/headers.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function column(path: string, name: string): string[] {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const i = header.split(',').indexOf(name);
  return rows.map((r) => r.split(',')[i]);
}

const data = new URL('../src/vn/data/', import.meta.url).pathname;

export async function writeSyntheticInputs(dir: string, records: number, people: number, seed = 1): Promise<{ registry: string; population: string }> {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const surnames = column(join(data, 'names/vn_surname_freq.csv'), 'surname').slice(0, 120);
  const given = column(join(data, 'names/vn_given_names_by_gender.csv'), 'given_name_with_middle');
  const communes = readFileSync(join(data, 'bac_lieu_units_2023.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const name = (female: boolean) => `${pick(surnames)} ${female ? 'Thị' : 'Văn'} ${pick(given)}`;
  const date = (y0: number, span: number) => {
    const y = y0 + Math.floor(r() * span);
    const d = 1 + Math.floor(r() * 28);
    const m = 1 + Math.floor(r() * 12);
    return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  };
  // Mostly a commune name alone; one in five with its district after a comma (so the field is quoted).
  const place = () => {
    const u = pick(communes);
    return r() < 0.2 ? `"${u[6]}, ${u[3]}"` : u[6];
  };
  const pid = (female: boolean, year: number) =>
    `095${(year >= 2000 ? 2 : 0) + (female ? 1 : 0)}${String(year % 100).padStart(2, '0')}${String(Math.floor(r() * 1e6)).padStart(6, '0')}`;
  const mix: [EventType, number][] = [['birth', 0.66], ['death', 0.12], ['marriage', 0.14], ['marital_status', 0.05], ['parent_recognition', 0.015], ['adoption', 0.008], ['guardianship', 0.007]];
  const columns = [...REGISTRATION_COLUMNS, ...ROLES.flatMap((role) => PERSON_FIELDS.map((f) => `${role}_${f}`))];
  const index = new Map(columns.map((c, i) => [c, i]));
  const registry = join(dir, 'registry.csv');
  const out = createWriteStream(registry);
  out.write(columns.join(',') + '\n');
  let buffer = '';
  for (let i = 0; i < records; i++) {
    let x = r();
    let type: EventType = 'birth';
    for (const [t, p] of mix) { if ((x -= p) < 0) { type = t; break; } }
    const row: string[] = new Array(columns.length).fill('');
    const u = pick(communes);
    const year = 1990 + Math.floor(r() * 33);
    row[index.get('event_type')!] = type;
    row[index.get('authority_code')!] = u[5];
    row[index.get('book_no')!] = String(1 + Math.floor(r() * 3)).padStart(2, '0');
    row[index.get('registration_no')!] = String(i);
    row[index.get('registered_on')!] = date(year, 1);
    for (const role of ROLES_BY_EVENT[type]) {
      const female = role === 'mother' || role === 'wife' || (role !== 'father' && role !== 'husband' && r() < 0.5);
      const by = role === 'child' || role === 'ward' || role === 'adoptee' ? year : year - 20 - Math.floor(r() * 20);
      const set = (f: string, v: string) => { row[index.get(`${role}_${f}`)!] = v; };
      set('full_name', name(female));
      if (role === 'father' || role === 'mother') {
        set('birth_year', String(by));
      } else {
        set('sex', female ? 'Nữ' : 'Nam');
        set('dob', date(by, 1));
        if (r() < 0.7) set('pid', pid(female, by));
        set('birthplace', place());
        set('hometown', r() < 0.5 ? 'Bạc Liêu' : place());
      }
      set('ethnicity', r() < 0.9 ? 'Kinh' : 'Khmer');
      set('nationality', 'Việt Nam');
      if (role !== 'child') set('residence', place());
    }
    if (type === 'death') { row[index.get('death_date')!] = date(year, 1); row[index.get('death_place')!] = place(); }
    if (type === 'marital_status') row[index.get('marital_status')!] = pick(['Chưa kết hôn', 'Đã ly hôn', 'Góa']);
    buffer += row.join(',') + '\n';
    if (buffer.length > 1 << 20) { if (!out.write(buffer)) await once(out, 'drain'); buffer = ''; }
  }
  out.end(buffer);
  await once(out, 'finish');

  const population = join(dir, 'population.csv');
  const pout = createWriteStream(population);
  pout.write(POPULATION_COLUMNS.join(',') + '\n');
  buffer = '';
  for (let i = 0; i < people; i++) {
    const female = r() < 0.5;
    const by = 1930 + Math.floor(r() * 93);
    const v: Record<string, string> = {
      pid: pid(female, by), full_name: name(female), sex: female ? 'Nữ' : 'Nam', dob: date(by, 1), birthplace: place(),
      hometown: place(), ethnicity: 'Kinh', religion: 'Không', nationality: 'Việt Nam', permanent_residence_code: pick(communes)[5],
      current_residence_code: pick(communes)[5], father_name: name(false), mother_name: name(true),
    };
    buffer += POPULATION_COLUMNS.map((c) => v[c] ?? '').join(',') + '\n';
    if (buffer.length > 1 << 20) { if (!pout.write(buffer)) await once(pout, 'drain'); buffer = ''; }
  }
  pout.end(buffer);
  await once(pout, 'finish');
  return { registry, population };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '.tmp/ingest/bench', records = '1179085', people = '1000000'] = process.argv.slice(2);
  console.log(await writeSyntheticInputs(dir, Number(records), Number(people)));
}
