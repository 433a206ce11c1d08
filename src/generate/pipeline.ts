import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { POPULATION_COLUMNS, REGISTRY_COLUMNS, ROLES_BY_EVENT, VIETNAMESE_HEADERS, VIETNAMESE_POPULATION_HEADERS } from '../vn/headers.js';
import type { ProgressFn } from '../progress.js';
import { CsvFile, sparseLayout } from './csv-writer.js';
import { injectDiscrepancies, type InjectionCounts } from './inject.js';
import { MALFORMED_KINDS, malformedLine, type MalformedKind } from './malformed.js';
import { resolveOptions, type GenerateOptions, type ResolvedOptions } from './options.js';
import { populationFields, type PopulationProblem } from './population-row.js';
import type { Person } from './person.js';
import { applyRegistryQuirks, numberRecords } from './quirks.js';
import { ERROR_CODES, loadRates } from './rates.js';
import { EVENT_ORDER, type EventType, type RegRecord } from './records.js';
import { registryFields } from './registry-row.js';
import { forkRng, type Rng } from './rng.js';
import { populationStates, type PopulationState } from './stated.js';
import { expectedFor } from './truth.js';
import type { VariantKind } from './variants.js';
import { buildWorld, type World } from './world.js';

/** Counts of everything `generate` wrote; tests of later stages assert against these. No personal data. */
export interface GenerateSummary {
  options: Omit<ResolvedOptions, 'out'>;
  /** File names inside the output folder. */
  files: { registry: string[]; population: string; truth: string };
  records: { total: number; by_event_type: Record<string, number> };
  persons: { total: number; by_event_type_role: Record<string, number> };
  population_rows: number;
  outcomes: Record<string, number>;
  error_codes: Record<string, number>;
  persons_with_errors: { one: number; two_or_more: number };
  pid_actions: Record<string, number>;
  injected: Record<string, { eligible: number; registry: number; population: number }>;
  variants: Record<string, number>;
  malformed: { total: number; by_kind: Record<string, { count: number; lines: { file: string; line: number }[] }> };
  duplicate_record_ids: number;
  population_problems: { duplicate_pid_rows: number; duplicate_pid_lines: number[]; impossible_dates: number; impossible_date_lines: number[] };
  twins: { persons_in_registry: number; pairs_both_registered: number };
  duplicate_registrations: { pairs: number };
  not_in_population: { persons_in_registration: number; people_left_out: number };
  seconds: number;
}

/**
 * Runs the whole generation in this thread (see `generate` in index.ts, which moves large runs to a
 * worker with a bigger heap).
 *
 * @example
 * const summary = generateInThisThread({ scale: 2000, seed: 1, out: 'data-samples/small' });
 */
