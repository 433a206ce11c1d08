import { UserError } from '../errors.js';
import { OUTPUT_ENCODINGS, type OutputEncoding } from './csv-writer.js';

/** Options of `generate` (and of `doichieu generate`). */
export interface GenerateOptions {
  /** Number of registry records (default 2000; Bạc Liêu had 1.179.085). */
  scale?: number;
  seed?: number;
  /** Output folder. */
  out: string;
  /** Target population rows per registry record (default 1.15, see README: never fewer than the people the registrations refer to). */
  populationRatio?: number;
  /** Multiplies every error-code rate (default 1). */
  errorRate?: number;
  /** YAML file overriding rates (`code: rate`). */
  ratesFile?: string;
  encoding?: OutputEncoding;
  delimiter?: string;
  vietnameseHeaders?: boolean;
  splitByEvent?: boolean;
  /** Number of malformed registry lines (default 0.05% of rows, at least one of each kind from scale 2000). */
  malformed?: number;
  /**
   * Where to run: this thread ('current'); one worker thread with a large heap ('worker'); two workers
   * that each simulate and write half of the files ('parallel': faster on two cores, twice the
   * memory); or by scale ('auto', default: 'current' up to 30.000 records, else 'parallel' with 4 cores
   * or more, else 'worker').
   * The files are the same bytes whichever runs them.
   */
  thread?: 'auto' | 'worker' | 'parallel' | 'current';
}

export type ResolvedOptions = Required<Omit<GenerateOptions, 'ratesFile' | 'malformed' | 'thread'>> & { ratesFile?: string; malformed?: number };

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Checks options and fills in defaults; problems are UserErrors naming the option.
 *
 * @example
 * resolveOptions({ out: 'data' }).scale; // 2000
 */
export function resolveOptions(o: GenerateOptions): ResolvedOptions {
  const scale = o.scale ?? 2000;
  if (!Number.isInteger(scale) || scale < 10 || scale > 20_000_000) throw new UserError(`--scale: expected a whole number of records between 10 and 20000000, got ${o.scale}`);
  const seed = o.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) throw new UserError(`--seed: expected a whole number between 0 and 4294967295, got ${o.seed}`);
  const populationRatio = o.populationRatio ?? 1.15;
  if (!(populationRatio > 0 && populationRatio <= 10)) throw new UserError(`--population-ratio: expected a number above 0 and at most 10, got ${o.populationRatio}`);
  const errorRate = o.errorRate ?? 1;
  if (!(errorRate >= 0 && errorRate <= 50)) throw new UserError(`--error-rate: expected a number between 0 and 50, got ${o.errorRate}`);
  const encoding = o.encoding ?? 'utf8';
  if (!OUTPUT_ENCODINGS.includes(encoding)) throw new UserError(`--encoding: expected one of ${OUTPUT_ENCODINGS.join(', ')}, got ${o.encoding}`);
  const delimiter = o.delimiter === '\\t' || o.delimiter === 'tab' ? '\t' : (o.delimiter ?? ',');
  if (!DELIMITERS.includes(delimiter)) throw new UserError(`--delimiter: expected one of , ; | or tab, got ${o.delimiter}`);
  if (o.malformed !== undefined && !(Number.isInteger(o.malformed) && o.malformed >= 0)) throw new UserError(`--malformed: expected a whole number, got ${o.malformed}`);
  if (!o.out) throw new UserError('--out: an output folder is required');
  return {
    scale, seed, out: o.out, populationRatio, errorRate, encoding, delimiter,
    vietnameseHeaders: o.vietnameseHeaders ?? false, splitByEvent: o.splitByEvent ?? false, ratesFile: o.ratesFile, malformed: o.malformed,
  };
}
