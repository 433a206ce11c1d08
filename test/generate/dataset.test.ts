import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalName, parsePid, pidIssue, splitName } from '../../src/vn/index.js';
import { DEFAULT_ERROR_RATES, ERROR_CODES, EVENT_SHARES, generate, type GenerateSummary } from '../../src/generate/index.js';
import { lines, parseLine, readRows, tempDir } from './helpers.js';

// One mid-size run checked from the outside: the files as written, against the summary.
const SCALE = 20_000;
let dir: string;
let summary: GenerateSummary;
let registry: Record<string, string>[];
let population: Record<string, string>[];
let truth: Record<string, string>[];
let malformedLines: Set<number>;

beforeAll(async () => {
  dir = tempDir();
  summary = await generate({ scale: SCALE, seed: 11, out: dir });
  malformedLines = new Set(Object.values(summary.malformed.by_kind).flatMap((k) => k.lines.map((l) => l.line)));
  registry = readRows(join(dir, 'registry.csv'), malformedLines);
  population = readRows(join(dir, 'population.csv'));
  truth = readRows(join(dir, 'truth.csv'));
}, 180_000);

const within = (value: number, expected: number, tolerance: number) => expect(Math.abs(value - expected)).toBeLessThanOrEqual(tolerance);

describe('a generated extract of 20.000 records', () => {
  it('has the summary counts of the files as written', () => {
    expect(registry.length).toBe(summary.records.total);
    expect(summary.records.total).toBe(SCALE);
    expect(lines(join(dir, 'registry.csv')).length).toBe(1 + SCALE + summary.malformed.total);
    expect(population.length).toBe(summary.population_rows);
    expect(truth.length).toBe(summary.persons.total);
    const byType: Record<string, number> = {};
    for (const r of registry) byType[r.event_type] = (byType[r.event_type] ?? 0) + 1;
    expect(byType).toEqual(summary.records.by_event_type);
    const outcomes: Record<string, number> = { consistent: 0, discrepant: 0, not_found: 0, invalid: 0 };
    const codes: Record<string, number> = Object.fromEntries(ERROR_CODES.map((c) => [c, 0]));
    for (const t of truth) {
      outcomes[t.expected_outcome]++;
      for (const c of t.expected_errors.split(';').filter(Boolean)) codes[c]++;
    }
    expect(outcomes).toEqual(summary.outcomes);
    expect(codes).toEqual(summary.error_codes);
  });

  it('follows the event type shares (births about 65%)', () => {
    for (const [type, share] of Object.entries(EVENT_SHARES)) within(summary.records.by_event_type[type] / SCALE, share, 0.002);
    within(summary.records.by_event_type.birth / SCALE, 771_276 / 1_179_085, 0.002);
  });

  it('has one truth row per person field group of each record, with the record ids of the registry', () => {
    const ids = new Set(registry.map((r) => r.record_id));
    const wrong = truth.filter((t) => !ids.has(t.record_id) || t.person_id !== `${t.record_id}/${t.role}`);
    expect(wrong).toEqual([]);
    const byRecord = new Map(registry.map((r) => [r.record_id, r]));
    const empty = truth.filter((t) => {
      const r = byRecord.get(t.record_id)!;
      return !['full_name', 'pid', 'sex', 'dob', 'birth_year', 'ethnicity', 'residence'].some((f) => r[`${t.role}_${f}`] !== '');
    });
    expect(empty).toEqual([]);
  });

  it('injects every error code at about its configured rate', () => {
    for (const code of ERROR_CODES) {
      const { eligible, registry: reg, population: pop } = summary.injected[code];
      const expected = DEFAULT_ERROR_RATES[code] * eligible;
      expect(summary.error_codes[code], code).toBeGreaterThan(0);
      // an injection can be refused (the field already differs), hence the lower margin
      expect(reg + pop, code).toBeGreaterThanOrEqual(expected * 0.6 - 3 * Math.sqrt(expected) - 2);
      expect(reg + pop, code).toBeLessThanOrEqual(expected + 4 * Math.sqrt(expected) + 2);
    }
  });

  it('gives roughly one person in ten at least one error, and a few two', () => {
    const found = summary.outcomes.consistent + summary.outcomes.discrepant;
    const share = summary.outcomes.discrepant / found;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.14);
    expect(summary.persons_with_errors.two_or_more).toBeGreaterThan(0);
    expect(summary.persons_with_errors.two_or_more).toBeLessThan(summary.persons_with_errors.one / 5);
  });

  it('has realistic ethnic shares in the population extract', () => {
    const count = (e: string) => population.filter((p) => p.ethnicity === e).length / population.length;
    within(count('Kinh'), 0.895, 0.035);
    within(count('Khmer'), 0.075, 0.025);
    within(count('Hoa'), 0.03, 0.015);
  });

  it('writes well-formed pids whose digits agree with sex and year, but for injected inconsistencies', () => {
    let inconsistent = 0;
    expect(population.filter((p) => parsePid(p.pid).status !== 'valid').length).toBe(0);
    for (const p of population) {
      const parsed = parsePid(p.pid);
      const year = Number(p.dob.slice(-4));
      if (Number.isFinite(year) && pidIssue(parsed, p.sex === 'Nam' ? 'M' : 'F', year) !== null) inconsistent++;
    }
    expect(inconsistent).toBeGreaterThan(0);
    expect(inconsistent / population.length).toBeLessThan(0.01);
  });

  it('writes names without digits, with realistic collisions', () => {
    const names = new Map<string, number>();
    expect(population.filter((p) => /\d/.test(p.full_name)).length).toBe(0);
    for (const p of population) {
      const key = canonicalName(p.full_name);
      names.set(key, (names.get(key) ?? 0) + 1);
    }
    const roles = ['child', 'father', 'mother', 'deceased', 'husband', 'wife', 'parent', 'guardian', 'ward', 'adopter', 'adoptee', 'person'];
    expect(registry.filter((r) => roles.some((role) => /\d/.test(r[`${role}_full_name`]))).length).toBe(0);
    const shared = [...names.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
    expect(shared / population.length).toBeGreaterThan(0.2);
    const nguyen = population.filter((p) => splitName(p.full_name).familyFold === 'nguyen').length / population.length;
    within(nguyen, 0.32, 0.08);
  });

  it('makes twins share parents and date of birth under different given names', () => {
    const byPerson = new Map(truth.map((t) => [t.person_id, t]));
    const byId = new Map(registry.map((r) => [r.record_id, r]));
    const twins = truth.filter((t) => t.twin_of !== '' && t.role === 'child' && t.event_type === 'birth');
    expect(twins.length).toBeGreaterThan(10);
    let compared = 0;
    for (const t of twins) {
      const other = t.twin_of.split('/')[0];
      expect(byPerson.get(t.twin_of)?.twin_of).not.toBe(''); // a twin of a twin (triplets point round in a circle)
      const mothers = [byPerson.get(`${t.record_id}/mother`)!, byPerson.get(`${other}/mother`)!];
      if (mothers[0].true_pid) expect(mothers[1].true_pid).toBe(mothers[0].true_pid);
      const a = byId.get(t.record_id)!;
      const b = byId.get(other)!;
      expect(canonicalName(a.child_full_name || 'x')).not.toBe(canonicalName(b.child_full_name || 'y'));
      const clean = [t, byPerson.get(t.twin_of)!, ...mothers].every((x) => x.expected_outcome === 'consistent');
      if (!clean) continue;
      compared++;
      expect(a.child_dob.replace(/\b0/g, '')).toBe(b.child_dob.replace(/\b0/g, ''));
      expect(canonicalName(a.mother_full_name)).toBe(canonicalName(b.mother_full_name));
      expect(a.mother_birth_year).toBe(b.mother_birth_year);
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('lists malformed lines that are malformed in the way the summary says', () => {
    const all = lines(join(dir, 'registry.csv'));
    const header = parseLine(all[0])!;
    const seen = new Set<string>();
    const idAt = header.indexOf('record_id');
    for (let i = 1; i < all.length; i++) {
      const kinds = Object.entries(summary.malformed.by_kind).filter(([, k]) => k.lines.some((l) => l.line === i + 1)).map(([kind]) => kind);
      const fields = parseLine(all[i]);
      if (kinds.length === 0) {
        expect(fields?.length).toBe(header.length);
        expect(seen.has(fields![idAt])).toBe(false);
        seen.add(fields![idAt]);
        continue;
      }
      const kind = kinds[0];
      if (kind === 'wrong_column_count') expect(fields?.length).not.toBe(header.length);
      if (kind === 'broken_quote') expect(fields === null || fields.length !== header.length).toBe(true);
      if (kind === 'unknown_event_type') expect(['ly_hon', 'cai_chinh', 'thay_doi_ho_tich', 'khai_sinh_x']).toContain(fields![1]);
      if (kind === 'duplicate_record_id') expect(seen.has(fields![idAt])).toBe(true);
      if (kind === 'empty_ids') expect(fields![idAt]).toBe('');
    }
    expect(summary.malformed.total).toBe(10);
    expect(summary.duplicate_record_ids).toBe(summary.malformed.by_kind.duplicate_record_id.count);
  });

  it('marks outcomes a perfect engine can reach: not_found without a pid, assign only for found persons', () => {
    const unreachable = truth.filter(
      (t) =>
        ((t.expected_outcome === 'not_found' || t.expected_outcome === 'invalid') && (t.expected_errors !== '' || t.expected_pid_action !== '')) ||
        (t.expected_outcome === 'not_found' && t.true_pid !== '') ||
        (t.expected_outcome === 'discrepant') === (t.expected_errors === ''),
    );
    expect(unreachable).toEqual([]);
    const pids = new Set(population.map((p) => p.pid));
    expect(truth.filter((t) => t.true_pid && !pids.has(t.true_pid)).length).toBe(0);
    within(summary.outcomes.not_found / summary.persons.total, 0.05, 0.03);
  });

  it('puts a few duplicate pids and impossible dates in the population extract, at the lines it says', () => {
    const all = lines(join(dir, 'population.csv'));
    const pidsAt = summary.population_problems.duplicate_pid_lines.map((n) => parseLine(all[n - 1])![0]);
    expect(pidsAt.length).toBeGreaterThanOrEqual(2);
    expect(new Set(pidsAt).size).toBe(pidsAt.length / 2);
    expect(summary.population_problems.impossible_dates).toBeGreaterThan(0);
    const truthPids = new Set(truth.map((t) => t.true_pid));
    for (const pid of pidsAt) expect(truthPids.has(pid)).toBe(false);
  });

  it('registers duplicates of a birth under two record ids that point at each other', () => {
    const dups = truth.filter((t) => t.duplicate_of !== '' && t.role === 'child');
    expect(dups.length).toBe(2 * summary.duplicate_registrations.pairs);
    const byRecord = new Map(dups.map((t) => [t.record_id, t]));
    for (const t of dups) {
      expect(byRecord.get(t.duplicate_of)?.duplicate_of).toBe(t.record_id);
      expect(byRecord.get(t.duplicate_of)?.true_pid).toBe(t.true_pid);
    }
  });

  it('writes the summary without personal data', () => {
    const text = readFileSync(join(dir, 'truth_summary.json'), 'utf8');
    expect(text).not.toMatch(/\d{12}/);
    expect(text).not.toMatch(/Nguyễn|Trần|Thị/);
  });
});