export function generateInThisThread(options: GenerateOptions, onProgress?: ProgressFn): GenerateSummary {
  const started = Date.now();
  const o = resolveOptions(options);
  const rates = loadRates(o.ratesFile, o.errorRate);
  mkdirSync(o.out, { recursive: true });
  const progress = (task: string, done: number, total: number): void => onProgress?.({ task, done, total, unit: 'rows' });
  progress('simulate', 0, 1);
  const world = buildWorld(forkRng(o.seed, 'world'), {
    scale: o.scale,
    populationRatio: o.populationRatio,
    duplicateRate: rates.structure.duplicate_birth,
    notInPopulationRate: rates.structure.not_in_population,
  });
  applyRegistryQuirks(forkRng(o.seed, 'quirks'), world.records, rates.structure.unusable_person);
  const records = numberRecords(world.records, EVENT_ORDER);
  const states = populationStates(forkRng(o.seed, 'population'), world.population, {
    deathRegistered: world.deathRegistered,
    marriageRegistered: world.marriageRegistered,
    parentsNotUpdated: world.parentsNotUpdated,
    recognised: world.recognised,
  });
  const injected = injectDiscrepancies(forkRng(o.seed, 'inject'), records, states, world.usedPids, rates);
  progress('simulate', 1, 1);
  const legacy = o.encoding !== 'utf8' && o.encoding !== 'utf8-bom';
  const allowVariant = (k: VariantKind): boolean => !legacy || (k !== 'nfd' && k !== 'd_lookalike');
  const problems = populationProblems(forkRng(o.seed, 'problems'), world);
  const populationFile = join(o.out, 'population.csv');
  const populationLines = writePopulation(forkRng(o.seed, 'render-population'), o, world.population, states, problems.byPerson, new Set([...problems.duplicatePid, ...problems.impossible]), allowVariant, progress);
  const summary = writeRegistryAndTruth(forkRng(o.seed, 'render-registry'), o, records, states, world, allowVariant, progress, rates.structure.malformed);
  summary.population_rows = world.population.length;
  summary.population_problems = {
    duplicate_pid_rows: problems.duplicatePidRows,
    duplicate_pid_lines: problems.duplicatePid.map((p) => populationLines.get(p)!).sort((a, b) => a - b),
    impossible_dates: problems.impossible.length,
    impossible_date_lines: problems.impossible.map((p) => populationLines.get(p)!).sort((a, b) => a - b),
  };
  summary.injected = Object.fromEntries(ERROR_CODES.map((c) => [c, { eligible: injected.eligible[c], registry: injected.registry[c], population: injected.population[c] }]));
  summary.files.population = basename(populationFile);
  summary.not_in_population.people_left_out = world.leftOut.size;
  summary.seconds = Math.round((Date.now() - started) / 100) / 10;
  const { out: _out, ...rest } = o;
  summary.options = rest;
  writeFileSync(join(o.out, 'truth_summary.json'), JSON.stringify({ ...summary, seconds: undefined }, null, 2) + '\n');
  return summary;
}

/** A few duplicate pids and impossible dates among people no registration refers to (for profiling). */
function populationProblems(rng: Rng, world: World): { byPerson: Map<Person, PopulationProblem>; duplicatePid: Person[]; duplicatePidRows: number; impossible: Person[] } {
  const free = world.population.filter((p) => !p.referenced);
  const k = Math.max(1, Math.round(world.population.length * 0.0002));
  rng.shuffle(free);
  const byPerson = new Map<Person, PopulationProblem>();
  const duplicatePid: Person[] = [];
  for (let i = 0; i + 1 < free.length && duplicatePid.length < 2 * k; i += 2) {
    free[i + 1].pid = free[i].pid;
    duplicatePid.push(free[i], free[i + 1]);
  }
  const impossible: Person[] = [];
  for (const p of free.slice(2 * k * 2, 2 * k * 2 + k)) {
    const y = p.birthYear;
    byPerson.set(p, rng.chance(0.6) ? { dob: rng.pick([`30/02/${y}`, `31/04/${y}`, `00/13/${y}`, `29/02/${y % 4 === 0 ? y + 1 : y}`]) } : { deathDate: `15/06/${y - rng.between(1, 20)}` });
    impossible.push(p);
  }
  return { byPerson, duplicatePid, duplicatePidRows: duplicatePid.length, impossible };
}

function writePopulation(
  rng: Rng,
  o: ResolvedOptions,
  population: Person[],
  states: Map<Person, PopulationState>,
  problems: Map<Person, PopulationProblem>,
  lineWanted: Set<Person>,
  allowVariant: (k: VariantKind) => boolean,
  progress: (task: string, done: number, total: number) => void,
): Map<Person, number> {
  const lines = new Map<Person, number>();
  const file = new CsvFile(join(o.out, 'population.csv'), o.encoding, o.delimiter);
  file.row(POPULATION_COLUMNS.map((c) => (o.vietnameseHeaders ? VIETNAMESE_POPULATION_HEADERS[c] : c)));
  for (let i = 0; i < population.length; i++) {
    const p = population[i];
    const fields = populationFields(rng, states.get(p)!, problems.get(p), allowVariant);
    file.row(fields);
    if (lineWanted.has(p)) lines.set(p, file.lines);
    if (i % 200_000 === 0) progress('population.csv', i, population.length);
  }
  file.close();
  progress('population.csv', population.length, population.length);
  return lines;
}

