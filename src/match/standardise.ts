import { sqlFile } from '../db/steps.js';
import type { SqlStep } from '../db/steps.js';

/** Tables the registry/population standardisation reads and writes, renamable for explain. */
export interface SideTables {
  scopeIds: string;
  scope: string;
  populationIds: string;
  population: string;
  scopeText: string;
  populationText: string;
}

export const defaultSides: SideTables = {
  scopeIds: 'match_scope_ids',
  scope: 'match_scope',
  populationIds: 'match_population_ids',
  population: 'match_population',
  scopeText: 'match_scope_text',
  populationText: 'match_population_text',
};

/** Replaces whole-word table names of a step's SQL (the files name the default tables). */
function retarget(sql: string, tables: SideTables): string {
  let out = sql;
  for (const key of Object.keys(defaultSides) as (keyof SideTables)[]) {
    if (tables[key] !== defaultSides[key]) out = out.replace(new RegExp(`\\b${defaultSides[key]}\\b`, 'g'), tables[key]);
  }
  return out;
}

/**
 * Steps building the standard columns of both sides from the contract tables: match_scope from
 * persons (ids from match_scope_ids), match_population from population (ids from
 * match_population_ids), and the views of readable values. Explain runs them on other tables
 * holding a handful of ids.
 *
 * @example
 * await run.steps(standardiseSteps());
 */
export function standardiseSteps(tables: SideTables = defaultSides): SqlStep[] {
  return [
    { name: tables.scope, sql: retarget(sqlFile(import.meta.url, 'sql/match_scope.sql'), tables) },
    { name: tables.population, sql: retarget(sqlFile(import.meta.url, 'sql/match_population.sql'), tables) },
    { name: tables.scopeText, sql: retarget(sqlFile(import.meta.url, 'sql/match_scope_text.sql'), tables) },
    { name: tables.populationText, sql: retarget(sqlFile(import.meta.url, 'sql/match_population_text.sql'), tables) },
  ];
}
