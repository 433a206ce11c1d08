import { basename, join } from 'node:path';
import type { RowProgress } from './row-progress.js';
import { REGISTRY_COLUMNS, ROLES_BY_EVENT, VIETNAMESE_HEADERS } from '../vn/headers.js';
import { CsvFile, sparseLayout } from './csv-writer.js';
import { MALFORMED_KINDS, malformedLine, type MalformedKind } from './malformed.js';
import { EVENT_ORDER, type EventType, type RegRecord } from './records.js';
import { registryFields } from './registry-row.js';
import { forkRng } from './rng.js';
import type { Simulation } from './simulation.js';
import type { GenerateSummary } from './summary.js';


/** Columns of a registry file: the union layout, or the columns of one event type. */
function columnsFor(type: EventType | null): string[] {
  if (!type) return [...REGISTRY_COLUMNS];
  const roles = ROLES_BY_EVENT[type] as readonly string[];
  return REGISTRY_COLUMNS.filter((c) => {
    if (c === 'death_date' || c === 'death_place') return type === 'death';
    if (c === 'marital_status') return type === 'marital_status';
    return ['record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on'].includes(c) || roles.some((r) => c.startsWith(r + '_'));
  });
}

/**
 * Writes registry.csv (or registry_<event>.csv) with its own random streams ('render-registry' for
 * the rows, 'malformed' for the malformed lines planned after random records), and counts records,
 * malformed lines and duplicate ids into `s`. Harmless variants are recorded in each `slot.variants`,
 * which the truth reads.
 *
 * @example
 * const s = emptySummary();
 * renderRegistry(simulate({ scale: 2000, out: 'data' }), s, () => {});
 * s.files.registry; // ['registry.csv']
 */
export function renderRegistry(sim: Simulation, s: GenerateSummary, progress: RowProgress): void {
  const { o, records } = sim;
  const rng = forkRng(o.seed, 'render-registry');
  const style = { vietnameseEventNames: o.vietnameseHeaders, allowVariant: sim.allowVariant };
  const files = new Map<EventType | null, { file: CsvFile; columns: string[]; index: number[] }>();
  const unionLayouts = new Map(EVENT_ORDER.map((t) => [t, sparseLayout(REGISTRY_COLUMNS.length, columnsFor(t).map((c) => REGISTRY_COLUMNS.indexOf(c)), o.delimiter)]));
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

  // Malformed lines: planned after random records (a duplicate id follows its original).
  const malformedCount = o.malformed ?? Math.max(Math.round(records.length * sim.rates.structure.malformed), records.length >= 2000 ? MALFORMED_KINDS.length : 0);
  const malformedAfter = new Map<number, MalformedKind[]>();
  const mrng = forkRng(o.seed, 'malformed');
  for (let i = 0; i < malformedCount; i++) {
    const at = mrng.int(records.length);
    (malformedAfter.get(at) ?? malformedAfter.set(at, []).get(at)!).push(MALFORMED_KINDS[i % MALFORMED_KINDS.length]);
  }

  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const f = fileFor(r.type);
    const fields = registryFields(rng, r, style);
    if (o.splitByEvent) f.file.row(f.index.map((j) => fields[j]));
    else f.file.sparseRow(fields, unionLayouts.get(r.type)!);
    s.records.by_event_type[r.type] = (s.records.by_event_type[r.type] ?? 0) + 1;
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
  progress('registry.csv', records.length, records.length);
  s.records.total = records.length;
  s.files.registry = [...files.values()].map((x) => basename(x.file.path));
}

/**
 * The harmless variants of the slots of records [from, to) as text, one `index<TAB>kind,kind` line
 * per slot that has any (index counted over those records' slots): what another thread holding the
 * same simulation needs to write their truth rows.
 *
 * @example
 * applySlotVariants(other, k, n, slotVariantsText(sim, k, n));
 */
export function slotVariantsText(sim: Simulation, from: number, to: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = from; i < to; i++) {
    for (const slot of sim.records[i].slots) {
      if (slot.variants) out.push(`${n}\t${[...slot.variants].join(',')}`);
      n++;
    }
  }
  return out.join('\n');
}

/**
 * Records in the slots of records [from, to) the variants written by `slotVariantsText`.
 *
 * @example
 * applySlotVariants(sim, 0, 1, '0\tnfd');
 */
export function applySlotVariants(sim: Simulation, from: number, to: number, text: string): void {
  if (text === '') return;
  const slots = sim.records.slice(from, to).flatMap((r) => r.slots);
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const slot = slots[Number(line.slice(0, tab))];
    for (const kind of line.slice(tab + 1).split(',')) (slot.variants ??= new Set()).add(kind);
  }
}
