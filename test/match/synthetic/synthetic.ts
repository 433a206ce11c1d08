import type { DuckDBConnection } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';
import { sqlFile } from '../../../src/db/steps.js';

const data = (file: string) => fileURLToPath(new URL(`../../../src/vn/data/${file}`, import.meta.url));

/**
 * Fills the contract tables (persons, registrations, population, units_2023) with a synthetic
 * campaign of `people` population persons, and writes its ground truth to synth_truth. Deterministic.
 *
 * @example
 * await withSchema(async (c) => { await makeSynthetic(c, { people: 20000 }); await match(c); });
 */
export async function makeSynthetic(connection: DuckDBConnection, options: { people: number; onStep?: (name: string, seconds: number) => void }): Promise<void> {
  await connection.run('create or replace table synth_settings as select $n::bigint as n', { n: options.people });
  const params: Record<string, string> = {
    surnames: data('names/vn_surname_freq.csv'),
    given: data('names/vn_middle_given_freq.csv'),
    units: data('bac_lieu_units_2023.csv'),
    mapping: data('bac_lieu_units_2025_mapping.csv'),
  };
  const text = sqlFile(import.meta.url, 'synthetic.sql');
  const names = [...text.matchAll(/^-- step: (\w+)$/gm)].map((m) => m[1]);
  for (const [i, part] of text.split(/^-- step: \w+$/m).slice(1).entries()) {
    const used = Object.fromEntries(Object.entries(params).filter(([k]) => part.includes(`$${k}`)));
    const start = performance.now();
    await connection.run(part, Object.keys(used).length ? used : undefined);
    options.onStep?.(names[i], (performance.now() - start) / 1000);
  }
}
