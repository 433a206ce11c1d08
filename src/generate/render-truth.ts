import { join } from 'node:path';
import { ROLES_BY_EVENT } from '../vn/headers.js';
import { CsvFile } from './csv-writer.js';
import type { Person } from './person.js';
import { ERROR_CODES } from './rates.js';
import { EVENT_ORDER, type RegRecord } from './records.js';
import type { Simulation } from './simulation.js';
import type { GenerateSummary } from './summary.js';
import { expectedFor } from './truth.js';

type Progress = (task: string, done: number, total: number) => void;

const TRUTH_COLUMNS = ['person_id', 'record_id', 'role', 'event_type', 'true_pid', 'expected_outcome', 'expected_errors', 'expected_pid_action', 'variants', 'twin_of', 'duplicate_of'];

/**
 * Writes truth.csv (one row per person-in-registration) and counts persons, outcomes, error codes,
 * pid actions, variants, twins and re-registrations into `s`. No random draws: it reads the variants
 * that the registry and population renderings recorded, so it runs after both.
 *
 * @example
 * renderTruth(sim, s, () => {});
 * s.persons.total; // one per truth row
 */
export function renderTruth(sim: Simulation, s: GenerateSummary, progress: Progress): void {
  const { o, records } = sim;
  const roleKeys = new Map(EVENT_ORDER.map((t) => [t, new Map((ROLES_BY_EVENT[t] as readonly string[]).map((role) => [role, `${t}/${role}`]))]));
  const truth = new CsvFile(join(o.out, 'truth.csv'), 'utf8', ',');
  truth.row(TRUTH_COLUMNS);
  const childBirth = new Map<Person, RegRecord>();
  for (const r of records) if (r.type === 'birth' && !(r.duplicateOf && r.kind === 're_registration')) childBirth.set(r.slots[0].person, r);
  const errorCount = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
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
    if (i % 200_000 === 0) progress('truth.csv', i, records.length);
  }
  truth.close();
  progress('truth.csv', records.length, records.length);
  for (const c of ERROR_CODES) s.error_codes[c] = errorCount.get(c) ?? 0;
  s.files.truth = 'truth.csv';
}

/** The birth registration of a twin (for triplets, the next one round the circle that has one). */
function twinBirth(p: Person, childBirth: Map<Person, RegRecord>): RegRecord | undefined {
  for (let q = p.twin; q && q !== p; q = q.twin) {
    const r = childBirth.get(q);
    if (r) return r;
  }
  return undefined;
}