/** Columns of a registry file: the union layout, or the columns of one event type. */
function columnsFor(type: EventType | null): string[] {
  if (!type) return [...REGISTRY_COLUMNS];
  const roles = ROLES_BY_EVENT[type] as readonly string[];
  return REGISTRY_COLUMNS.filter((c) => {
    if (c === 'death_date' || c === 'death_place') return type === 'death';
    if (c === 'marital_status') return type === 'marital_status';
    const role = c.slice(0, c.indexOf('_'));
    return ['record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on'].includes(c) || roles.some((r) => c.startsWith(r + '_'));
  });
}

const TRUTH_COLUMNS = ['person_id', 'record_id', 'role', 'event_type', 'true_pid', 'expected_outcome', 'expected_errors', 'expected_pid_action', 'variants', 'twin_of', 'duplicate_of'];

function writeRegistryAndTruth(
  rng: Rng,
  o: ResolvedOptions,
  records: RegRecord[],
  states: Map<Person, PopulationState>,
  world: World,
  allowVariant: (k: VariantKind) => boolean,
  progress: (task: string, done: number, total: number) => void,
  malformedShare: number,
): GenerateSummary {
  const style = { vietnameseEventNames: o.vietnameseHeaders, allowVariant };
  const files = new Map<EventType | null, { file: CsvFile; columns: string[]; index: number[] }>();
  const unionLayouts = new Map(EVENT_ORDER.map((t) => [t, sparseLayout(REGISTRY_COLUMNS.length, columnsFor(t).map((c) => REGISTRY_COLUMNS.indexOf(c)), o.delimiter)]));
  const roleKeys = new Map(EVENT_ORDER.map((t) => [t, new Map((ROLES_BY_EVENT[t] as readonly string[]).map((role) => [role, `${t}/${role}`]))]));
  const fileFor = (type: EventType) => {
    const key = o.splitByEvent ? type : null;
    let f = files.get(key);
    if (!f) {
      const columns = columnsFor(key);
      const file = new CsvFile(join(o.out, key ? `registry_${key}.csv` : 'registry.csv'), o.encoding, o.delimiter);
      file.row(columns.map((c) => (o.vietnameseHeaders ? VIETNAMESE_HEADERS[c] : c)));
      f = { file, columns, index: columns.map((c) => REGISTRY_COLUMNS.indexOf(c)) };
      files.set(key, f);
    }
    return f;
  };
  if (o.splitByEvent) for (const t of EVENT_ORDER) fileFor(t);
  else fileFor('birth');
  const truth = new CsvFile(join(o.out, 'truth.csv'), 'utf8', ',');
  truth.row(TRUTH_COLUMNS);

  // Malformed lines: planned after random records (a duplicate id follows its original).
  const malformedCount = o.malformed ?? Math.max(Math.round(records.length * malformedShare), records.length >= 2000 ? MALFORMED_KINDS.length : 0);
  const malformedAfter = new Map<number, MalformedKind[]>();
  const mrng = forkRng(o.seed, 'malformed');
  for (let i = 0; i < malformedCount; i++) {
    const at = mrng.int(records.length);
    (malformedAfter.get(at) ?? malformedAfter.set(at, []).get(at)!).push(MALFORMED_KINDS[i % MALFORMED_KINDS.length]);
  }

  const childBirth = new Map<Person, RegRecord>();
  for (const r of records) if (r.type === 'birth' && !(r.duplicateOf && r.kind === 're_registration')) childBirth.set(r.slots[0].person, r);

  const s: GenerateSummary = emptySummary();
  const errorCount = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const f = fileFor(r.type);
    const fields = registryFields(rng, r, style);
    if (o.splitByEvent) f.file.row(f.index.map((j) => fields[j]));
    else f.file.sparseRow(fields, unionLayouts.get(r.type)!);
    s.records.by_event_type[r.type] = (s.records.by_event_type[r.type] ?? 0) + 1;
    for (const slot of r.slots) {
      const state = slot.person.state ?? undefined;
      const e = expectedFor(r, slot, state);
      const twin = twinBirth(slot.person, childBirth);
      truth.row([
        `${r.recordId}/${slot.role}`, r.recordId, slot.role, r.type, state ? slot.person.pid : '', e.outcome, e.errors.join(';'), e.pidAction,
        e.variants.join(';'), twin ? `${twin.recordId}/child` : '', r.duplicateOf?.recordId ?? '',
      ]);
      const key = roleKeys.get(r.type)!.get(slot.role)!;
      s.persons.by_event_type_role[key] = (s.persons.by_event_type_role[key] ?? 0) + 1;
      s.outcomes[e.outcome]++;
      for (const c of e.errors) errorCount.set(c, (errorCount.get(c) ?? 0) + 1);
      if (e.errors.length === 1) s.persons_with_errors.one++;
      if (e.errors.length > 1) s.persons_with_errors.two_or_more++;
      if (e.pidAction) s.pid_actions[e.pidAction]++;
      for (const v of e.variants) s.variants[v] = (s.variants[v] ?? 0) + 1;
      if (slot.person.twin && slot.role === 'child' && r.type === 'birth') s.twins.persons_in_registry++;
      if (twin && slot.role === 'child' && r.type === 'birth' && r === childBirth.get(slot.person) && slot.person.id < slot.person.twin!.id) s.twins.pairs_both_registered++;
      if (e.outcome === 'not_found') s.not_in_population.persons_in_registration++;
      s.persons.total++;
    }
    if (r.duplicateOf && r.kind === 're_registration' && r.type === 'birth') s.duplicate_registrations.pairs++;
    for (const kind of malformedAfter.get(i) ?? []) {
      const source = records[mrng.int(records.length)];
      // a copy of another registration under an id of its own (only duplicate_record_id reuses one)
      const copy: RegRecord = { ...source, recordId: `${source.recordId.slice(0, 2)}M${String(s.malformed.total + 1).padStart(7, '0')}`, slots: source.slots.map((x) => ({ ...x, variants: undefined })) };
      const g = fileFor(source.type);
      const copyFields = registryFields(mrng, copy, style);
      const line = malformedLine(mrng, kind, g.index.map((j) => copyFields[j]), g.columns, (xs) => xs.map((x) => g.file.field(x)).join(o.delimiter), r.recordId);
      // a duplicate id must follow its original in the same file
      const target = kind === 'duplicate_record_id' ? f : g;
      target.file.raw(line);
      const entry = (s.malformed.by_kind[kind] ??= { count: 0, lines: [] });
      entry.count++;
      entry.lines.push({ file: target.file.path.split('/').pop()!, line: target.file.lines });
      s.malformed.total++;
      if (kind === 'duplicate_record_id') s.duplicate_record_ids++;
    }
    if (i % 100_000 === 0) progress('registry.csv', i, records.length);
  }
  for (const { file } of files.values()) file.close();
  truth.close();
  progress('registry.csv', records.length, records.length);
  s.records.total = records.length;
  for (const c of ERROR_CODES) s.error_codes[c] = errorCount.get(c) ?? 0;
  s.files.registry = [...files.values()].map((x) => basename(x.file.path));
  s.files.truth = 'truth.csv';
  return s;
}

