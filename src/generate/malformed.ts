import type { Rng } from './rng.js';

/** Kinds of malformed registry lines, each one a reason ingest must quarantine the line. */
export const MALFORMED_KINDS = ['wrong_column_count', 'broken_quote', 'unknown_event_type', 'duplicate_record_id', 'empty_ids'] as const;
export type MalformedKind = (typeof MALFORMED_KINDS)[number];

/** Event types that are not among the seven (corrections, divorces noted in the margin). */
const UNKNOWN_EVENT_TYPES = ['ly_hon', 'cai_chinh', 'thay_doi_ho_tich', 'khai_sinh_x'];

/**
 * Breaks a rendered row (its fields, unquoted) into one malformed line of the given kind, using
 * `quote` to serialise the fields that stay intact. `duplicateId` is the record_id of an earlier row.
 *
 * @example
 * malformedLine(rng, 'empty_ids', fields, columns, (f) => f.join(','), '');
 */
export function malformedLine(
  rng: Rng,
  kind: MalformedKind,
  fields: string[],
  columns: readonly string[],
  join: (fields: string[]) => string,
  duplicateId: string,
): string {
  const f = [...fields];
  const at = (name: string): number => columns.indexOf(name);
  switch (kind) {
    case 'wrong_column_count':
      return rng.chance(0.5) ? join(f.slice(0, Math.max(2, f.length - rng.between(2, 5)))) : join([...f, '', String(rng.int(100))]);
    case 'broken_quote': {
      // Quotes inside a quoted name, not doubled: '"Nguyễn "Văn" An"'. The quotes balance on the line,
      // so whatever the parser does with it, the damage stays on this line.
      const nameIndex = f.findIndex((v, i) => columns[i].endsWith('_full_name') && v.includes(' '));
      const i = nameIndex >= 0 ? nameIndex : at('record_id');
      const words = (nameIndex >= 0 ? f[i] : `${f[i]} x`).split(' ');
      const broken = `"${words[0]} "${words.slice(1, -1).join(' ') || words[1]}" ${words[words.length - 1]}"`;
      return join(f.map((v, j) => (j === i ? '\u0000' : v))).replace('\u0000', broken);
    }
    case 'unknown_event_type':
      f[at('event_type')] = rng.pick(UNKNOWN_EVENT_TYPES);
      return join(f);
    case 'duplicate_record_id':
      f[at('record_id')] = duplicateId;
      return join(f);
    case 'empty_ids':
      for (const c of ['record_id', 'authority_code', 'book_no', 'registration_no']) f[at(c)] = '';
      return join(f);
  }
}
