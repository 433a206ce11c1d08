import { join } from 'node:path';
import type { RowProgress } from './row-progress.js';
import { ROLES_BY_EVENT } from '../vn/headers.js';
import { CsvFile } from './csv-writer.js';
import type { Person } from './person.js';
import { ERROR_CODES } from './rates.js';
import { EVENT_ORDER, type RegRecord } from './records.js';
import type { Simulation } from './simulation.js';
import type { GenerateSummary } from './summary.js';
import { expectedFor } from './truth.js';


const TRUTH_COLUMNS = ['person_id', 'record_id', 'role', 'event_type', 'true_pid', 'expected_outcome', 'expected_errors', 'expected_pid_action', 'variants', 'twin_of', 'duplicate_of'];

/** The summary counts of a run of truth rows (keys in order of first appearance, as a single pass adds them). */
export type TruthCounts = Pick<GenerateSummary, 'outcomes' | 'persons_with_errors' | 'pid_actions' | 'variants' | 'twins' | 'duplicate_registrations'> & {
  byRole: Record<string, number>;
  persons: number;
  errors: Record<string, number>;
  notFound: number;
};

/** Where truth rows go: the records [from, to) into `path`, with or without the header line. */
export interface TruthPart {
  from: number;
  to: number;
  path: string;
  header: boolean;
}

/**
 * The index that splits the records into two runs with about as many truth rows each (two
 * threads write one half each).
 *
 * @example
 * truthSplit(records); // 0 < k < records.length
 */
export function truthSplit(records: RegRecord[]): number {
  let total = 0;
  for (const r of records) total += r.slots.length;
  let seen = 0;
  for (let i = 0; i < records.length; i++) {
    seen += records[i].slots.length;
    if (seen * 2 >= total) return i + 1;
  }
  return records.length;
}

/**
 * Writes the truth rows (one per person-in-registration) of records [part.from, part.to) and
 * counts them. No random draws: it reads the variants that the registry and population renderings
 * recorded, so it runs after both.
 *
 * @example
 * const counts = renderTruth(sim, { from: 0, to: sim.records.length, path: 'data/truth.csv', header: true }, () => {});
 * counts.persons; // one per row written
 */
export function renderTruth(sim: Simulation, part: TruthPart, progress: RowProgress): TruthCounts {
  const { records } = sim;
  const roleKeys = new Map(EVENT_ORDER.map((t) => [t, new Map((ROLES_BY_EVENT[t] as readonly string[]).map((role) => [role, `${t}/${role}`]))]));
  const truth = new CsvFile(part.path, 'utf8', ',');
  if (part.header) truth.row(TRUTH_COLUMNS);
  const childBirth = new Map<Person, RegRecord>();
  for (const r of records) if (r.type === 'birth' && !(r.duplicateOf && r.kind === 're_registration')) childBirth.set(r.slots[0].person, r);
  const c = emptyCounts();
  const errors = new Map<string, number>();
  for (let i = part.from; i < part.to; i++) {
    const r = records[i];
    for (const slot of r.slots) {
      const state = slot.person.state ?? undefined;
      const e = expectedFor(r, slot, state);
      const twin = twinBirth(slot.person, childBirth);
      truth.row([
        `${r.recordId}/${slot.role}`, r.recordId, slot.role, r.type, state ? slot.person.pid : '', e.outcome, e.errors.join(';'), e.pidAction,
        e.variants.join(';'), twin ? `${twin.recordId}/child` : '', r.duplicateOf?.recordId ?? '',
      ]);
      const key = roleKeys.get(r.type)!.get(slot.role)!;
      c.byRole[key] = (c.byRole[key] ?? 0) + 1;
      c.outcomes[e.outcome]++;
      for (const code of e.errors) errors.set(code, (errors.get(code) ?? 0) + 1);
      if (e.errors.length === 1) c.persons_with_errors.one++;
      if (e.errors.length > 1) c.persons_with_errors.two_or_more++;
      if (e.pidAction) c.pid_actions[e.pidAction]++;
      for (const v of e.variants) c.variants[v] = (c.variants[v] ?? 0) + 1;
      if (slot.person.twin && slot.role === 'child' && r.type === 'birth') c.twins.persons_in_registry++;
      if (twin && slot.role === 'child' && r.type === 'birth' && r === childBirth.get(slot.person) && slot.person.id < slot.person.twin!.id) c.twins.pairs_both_registered++;
      if (e.outcome === 'not_found') c.notFound++;
      c.persons++;
    }
    if (r.duplicateOf && r.kind === 're_registration' && r.type === 'birth') c.duplicate_registrations.pairs++;
    if ((i - part.from) % 200_000 === 0) progress('truth.csv', i - part.from, part.to - part.from);
  }
  truth.close();
  progress('truth.csv', part.to - part.from, part.to - part.from);
  c.errors = Object.fromEntries(errors);
  return c;
}

/**
 * Adds the counts of a run of truth rows to the summary; adding the runs in record order gives the
 * summary of one pass (same numbers, same key order).
 *
 * @example
 * addTruthCounts(s, first); addTruthCounts(s, second);
 */
export function addTruthCounts(s: GenerateSummary, c: TruthCounts): void {
  const add = (to: Record<string, number>, from: Record<string, number>): void => {
    for (const [k, v] of Object.entries(from)) to[k] = (to[k] ?? 0) + v;
  };
  add(s.persons.by_event_type_role, c.byRole);
  s.persons.total += c.persons;
  add(s.outcomes, c.outcomes);
  add(s.persons_with_errors, c.persons_with_errors);
  add(s.pid_actions, c.pid_actions);
  add(s.variants, c.variants);
  add(s.twins, c.twins);
  add(s.duplicate_registrations, c.duplicate_registrations);
  s.not_in_population.persons_in_registration += c.notFound;
  for (const code of ERROR_CODES) s.error_codes[code] = (s.error_codes[code] ?? 0) + (c.errors[code] ?? 0);
  s.files.truth = 'truth.csv';
}

/** The default truth file of a run. */
export const truthPath = (sim: Simulation): string => join(sim.o.out, 'truth.csv');

function emptyCounts(): TruthCounts {
  return {
    byRole: {}, persons: 0, errors: {}, notFound: 0,
    outcomes: { consistent: 0, discrepant: 0, not_found: 0, invalid: 0 },
    persons_with_errors: { one: 0, two_or_more: 0 },
    pid_actions: { assign: 0, conflict: 0 },
    variants: {},
    twins: { persons_in_registry: 0, pairs_both_registered: 0 },
    duplicate_registrations: { pairs: 0 },
  };
}

/** The birth registration of a twin (for triplets, the next one round the circle that has one). */
function twinBirth(p: Person, childBirth: Map<Person, RegRecord>): RegRecord | undefined {
  for (let q = p.twin; q && q !== p; q = q.twin) {
    const r = childBirth.get(q);
    if (r) return r;
  }
  return undefined;
}