/** The birth registration of a twin (for triplets, the next one round the circle that has one). */
function twinBirth(p: Person, childBirth: Map<Person, RegRecord>): RegRecord | undefined {
  for (let q = p.twin; q && q !== p; q = q.twin) {
    const r = childBirth.get(q);
    if (r) return r;
  }
  return undefined;
}

function emptySummary(): GenerateSummary {
  return {
    options: {} as GenerateSummary['options'],
    files: { registry: [], population: '', truth: '' },
    records: { total: 0, by_event_type: {} },
    persons: { total: 0, by_event_type_role: {} },
    population_rows: 0,
    outcomes: { consistent: 0, discrepant: 0, not_found: 0, invalid: 0 },
    error_codes: {},
    persons_with_errors: { one: 0, two_or_more: 0 },
    pid_actions: { assign: 0, conflict: 0 },
    injected: {},
    variants: {},
    malformed: { total: 0, by_kind: {} },
    duplicate_record_ids: 0,
    population_problems: { duplicate_pid_rows: 0, duplicate_pid_lines: [], impossible_dates: 0, impossible_date_lines: [] },
    twins: { persons_in_registry: 0, pairs_both_registered: 0 },
    duplicate_registrations: { pairs: 0 },
    not_in_population: { persons_in_registration: 0, people_left_out: 0 },
    seconds: 0,
  };
}
