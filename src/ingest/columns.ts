import { UserError } from '../errors.js';
import { headerKey, MAIN_ROLE, POPULATION_COLUMNS, recogniseHeader, REGISTRY_COLUMNS, type ExtractKind } from '../vn/headers.js';
import type { InputFile } from './inputs.js';
import type { HeaderStyle } from './types.js';

/** Which canonical column each header of a file fills. */
export interface ColumnPlan {
  /** One entry per header, in file order: the canonical column, or null when the header is ignored. */
  columns: (string | null)[];
  headerStyle: HeaderStyle;
  ignoredHeaders: string[];
  /** Keys of the global mapping (`ingest.columns`) whose header this file has. */
  foundGlobalKeys: string[];
}

const KIND_COLUMNS: Record<ExtractKind, ReadonlySet<string>> = {
  registry: new Set(REGISTRY_COLUMNS),
  population: new Set<string>(POPULATION_COLUMNS),
};

/**
 * Maps a file's headers to canonical columns: first the file's own mapping (`ingest.files.<name>.columns`,
 * every mapped header must be in the file), then the global mapping (`ingest.columns`, used where the
 * file has the header), then canonical names and Vietnamese labels. A header matches a mapping when it
 * is equal once trimmed, or equal ignoring case, accents and punctuation.
 *
 * @example
 * planColumns(file, ['Mã HS', 'Họ và tên (Con)', 'Ghi chú'], { record_id: 'Mã HS' })
 * // { columns: ['record_id', 'child_full_name', null], headerStyle: 'mapping', ignoredHeaders: ['Ghi chú'], foundGlobalKeys: ['record_id'] }
 */
export function planColumns(file: InputFile, headers: string[], globalMapping: Record<string, string>): ColumnPlan {
  const columns: (string | null)[] = headers.map(() => null);
  const owner = new Map<string, number>();
  let mapped = false;
  let vietnamese = false;
  const assign = (index: number, column: string) => {
    const previous = owner.get(column);
    if (previous !== undefined && previous !== index) {
      throw new UserError(`${file.path}: headers "${headers[previous].trim()}" and "${headers[index].trim()}" both give column ${column}`);
    }
    owner.set(column, index);
    columns[index] = column;
  };

  for (const [column, header] of Object.entries(file.fileColumns)) {
    if (!KIND_COLUMNS[file.kind].has(column)) {
      throw new UserError(`config ${file.fileConfigKey}.columns.${column}: not a column of a ${file.kind} file`);
    }
    const index = findHeader(headers, header);
    if (index < 0) throw new UserError(`config ${file.fileConfigKey}.columns.${column}: no header "${header}" in ${file.path}`);
    assign(index, column);
    mapped = true;
  }
  const foundGlobalKeys: string[] = [];
  for (const [column, header] of Object.entries(globalMapping)) {
    if (!KIND_COLUMNS[file.kind].has(column)) continue;
    const index = findHeader(headers, header);
    if (index < 0) continue;
    foundGlobalKeys.push(column);
    if (owner.has(column) || columns[index] !== null) continue;
    assign(index, column);
    mapped = true;
  }
  const defaultRole = file.eventType ? MAIN_ROLE[file.eventType] : undefined;
  headers.forEach((header, index) => {
    if (columns[index] !== null) return;
    const recognised = recogniseHeader(header, file.kind, { defaultRole });
    if (!recognised) return;
    assign(index, recognised.column);
    if (recognised.style === 'vietnamese') vietnamese = true;
  });

  if (owner.size === 0) {
    throw new UserError(`${file.path}: no recognisable column in the header (expected names like record_id, child_full_name or "Họ và tên (Con)")`);
  }
  if (file.kind === 'registry' && !owner.has('event_type') && !file.eventType) {
    throw new UserError(`${file.path}: no event_type column; name the event type with --registry TYPE=${file.path} or config ingest.files`);
  }
  return {
    columns,
    headerStyle: mapped ? 'mapping' : vietnamese ? 'vietnamese' : 'canonical',
    ignoredHeaders: headers.filter((h, i) => columns[i] === null && h.trim() !== '').map((h) => h.trim()),
    foundGlobalKeys,
  };
}

/**
 * Checks after all files are planned that each global mapping key found its header in some file of
 * its kind; otherwise one line naming the key and the file(s) searched.
 *
 * @example
 * checkGlobalMapping({ record_id: 'Mã HS' }, files, plans) // throws when no registry file has "Mã HS"
 */
export function checkGlobalMapping(globalMapping: Record<string, string>, files: InputFile[], plans: ColumnPlan[]): void {
  for (const [column, header] of Object.entries(globalMapping)) {
    const candidates = files.filter((f) => KIND_COLUMNS[f.kind].has(column));
    if (candidates.length === 0) continue;
    if (plans.some((p) => p.foundGlobalKeys.includes(column))) continue;
    const names = candidates.map((f) => f.path).join(', ');
    throw new UserError(`config ingest.columns.${column}: no header "${header}" in ${names}`);
  }
}

function findHeader(headers: string[], wanted: string): number {
  const exact = headers.findIndex((h) => h.trim() === wanted.trim());
  if (exact >= 0) return exact;
  const key = headerKey(wanted);
  return key === '' ? -1 : headers.findIndex((h) => headerKey(h) === key);
}
