import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../src/db/query.js';
import { match } from '../../src/match/index.js';
import type { MatchSummary } from '../../src/match/index.js';
import { addPersons, addPopulation, type PersonRow, type PopulationRow } from './fixtures.js';

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Hồ', 'Dương', 'Đinh', 'Lý', 'Thạch', 'Danh', 'Sơn', 'Kim', 'Lâm', 'Tô', 'Quách', 'Lưu', 'Châu', 'Mai', 'Tạ', 'Hà', 'Cao', 'Vương', 'Triệu', 'Khổng', 'Giang', 'La', 'Âu', 'Mạc'];
const givens = ['Hùng', 'Lan', 'Tuấn', 'Mai', 'Dũng', 'Hoa', 'Khánh', 'Ngọc', 'Phúc', 'Thảo', 'Bảo', 'Nhi', 'Đức', 'Yến', 'Quang', 'Trinh', 'Sơn', 'Vy', 'Toàn', 'Xuân', 'Lộc', 'Hạnh', 'Tài', 'Loan', 'Cường', 'Diệu', 'Hiếu', 'Ánh', 'Kiên', 'Nga', 'Thắng', 'Uyên', 'Long', 'Hằng', 'Vinh', 'Oanh'];
const communes = ['31813', '31816', '31819', '31846', '31864', '31885', '31900', '31933', '31960', '31978'];

/** A distinct, fully described person number `i` (both sides start from it). */
export function basePerson(i: number) {
  const sex = i % 2 === 0 ? 'M' : 'F';
  const day = (i % 27) + 2;
  const month = (i % 11) + 1 === day ? ((i % 11) + 2) : (i % 11) + 1;
  const year = 1950 + i;
  return {
    name: `${families[i % families.length]} ${sex === 'M' ? 'Văn' : 'Thị'} ${givens[i % givens.length]}`,
    dob: `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    sex: sex as 'M' | 'F',
    birthplace: communes[i % communes.length],
    hometown: communes[(i + 3) % communes.length],
    father: `${families[i % families.length]} Văn ${givens[(i + 5) % givens.length]}`,
    mother: `${families[(i + 7) % families.length]} Thị ${givens[(i + 11) % givens.length]}`,
    pid: `0950${String(year % 100).padStart(2, '0')}${String(100000 + i * 7919).slice(-6)}`,
  };
}

/** Population row `i` of the base person, with overrides. */
export function popRow(i: number, over: Partial<PopulationRow> = {}): PopulationRow {
  const b = basePerson(i);
  return { row_id: i, ...b, residence: b.birthplace, ...over };
}

/** A birth record's child for base person `i` (no pid shown), with overrides. */
export function childRow(i: number, over: Partial<PersonRow> = {}): PersonRow {
  const b = basePerson(i);
  const { pid: _pid, ...rest } = b;
  return { record_id: `B${i}`, ...rest, residence: b.birthplace, commune: b.birthplace, ...over };
}

/**
 * Decoy population rows: other people, varied enough (names, dates, places) that agreement
 * probabilities among random pairs look like a population's, so weights mean what they would at scale.
 */
export function decoys(from: number, count = 300): PopulationRow[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const sex = i % 2 === 0 ? 'M' : 'F';
    const year = 1930 + ((i * 13) % 90);
    const day = ((i * 7) % 28) + 1;
    const month = ((i * 5) % 12) + 1;
    const family = families[(i * 11) % families.length];
    return {
      row_id: i,
      name: `${family} ${sex === 'M' ? ['Văn', 'Minh', 'Quốc'][i % 3] : ['Thị', 'Ngọc', 'Kim'][i % 3]} ${givens[(i * 7 + Math.floor(i / 36) * 13) % givens.length]}`,
      dob: `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
      sex: sex as 'M' | 'F',
      birthplace: communes[(i * 3) % communes.length],
      hometown: communes[(i * 7) % communes.length],
      residence: communes[(i * 3) % communes.length],
      father: `${family} Văn ${givens[(i * 5 + 3) % givens.length]}`,
      mother: `${families[(i * 17 + 5) % families.length]} Thị ${givens[(i * 11 + 1) % givens.length]}`,
      pid: `0951${String(year % 100).padStart(2, '0')}${String(500000 + i * 104729).slice(-6)}`,
    };
  });
}

/** Runs match and returns the results keyed by person_id. */
export async function matchAndRead(c: DuckDBConnection, config?: Record<string, unknown>): Promise<{ summary: MatchSummary; byPerson: Map<string, ResultRow> }> {
  const summary = await match(c, config ? { config: config as never } : {});
  const rows = await queryRows<ResultRow>(c, 'select * from match_results');
  return { summary, byPerson: new Map(rows.map((r) => [r.person_id, r])) };
}

export interface ResultRow extends Record<string, unknown> {
  person_id: string;
  outcome: string;
  population_pid: string | null;
  population_row_id: number | null;
  errors: string;
  pid_action: string;
  method: string | null;
  score: number | null;
  match_weight: number | null;
  second_row_id: number | null;
  second_score: number | null;
}

export { addPersons, addPopulation };
