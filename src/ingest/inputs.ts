import { basename } from 'node:path';
import type { CampaignConfig } from '../config/campaign.js';
import type { IngestFileConfig } from '../config/ingest.js';
import { UserError } from '../errors.js';
import { EVENT_TYPES, type EventType, type ExtractKind } from '../vn/headers.js';

/** One input file with everything the config and the command line say about it. */
export interface InputFile {
  /** 1-based position among all inputs (registry files first, then the population file). */
  no: number;
  /** The path as the user gave it (without a `TYPE=` prefix): the file's name in every output. */
  path: string;
  kind: ExtractKind;
  /** Every row of the file is of this event type (from `TYPE=PATH` or `ingest.files.<name>.event_type`). */
  eventType?: EventType;
  /** Forced encoding, else detected. */
  encoding?: string;
  /** Column mapping that must hold for this file (`ingest.files.<name>.columns`). */
  fileColumns: Record<string, string>;
  /** Where `fileColumns` came from, for error messages. */
  fileConfigKey?: string;
}

/**
 * Resolves the input paths and the config into a list of files. A registry path may be written
 * `TYPE=PATH` (e.g. `death=khai_tu.csv`) when the file has no event_type column. Per-file options come
 * from `ingest.files`, keyed by the path as given or its file name. The encoding forced for a file is,
 * first found: `ingest.files.<name>.encoding`, the `encoding` option (--encoding), `ingest.encoding`,
 * `inputs.encoding`.
 *
 * @example
 * resolveInputs({ registry: ['death=khai_tu.csv'], population: 'dan_cu.csv' })
 * // [{ no: 1, path: 'khai_tu.csv', kind: 'registry', eventType: 'death', ... }, { no: 2, path: 'dan_cu.csv', kind: 'population', ... }]
 */
export function resolveInputs(options: { registry: string[]; population?: string; config?: CampaignConfig; encoding?: string }): InputFile[] {
  const ingest = options.config?.ingest;
  const globalEncoding = options.encoding ?? ingest?.encoding ?? options.config?.inputs.encoding;
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, kind: ExtractKind, eventType?: EventType) => {
    if (seen.has(path)) throw new UserError(`${path}: given twice as an input`);
    seen.add(path);
    const { config: fileConfig, key } = fileOptions(ingest?.files ?? {}, path);
    files.push({
      no: files.length + 1,
      path,
      kind,
      eventType: eventType ?? fileConfig?.event_type,
      encoding: fileConfig?.encoding ?? globalEncoding,
      fileColumns: fileConfig?.columns ?? {},
      fileConfigKey: key,
    });
  };
  if (options.registry.length === 0) throw new UserError('no registry file given (--registry PATH)');
  for (const arg of options.registry) {
    const typed = /^([a-z_]+)=(.+)$/.exec(arg);
    if (typed && (EVENT_TYPES as readonly string[]).includes(typed[1])) add(typed[2], 'registry', typed[1] as EventType);
    else add(arg, 'registry');
  }
  if (options.population) add(options.population, 'population');
  const unused = Object.keys(ingest?.files ?? {}).filter((k) => !files.some((f) => f.fileConfigKey === `ingest.files.${k}`));
  if (unused.length) throw new UserError(`config ingest.files.${unused[0]}: no input file has this name`);
  return files;
}

function fileOptions(files: Record<string, IngestFileConfig>, path: string): { config?: IngestFileConfig; key?: string } {
  if (files[path]) return { config: files[path], key: `ingest.files.${path}` };
  const name = basename(path);
  if (files[name]) return { config: files[name], key: `ingest.files.${name}` };
  return {};
}
