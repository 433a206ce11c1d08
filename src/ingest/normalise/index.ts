import type { DuckDBConnection } from '@duckdb/node-api';
import type { Timed } from '../index.js';
import { fillLookup, newValues, normaliseInBackground, storeLookup, type LookupSpec } from './lookup.js';
import {
  dateLookup, ethnicityLookup, eventTypeLookup, maritalStatusLookup, nameLookup, nationalityLookup, pidLookup, placeLookup, sexLookup,
} from './specs.js';

const union = (parts: string[]) => parts.map((p) => `select ${p}`).join(' union all ');

/**
 * The lookups the registration checks need (event types, registration dates).
 *
 * @example
 * await registrationLookups(c, timed);
 */
export async function registrationLookups(c: DuckDBConnection, timed: Timed): Promise<void> {
  await timed('lookup: event types, registration dates', async () => {
    await fillLookup(c, eventTypeLookup('select event_type_raw as raw from temp.ingest_registry_rows'));
    await fillLookup(c, dateLookup('select registered_on_raw as raw from temp.ingest_registry_rows'));
  });
}

/** Names being normalised in the background; `store` waits for them and fills `ingest_names`. */
export interface PendingNames {
  store(): Promise<void>;
}

const REGISTRY_NAMES = 'select full_name_raw as raw from temp.ingest_person_rows';
const POPULATION_NAMES = union([
  'full_name as raw from temp.ingest_population_rows', 'spouse_name from temp.ingest_population_rows',
  'father_name from temp.ingest_population_rows', 'mother_name from temp.ingest_population_rows',
]);

/**
 * Starts normalising the distinct names of the registry ('registry', once the registry files are
 * loaded) or of the population extract that the registry does not already have ('population').
 * Names are the one big JS job of ingest; it runs in slices while the SQL steps go on.
 *
 * @example
 * const names = await startNames(c, 'registry');
 * await loadPopulation();  // runs meanwhile
 * await names.store();
 */
export async function startNames(c: DuckDBConnection, part: 'registry' | 'population', timed: Timed, seen?: Set<string>): Promise<PendingNames & { values: string[] }> {
  const spec: LookupSpec = nameLookup(part === 'registry' ? REGISTRY_NAMES : POPULATION_NAMES);
  const collected = await timed(`lookup: names (${part}): collect`, () => newValues(c, spec));
  const values = seen ? collected.filter((v) => !seen.has(v)) : collected;
  const rows = normaliseInBackground(values, spec.normalise);
  return {
    values,
    store: () => timed(`lookup: names (${part}): finish and store`, async () => storeLookup(c, spec, values, await rows)),
  };
}

/**
 * Every other lookup of the person and population values: dates, pids, places, sex, ethnicity,
 * nationality, marital status.
 *
 * @example
 * await valueLookups(c, timed);
 */
export async function valueLookups(c: DuckDBConnection, timed: Timed): Promise<void> {
  await timed('lookup: dates', () =>
    fillLookup(c, dateLookup(union([
      'dob_raw as raw from temp.ingest_person_rows', 'death_date_raw from temp.ingest_registry_checked where problem is null',
      'dob from temp.ingest_population_rows', 'death_date from temp.ingest_population_rows',
    ]))),
  );
  await timed('lookup: pids', () =>
    fillLookup(c, pidLookup(union([
      'pid_raw as raw from temp.ingest_person_rows', 'pid from temp.ingest_population_rows', 'spouse_pid from temp.ingest_population_rows',
      'father_pid from temp.ingest_population_rows', 'mother_pid from temp.ingest_population_rows',
    ]))),
  );
  await timed('lookup: places', () =>
    fillLookup(c, placeLookup(union([
      'birthplace_raw as raw from temp.ingest_person_rows', 'hometown_raw from temp.ingest_person_rows', 'residence_raw from temp.ingest_person_rows',
      'death_place_raw from temp.ingest_registry_checked where problem is null',
      'birthplace from temp.ingest_population_rows', 'birth_registration_place from temp.ingest_population_rows', 'hometown from temp.ingest_population_rows',
      "permanent_residence_code from temp.ingest_population_rows where not regexp_full_match(trim(permanent_residence_code), '[0-9]{5}')",
      "current_residence_code from temp.ingest_population_rows where not regexp_full_match(trim(current_residence_code), '[0-9]{5}')",
    ]))),
  );
  await timed('lookup: sex, ethnicity, nationality, marital status', async () => {
    await fillLookup(c, sexLookup(union(['sex_raw as raw from temp.ingest_person_rows', 'sex from temp.ingest_population_rows'])));
    await fillLookup(c, ethnicityLookup(union(['ethnicity_raw as raw from temp.ingest_person_rows', 'ethnicity from temp.ingest_population_rows'])));
    await fillLookup(c, nationalityLookup(union(['nationality_raw as raw from temp.ingest_person_rows', 'nationality from temp.ingest_population_rows'])));
    await fillLookup(c, maritalStatusLookup(union([
      'marital_status_raw as raw from temp.ingest_registry_checked where problem is null', 'marital_status from temp.ingest_population_rows',
    ])));
  });
}

