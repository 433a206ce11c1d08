import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UserError } from '../errors.js';

/** The error codes of docs/data-contract.md, in the order truth.csv sorts them (alphabetical). */
export const ERROR_CODES = [
  'name.diacritics', 'name.spelling', 'name.middle_missing', 'name.order', 'name.different',
  'dob.day_month_swapped', 'dob.year', 'dob.date', 'dob.partial', 'dob.placeholder', 'dob.different',
  'sex', 'ethnicity', 'nationality', 'birthplace', 'hometown', 'father_name', 'mother_name', 'spouse_name',
  'pid.mismatch', 'pid.invalid', 'pid.inconsistent', 'death.not_recorded', 'marital_status.not_recorded',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Default probability that an eligible person-in-registration gets each discrepancy (eligible: the
 * person is in both extracts and the field is visible on both sides). About one person in ten ends
 * up with at least one error once population-side errors show in every registration of the person.
 */
export const DEFAULT_ERROR_RATES: Record<ErrorCode, number> = {
  'name.diacritics': 0.014,
  'name.spelling': 0.009,
  'name.middle_missing': 0.007,
  'name.order': 0.0015,
  'name.different': 0.003,
  'dob.day_month_swapped': 0.006,
  'dob.year': 0.004,
  'dob.date': 0.004,
  'dob.partial': 0.003,
  'dob.placeholder': 0.004,
  'dob.different': 0.0015,
  sex: 0.003,
  ethnicity: 0.003,
  nationality: 0.001,
  birthplace: 0.006,
  hometown: 0.008,
  father_name: 0.006,
  mother_name: 0.005,
  spouse_name: 0.006,
  'pid.mismatch': 0.006,
  'pid.invalid': 0.008,
  'pid.inconsistent': 0.005,
  'death.not_recorded': 0.04,
  'marital_status.not_recorded': 0.03,
};

/** Rates of the other things the generator does to the data (not scaled by --error-rate). */
export const DEFAULT_STRUCTURE_RATES = {
  /** Referenced people left out of the population extract (moved abroad, never entered). */
  not_in_population: 0.012,
  /** Births registered a second time. */
  duplicate_birth: 0.003,
  /** Persons whose entry is illegible: neither name nor pid. */
  unusable_person: 0.001,
  /** Malformed lines, as a share of registry rows (when --malformed is not given). */
  malformed: 0.0005,
};
export type StructureRate = keyof typeof DEFAULT_STRUCTURE_RATES;

/** Share of each discrepancy written on the population side (the rest on the registry side). */
export const POPULATION_SIDE: Record<ErrorCode, number> = {
  'name.diacritics': 0.4, 'name.spelling': 0.4, 'name.middle_missing': 0.4, 'name.order': 0.3, 'name.different': 0.3,
  'dob.day_month_swapped': 0.4, 'dob.year': 0.4, 'dob.date': 0.4, 'dob.partial': 0.4, 'dob.placeholder': 0.4, 'dob.different': 0.4,
  sex: 0.5, ethnicity: 0.5, nationality: 0.5, birthplace: 0.5, hometown: 0.4,
  father_name: 0.7, mother_name: 0.7, spouse_name: 0.7,
  'pid.mismatch': 0, 'pid.invalid': 0, 'pid.inconsistent': 1, 'death.not_recorded': 1, 'marital_status.not_recorded': 1,
};

export interface Rates {
  errors: Record<ErrorCode, number>;
  structure: Record<StructureRate, number>;
}

/**
 * Rates for a run: defaults, overridden by a YAML file (`code: rate`, optionally under `rates:`), the
 * error codes then scaled by `errorRate`.
 *
 * @example
 * loadRates(undefined, 2).errors['name.spelling']; // 0.018
 */
export function loadRates(file: string | undefined, errorRate: number): Rates {
  const errors = { ...DEFAULT_ERROR_RATES };
  const structure = { ...DEFAULT_STRUCTURE_RATES };
  if (file) {
    let doc: unknown;
    try {
      doc = parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new UserError(`${file}: cannot read the rates file (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    }
    const table = doc && typeof doc === 'object' && 'rates' in doc ? (doc as { rates: unknown }).rates : doc;
    if (!table || typeof table !== 'object' || Array.isArray(table)) throw new UserError(`${file}: expected a mapping of rate names to numbers`);
    for (const [key, value] of Object.entries(table as Record<string, unknown>)) {
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new UserError(`${file}: ${key}: expected a number between 0 and 1`);
      if (key in errors) errors[key as ErrorCode] = value;
      else if (key in structure) structure[key as StructureRate] = value;
      else throw new UserError(`${file}: ${key}: unknown rate (known: the error codes and ${Object.keys(structure).join(', ')})`);
    }
  }
  for (const code of ERROR_CODES) errors[code] = Math.min(1, errors[code] * errorRate);
  return { errors, structure };
}
